#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

// GUI event-loop stall: a precise timer ticking every intervalMs on the thread it lives in; each
// tick records how late it came (gap since the previous tick minus the interval, at least 0).
class StallMeter : public QObject
{
    Q_OBJECT
public:
    explicit StallMeter(int intervalMs = 5, QObject *parent = nullptr);

    void start();
    void stop();
    int samples() const { return int(m_lateMs.size()); }
    double percentileMs(double p) const; // p in [0, 100]
    double maxMs() const;
    double seconds() const { return m_seconds; }

private:
    void onTick();

    int m_intervalMs;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = -1;
    double m_seconds = 0;
    QList<double> m_lateMs;
};
