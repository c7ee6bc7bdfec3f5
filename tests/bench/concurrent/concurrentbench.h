// Several of our writers appending to one session document at once while one of our consumers
// takes the actions, then counting (concurrent_append); and the same with faults on for
// minutes, measuring memory (soak). Not tests: tests/bench/concurrent/run.sh runs them.
#pragma once

#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

namespace SpBench {

using Fields = QList<QPair<QString, QJsonValue>>;

// {"name":"concurrent_append","writers","actions","lost","duplicated","actions_per_s"}
Fields runConcurrentAppend(int writers, int actionsPerWriter, QString *error);
// {"name":"soak","minutes","rss_growth_pct","lost",...}: one producer and one consumer of ours,
// an emulator with seeded faults; RSS after a warm-up and at the end.
Fields runSoak(double minutes, QString *error);

} // namespace SpBench
