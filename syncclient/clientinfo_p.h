// How this client names itself to the server (init metadata, Twilio-Sync-Client-Info).
#pragma once

#include "spversion.h"

namespace SpSync {

inline constexpr const char *kClientName = "sp-proctor-qt";
inline constexpr const char *kClientVersion = SP_VERSION_STRING; // the project's version

} // namespace SpSync
