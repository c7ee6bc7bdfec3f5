// Timing knobs of the Twilio layer. Defaults follow the official clients; tests shorten them.
#pragma once

namespace SpSync {

struct SyncTimeouts
{
    int requestMs = 30000; // per request once sent (JS: 30 s)
    int queueMs = 20000; // a request issued while not connected waits at most this long
    int watchdogMs = 45000; // no traffic for this long = dead link (Kotlin: 45 s)
    int initMs = 30000; // WebSocket connect + init reply
    int backoffMinMs = 1000; // reconnect delays: min, 2*min, 4*min ... max, +-20 %
    int backoffMaxMs = 60000;
    // Subscription retries never give up: min, 2*min ... max, +-20 % (JS: 100 ms to 120 s).
    int subscribeBackoffMinMs = 100;
    int subscribeBackoffMaxMs = 120000;
    int mutateRetries = 25; // 412 re-read-and-reapply rounds before Conflict
    int mutateBackoffMs = 20; // pause before the 2nd, 3rd... re-read (doubles, capped at 250 ms)
};

} // namespace SpSync
