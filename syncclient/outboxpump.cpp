#include "actionoutbox_p.h"
#include "actionqueue_p.h"
#include "logging_p.h"
#include "outboxpump_p.h"
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

OutboxPump::OutboxPump(SyncClientPrivate &client)
    : c(client)
{
}

OutboxPump::~OutboxPump()
{
    // Finish rather than abandon: a continuation on a dying context must not see a cancel.
    const auto promises = std::exchange(m_promises, {});
    for (const auto &p : promises) {
        finishPromise(p,
            SyncResult<QJsonArray>(SyncError::make(
                Kind::Transport, u"the client was deleted; the batch stays in the outbox"_s)));
    }
}

std::optional<SyncError> OutboxPump::open()
{
    if (c.config.outboxPath.isEmpty())
        return std::nullopt;
    auto r = ActionOutbox::open(c.config.outboxPath, c.config.documentId, c.config.identity);
    if (!isOk(r))
        return error(r);
    m_outbox = value(r);
    m_count = m_outbox->count();
    return std::nullopt;
}

void OutboxPump::pumpSoon()
{
    QTimer::singleShot(0, c.q, [this] { pump(); });
}

QFuture<SyncResult<QJsonArray>> OutboxPump::enqueue(
    const QList<QPair<QString, QJsonObject>> &actions)
{
    // A batch that alone exceeds the limit can never be written: refuse it, journal nothing.
    const QJsonObject alone = ActionQueue::append(QJsonObject(), actions);
    if (QJsonDocument(alone).toJson(QJsonDocument::Compact).size() > kMaxDataBytes)
        return readyError<QJsonArray>(SyncError::make(Kind::TooLarge,
            u"the action batch alone exceeds the 16 KiB document limit"_s, 413, 54006));
    auto added = m_outbox->add(actions);
    if (!isOk(added))
        return readyError<QJsonArray>(error(added));
    auto promise = makeSharedPromise<QJsonArray>();
    m_promises.insert(value(added).batchId, promise);
    setCount(m_count + 1);
    pumpSoon();
    return promise->future();
}

void OutboxPump::pump()
{
    if (!m_outbox || m_sending || m_retryScheduled || m_broken || c.createPromise || !c.doc
        || c.doc->isRemoved() || c.connection->state() != SyncConnection::State::Connected)
        return; // a later trigger (Connected, a new batch, the retry timer) resumes
    const QList<OutboxEntry> pending = m_outbox->entries();
    setCount(int(pending.size()));
    if (pending.isEmpty())
        return;
    auto head = std::make_shared<OutboxEntry>(pending.first());
    if (m_head && m_head->batchId == head->batchId && m_head->state == OutboxEntry::State::Applied)
        head->state = OutboxEntry::State::Applied;
    m_head = head;
    if (head->state == OutboxEntry::State::Applied) {
        written(*head);
        pumpSoon();
        return;
    }
    send(head);
}

void OutboxPump::send(const std::shared_ptr<OutboxEntry> &entry)
{
    m_sending = true;
    // An earlier send of this batch (before a lost reply or a restart) is unconfirmed.
    const bool sentBefore = entry->state == OutboxEntry::State::Sent;
    const QString priorRevision = entry->sentRevision;
    auto warned = std::make_shared<bool>(false);
    c.doc->mutate([this, entry, sentBefore, priorRevision, warned](
                      const QJsonObject &current) -> std::optional<QJsonObject> {
        // Runs on the data the write will be conditioned on (If-Match), so "not in the
        // document" is exact at the moment the write is accepted.
        if (entry->state == OutboxEntry::State::Applied || anyInDocument(current, entry->actions)
            || ActionQueue::hasMark(current, entry->batchId)) {
            entry->state = OutboxEntry::State::Applied;
            return std::nullopt;
        }
        const QString revision = c.doc->revision();
        if (sentBefore && revision != priorRevision && !*warned) {
            // Same revision = the earlier write was certainly not applied. Moved on, with
            // neither our ids nor our mark present: not applied, unless more than
            // kMarkHistory writes have happened since (then it may be sent twice).
            *warned = true;
            qCInfo(lcDocument) << "outbox: re-sending batch" << entry->batchId
                               << "whose earlier write is unconfirmed";
        }
        m_outbox->markSent(entry->batchId, revision); // on disk before the write goes out
        entry->state = OutboxEntry::State::Sent;
        entry->sentRevision = revision;
        return ActionQueue::recordMark(
            ActionQueue::append(current, entry->actions), entry->batchId);
    }) | onFinished(c.q, [this, entry](const SyncResult<QJsonObject> &r) {
        m_sending = false;
        if (isOk(r) || entry->state == OutboxEntry::State::Applied) {
            m_retries = 0;
            written(*entry);
            pumpSoon();
            return;
        }
        const SyncError e = error(r);
        if (isPermanent(e.kind)) {
            m_retries = 0;
            refused(*entry, e);
            pumpSoon();
            return;
        }
        // Lost connection, timeout, throttling, conflicts: keep it and try again.
        qCDebug(lcDocument) << "outbox: write failed, will retry" << e.toString();
        if (e.kind == Kind::Transport && c.connection->state() != SyncConnection::State::Connected)
            return; // resumed by the next Connected
        const int delay = std::min(200 << std::min(m_retries, 6), 10000);
        ++m_retries;
        m_retryScheduled = true;
        QTimer::singleShot(delay, c.q, [this] {
            m_retryScheduled = false;
            pump();
        });
    });
}

void OutboxPump::written(const OutboxEntry &entry)
{
    m_head.reset();
    if (!m_outbox->remove(entry.batchId)) {
        // Stop flushing: going on could loop on an entry that cannot be removed.
        m_broken = true;
        c.reportError(SyncError::make(Kind::Server,
            u"outbox %1: cannot remove a written batch: %2"_s.arg(
                m_outbox->path(), m_outbox->lastError())));
    }
    if (auto promise = m_promises.take(entry.batchId))
        finishPromise(promise, SyncResult<QJsonArray>(entry.storedActions()));
    setCount(m_outbox->count());
}

void OutboxPump::refused(const OutboxEntry &entry, const SyncError &e)
{
    m_head.reset();
    SyncError reported = e;
    reported.message
        = u"outbox: a batch of %1 action(s) was refused and dropped: %2"_s.arg(entry.actions.size())
              .arg(e.message);
    if (!m_outbox->remove(entry.batchId))
        m_broken = true;
    if (auto promise = m_promises.take(entry.batchId))
        finishPromise(promise, SyncResult<QJsonArray>(e));
    setCount(m_outbox->count());
    c.reportError(reported);
}

void OutboxPump::observe(const QJsonObject &data)
{
    // Our batch seen in the document: it was written, whatever happens to its reply.
    if (!m_head || m_head->state != OutboxEntry::State::Sent
        || !(anyInDocument(data, m_head->actions) || ActionQueue::hasMark(data, m_head->batchId)))
        return;
    m_head->state = OutboxEntry::State::Applied;
    m_outbox->markApplied(m_head->batchId);
}

void OutboxPump::setCount(int count)
{
    if (count == m_count)
        return;
    m_count = count;
    Q_EMIT c.q->outboxCountChanged(count);
}

} // namespace SpSync
