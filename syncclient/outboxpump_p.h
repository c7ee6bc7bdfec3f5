// OutboxPump: SyncClient's durable outbox. Journals each action batch before its write,
// flushes the journal in FIFO order while connected, and never writes a batch twice that is
// visibly in the document (README "Durable outbox").
#pragma once

#include "syncresult_p.h"

#include <QFuture>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <memory>
#include <optional>

namespace SpSync {

class ActionOutbox;
struct OutboxEntry;
class SyncClientPrivate;

class OutboxPump
{
public:
    explicit OutboxPump(SyncClientPrivate &client);
    ~OutboxPump(); // finishes the futures of this run's batches (they stay journalled)

    // Opens the journal of the configured path; no path, no outbox.
    std::optional<SyncError> open();
    bool isOpen() const { return m_outbox != nullptr; }
    int count() const { return m_count; } // batches not yet known written

    QFuture<SyncResult<QJsonArray>> enqueue(const QList<QPair<QString, QJsonObject>> &actions);
    // Writes the oldest batch, if connected and nothing else is under way.
    void pump();
    // A change of the document: our batch seen in it was written, whatever its reply says.
    void observe(const QJsonObject &data);

private:
    void send(const std::shared_ptr<OutboxEntry> &entry);
    void written(const OutboxEntry &entry);
    void refused(const OutboxEntry &entry, const SyncError &e);
    void setCount(int count);
    void pumpSoon();

    SyncClientPrivate &c;
    std::shared_ptr<ActionOutbox> m_outbox;
    QHash<QString, SharedPromise<QJsonArray>> m_promises; // by batch id (this run's adds)
    std::shared_ptr<OutboxEntry> m_head; // the batch being written (until written/refused)
    int m_retries = 0;
    int m_count = 0;
    bool m_sending = false;
    bool m_retryScheduled = false;
    bool m_broken = false; // the journal failed; stop flushing
};

} // namespace SpSync
