#include "documentstore.h"

#include "emulatorlogging.h"
#include "fileprivacy.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace SpEmu {

namespace {

    QString newDocumentSid()
    {
        return u"ET"_s + QString::fromLatin1(QUuid::createUuid().toRfc4122().toHex());
    }

    QString toJsonText(const QJsonObject &data)
    {
        return QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact));
    }

    DocumentRecord fromQuery(const QSqlQuery &q)
    {
        DocumentRecord r;
        r.sid = q.value(0).toString();
        r.uniqueName = q.value(1).toString();
        r.data = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        r.revision = q.value(3).toLongLong();
        r.lastEventId = q.value(4).toLongLong();
        r.createdMs = q.value(5).toLongLong();
        r.updatedMs = q.value(6).toLongLong();
        r.expiresMs = q.value(7).toLongLong();
        r.createdBy = q.value(8).toString();
        return r;
    }

    const QString kColumns = u"sid, unique_name, data, revision, last_event_id, "
                             u"created_ms, updated_ms, expires_ms, created_by"_s;

    qint64 expiryFor(std::optional<int> ttlSecs, qint64 nowMs)
    {
        return ttlSecs && *ttlSecs > 0 ? nowMs + qint64(*ttlSecs) * 1000 : 0;
    }

} // namespace

QString isoDate(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs);
}

DocumentStore::DocumentStore()
    : m_connection(u"spemu-store-%1"_s.arg(QUuid::createUuid().toString(QUuid::Id128)))
{
}

DocumentStore::~DocumentStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool DocumentStore::exec(const QString &sql, QString *error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    qCWarning(lcStore) << "SQL failed:" << q.lastError().text();
    return false;
}

bool DocumentStore::open(const QString &dataDir, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    if (dataDir.isEmpty()) {
        db.setDatabaseName(u":memory:"_s);
    } else {
        QString why;
        if (!FilePrivacy::makePrivateDir(dataDir, &why)) {
            if (error)
                *error = why;
            return false;
        }
        const QString path = QDir(dataDir).filePath(u"sync.sqlite"_s);
        // Created 0600 before SQLite opens it; SQLite gives -wal and -shm the same mode.
        if (!FilePrivacy::makePrivateFile(path, &why)) {
            if (error)
                *error = why;
            return false;
        }
        db.setDatabaseName(path);
    }
    if (!db.open()) {
        if (error)
            *error = u"cannot open database: %1"_s.arg(db.lastError().text());
        return false;
    }
    // WAL + synchronous=NORMAL: a commit reaches the OS before we answer, which survives
    // SIGKILL of this process (only a power loss could drop the newest commits).
    if (!dataDir.isEmpty()) {
        exec(u"PRAGMA journal_mode=WAL"_s);
        exec(u"PRAGMA synchronous=NORMAL"_s);
        // Files left by an older version may be readable by others.
        for (const char *suffix : { "-wal", "-shm" }) {
            const QString side = db.databaseName() + QLatin1String(suffix);
            if (QFileInfo::exists(side))
                FilePrivacy::restrictToOwner(side);
        }
    }
    exec(u"PRAGMA busy_timeout=5000"_s);
    return exec(u"CREATE TABLE IF NOT EXISTS documents ("
                u" sid TEXT PRIMARY KEY,"
                u" unique_name TEXT UNIQUE,"
                u" data TEXT NOT NULL,"
                u" revision INTEGER NOT NULL,"
                u" last_event_id INTEGER NOT NULL,"
                u" created_ms INTEGER NOT NULL,"
                u" updated_ms INTEGER NOT NULL,"
                u" expires_ms INTEGER NOT NULL DEFAULT 0,"
                u" created_by TEXT NOT NULL DEFAULT '')"_s,
        error);
}

std::optional<DocumentRecord> DocumentStore::findRow(const QString &sidOrName) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"SELECT %1 FROM documents WHERE sid = ? OR unique_name = ?"_s.arg(kColumns));
    q.addBindValue(sidOrName);
    q.addBindValue(sidOrName);
    if (!q.exec()) {
        qCWarning(lcStore) << "lookup failed:" << q.lastError().text();
        return std::nullopt;
    }
    // A SID match wins over a unique-name match (names never look like SIDs anyway).
    std::optional<DocumentRecord> found;
    while (q.next()) {
        DocumentRecord r = fromQuery(q);
        if (r.sid == sidOrName)
            return r;
        found = r;
    }
    return found;
}

std::optional<DocumentRecord> DocumentStore::find(const QString &sidOrName, qint64 nowMs) const
{
    auto r = findRow(sidOrName);
    if (r && r->expiresMs != 0 && r->expiresMs <= nowMs)
        return std::nullopt;
    return r;
}

DocumentStore::Result DocumentStore::create(const QString &uniqueName, const QJsonObject &data,
    std::optional<int> ttlSecs, const QString &createdBy, qint64 nowMs)
{
    Result result;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction()) {
        result.error = Error::Storage;
        return result;
    }
    if (!uniqueName.isEmpty()) {
        if (auto existing = findRow(uniqueName)) {
            if (existing->expiresMs == 0 || existing->expiresMs > nowMs) {
                db.rollback();
                result.error = Error::Duplicate;
                result.record = *existing;
                return result;
            }
            // An expired document frees its name.
            QSqlQuery del(db);
            del.prepare(u"DELETE FROM documents WHERE sid = ?"_s);
            del.addBindValue(existing->sid);
            del.exec();
        }
    }
    DocumentRecord &r = result.record;
    r.sid = newDocumentSid();
    r.uniqueName = uniqueName;
    r.data = data;
    r.createdMs = r.updatedMs = nowMs;
    r.expiresMs = expiryFor(ttlSecs, nowMs);
    r.createdBy = createdBy;
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO documents (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(kColumns));
    q.addBindValue(r.sid);
    q.addBindValue(uniqueName.isEmpty() ? QVariant() : QVariant(uniqueName));
    q.addBindValue(toJsonText(data));
    q.addBindValue(r.revision);
    q.addBindValue(r.lastEventId);
    q.addBindValue(r.createdMs);
    q.addBindValue(r.updatedMs);
    q.addBindValue(r.expiresMs);
    q.addBindValue(createdBy.isNull() ? u""_s : createdBy); // a null QString binds NULL
    if (!q.exec() || !db.commit()) {
        qCWarning(lcStore) << "create failed:" << q.lastError().text();
        db.rollback();
        result.error = Error::Storage;
    }
    return result;
}

// Opens the transaction of an update or removal and reads the document: nothing (transaction
// rolled back, result says why) if it is missing or ifMatch is not its revision.
std::optional<DocumentRecord> DocumentStore::beginChange(QSqlDatabase &db, const QString &sid,
    const QString &ifMatch, qint64 nowMs, Result *result) const
{
    if (!db.transaction()) {
        result->error = Error::Storage;
        return std::nullopt;
    }
    auto current = find(sid, nowMs);
    if (!current || current->sid != sid) {
        db.rollback();
        result->error = Error::NotFound;
        return std::nullopt;
    }
    if (!ifMatch.isEmpty() && ifMatch != current->revisionString()) {
        db.rollback();
        result->error = Error::RevisionMismatch;
        result->record = *current;
        return std::nullopt;
    }
    return current;
}

DocumentStore::Result DocumentStore::update(const QString &sid,
    const std::optional<QJsonObject> &data, std::optional<int> ttlSecs, const QString &ifMatch,
    qint64 nowMs)
{
    Result result;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const auto current = beginChange(db, sid, ifMatch, nowMs, &result);
    if (!current)
        return result;
    DocumentRecord &r = result.record;
    r = *current;
    if (data)
        r.data = *data;
    if (ttlSecs)
        r.expiresMs = expiryFor(ttlSecs, nowMs);
    r.revision += 1;
    r.lastEventId += 1;
    r.updatedMs = nowMs;
    QSqlQuery q(db);
    q.prepare(u"UPDATE documents SET data = ?, revision = ?, last_event_id = ?,"
              u" updated_ms = ?, expires_ms = ? WHERE sid = ?"_s);
    q.addBindValue(toJsonText(r.data));
    q.addBindValue(r.revision);
    q.addBindValue(r.lastEventId);
    q.addBindValue(r.updatedMs);
    q.addBindValue(r.expiresMs);
    q.addBindValue(sid);
    if (!q.exec() || !db.commit()) {
        qCWarning(lcStore) << "update failed:" << q.lastError().text();
        db.rollback();
        result.error = Error::Storage;
    }
    return result;
}

DocumentStore::Result DocumentStore::remove(
    const QString &sid, const QString &ifMatch, qint64 nowMs)
{
    Result result;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const auto current = beginChange(db, sid, ifMatch, nowMs, &result);
    if (!current)
        return result;
    result.record = *current;
    result.record.lastEventId += 1;
    result.record.updatedMs = nowMs;
    QSqlQuery q(db);
    q.prepare(u"DELETE FROM documents WHERE sid = ?"_s);
    q.addBindValue(sid);
    if (!q.exec() || !db.commit()) {
        qCWarning(lcStore) << "remove failed:" << q.lastError().text();
        db.rollback();
        result.error = Error::Storage;
    }
    return result;
}

QList<DocumentRecord> DocumentStore::removeExpired(qint64 nowMs)
{
    QList<DocumentRecord> expired;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return expired;
    QSqlQuery q(db);
    q.prepare(u"SELECT %1 FROM documents WHERE expires_ms > 0 AND expires_ms <= ?"_s.arg(kColumns));
    q.addBindValue(nowMs);
    if (q.exec()) {
        while (q.next()) {
            DocumentRecord r = fromQuery(q);
            r.lastEventId += 1;
            r.updatedMs = nowMs;
            expired.append(r);
        }
    }
    QSqlQuery del(db);
    del.prepare(u"DELETE FROM documents WHERE expires_ms > 0 AND expires_ms <= ?"_s);
    del.addBindValue(nowMs);
    if (!del.exec() || !db.commit()) {
        db.rollback();
        return {};
    }
    return expired;
}

} // namespace SpEmu
