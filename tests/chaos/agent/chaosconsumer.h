// Consume mode: takes extensionActions (by connecting extensionActionsAdded) and prints each as
// {"event":"consumed",...}; a claim that got no reply is printed as {"event":"uncertain","ids"}.
#pragma once

#include "agentcommon.h"

#include <QObject>

class ChaosConsumer : public QObject
{
    Q_OBJECT
public:
    ChaosConsumer(const ChaosAgent::Options &options, SpSync::SyncClient *client);

private:
    ChaosAgent::Options m_options;
};
