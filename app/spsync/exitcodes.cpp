#include "exitcodes.h"

namespace SpSyncCli {

int exitCodeFor(SpSync::SyncError::Kind kind)
{
    using Kind = SpSync::SyncError::Kind;
    switch (kind) {
    case Kind::NoError:
        return ExitOk;
    case Kind::InvalidInput:
        return ExitUsage;
    case Kind::Auth:
    case Kind::Denied:
        return ExitDenied;
    case Kind::NotFound:
        return ExitNotFound;
    case Kind::Conflict:
    case Kind::TooLarge:
    case Kind::RateLimited:
        return ExitLimit;
    case Kind::Transport:
        return ExitNetwork;
    case Kind::Timeout:
        return ExitTimeout;
    case Kind::Protocol:
    case Kind::Server:
        return ExitFailure;
    }
    return ExitFailure;
}

} // namespace SpSyncCli
