// Shared by the chaos agent's modes: JSON-line output on stdout and the client configuration
// (token from the environment, never printed; short reconnect backoff for tests).
#pragma once

#include "syncclient.h"

#include <QJsonObject>
#include <QString>

namespace ChaosAgent {

struct Options
{
    QString mode; // produce | consume
    QString twilsock, cds, document, identity, writer, outbox;
    int count = 100; // produce: actions to get acknowledged
    int intervalMs = 30; // produce: at least this long between two writes
    quint32 seed = 1;
};

// One compact JSON object per line, flushed at once (the test reads it live).
void printLine(const QJsonObject &object);

// Twilio token from $SP_CHAOS_TOKEN; reconnect backoff 200 ms .. 2 s.
SpSync::SyncClientConfig clientConfig(const Options &options);

} // namespace ChaosAgent
