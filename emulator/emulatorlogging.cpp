#include "emulatorlogging.h"

namespace SpEmu {
Q_LOGGING_CATEGORY(lcServer, "emulator.server", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSession, "emulator.session", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCds, "emulator.cds", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "emulator.store", QtInfoMsg)
} // namespace SpEmu
