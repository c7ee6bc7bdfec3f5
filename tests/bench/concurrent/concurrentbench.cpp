#include "concurrentbench.h"

#include "benchline.h"
#include "interoprig.h"
#include "sids.h"
#include "syncclient.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QTimer>
#include <QUuid>
#include <algorithm>
#include <memory>
#include <vector>

using namespace SpSync;
using namespace Qt::StringLiterals;

namespace SpBench {

namespace {

    // What was acknowledged to the writers and what the consumer took.
    struct Tally
    {
        QSet<QString> acked;
        QHash<QString, int> taken;
        int failed = 0;

        int lost() const
        {
            int n = 0;
            for (const QString &id : acked)
                n += taken.contains(id) ? 0 : 1;
            return n;
        }
        int duplicated() const
        {
            int n = 0;
            for (int times : taken)
                n += times - 1;
            return n;
        }
        bool drained() const { return lost() == 0; }
    };

    SyncClient *connectClient(
        InteropRig &rig, const QString &identity, const QString &doc, QObject *parent, QString *why)
    {
        SyncClientConfig c = rig.config(identity, doc,
            { { u"reliableConnection"_s, true }, { u"extensionActions"_s, QJsonArray() } });
        c.timeouts.backoffMinMs = 200;
        c.timeouts.backoffMaxMs = 2000;
        auto r = await(SyncClient::create(c, parent)); // retries injected 503s itself
        if (isOk(r))
            return value(r);
        *why = error(r).toString();
        return nullptr;
    }

    QString sessionDoc() { return SpTest::sessionDocument(SpTest::randomSid(u"ES")); }

    // The consumer: takes extensionActions (connecting the signal is what makes it consume).
    void consumeInto(SyncClient *consumer, Tally *tally)
    {
        QObject::connect(consumer, &SyncClient::extensionActionsAdded, consumer,
            [tally](const QJsonObject &a) { tally->taken[a.value(u"id").toString()] += 1; });
    }

    // The soak's ledger: ids as 128-bit values in vectors whose pages are touched before the
    // first RSS reading, so the benchmark's own bookkeeping is not counted as client growth.
    struct SoakLedger
    {
        std::vector<QUuid> acked, taken;
        int failed = 0;

        explicit SoakLedger(size_t expected)
        {
            for (auto *v : { &acked, &taken }) {
                v->assign(expected, QUuid());
                v->clear(); // keeps the capacity, already resident
            }
        }
        // Sorts both; returns {lost, duplicated}, ids in `uncertain` not counted as lost.
        std::pair<int, int> settle(const QSet<QString> &uncertain, int *lostUncertain)
        {
            std::sort(acked.begin(), acked.end());
            std::sort(taken.begin(), taken.end());
            int duplicated = 0;
            for (size_t i = 1; i < taken.size(); ++i)
                duplicated += taken[i] == taken[i - 1] ? 1 : 0;
            int lost = 0;
            for (const QUuid &id : acked) {
                if (std::binary_search(taken.begin(), taken.end(), id))
                    continue;
                (uncertain.contains(id.toString(QUuid::WithoutBraces)) ? *lostUncertain : lost)
                    += 1;
            }
            return { lost, duplicated };
        }
    };

    double growthPct(double before, double after)
    {
        return before > 0 ? round3((after - before) * 100.0 / before) : 0.0;
    }

} // namespace

Fields runConcurrentAppend(int writers, int actionsPerWriter, QString *error)
{
    InteropRig rig;
    if (!rig.start()) {
        *error = rig.error;
        return {};
    }
    QObject owner;
    const QString doc = sessionDoc();
    Tally tally;
    SyncClient *consumer = connectClient(rig, u"consumer"_s, doc, &owner, error);
    if (!consumer)
        return {};
    consumeInto(consumer, &tally);
    QList<SyncClient *> clients;
    for (int i = 0; i < writers; ++i) {
        SyncClient *w = connectClient(rig, u"writer%1"_s.arg(i), doc, &owner, error);
        if (!w)
            return {};
        clients << w;
    }

    // Each writer keeps one addAction in flight until it made actionsPerWriter attempts.
    auto remaining = std::make_shared<QList<int>>(QList<int>(writers, actionsPerWriter));
    int running = writers;
    std::function<void(int)> next = [&](int i) {
        if ((*remaining)[i]-- <= 0) {
            --running;
            return;
        }
        whenFinished(clients[i]->addAction(u"extension.lockBrowser"_s, { { u"writer"_s, i } }),
            &owner, [&, i](const SyncResult<QJsonObject> &r) {
                if (isOk(r))
                    tally.acked.insert(value(r).value(u"id").toString());
                else
                    ++tally.failed;
                next(i);
            });
    };
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < writers; ++i)
        next(i);
    if (!spinUntil([&] { return running == 0; }, 300000)) {
        *error = u"writers did not finish within 300 s"_s;
        return {};
    }
    const double seconds = clock.nsecsElapsed() / 1e9;
    // The consumer catches up; what it never takes is reported as lost.
    (void)spinUntil([&] { return tally.drained(); }, 30000);
    return { { u"name"_s, u"concurrent_append"_s }, { u"writers"_s, writers },
        { u"actions"_s, int(tally.acked.size()) }, { u"lost"_s, tally.lost() },
        { u"duplicated"_s, tally.duplicated() },
        { u"actions_per_s"_s, round3(tally.acked.size() / seconds) } };
}

Fields runSoak(double minutes, QString *error)
{
    InteropRig rig;
    if (!rig.writeSecret()) {
        *error = rig.error;
        return {};
    }
    // Faults that lose no acknowledged write on their own (drops happen before a message is
    // processed): the consumer may still see a claim without a reply (a drop while a delayed
    // reply waits), which the client reports; those are counted apart.
    if (!rig.emulator.start({ u"--memory"_s, u"--acl"_s, u"open"_s, u"--rate-limits"_s, u"off"_s,
                                u"--secret-file"_s, rig.secret.path(), u"--seed"_s, u"7"_s,
                                u"--fault"_s, u"drop-prob=0.002"_s, u"--fault"_s, u"delay=0-5"_s,
                                u"--fault"_s, u"412=0.05"_s, u"--fault"_s, u"503=0.002"_s },
            error))
        return {};
    QObject owner;
    const QString doc = sessionDoc();
    // 40 actions/s planned; twice that as room, so the vectors never grow during the run.
    SoakLedger tally(size_t(minutes * 60 * 40 * 2) + 1000);
    QSet<QString> uncertain;
    SyncClient *consumer = connectClient(rig, u"consumer"_s, doc, &owner, error);
    SyncClient *producer
        = consumer ? connectClient(rig, u"producer"_s, doc, &owner, error) : nullptr;
    if (!producer)
        return {};
    QObject::connect(
        consumer, &SyncClient::extensionActionsAdded, consumer, [&tally](const QJsonObject &a) {
            tally.taken.push_back(QUuid::fromString(a.value(u"id").toString()));
        });
    QObject::connect(consumer, &SyncClient::errorOccurred, &owner, [&](const SyncError &e) {
        static const QRegularExpression uuid(
            u"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"_s);
        if (e.message.contains(u"got no reply"_s))
            for (auto it = uuid.globalMatch(e.message); it.hasNext();)
                uncertain.insert(it.next().captured());
    });

    // One addAction every 25 ms (at most one in flight): a steady 40 actions/s.
    bool busy = false;
    QTimer tick;
    tick.setInterval(25);
    QObject::connect(&tick, &QTimer::timeout, &owner, [&] {
        if (busy)
            return;
        busy = true;
        whenFinished(producer->addAction(u"extension.lockBrowser"_s), &owner,
            [&](const SyncResult<QJsonObject> &r) {
                busy = false;
                if (isOk(r))
                    tally.acked.push_back(QUuid::fromString(value(r).value(u"id").toString()));
                else
                    ++tally.failed;
            });
    });
    tick.start();
    const qint64 totalMs = qint64(minutes * 60000);
    const qint64 warmupMs = std::clamp<qint64>(totalMs / 10, 2000, 30000);
    QTest::qWait(int(warmupMs)); // the measured load itself runs meanwhile
    const double selfBefore = rssMb(), emuBefore = rssMb(pid_t(rig.emulator.process().processId()));
    QTest::qWait(int(std::max<qint64>(totalMs - warmupMs, 1000)));
    const double selfAfter = rssMb(), emuAfter = rssMb(pid_t(rig.emulator.process().processId()));
    tick.stop();
    (void)QTest::qWaitFor([&] { return !busy; }, 30000);
    // The consumer catches up (what it never takes is counted as lost).
    (void)spinUntil(
        [&] { return tally.taken.size() + size_t(uncertain.size()) >= tally.acked.size(); }, 30000);
    int lostUncertain = 0;
    const auto [lost, duplicated] = tally.settle(uncertain, &lostUncertain);
    return { { u"name"_s, u"soak"_s }, { u"minutes"_s, round3(minutes) },
        { u"rss_growth_pct"_s, growthPct(selfBefore, selfAfter) }, { u"lost"_s, lost },
        { u"lost_in_unanswered_claims"_s, lostUncertain }, { u"duplicated"_s, duplicated },
        { u"actions"_s, int(tally.acked.size()) }, { u"failed_writes"_s, tally.failed },
        { u"rss_mb"_s, round3(selfAfter) },
        { u"emulator_rss_growth_pct"_s, growthPct(emuBefore, emuAfter) },
        { u"emulator_rss_mb"_s, round3(emuAfter) } };
}

} // namespace SpBench
