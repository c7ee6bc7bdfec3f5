#include "fanoutbench.h"

#include "benchline.h"
#include "interoprig.h"
#include "syncconnection.h"
#include "syncdocument.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

using namespace SpSync;

namespace SpBench {

namespace {
    using Connections = std::vector<std::unique_ptr<SyncConnection>>;

    // Monotonic ms shared by every process on this machine (CLOCK_MONOTONIC).
    double nowMs()
    {
        return std::chrono::duration<double, std::milli>(
            std::chrono::steady_clock::now().time_since_epoch())
            .count();
    }

    // Connects `count` clients and opens+subscribes documentFor(i) on each; all in flight at once.
    bool connectAll(const QUrl &twilsock, const QUrl &cds, const QString &token, Connections &out,
        int count, const std::function<QString(int)> &documentFor, QList<SyncDocument *> *docs,
        QString *why)
    {
        QList<QFuture<SyncResult<SyncDocument *>>> opening;
        for (int i = 0; i < count; ++i) {
            auto c = std::make_unique<SyncConnection>();
            c->setCdsUrl(cds);
            c->connectToServer(twilsock, token);
            opening.append(c->openDocument(documentFor(i), OpenMode::OpenExisting));
            out.push_back(std::move(c));
        }
        for (auto &f : opening) {
            const auto r = await(f, 60000);
            if (!isOk(r)) {
                *why = u"subscriber open: %1"_s.arg(error(r).message);
                return false;
            }
            docs->append(value(r));
        }
        if (!spinUntil(
                [&] {
                    return std::all_of(docs->begin(), docs->end(),
                        [](SyncDocument *d) { return d->isSubscribed(); });
                },
                60000)) {
            *why = u"not every client got its subscription within 60 s"_s;
            return false;
        }
        return true;
    }

    std::unique_ptr<SyncConnection> writer(const InteropRig &rig)
    {
        auto w = std::make_unique<SyncConnection>();
        w->setCdsUrl(rig.emulator.cdsUrl());
        w->connectToServer(rig.emulator.twilsockUrl(), rig.token(u"bench-writer"_s));
        return w;
    }

    // Records the latency of every notification (write n carries its send time t) and calls
    // allSeen(n) once every document saw write n.
    void listen(const QList<SyncDocument *> &docs, QHash<int, int> &received,
        QList<double> &samples, int warmup, const std::function<void(int)> &allSeen)
    {
        for (SyncDocument *d : docs) {
            QObject::connect(d, &SyncDocument::contentChanged, d,
                [&received, &samples, warmup, allSeen, total = int(docs.size())](
                    const QJsonObject &data, SyncDocument::ChangeOrigin origin) {
                    if (origin == SyncDocument::ChangeOrigin::Local)
                        return;
                    const int n = data.value(u"n"_s).toInt();
                    if (n >= warmup)
                        samples.append(nowMs() - data.value(u"t"_s).toDouble());
                    if (++received[n] == total)
                        allSeen(n);
                });
        }
    }

    // A child process holding `count` subscribers.
    struct Child
    {
        std::unique_ptr<QProcess> process;
        QByteArray pending;
        bool ready = false;
        int lastSeen = -1;
        QList<double> samples;
    };
} // namespace

int runFanoutSubscriber(
    const QUrl &twilsock, const QUrl &cds, const QString &document, int count, int warmup, int last)
{
    const QString token = qEnvironmentVariable("SP_BENCH_TOKEN");
    Connections subs;
    QList<SyncDocument *> docs;
    QString why;
    if (!connectAll(
            twilsock, cds, token, subs, count, [&](int) { return document; }, &docs, &why)) {
        std::fprintf(stderr, "sp-bench-emulator subscriber: %s\n", qPrintable(why));
        return 1;
    }
    QHash<int, int> received;
    QList<double> samples;
    bool done = false;
    listen(docs, received, samples, warmup, [&](int n) {
        std::printf("got %d\n", n);
        std::fflush(stdout);
        done = done || n >= last;
    });
    std::printf("ready\n");
    std::fflush(stdout);
    if (!spinUntil([&] { return done; }, 600000))
        return 1;
    QByteArray line = "samples";
    for (double v : std::as_const(samples))
        line += ' ' + QByteArray::number(v, 'f', 3);
    std::printf("%s\n", line.constData());
    std::fflush(stdout);
    return 0;
}

Line runFanout(const InteropRig &rig, const FanoutOptions &o, QString *why)
{
    const QString name = uniqueDocName(u"fanout"_s);
    auto w = writer(rig);
    const auto created = await(w->openDocument(name, OpenMode::OpenOrCreate, { { u"n"_s, -1 } }));
    if (!isOk(created)) {
        *why = u"writer open: %1"_s.arg(error(created).message);
        return {};
    }
    const int total = o.warmup + o.writes;
    const QString token = rig.token(u"bench-subscriber"_s);

    // Subscribers: in children, or here.
    std::vector<Child> children(size_t(std::max(o.processes, 0)));
    Connections subs;
    QList<SyncDocument *> docs;
    QHash<int, int> received; // in-process: notifications per write
    QList<double> samples;
    if (children.empty()) {
        if (!connectAll(
                rig.emulator.twilsockUrl(), rig.emulator.cdsUrl(), token, subs, o.subscribers,
                [&](int) { return name; }, &docs, why))
            return {};
        listen(docs, received, samples, o.warmup, [](int) {});
    } else {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"SP_BENCH_TOKEN"_s, token);
        for (size_t i = 0; i < children.size(); ++i) {
            Child &c = children[i];
            const int count
                = o.subscribers / o.processes + (int(i) < o.subscribers % o.processes ? 1 : 0);
            c.process = std::make_unique<QProcess>();
            c.process->setProcessEnvironment(env);
            c.process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            QObject::connect(c.process.get(), &QProcess::readyReadStandardOutput, [&c] {
                c.pending += c.process->readAllStandardOutput();
                qsizetype nl;
                while ((nl = c.pending.indexOf('\n')) >= 0) {
                    const QByteArray line = c.pending.left(nl);
                    c.pending.remove(0, nl + 1);
                    if (line == "ready")
                        c.ready = true;
                    else if (line.startsWith("got "))
                        c.lastSeen = std::max(c.lastSeen, line.mid(4).toInt());
                    else if (line.startsWith("samples"))
                        for (const QByteArray &v : line.mid(7).trimmed().split(' '))
                            if (!v.isEmpty())
                                c.samples.append(v.toDouble());
                }
            });
            c.process->start(QCoreApplication::applicationFilePath(),
                { u"--role"_s, u"subscriber"_s, u"--twilsock"_s,
                    rig.emulator.twilsockUrl().toString(), u"--cds"_s,
                    rig.emulator.cdsUrl().toString(), u"--document"_s, name, u"--count"_s,
                    QString::number(count), u"--warmup"_s, QString::number(o.warmup), u"--last"_s,
                    QString::number(total - 1) });
        }
        if (!spinUntil(
                [&] {
                    return std::all_of(
                        children.begin(), children.end(), [](const Child &c) { return c.ready; });
                },
                120000)) {
            *why = u"subscriber processes did not get ready within 120 s"_s;
            return {};
        }
    }
    auto allSeen = [&](int n) {
        if (children.empty())
            return received.value(n) >= o.subscribers;
        return std::all_of(
            children.begin(), children.end(), [n](const Child &c) { return c.lastSeen >= n; });
    };

    for (int i = 0; i < total; ++i) {
        const auto write = value(created)->set({ { u"n"_s, i }, { u"t"_s, nowMs() } });
        spinUntil([&] { return write.isFinished(); }, 30000);
        const auto r = await(write);
        if (!isOk(r)) {
            *why = u"write %1: %2"_s.arg(i).arg(error(r).message);
            return {};
        }
        if (!spinUntil([&] { return allSeen(i); }, 30000)) {
            *why = u"write %1 did not reach every subscriber"_s.arg(i);
            return {};
        }
    }
    for (Child &c : children) {
        // waitForFinished() is false for a child whose end was already seen: ask only if not.
        if (c.process->state() != QProcess::NotRunning && !c.process->waitForFinished(30000)) {
            *why = u"a subscriber process did not end within 30 s of the last write"_s;
            return {};
        }
        if (c.process->exitStatus() != QProcess::NormalExit || c.process->exitCode() != 0) {
            *why = u"a subscriber process failed (%1, exit code %2)"_s
                       .arg(c.process->exitStatus() == QProcess::CrashExit ? u"crashed"_s
                                                                           : u"exited"_s)
                       .arg(c.process->exitCode());
            return {};
        }
        samples += c.samples; // read by readyRead while waiting; warm-up writes not recorded
    }
    std::sort(samples.begin(), samples.end());
    return { { u"name"_s, u"fanout"_s }, { u"subscribers"_s, o.subscribers },
        { u"writes"_s, o.writes }, { u"n"_s, int(samples.size()) },
        { u"p50_ms"_s, round3(percentile(samples, 50)) },
        { u"p99_ms"_s, round3(percentile(samples, 99)) },
        { u"max_ms"_s, round3(samples.isEmpty() ? 0 : samples.last()) }, { u"client"_s, u"cpp"_s },
        { u"subscriber_processes"_s, o.processes } };
}

Line runConnections(InteropRig &rig, int connections, int documents, QString *why)
{
    const pid_t pid = pid_t(rig.emulator.process().processId());
    const double idleMb = rssMb(pid);
    QStringList names;
    auto w = writer(rig);
    for (int i = 0; i < documents; ++i) {
        names.append(uniqueDocName(u"conn%1"_s.arg(i)));
        const auto r
            = await(w->openDocument(names.last(), OpenMode::OpenOrCreate, { { u"doc"_s, i } }));
        if (!isOk(r)) {
            *why = u"create %1: %2"_s.arg(names.last(), error(r).message);
            return {};
        }
    }
    QElapsedTimer t;
    t.start();
    Connections clients;
    QList<SyncDocument *> docs;
    if (!connectAll(
            rig.emulator.twilsockUrl(), rig.emulator.cdsUrl(), rig.token(u"bench-subscriber"_s),
            clients, connections, [&](int i) { return names.at(i % documents); }, &docs, why))
        return {};
    const double seconds = double(t.elapsed()) / 1000.0;
    const int connected = int(std::count_if(clients.begin(), clients.end(),
        [](const auto &c) { return c->state() == SyncConnection::State::Connected; }));
    return { { u"name"_s, u"emulator_connections"_s }, { u"connections"_s, connected },
        { u"rss_mb"_s, round3(rssMb(pid)) }, { u"rss_idle_mb"_s, round3(idleMb) },
        { u"documents"_s, documents }, { u"connect_seconds"_s, round3(seconds) } };
}

} // namespace SpBench
