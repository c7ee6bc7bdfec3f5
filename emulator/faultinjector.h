// Faults on demand for tests (--fault SPEC, repeatable; --seed N makes them reproducible).
//
// Grammar (one fault per --fault; FRACTION is 0..1):
//   drop-after=N     each connection is dropped (socket aborted, no close frame) when its N-th
//                    upstream `message` arrives; that message is not processed
//   drop-prob=P      each upstream message drops its connection with probability P (not processed)
//   delay=MS         every reply to an upstream message is sent MS ms late
//   delay=MIN-MAX    ... a uniformly random MIN..MAX ms late
//   412=FRACTION     that fraction of conditional writes (with If-Match) gets 412/54103, unapplied
//   429=FRACTION     that fraction of writes (POST/DELETE on documents) gets 429/54009, unapplied
//   503=FRACTION     that fraction of upstream messages gets HTTP 503/20503, unprocessed
//   stall=MS         the reply to each `init` is held back MS ms
#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace SpEmu {

class FaultInjector
{
public:
    // Returns false and fills error for a spec that does not parse.
    bool configure(const QStringList &specs, quint32 seed, bool seedGiven, QString *error);
    bool active() const { return m_active; }

    int dropAfter() const { return m_dropAfter; } // 0 = off
    bool rollDrop() { return roll(m_dropProb); }
    int replyDelayMs();
    int initStallMs() const { return m_stallMs; }
    bool roll412() { return roll(m_f412); }
    bool roll429() { return roll(m_f429); }
    bool roll503() { return roll(m_f503); }

private:
    bool roll(double fraction);

    QRandomGenerator m_rng;
    bool m_active = false;
    int m_dropAfter = 0;
    double m_dropProb = 0;
    int m_delayMin = 0;
    int m_delayMax = 0;
    int m_stallMs = 0;
    double m_f412 = 0;
    double m_f429 = 0;
    double m_f503 = 0;
};

} // namespace SpEmu
