#include "backoff_p.h"

#include <algorithm>
#include <cmath>

namespace SpSync {

int reconnectDelayMs(int attempt, int minMs, int maxMs, double random01, double jitter)
{
    minMs = std::max(minMs, 1);
    maxMs = std::max(maxMs, minMs);
    attempt = std::clamp(attempt, 0, 30);
    const double base = std::min(double(minMs) * std::pow(2.0, attempt), double(maxMs));
    const double factor = 1.0 + jitter * (2.0 * std::clamp(random01, 0.0, 1.0) - 1.0);
    return int(std::lround(base * factor));
}

int conflictDelayMs(int round, int baseMs, double random01)
{
    if (round <= 0)
        return 0; // the first re-read goes at once, like the official clients
    // Capped low: a writer that backs off long keeps losing the race to ones that do not.
    return reconnectDelayMs(round - 1, baseMs, std::max(baseMs, 250), random01);
}

} // namespace SpSync
