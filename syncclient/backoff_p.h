// Pure backoff schedules, kept free of timers so they can be unit-tested.
#pragma once

namespace SpSync {

// Reconnect delay before retry number `attempt` (0-based): min, 2*min, 4*min ... capped at
// max, then jittered by +-jitter (0.2 = 20 %). random01 is a uniform sample in [0, 1).
int reconnectDelayMs(int attempt, int minMs, int maxMs, double random01, double jitter = 0.2);

// Pause before mutate retry `round` (0-based) after a 412: none for the first, then
// base * 2^(round-1), capped at 250 ms, jittered like reconnectDelayMs.
int conflictDelayMs(int round, int baseMs, double random01);

} // namespace SpSync
