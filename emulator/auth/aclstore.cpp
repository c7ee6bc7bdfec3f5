#include "aclstore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace SpEmu {

AclStore::AclStore(const QString &sqlConnectionName)
    : m_connection(sqlConnectionName)
{
}

bool AclStore::ensureSchema(QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    const bool ok = query.exec(u"CREATE TABLE IF NOT EXISTS acl_grants ("
                               u" identity TEXT NOT NULL, document TEXT NOT NULL,"
                               u" can_read INTEGER NOT NULL, can_write INTEGER NOT NULL,"
                               u" PRIMARY KEY (identity, document))"_s);
    if (!ok && error != nullptr)
        *error = u"cannot create table acl_grants: %1"_s.arg(query.lastError().text());
    return ok;
}

bool AclStore::grant(const QString &identity, const QString &documentName, bool read, bool write)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!read && !write) {
        query.prepare(u"DELETE FROM acl_grants WHERE identity = ? AND document = ?"_s);
        query.addBindValue(identity);
        query.addBindValue(documentName);
        return query.exec();
    }
    query.prepare(u"INSERT OR REPLACE INTO acl_grants (identity, document, can_read, "
                  u"can_write) VALUES (?, ?, ?, ?)"_s);
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
    query.prepare(
        u"SELECT can_read, can_write FROM acl_grants WHERE identity = ? AND document = ?"_s);
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
    query.prepare(u"DELETE FROM acl_grants WHERE document = ?"_s);
    query.addBindValue(documentName);
    return query.exec();
}

} // namespace SpEmu
