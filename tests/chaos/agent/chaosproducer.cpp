#include "chaosproducer.h"

#include <QJsonArray>
#include <QTimer>

using namespace ChaosAgent;
using namespace SpSync;
using namespace Qt::StringLiterals;

namespace {
constexpr int kMaxOpsInFlight = 2; // the client serializes them; two keep it busy
constexpr int kPauseAfterErrorMs = 200;
} // namespace

ChaosProducer::ChaosProducer(const Options &options, SyncClient *client)
    : m_options(options)
    , m_client(client)
    , m_rng(options.seed)
{
}

void ChaosProducer::start() { pump(); }

void ChaosProducer::pump()
{
    m_pumpScheduled = false;
    const int remaining = m_options.count - m_acked - m_inFlight;
    if (remaining <= 0) {
        if (m_inFlightOps == 0) {
            printLine({ { u"event"_s, u"done"_s }, { u"writer"_s, m_options.writer },
                { u"acked"_s, m_acked }, { u"failed"_s, m_failed } });
            Q_EMIT finished();
        }
        return;
    }
    if (m_inFlightOps >= kMaxOpsInFlight)
        return;
    // Half single addAction, half batches of 2..4 (never past the target).
    const int size = m_rng.bounded(2) == 0 ? 1 : std::min(remaining, 2 + int(m_rng.bounded(3)));
    issue(size);
    m_pumpScheduled = true;
    QTimer::singleShot(m_options.intervalMs, this, &ChaosProducer::pump);
}

void ChaosProducer::issue(int size)
{
    QList<int> ns;
    QJsonArray batch;
    for (int i = 0; i < size; ++i) {
        ns << m_nextN;
        batch.append(QJsonObject { { u"actionType"_s, u"extension.lockBrowser"_s },
            { u"additionalInfo"_s,
                QJsonObject { { u"writer"_s, m_options.writer }, { u"n"_s, m_nextN } } } });
        ++m_nextN;
    }
    m_inFlight += size;
    ++m_inFlightOps;
    auto done = [this, ns](const SyncResult<QJsonArray> &r) {
        m_inFlight -= int(ns.size());
        --m_inFlightOps;
        int pause = 0;
        if (isOk(r)) {
            for (const QJsonValue &v : value(r)) {
                const QJsonObject a = v.toObject();
                printLine({ { u"event"_s, u"acked"_s }, { u"writer"_s, m_options.writer },
                    { u"n"_s, a.value(u"n") }, { u"id"_s, a.value(u"id") } });
                ++m_acked;
            }
        } else {
            QJsonArray list;
            for (int n : ns)
                list.append(n);
            printLine({ { u"event"_s, u"failed"_s }, { u"writer"_s, m_options.writer },
                { u"ns"_s, list }, { u"error"_s, error(r).toString() } });
            m_failed += int(ns.size());
            pause = kPauseAfterErrorMs;
        }
        if (!m_pumpScheduled) {
            m_pumpScheduled = true;
            QTimer::singleShot(pause, this, &ChaosProducer::pump);
        }
    };
    if (size == 1) {
        // addAction, so both calls are exercised; the stored action comes back alone.
        const QJsonObject item = batch.first().toObject();
        whenFinished(m_client->addAction(item.value(u"actionType").toString(),
                         item.value(u"additionalInfo").toObject()),
            this, [done](const SyncResult<QJsonObject> &r) {
                if (isOk(r))
                    done(SyncResult<QJsonArray>(QJsonArray { value(r) }));
                else
                    done(SyncResult<QJsonArray>(error(r)));
            });
    } else {
        whenFinished(m_client->addActions(batch), this, done);
    }
}
