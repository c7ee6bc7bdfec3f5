#include "actionoutbox_p.h"
#include "logging_p.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace SpSync {

namespace {

    using Kind = SyncError::Kind;
    constexpr int kSchemaVersion = 1;

    QString str(const char *s) { return QString::fromLatin1(s); }

    OutboxEntry::State stateFrom(const QString &s)
    {
        if (s == u"sent")
            return OutboxEntry::State::Sent;
        if (s == u"applied")
            return OutboxEntry::State::Applied;
        return OutboxEntry::State::New;
    }

    QByteArray encodeActions(const QList<QPair<QString, QJsonObject>> &actions)
    {
        QJsonArray rows;
        for (const auto &a : actions)
            rows.append(QJsonObject { { str("array"), a.first }, { str("action"), a.second } });
        return QJsonDocument(rows).toJson(QJsonDocument::Compact);
    }

    bool decodeActions(const QByteArray &json, QList<QPair<QString, QJsonObject>> *out)
    {
        QJsonParseError err {};
        const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
        if (err.error != QJsonParseError::NoError || !doc.isArray())
            return false;
        for (const QJsonValue &v : doc.array()) {
            const QJsonObject row = v.toObject();
            const QString array = row.value(u"array"_s).toString();
            if (array.isEmpty() || !row.value(u"action"_s).isObject())
                return false;
            out->append({ array, row.value(u"action"_s).toObject() });
        }
        return !out->isEmpty();
    }

} // namespace

QStringList OutboxEntry::ids() const
{
    QStringList out;
    for (const auto &a : actions)
        out << a.second.value(u"id"_s).toString();
    return out;
}

QJsonArray OutboxEntry::storedActions() const
{
    QJsonArray out;
    for (const auto &a : actions)
        out.append(a.second);
    return out;
}

struct ActionOutbox::Private
{
    QString connectionName;
    QString path, documentId, identity;
    QString lastError;

    QSqlDatabase db() const { return QSqlDatabase::database(connectionName, false); }

    bool exec(QSqlQuery &q)
    {
        if (q.exec())
            return true;
        lastError = q.lastError().text();
        qCWarning(lcDocument) << "outbox" << path << lastError;
        return false;
    }
    bool exec(const QString &sql)
    {
        QSqlQuery q(db());
        if (q.exec(sql))
            return true;
        lastError = q.lastError().text();
        return false;
    }
};

ActionOutbox::ActionOutbox()
    : d(std::make_unique<Private>())
{
}

ActionOutbox::~ActionOutbox()
{
    {
        QSqlDatabase db = d->db();
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(d->connectionName);
}

SyncResult<std::shared_ptr<ActionOutbox>> ActionOutbox::open(
    const QString &path, const QString &documentId, const QString &identity)
{
    auto fail = [&path](const QString &why) {
        return SyncResult<std::shared_ptr<ActionOutbox>>(
            SyncError::make(Kind::InvalidInput, u"outbox %1: %2"_s.arg(path, why)));
    };
    if (path.isEmpty())
        return fail(u"no path"_s);
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return fail(u"not a file"_s);
    std::shared_ptr<ActionOutbox> box(new ActionOutbox);
    box->d->path = path;
    box->d->documentId = documentId;
    box->d->identity = identity;
    box->d->connectionName = str("sp-outbox-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(str("QSQLITE"), box->d->connectionName);
    db.setDatabaseName(path);
    if (!db.open())
        return fail(db.lastError().text());
    Private &p = *box->d;
    // WAL + FULL: a committed entry survives a crash of the process or of the machine.
    // A small page cache: the journal holds a few rows, and the console opens one per document.
    if (!p.exec(str("PRAGMA busy_timeout=5000")) || !p.exec(str("PRAGMA cache_size=-64"))
        || !p.exec(str("PRAGMA journal_mode=WAL")) || !p.exec(str("PRAGMA synchronous=FULL")))
        return fail(p.lastError);
    {
        QSqlQuery check(db);
        if (!check.exec(str("PRAGMA quick_check")) || !check.next()
            || check.value(0).toString() != u"ok")
            return fail(
                check.lastError().isValid() ? check.lastError().text() : u"the file is damaged"_s);
        QSqlQuery version(db);
        if (!version.exec(str("PRAGMA user_version")) || !version.next())
            return fail(version.lastError().text());
        if (version.value(0).toInt() > kSchemaVersion)
            return fail(u"written by a newer version (format %1)"_s.arg(version.value(0).toInt()));
    }
    if (!p.exec(str("CREATE TABLE IF NOT EXISTS outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                    "batch_id TEXT NOT NULL UNIQUE, document_id TEXT NOT NULL, "
                    "identity TEXT NOT NULL, actions TEXT NOT NULL, state TEXT NOT NULL, "
                    "sent_revision TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL)"))
        || !p.exec(str("PRAGMA user_version=%1").arg(kSchemaVersion)))
        return fail(p.lastError);
    QSqlQuery columns(db);
    if (!columns.exec(str("SELECT seq, batch_id, document_id, identity, actions, state, "
                          "sent_revision, created_at FROM outbox LIMIT 0")))
        return fail(u"not an outbox journal (%1)"_s.arg(columns.lastError().text()));
    return box;
}

SyncResult<OutboxEntry> ActionOutbox::add(const QList<QPair<QString, QJsonObject>> &actions)
{
    OutboxEntry e;
    e.batchId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.documentId = d->documentId;
    e.identity = d->identity;
    e.actions = actions;
    e.createdAt = QDateTime::currentDateTimeUtc();
    QSqlQuery q(d->db());
    q.prepare(str("INSERT INTO outbox (batch_id, document_id, identity, actions, state, "
                  "created_at) VALUES (?, ?, ?, ?, 'new', ?)"));
    q.addBindValue(e.batchId);
    q.addBindValue(e.documentId);
    q.addBindValue(e.identity);
    q.addBindValue(QString::fromUtf8(encodeActions(actions)));
    q.addBindValue(e.createdAt.toString(Qt::ISODateWithMs));
    if (!d->exec(q))
        return SyncError::make(Kind::InvalidInput,
            u"outbox %1: cannot record the batch: %2"_s.arg(d->path, d->lastError));
    e.seq = q.lastInsertId().toLongLong();
    return e;
}

bool ActionOutbox::markSent(const QString &batchId, const QString &revision)
{
    QSqlQuery q(d->db());
    q.prepare(str("UPDATE outbox SET state = 'sent', sent_revision = ? WHERE batch_id = ? "
                  "AND state != 'applied'"));
    q.addBindValue(revision);
    q.addBindValue(batchId);
    return d->exec(q);
}

bool ActionOutbox::markApplied(const QString &batchId)
{
    QSqlQuery q(d->db());
    q.prepare(str("UPDATE outbox SET state = 'applied' WHERE batch_id = ?"));
    q.addBindValue(batchId);
    return d->exec(q);
}

bool ActionOutbox::remove(const QString &batchId)
{
    QSqlQuery q(d->db());
    q.prepare(str("DELETE FROM outbox WHERE batch_id = ? AND document_id = ? AND identity = ?"));
    q.addBindValue(batchId);
    q.addBindValue(d->documentId);
    q.addBindValue(d->identity);
    return d->exec(q);
}

QList<OutboxEntry> ActionOutbox::entries() const
{
    QList<OutboxEntry> out;
    QSqlQuery q(d->db());
    q.prepare(str("SELECT seq, batch_id, actions, state, sent_revision, created_at FROM outbox "
                  "WHERE document_id = ? AND identity = ? ORDER BY seq"));
    q.addBindValue(d->documentId);
    q.addBindValue(d->identity);
    if (!d->exec(q))
        return out;
    while (q.next()) {
        OutboxEntry e;
        e.seq = q.value(0).toLongLong();
        e.batchId = q.value(1).toString();
        e.documentId = d->documentId;
        e.identity = d->identity;
        if (!decodeActions(q.value(2).toString().toUtf8(), &e.actions)) {
            // Left in the file untouched: bad input loses nothing.
            qCWarning(lcDocument) << "outbox" << d->path << "skips unreadable entry" << e.batchId;
            continue;
        }
        e.state = stateFrom(q.value(3).toString());
        e.sentRevision = q.value(4).toString();
        e.createdAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
        out << e;
    }
    return out;
}

int ActionOutbox::count() const { return int(entries().size()); }

QString ActionOutbox::path() const { return d->path; }

QString ActionOutbox::lastError() const { return d->lastError; }

} // namespace SpSync
