#include "logging_p.h"

namespace SpSync {
Q_LOGGING_CATEGORY(lcTransport, "syncclient.transport", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProtocol, "syncclient.protocol", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDocument, "syncclient.document", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWire, "syncclient.wire", QtInfoMsg)
} // namespace SpSync
