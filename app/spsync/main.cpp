// spsync: the SP Sync command line (docs/spsync.md). Wiring only; see commands.h.
#include "commands.h"
#include "exitcodes.h"
#include "redact.h"
#include "spsyncoptions.h"
#include "spversion.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimer>
#include <QTranslator>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

bool g_verbose = false;

// Library messages never reach the terminal unredacted, and only with --verbose.
void messageHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (!g_verbose && type != QtCriticalMsg && type != QtFatalMsg)
        return;
    const QByteArray line = SpSync::redactSecrets(message).simplified().toUtf8();
    std::fprintf(stderr, "spsync: %s\n", line.constData());
}

} // namespace

int main(int argc, char *argv[])
{
    qInstallMessageHandler(messageHandler);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"spsync"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SP_VERSION_STRING));

    QTranslator translator;
    if (translator.load(QLocale(), u"spsync"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(&translator);

    const SpSyncCli::ParseResult parsed = SpSyncCli::parseArguments(app.arguments().mid(1));
    if (!parsed.ok()) {
        const QString hint = QCoreApplication::translate("spsync", "%1 (see spsync --help)");
        std::fputs(SpSyncCli::CommandRunner::errorLine(hint.arg(parsed.error)).constData(), stderr);
        return SpSyncCli::ExitUsage;
    }
    if (parsed.options.help) {
        std::fputs(SpSyncCli::helpText().toUtf8().constData(), stdout);
        return SpSyncCli::ExitOk;
    }
    if (parsed.options.version) {
        std::printf("spsync %s\n", SP_VERSION_STRING);
        return SpSyncCli::ExitOk;
    }
    g_verbose = parsed.options.verbose;

    SpSyncCli::CommandRunner runner(parsed.options);
    QObject::connect(&runner, &SpSyncCli::CommandRunner::finished, &app,
        [](int code) { QCoreApplication::exit(code); });
    QTimer::singleShot(0, &runner, &SpSyncCli::CommandRunner::start);
    return app.exec();
}
