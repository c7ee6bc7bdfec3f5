// Unsent bytes the emulator holds for WebSocket peers that read slowly: a cap per connection
// and one over all of them. A connection over its share is closed so memory stays bounded.
#pragma once

#include <QtGlobal>

namespace SpEmu {

struct SendBudget
{
    qint64 perConnection = qint64(1024) * 1024;
    qint64 total = qint64(32) * 1024 * 1024;
    qint64 queued = 0; // sum over all connections, kept by each session

    // Over the total, a connection holding less than this is still served: the ones far
    // behind are cut instead.
    static constexpr qint64 kFairShareFloor = qint64(64) * 1024;

    bool overLimit(qint64 ownQueued) const
    {
        return ownQueued > perConnection || (queued > total && ownQueued > kFairShareFloor);
    }
};

} // namespace SpEmu
