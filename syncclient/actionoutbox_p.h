// SpSync::ActionOutbox: the durable journal behind SyncClient's outbox (SQLite, one row per
// action batch). Entries are keyed by document and identity, so clients of other documents or
// identities can share one file without touching each other's entries.
#pragma once

#include "syncresult.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <memory>

namespace SpSync {

struct OutboxEntry
{
    enum class State {
        New, // never sent
        Sent, // a write was sent; it may or may not have reached the server
        Applied, // seen in the document: written, only the removal from the journal is left
    };
    qint64 seq = 0; // FIFO order in the file
    QString batchId;
    QString documentId;
    QString identity;
    QList<QPair<QString, QJsonObject>> actions; // (array name, stamped action), write order
    State state = State::New;
    QString sentRevision; // the If-Match revision of the last send
    QDateTime createdAt;

    QStringList ids() const; // the actions' `id`s
    QJsonArray storedActions() const; // the actions as written
};

class ActionOutbox
{
public:
    // Opens (creating if missing) the journal at path. A file that is not a readable outbox
    // journal gives Kind::InvalidInput and is left as it is.
    static SyncResult<std::shared_ptr<ActionOutbox>> open(
        const QString &path, const QString &documentId, const QString &identity);
    ~ActionOutbox();
    ActionOutbox(const ActionOutbox &) = delete;
    ActionOutbox &operator=(const ActionOutbox &) = delete;

    // Durably records a batch (committed with synchronous=FULL before it returns).
    SyncResult<OutboxEntry> add(const QList<QPair<QString, QJsonObject>> &actions);
    bool markSent(const QString &batchId, const QString &revision);
    bool markApplied(const QString &batchId);
    bool remove(const QString &batchId);
    // This document's and identity's entries, oldest first.
    QList<OutboxEntry> entries() const;
    int count() const;
    QString path() const;
    QString lastError() const;

private:
    ActionOutbox();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace SpSync
