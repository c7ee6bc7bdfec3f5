// fanout: one writer, many subscribers (our SyncConnection), write-to-notification latency.
// emulator_connections: many connected, subscribed clients, the emulator's resident memory.
#pragma once

#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

struct InteropRig;

namespace SpBench {
using Line = QList<QPair<QString, QJsonValue>>;

Line runFanout(const InteropRig &rig, int subscribers, int writes, int warmup, QString *error);
Line runConnections(InteropRig &rig, int connections, int documents, QString *error);
} // namespace SpBench
