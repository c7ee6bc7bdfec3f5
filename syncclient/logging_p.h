// Logging categories of the client library (default level: Info, so qCDebug is silent).
#pragma once

#include <QLoggingCategory>

namespace SpSync {
Q_DECLARE_LOGGING_CATEGORY(lcTransport)
Q_DECLARE_LOGGING_CATEGORY(lcProtocol)
Q_DECLARE_LOGGING_CATEGORY(lcDocument)
Q_DECLARE_LOGGING_CATEGORY(lcWire)
} // namespace SpSync
