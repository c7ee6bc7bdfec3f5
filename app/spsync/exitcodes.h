// spsync exit codes (docs/spsync.md) and their mapping from SyncError kinds.
#pragma once

#include "syncerror.h"

namespace SpSyncCli {

enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1, // protocol or server error that fits no other code
    ExitUsage = 2, // usage or invalid input (incl. plain ws/http to a non-loopback host)
    ExitDenied = 3, // denied or bad token
    ExitNotFound = 4,
    ExitLimit = 5, // refused by a limit, or a conflict retries could not resolve
    ExitNetwork = 6, // no connection within 15 s, connection lost
    ExitTimeout = 7,
};

int exitCodeFor(SpSync::SyncError::Kind kind);

} // namespace SpSyncCli
