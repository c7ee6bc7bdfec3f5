// fanout: one writer, many subscribers (our SyncConnection), write-to-notification latency.
// The subscribers live in `processes` child processes of this benchmark (as they would on
// separate machines), so one process's serial work on 200 notifications is not counted as
// the emulator's fan-out; processes = 0 keeps them all in this process.
// emulator_connections: many connected, subscribed clients, the emulator's resident memory.
#pragma once

#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

struct InteropRig;

namespace SpBench {
using Line = QList<QPair<QString, QJsonValue>>;

struct FanoutOptions
{
    int subscribers = 200;
    int processes = 4;
    int writes = 200;
    int warmup = 20;
};

Line runFanout(const InteropRig &rig, const FanoutOptions &options, QString *why);
Line runConnections(InteropRig &rig, int connections, int documents, QString *why);

// The child side of runFanout: `count` subscriptions to `document`; prints "ready", then
// "got N" when all of them saw write N, and at the end "samples ms ms ..." (writes from
// `warmup` on). The access token
// comes from $SP_BENCH_TOKEN (never on the command line).
int runFanoutSubscriber(const QUrl &twilsock, const QUrl &cds, const QString &document, int count,
    int warmup, int last);
} // namespace SpBench
