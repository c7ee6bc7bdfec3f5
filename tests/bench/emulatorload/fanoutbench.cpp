#include "fanoutbench.h"

#include "benchline.h"
#include "interoprig.h"
#include "syncconnection.h"
#include "syncdocument.h"

#include <QElapsedTimer>
#include <QHash>
#include <algorithm>
#include <memory>
#include <vector>

using namespace SpSync;

namespace SpBench {

namespace {
    using Connections = std::vector<std::unique_ptr<SyncConnection>>;

    // Connects `count` clients and opens+subscribes documentFor(i) on each; all in flight at once.
    bool connectAll(const InteropRig &rig, Connections &out, int count,
        const std::function<QString(int)> &documentFor, QList<SyncDocument *> *docs, QString *why)
    {
        const QString token = rig.token(QStringLiteral("bench-subscriber"));
        QList<QFuture<SyncResult<SyncDocument *>>> opening;
        for (int i = 0; i < count; ++i) {
            auto c = std::make_unique<SyncConnection>();
            c->setCdsUrl(rig.emulator.cdsUrl());
            c->connectToServer(rig.emulator.twilsockUrl(), token);
            opening.append(c->openDocument(documentFor(i), OpenMode::OpenExisting));
            out.push_back(std::move(c));
        }
        for (auto &f : opening) {
            const auto r = awaitResult(f, 60000);
            if (!isOk(r)) {
                *why = QStringLiteral("subscriber open: %1").arg(error(r).message);
                return false;
            }
            docs->append(value(r));
        }
        if (!QTest::qWaitFor(
                [&] {
                    return std::all_of(docs->begin(), docs->end(),
                        [](SyncDocument *d) { return d->isSubscribed(); });
                },
                60000)) {
            *why = QStringLiteral("not every client got its subscription within 60 s");
            return false;
        }
        return true;
    }

    std::unique_ptr<SyncConnection> writer(const InteropRig &rig)
    {
        auto w = std::make_unique<SyncConnection>();
        w->setCdsUrl(rig.emulator.cdsUrl());
        w->connectToServer(rig.emulator.twilsockUrl(), rig.token(QStringLiteral("bench-writer")));
        return w;
    }
} // namespace

Line runFanout(const InteropRig &rig, int subscribers, int writes, int warmup, QString *why)
{
    const QString name = uniqueDocName(QStringLiteral("fanout"));
    auto w = writer(rig);
    const auto created = awaitResult(
        w->openDocument(name, OpenMode::OpenOrCreate, { { QStringLiteral("n"), -1 } }));
    if (!isOk(created)) {
        *why = QStringLiteral("writer open: %1").arg(error(created).message);
        return {};
    }
    Connections subs;
    QList<SyncDocument *> docs;
    if (!connectAll(
            rig, subs, subscribers, [&](int) { return name; }, &docs, why))
        return {};

    QElapsedTimer clock; // one process: writer and subscribers share this monotonic clock
    clock.start();
    QHash<int, int> received;
    QList<double> samples;
    samples.reserve(qsizetype(subscribers) * writes);
    for (SyncDocument *d : docs) {
        QObject::connect(
            d, &SyncDocument::contentChanged, d, [&](const QJsonObject &data, bool local) {
                if (local)
                    return;
                const int n = data.value(QStringLiteral("n")).toInt();
                const double sentMs = data.value(QStringLiteral("t")).toDouble();
                if (n >= warmup)
                    samples.append(double(clock.nsecsElapsed()) / 1e6 - sentMs);
                ++received[n];
            });
    }
    for (int i = 0; i < warmup + writes; ++i) {
        const auto r = awaitResult(value(created)->set({ { QStringLiteral("n"), i },
            { QStringLiteral("t"), double(clock.nsecsElapsed()) / 1e6 } }));
        if (!isOk(r)) {
            *why = QStringLiteral("write %1: %2").arg(i).arg(error(r).message);
            return {};
        }
        if (!QTest::qWaitFor([&] { return received.value(i) >= subscribers; }, 30000)) {
            *why = QStringLiteral("write %1 reached %2 of %3 subscribers")
                       .arg(i)
                       .arg(received.value(i))
                       .arg(subscribers);
            return {};
        }
    }
    std::sort(samples.begin(), samples.end());
    return { { QStringLiteral("name"), QStringLiteral("fanout") },
        { QStringLiteral("subscribers"), subscribers }, { QStringLiteral("writes"), writes },
        { QStringLiteral("n"), int(samples.size()) },
        { QStringLiteral("p50_ms"), round3(percentile(samples, 50)) },
        { QStringLiteral("p99_ms"), round3(percentile(samples, 99)) },
        { QStringLiteral("max_ms"), round3(samples.isEmpty() ? 0 : samples.last()) },
        { QStringLiteral("client"), QStringLiteral("cpp") } };
}

Line runConnections(InteropRig &rig, int connections, int documents, QString *why)
{
    const pid_t pid = pid_t(rig.emulator.process().processId());
    const double idleMb = rssMb(pid);
    QStringList names;
    auto w = writer(rig);
    for (int i = 0; i < documents; ++i) {
        names.append(uniqueDocName(QStringLiteral("conn%1").arg(i)));
        const auto r = awaitResult(w->openDocument(
            names.last(), OpenMode::OpenOrCreate, { { QStringLiteral("doc"), i } }));
        if (!isOk(r)) {
            *why = QStringLiteral("create %1: %2").arg(names.last(), error(r).message);
            return {};
        }
    }
    QElapsedTimer t;
    t.start();
    Connections clients;
    QList<SyncDocument *> docs;
    if (!connectAll(
            rig, clients, connections, [&](int i) { return names.at(i % documents); }, &docs, why))
        return {};
    const double seconds = double(t.elapsed()) / 1000.0;
    const int connected = int(std::count_if(clients.begin(), clients.end(),
        [](const auto &c) { return c->state() == SyncConnection::State::Connected; }));
    return { { QStringLiteral("name"), QStringLiteral("emulator_connections") },
        { QStringLiteral("connections"), connected },
        { QStringLiteral("rss_mb"), round3(rssMb(pid)) },
        { QStringLiteral("rss_idle_mb"), round3(idleMb) },
        { QStringLiteral("documents"), documents },
        { QStringLiteral("connect_seconds"), round3(seconds) } };
}

} // namespace SpBench
