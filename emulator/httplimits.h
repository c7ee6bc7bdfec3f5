// Bounds on what one unauthenticated peer may make the emulator hold (docs/emulator-limits.md).
#pragma once

#include <QtGlobal>

namespace SpEmu {

struct HttpLimits
{
    int maxRequestLineBytes = 8 * 1024; // longer: 414
    int maxHeadBytes = 32 * 1024; // request line + headers; longer: 431
    int maxHeaderCount = 100; // more: 431
    qint64 maxBodyBytes = qint64(64) * 1024; // larger Content-Length: 413 (no route takes more)
    int headerTimeoutMs = 10000; // a whole request (or the upgrade) must arrive in time
    int maxConnections = 4096; // open sockets, plain HTTP and WebSocket together
};

} // namespace SpEmu
