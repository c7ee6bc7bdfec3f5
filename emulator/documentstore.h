// SQLite (Qt Sql) storage of documents. Every write is one transaction, so a crash never leaves
// a half-written document, and a write is committed before it is acknowledged.
#pragma once

#include "documentrecord.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace SpEmu {

class DocumentStore
{
public:
    DocumentStore();
    ~DocumentStore();
    DocumentStore(const DocumentStore &) = delete;
    DocumentStore &operator=(const DocumentStore &) = delete;

    // dataDir empty = in-memory database. Creates the directory and the schema.
    bool open(const QString &dataDir, QString *error);
    // The Qt Sql connection, shared with the ACL store (an in-memory DB is per connection).
    QString connectionName() const { return m_connection; }

    // By SID or unique name; expired documents are not found.
    std::optional<DocumentRecord> find(const QString &sidOrName, qint64 nowMs) const;

    enum class Error { None, NotFound, Duplicate, RevisionMismatch, Storage };
    struct Result
    {
        Error error = Error::None;
        DocumentRecord record; // the document after the write (before it, for remove)
        bool ok() const { return error == Error::None; }
    };

    // ttlSecs: nullopt or 0 = no expiry.
    Result create(const QString &uniqueName, const QJsonObject &data, std::optional<int> ttlSecs,
        const QString &createdBy, qint64 nowMs);
    // data nullopt keeps the data (a TTL-only update); ifMatch empty = unconditional.
    Result update(const QString &sid, const std::optional<QJsonObject> &data,
        std::optional<int> ttlSecs, const QString &ifMatch, qint64 nowMs);
    // record.lastEventId is the id of the removal event.
    Result remove(const QString &sid, const QString &ifMatch, qint64 nowMs);
    // Deletes documents whose date_expires has passed and returns them (for document_removed).
    QList<DocumentRecord> removeExpired(qint64 nowMs);

private:
    std::optional<DocumentRecord> beginChange(QSqlDatabase &db, const QString &sid,
        const QString &ifMatch, qint64 nowMs, Result *result) const;
    std::optional<DocumentRecord> findRow(const QString &sidOrName) const;
    bool exec(const QString &sql, QString *error = nullptr) const;

    QString m_connection;
};

} // namespace SpEmu
