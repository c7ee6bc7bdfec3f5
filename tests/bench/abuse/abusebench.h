// emulator_abuse: the emulator's resident memory before, during and after hostile load
// (oversized HTTP requests and WebSocket subscribers that stop reading).
#pragma once

#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

namespace SpBench {

struct AbuseOptions
{
    qint64 floodBytes = 300LL * 1024 * 1024; // offered by the HTTP flood in total
    int floodConnections = 6; // at once
    int subscribers = 20; // paused WebSocket subscribers
    int maxUpdates = 4000; // fan-out updates of 12 KiB at most
};

QList<QPair<QString, QJsonValue>> runAbuse(const AbuseOptions &options, QString *error);

} // namespace SpBench
