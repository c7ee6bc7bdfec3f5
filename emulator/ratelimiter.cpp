#include "ratelimiter.h"

#include <algorithm>

namespace SpEmu {

RateLimiter::RateLimiter(double perSecond, double burstSeconds)
    : m_rate(perSecond)
    , m_capacity(perSecond * burstSeconds)
{
}

bool RateLimiter::tryAcquire(const QString &key, qint64 nowMs)
{
    if (!m_enabled)
        return true;
    if (--m_untilPrune <= 0)
        pruneFull(nowMs);
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket { m_capacity, nowMs });
    Bucket &b = *it;
    const double elapsed = double(std::max<qint64>(0, nowMs - b.lastMs)) / 1000.0;
    b.tokens = std::min(m_capacity, b.tokens + elapsed * m_rate);
    b.lastMs = nowMs;
    if (b.tokens < 1.0)
        return false;
    b.tokens -= 1.0;
    return true;
}

void RateLimiter::pruneFull(qint64 nowMs)
{
    m_untilPrune = kPruneEvery;
    const double refillMs = m_rate > 0 ? m_capacity / m_rate * 1000.0 : 0;
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        if (double(nowMs - it->lastMs) >= refillMs)
            it = m_buckets.erase(it);
        else
            ++it;
    }
}

} // namespace SpEmu
