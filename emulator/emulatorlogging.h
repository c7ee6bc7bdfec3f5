// Logging categories of the emulator ("emulator.*", Info by default). Never log a token.
#pragma once

#include <QLoggingCategory>

namespace SpEmu {
Q_DECLARE_LOGGING_CATEGORY(lcServer)
Q_DECLARE_LOGGING_CATEGORY(lcSession)
Q_DECLARE_LOGGING_CATEGORY(lcCds)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
} // namespace SpEmu
