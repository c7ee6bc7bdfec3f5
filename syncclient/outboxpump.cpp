// SyncClient's durable outbox: journal each action batch before its write, flush the journal
// in FIFO order while connected, and never write a batch twice that is visibly in the document
// (README "Durable outbox").
#include "actionoutbox_p.h"
#include "actionqueue_p.h"
#include "logging_p.h"
#include "syncclient_p.h"
#include "syncdocument.h"

#include <QJsonDocument>
#include <QTimer>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace SpSync {

namespace {

    using Kind = SyncError::Kind;
    constexpr qsizetype kMaxDataBytes = qsizetype(16) * 1024; // Twilio's document limit (54006)

    // True when any action of the batch is in its array: a batch is one atomic write, so one
    // visible action proves the write was applied (the others may already be consumed).
    bool anyInDocument(const QJsonObject &data, const QList<QPair<QString, QJsonObject>> &actions)
    {
        for (const auto &a : actions) {
            const QString id = a.second.value(u"id"_s).toString();
            const QJsonArray array = data.value(a.first).toArray();
            for (const QJsonValue &v : array) {
                if (v.toObject().value(u"id"_s).toString() == id)
                    return true;
            }
        }
        return false;
    }

    // Refusals that a retry cannot change: the batch is dropped and reported.
    bool isPermanent(Kind kind)
    {
        return kind == Kind::TooLarge || kind == Kind::Denied || kind == Kind::NotFound
            || kind == Kind::InvalidInput || kind == Kind::Protocol;
    }

} // namespace

SyncClientPrivate::~SyncClientPrivate()
{
    // Finish rather than abandon: a continuation on a dying context must not see a cancel.
    const auto promises = std::exchange(outboxPromises, {});
    for (const auto &p : promises) {
        finishPromise(p,
            SyncResult<QJsonArray>(SyncError::make(
                Kind::Transport, u"the client was deleted; the batch stays in the outbox"_s)));
    }
}

std::optional<SyncError> SyncClientPrivate::openOutbox()
{
    if (config.outboxPath.isEmpty())
        return std::nullopt;
    auto r = ActionOutbox::open(config.outboxPath, config.documentId, config.identity);
    if (!isOk(r))
        return error(r);
    outbox = value(r);
    outboxCount = outbox->count();
    return std::nullopt;
}

QFuture<SyncResult<QJsonArray>> SyncClientPrivate::enqueueOutbox(
    const QList<QPair<QString, QJsonObject>> &actions)
{
    // A batch that alone exceeds the limit can never be written: refuse it, journal nothing.
    const QJsonObject alone = ActionQueue::append(QJsonObject(), actions);
    if (QJsonDocument(alone).toJson(QJsonDocument::Compact).size() > kMaxDataBytes)
        return readyError<QJsonArray>(SyncError::make(Kind::TooLarge,
            u"the action batch alone exceeds the 16 KiB document limit"_s, 413, 54006));
    auto added = outbox->add(actions);
    if (!isOk(added))
        return readyError<QJsonArray>(error(added));
    auto promise = makeSharedPromise<QJsonArray>();
    outboxPromises.insert(value(added).batchId, promise);
    setOutboxCount(outboxCount + 1);
    QTimer::singleShot(0, q, [this] { pumpOutbox(); });
    return promise->future();
}

void SyncClientPrivate::pumpOutbox()
{
    if (!outbox || outboxSending || outboxRetryScheduled || outboxBroken || createPromise || !doc
        || doc->isRemoved() || connection->state() != SyncConnection::State::Connected)
        return; // a later trigger (Connected, a new batch, the retry timer) resumes
    const QList<OutboxEntry> pending = outbox->entries();
    setOutboxCount(int(pending.size()));
    if (pending.isEmpty())
        return;
    auto head = std::make_shared<OutboxEntry>(pending.first());
    if (outboxHead && outboxHead->batchId == head->batchId
        && outboxHead->state == OutboxEntry::State::Applied)
        head->state = OutboxEntry::State::Applied;
    outboxHead = head;
    if (head->state == OutboxEntry::State::Applied) {
        outboxWritten(*head);
        QTimer::singleShot(0, q, [this] { pumpOutbox(); });
        return;
    }
    sendOutboxEntry(head);
}

void SyncClientPrivate::sendOutboxEntry(const std::shared_ptr<OutboxEntry> &entry)
{
    outboxSending = true;
    // An earlier send of this batch (before a lost reply or a restart) is unconfirmed.
    const bool sentBefore = entry->state == OutboxEntry::State::Sent;
    const QString priorRevision = entry->sentRevision;
    auto warned = std::make_shared<bool>(false);
    doc->mutate([this, entry, sentBefore, priorRevision, warned](
                    const QJsonObject &current) -> std::optional<QJsonObject> {
        // Runs on the data the write will be conditioned on (If-Match), so "not in the
        // document" is exact at the moment the write is accepted.
        if (entry->state == OutboxEntry::State::Applied || anyInDocument(current, entry->actions)
            || ActionQueue::hasMark(current, entry->batchId)) {
            entry->state = OutboxEntry::State::Applied;
            return std::nullopt;
        }
        const QString revision = doc->revision();
        if (sentBefore && revision != priorRevision && !*warned) {
            // Same revision = the earlier write was certainly not applied. Moved on, with
            // neither our ids nor our mark present: not applied, unless more than
            // kMarkHistory writes have happened since (then it may be sent twice).
            *warned = true;
            qCInfo(lcDocument) << "outbox: re-sending batch" << entry->batchId
                               << "whose earlier write is unconfirmed";
        }
        outbox->markSent(entry->batchId, revision); // on disk before the write goes out
        entry->state = OutboxEntry::State::Sent;
        entry->sentRevision = revision;
        return ActionQueue::recordMark(
            ActionQueue::append(current, entry->actions), entry->batchId);
    }) | onFinished(q, [this, entry](const SyncResult<QJsonObject> &r) {
        outboxSending = false;
        if (isOk(r) || entry->state == OutboxEntry::State::Applied) {
            outboxRetries = 0;
            outboxWritten(*entry);
            QTimer::singleShot(0, q, [this] { pumpOutbox(); });
            return;
        }
        const SyncError e = error(r);
        if (isPermanent(e.kind)) {
            outboxRetries = 0;
            outboxRefused(*entry, e);
            QTimer::singleShot(0, q, [this] { pumpOutbox(); });
            return;
        }
        // Lost connection, timeout, throttling, conflicts: keep it and try again.
        qCDebug(lcDocument) << "outbox: write failed, will retry" << e.toString();
        if (e.kind == Kind::Transport && connection->state() != SyncConnection::State::Connected)
            return; // resumed by the next Connected
        const int delay = std::min(200 << std::min(outboxRetries, 6), 10000);
        ++outboxRetries;
        outboxRetryScheduled = true;
        QTimer::singleShot(delay, q, [this] {
            outboxRetryScheduled = false;
            pumpOutbox();
        });
    });
}

void SyncClientPrivate::outboxWritten(const OutboxEntry &entry)
{
    outboxHead.reset();
    if (!outbox->remove(entry.batchId)) {
        // Stop flushing: going on could loop on an entry that cannot be removed.
        outboxBroken = true;
        reportError(SyncError::make(Kind::Server,
            u"outbox %1: cannot remove a written batch: %2"_s.arg(
                outbox->path(), outbox->lastError())));
    }
    if (auto promise = outboxPromises.take(entry.batchId))
        finishPromise(promise, SyncResult<QJsonArray>(entry.storedActions()));
    setOutboxCount(outbox->count());
}

void SyncClientPrivate::outboxRefused(const OutboxEntry &entry, const SyncError &e)
{
    outboxHead.reset();
    SyncError reported = e;
    reported.message
        = u"outbox: a batch of %1 action(s) was refused and dropped: %2"_s.arg(entry.actions.size())
              .arg(e.message);
    if (!outbox->remove(entry.batchId))
        outboxBroken = true;
    if (auto promise = outboxPromises.take(entry.batchId))
        finishPromise(promise, SyncResult<QJsonArray>(e));
    setOutboxCount(outbox->count());
    reportError(reported);
}

void SyncClientPrivate::observeOutbox(const QJsonObject &data)
{
    // Our batch seen in the document: it was written, whatever happens to its reply.
    if (!outboxHead || outboxHead->state != OutboxEntry::State::Sent
        || !(anyInDocument(data, outboxHead->actions)
            || ActionQueue::hasMark(data, outboxHead->batchId)))
        return;
    outboxHead->state = OutboxEntry::State::Applied;
    outbox->markApplied(outboxHead->batchId);
}

void SyncClientPrivate::setOutboxCount(int count)
{
    if (count == outboxCount)
        return;
    outboxCount = count;
    Q_EMIT q->outboxCountChanged(count);
}

} // namespace SpSync
