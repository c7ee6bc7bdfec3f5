// The states of a Twilsock connection, apart from SyncConnection so that the channel under it
// can share them without depending on it. Use them as SyncConnection::State.
#pragma once

#include <QObject>

namespace SpSync {

struct ConnectionState
{
    Q_GADGET
public:
    enum class State { Disconnected, Connecting, Connected, Reconnecting, Denied };
    Q_ENUM(State)
};

} // namespace SpSync
