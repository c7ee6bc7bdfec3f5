#include "stallmeter.h"

#include <algorithm>
#include <cmath>

StallMeter::StallMeter(int intervalMs, QObject *parent)
    : QObject(parent)
    , m_intervalMs(intervalMs)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StallMeter::onTick);
}

void StallMeter::start()
{
    m_lateMs.clear();
    m_lateMs.reserve(64 * 1024);
    m_clock.start();
    m_lastNs = -1;
    m_timer.start();
}

void StallMeter::stop()
{
    m_timer.stop();
    m_seconds = m_clock.nsecsElapsed() / 1e9;
}

void StallMeter::onTick()
{
    const qint64 now = m_clock.nsecsElapsed();
    if (m_lastNs >= 0)
        m_lateMs.append(std::max(0.0, (now - m_lastNs) / 1e6 - m_intervalMs));
    m_lastNs = now;
}

double StallMeter::percentileMs(double p) const
{
    if (m_lateMs.isEmpty())
        return 0;
    QList<double> sorted = m_lateMs;
    std::sort(sorted.begin(), sorted.end());
    const auto rank = qsizetype(std::ceil(p / 100.0 * sorted.size())) - 1;
    return sorted.at(std::clamp<qsizetype>(rank, 0, sorted.size() - 1));
}

double StallMeter::maxMs() const
{
    return m_lateMs.isEmpty() ? 0 : *std::max_element(m_lateMs.cbegin(), m_lateMs.cend());
}
