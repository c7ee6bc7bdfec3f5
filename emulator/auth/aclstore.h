// Per-document read/write grants (Sync "ACL on"), kept in a table of the emulator's SQLite
// database, so they survive a restart. Keyed by identity and document unique name.
#pragma once

#include <QString>

namespace SpEmu {

class AclStore
{
public:
    // The QSqlDatabase with this connection name must be open before any call (the server
    // opens it; tests open their own ":memory:" connection).
    explicit AclStore(const QString &sqlConnectionName);

    // Creates table acl_grants if missing. Call once after opening the database.
    bool ensureSchema(QString *error = nullptr);

    // Sets (replaces) the identity's permissions on one document, like Twilio's
    // Document Permission update. read = write = false removes the grant.
    bool grant(const QString &identity, const QString &documentName, bool read, bool write);
    bool canRead(const QString &identity, const QString &documentName) const;
    bool canWrite(const QString &identity, const QString &documentName) const;
    // Drops every grant on a document (optional: Twilio drops permissions with the document).
    bool revokeDocument(const QString &documentName);

private:
    bool lookup(
        const QString &identity, const QString &documentName, bool *read, bool *write) const;
    QString m_connection;
};

} // namespace SpEmu
