// Logging categories of the emulator ("emulator.*", Info by default). Never log a token.
#pragma once

#include <QLoggingCategory>

namespace SpEmu {
Q_DECLARE_LOGGING_CATEGORY(lcServer)
Q_DECLARE_LOGGING_CATEGORY(lcSession)
Q_DECLARE_LOGGING_CATEGORY(lcCds)
Q_DECLARE_LOGGING_CATEGORY(lcStore)

// Keeps Qt HttpServer's debug output off whatever QT_LOGGING_RULES says: it prints whole
// requests, Authorization headers (SP tokens) included. Process-wide, installed once.
void installTokenSafeLogging();
} // namespace SpEmu
