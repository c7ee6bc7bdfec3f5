#include "actionconsumer_p.h"
#include "actionqueue_p.h"
#include "logging_p.h"
#include "sp/actioncatalog.h"
#include "syncclient_p.h"
#include "syncdocument.h"

#include <QPointer>
#include <QTimer>
#include <QUuid>
#include <iterator>
#include <memory>

using namespace Qt::StringLiterals;

namespace SpSync {

namespace {

    using Kind = SyncError::Kind;

    // The executors with a signal of their own on SyncClient (besides actionsAdded).
    struct ExecutorSignal
    {
        QStringView executor;
        void (SyncClient::*signal)(const QJsonObject &) = nullptr;
    };
    constexpr ExecutorSignal kExecutorSignals[] = {
        { u"extension", &SyncClient::extensionActionsAdded },
        { u"onboarding", &SyncClient::onboardingActionsAdded },
        { u"proctor", &SyncClient::proctorActionsAdded },
    };

    const ExecutorSignal *executorSignal(const QString &executor)
    {
        const auto it = std::find_if(std::begin(kExecutorSignals), std::end(kExecutorSignals),
            [&executor](const ExecutorSignal &s) { return s.executor == executor; });
        return it == std::end(kExecutorSignals) ? nullptr : it;
    }

} // namespace

ActionConsumer::ActionConsumer(SyncClientPrivate &client)
    : c(client)
{
}

bool ActionConsumer::isActionSignal(const QMetaMethod &signal)
{
    if (signal == QMetaMethod::fromSignal(&SyncClient::actionsAdded))
        return true;
    return std::any_of(std::begin(kExecutorSignals), std::end(kExecutorSignals),
        [&signal](const ExecutorSignal &s) { return signal == QMetaMethod::fromSignal(s.signal); });
}

QStringList ActionConsumer::candidates() const
{
    QStringList executors = ActionCatalog::builtin().executors();
    for (const QString &e : m_consumed) {
        if (!executors.contains(e))
            executors << e;
    }
    return executors;
}

bool ActionConsumer::wants(const QString &executor) const
{
    const ExecutorSignal *specific = executorSignal(executor);
    if (specific && c.hasReceiver(QMetaMethod::fromSignal(specific->signal)))
        return true;
    if (!c.hasReceiver(QMetaMethod::fromSignal(&SyncClient::actionsAdded)))
        return false;
    return m_consumed.isEmpty() || m_consumed.contains(executor);
}

void ActionConsumer::check()
{
    if (!c.doc || c.doc->isRemoved() || c.createPromise)
        return;
    const QJsonObject data = c.doc->data();
    const QStringList executors = candidates();
    for (const QString &executor : executors) {
        if (m_claiming.contains(executor) || !wants(executor))
            continue;
        if (!data.value(ActionCatalog::arrayFor(executor)).toArray().isEmpty())
            claim(executor);
    }
}

void ActionConsumer::claim(const QString &executor)
{
    m_claiming.insert(executor);
    const QString array = ActionCatalog::arrayFor(executor);
    const QString claimId = QUuid::createUuid().toString(QUuid::Id128);
    auto captured = std::make_shared<QJsonArray>();
    c.doc->mutate([array, claimId, captured](
                      const QJsonObject &current) -> std::optional<QJsonObject> {
        auto head = ActionQueue::claimHead(current, array, claimId);
        if (!head) {
            *captured = QJsonArray();
            return std::nullopt;
        }
        *captured = head->claimed;
        return head->data;
    }) | onFinished(c.q, [this, executor, claimId, captured](const SyncResult<QJsonObject> &r) {
        if (isOk(r)) {
            claimApplied(executor, *captured);
            return;
        }
        qCDebug(lcDocument) << "claim failed" << error(r).toString();
        const Kind k = error(r).kind;
        if ((k == Kind::Transport || k == Kind::Timeout) && !captured->isEmpty()) {
            // No reply: the write may have been applied. Keep the executor blocked (FIFO)
            // until a re-read shows whether our mark is in the document.
            resolveClaim(executor, claimId, *captured, 1);
            return;
        }
        m_claiming.remove(executor); // left in the array; try again a little later
        if (k == Kind::Conflict || k == Kind::RateLimited || k == Kind::Timeout
            || k == Kind::Transport || k == Kind::Server)
            QTimer::singleShot(100, c.q, [this] { check(); });
        else
            c.reportError(error(r)); // e.g. Denied: wait for a change
    });
}

void ActionConsumer::resolveClaim(
    const QString &executor, const QString &claimId, const QJsonArray &claimed, int attempt)
{
    constexpr int kMaxAttempts = 12; // with the request queue's own wait: minutes, not forever
    c.doc->refresh() | onFinished(c.q, [=, this](SyncResult<QJsonObject> r) {
        if (isOk(r)) {
            if (ActionQueue::hasMark(value(r), claimId)) {
                claimApplied(executor, claimed);
            } else {
                // Not applied: the actions are still queued, or another consumer has them.
                m_claiming.remove(executor);
                check();
            }
            return;
        }
        if (attempt < kMaxAttempts && !c.doc->isRemoved()) {
            QTimer::singleShot(qMin(250 * attempt, 2000), c.q,
                [=, this] { resolveClaim(executor, claimId, claimed, attempt + 1); });
            return;
        }
        m_claiming.remove(executor);
        QStringList ids;
        for (const QJsonValue &a : claimed)
            ids << a.toObject().value(u"id"_s).toString();
        c.reportError(SyncError::make(error(r).kind,
            u"claim of %1 %2 action(s) got no reply and the document could not be "
            u"re-read to check it; if it was applied they were taken and not "
            u"delivered: %3"_s.arg(ids.size())
                .arg(executor, ids.join(u',')),
            error(r).status, error(r).code));
    });
}

void ActionConsumer::claimApplied(const QString &executor, const QJsonArray &claimed)
{
    m_claiming.remove(executor);
    if (!claimed.isEmpty() && !wants(executor)) {
        // The receiver went away while the claim was in flight: put them back.
        giveBack(executor, claimed);
        return;
    }
    // Only now, after the conditional write is known applied, are they ours: emit FIFO.
    // A receiver may delete the client from its slot: stop touching it then.
    const QPointer<SyncClient> guard(c.q);
    for (const QJsonValue &a : claimed) {
        if (firstDelivery(a.toObject()) && !emitAction(executor, a.toObject()))
            return;
    }
    if (guard)
        check();
}

void ActionConsumer::giveBack(const QString &executor, const QJsonArray &actions)
{
    const QString array = ActionCatalog::arrayFor(executor);
    c.doc->mutate([array, actions](const QJsonObject &current) -> std::optional<QJsonObject> {
        QJsonArray restored = actions;
        const QJsonArray rest = current.value(array).toArray();
        for (const QJsonValue &a : rest)
            restored.append(a);
        QJsonObject next = current;
        next.insert(array, restored);
        return next;
    }) | onFinished(c.q, [this](const SyncResult<QJsonObject> &r) {
        if (!isOk(r))
            c.reportError(error(r));
    });
}

bool ActionConsumer::firstDelivery(const QJsonObject &action)
{
    // An outbox may re-send a batch whose first write was applied, consumed and then had its
    // reply lost (README "Durable outbox"): a repeated id is taken but not emitted again.
    const QString id = action.value(u"id"_s).toString();
    if (id.isEmpty())
        return true;
    if (m_emittedIds.contains(id)) {
        qCInfo(lcDocument) << "dropped a repeated action id" << id;
        return false;
    }
    m_emittedIds.insert(id);
    m_emittedOrder.push_back(id);
    if (m_emittedOrder.size() > 4096) {
        m_emittedIds.remove(m_emittedOrder.front());
        m_emittedOrder.pop_front();
    }
    return true;
}

bool ActionConsumer::emitAction(const QString &executor, const QJsonObject &action)
{
    const QPointer<SyncClient> guard(c.q);
    SyncClient *client = c.q;
    if (const ExecutorSignal *specific = executorSignal(executor))
        Q_EMIT(client->*specific->signal)(action);
    if (!guard)
        return false;
    Q_EMIT client->actionsAdded(executor, action);
    return !guard.isNull();
}

} // namespace SpSync
