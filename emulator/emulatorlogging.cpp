#include "emulatorlogging.h"

#include <mutex>

namespace SpEmu {
Q_LOGGING_CATEGORY(lcServer, "emulator.server", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSession, "emulator.session", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCds, "emulator.cds", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "emulator.store", QtInfoMsg)

namespace {

    QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

    void tokenSafeFilter(QLoggingCategory *category)
    {
        if (g_previousFilter)
            g_previousFilter(category);
        if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0)
            category->setEnabled(QtDebugMsg, false);
    }

} // namespace

void installTokenSafeLogging()
{
    static std::once_flag once;
    std::call_once(
        once, [] { g_previousFilter = QLoggingCategory::installFilter(tokenSafeFilter); });
}
} // namespace SpEmu
