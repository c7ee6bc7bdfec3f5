// Per-object write rate like Twilio's: 20 writes/s sustained with a 10 s burst window, as a token
// bucket of 200 that refills at 20/s. Refused writes get 429/54009. The router also keys
// creates per identity and per unique name with it.
#pragma once

#include <QHash>
#include <QString>

namespace SpEmu {

class RateLimiter
{
public:
    explicit RateLimiter(double perSecond = 20.0, double burstSeconds = 10.0);

    void setEnabled(bool on) { m_enabled = on; }
    bool enabled() const { return m_enabled; }
    // Takes one write for `key` at time nowMs; false = over the limit (nothing taken).
    bool tryAcquire(const QString &key, qint64 nowMs);
    void forget(const QString &key) { m_buckets.remove(key); }

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 lastMs = 0;
    };
    double m_rate;
    double m_capacity;
    bool m_enabled = true;
    // Drops buckets that have refilled completely (they behave as new ones).
    void pruneFull(qint64 nowMs);

    QHash<QString, Bucket> m_buckets;
    int m_untilPrune = kPruneEvery;
    static constexpr int kPruneEvery = 4096;
};

} // namespace SpEmu
