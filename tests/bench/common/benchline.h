// Shared by the benchmarks: one JSON object per output line with keys in a fixed order,
// percentiles, and resident memory read from /proc.
#pragma once

#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <functional>
#include <sys/types.h>

namespace SpBench {

// Prints {"k1":v1,"k2":v2,...} on stdout in this order (QJsonObject would sort keys), flushed.
void printLine(const QList<QPair<QString, QJsonValue>> &fields);

// Nearest-rank percentile of an ascending list; 0 when empty.
double percentile(const QList<double> &sorted, double p);

// Rounds to 3 decimals so the output stays readable.
double round3(double v);

// VmRSS of a process in MiB (0 if unknown); pid 0 = this process.
double rssMb(pid_t pid = 0);

// Runs the event loop until pred() holds (true) or timeoutMs passed (false). Unlike
// QTest::qWaitFor, which sleeps 10 ms between rounds, it wakes on every event, so the latency
// and throughput measured around it are not the wait's own.
bool spinUntil(const std::function<bool()> &pred, int timeoutMs);

} // namespace SpBench
