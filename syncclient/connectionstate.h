// The states of a Twilsock connection, apart from SyncConnection so that the channel under it
// can share them without depending on it. Use them as SyncConnection::State.
// A refusal by the server (a bad, expired or forbidden token) is not a state: the connection is
// Disconnected and its lastError() says why, with Kind::Auth or Kind::Denied.
#pragma once

#include <QObject>

namespace SpSync {

struct ConnectionState
{
    Q_GADGET
public:
    enum class State { Disconnected, Connecting, Connected, Reconnecting };
    Q_ENUM(State)
};

} // namespace SpSync
