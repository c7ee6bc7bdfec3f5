#include "aclstore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace SpEmu {

AclStore::AclStore(const QString &sqlConnectionName)
    : m_connection(sqlConnectionName)
{
}

bool AclStore::ensureSchema(QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    const bool ok
        = query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS acl_grants ("
                                    " identity TEXT NOT NULL, document TEXT NOT NULL,"
                                    " can_read INTEGER NOT NULL, can_write INTEGER NOT NULL,"
                                    " PRIMARY KEY (identity, document))"));
    if (!ok && error != nullptr)
        *error = QStringLiteral("cannot create table acl_grants: %1").arg(query.lastError().text());
    return ok;
}

bool AclStore::grant(const QString &identity, const QString &documentName, bool read, bool write)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!read && !write) {
        query.prepare(QStringLiteral("DELETE FROM acl_grants WHERE identity = ? AND document = ?"));
        query.addBindValue(identity);
        query.addBindValue(documentName);
        return query.exec();
    }
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO acl_grants (identity, document, can_read, "
                                 "can_write) VALUES (?, ?, ?, ?)"));
    query.addBindValue(identity);
    query.addBindValue(documentName);
    query.addBindValue(read ? 1 : 0);
    query.addBindValue(write ? 1 : 0);
    return query.exec();
}

bool AclStore::lookup(
    const QString &identity, const QString &documentName, bool *read, bool *write) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral(
        "SELECT can_read, can_write FROM acl_grants WHERE identity = ? AND document = ?"));
    query.addBindValue(identity);
    query.addBindValue(documentName);
    *read = *write = false;
    if (!query.exec() || !query.next())
        return false;
    *read = query.value(0).toInt() != 0;
    *write = query.value(1).toInt() != 0;
    return true;
}

bool AclStore::canRead(const QString &identity, const QString &documentName) const
{
    bool read = false, write = false;
    lookup(identity, documentName, &read, &write);
    return read;
}

bool AclStore::canWrite(const QString &identity, const QString &documentName) const
{
    bool read = false, write = false;
    lookup(identity, documentName, &read, &write);
    return write;
}

bool AclStore::revokeDocument(const QString &documentName)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("DELETE FROM acl_grants WHERE document = ?"));
    query.addBindValue(documentName);
    return query.exec();
}

} // namespace SpEmu
