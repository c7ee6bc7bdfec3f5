// Produce mode: appends actions (addAction and small addActions batches, paced) until `count`
// of them were acknowledged; a failed write is printed and redone as new actions. Each action
// carries {writer, n}: n counts attempts, so it is unique per writer and follows write order.
#pragma once

#include "agentcommon.h"

#include <QObject>
#include <QRandomGenerator>

class ChaosProducer : public QObject
{
    Q_OBJECT
public:
    ChaosProducer(const ChaosAgent::Options &options, SpSync::SyncClient *client);
    void start();

Q_SIGNALS:
    void finished();

private:
    void pump();
    void issue(int size);

    ChaosAgent::Options m_options;
    SpSync::SyncClient *m_client;
    QRandomGenerator m_rng;
    int m_acked = 0, m_failed = 0, m_inFlight = 0, m_inFlightOps = 0, m_nextN = 0;
    bool m_pumpScheduled = false;
};
