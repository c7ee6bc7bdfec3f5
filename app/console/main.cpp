// sp-proctor-console: wiring only. With no profile it runs on an embedded emulator with a demo
// session; --headless-demo plays the same scenario in the terminal and exits.
#include "demosession.h"
#include "eventlogmodel.h"
#include "mainwindow.h"
#include "profilestore.h"
#include "profileswitcher.h"
#include "qasimulator.h"
#include "simulatorpanel.h"
#include "sp/actioncatalog.h"
#include "spversion.h"
#include "syncclientbackend.h"
#include "theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QInputDialog>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QTranslator>
#include <cstdio>

namespace {

void installTranslators(QCoreApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    // English is the source language; proctor_en only adds its plural forms ("1 action").
    auto *own = new QTranslator(&app);
    if (own->load(
            QLocale(), QStringLiteral("proctor"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral(":/i18n/proctor_en.qm")))
        QCoreApplication::installTranslator(own);
}

void printEvents(const EventLogModel *log, int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const EventLogModel::Event &e = log->eventAt(row);
        std::fprintf(stdout, "%s  %-9s %-46s %s\n", qPrintable(EventLogModel::timeText(e.time)),
            qPrintable(e.kind), qPrintable(e.document), qPrintable(e.summary));
    }
    std::fflush(stdout);
}

int runHeadless(QCoreApplication &app, int timeoutSecs)
{
    DemoSession demo;
    const EventLogModel *log = nullptr;
    QString error;
    if (!demo.start(QStringLiteral(":memory:"), &error)) {
        std::fprintf(stderr, "sp-proctor-console: %s\n", qPrintable(error));
        return 1;
    }
    log = demo.controller()->events();
    printEvents(log, 0, log->size() - 1);
    QObject::connect(log, &QAbstractItemModel::rowsInserted, &app,
        [log](const QModelIndex &, int first, int last) { printEvents(log, first, last); });
    int code = 1;
    QObject::connect(
        &demo, &DemoSession::scenarioFinished, &app, [&code](bool ok, const QString &message) {
            std::fprintf(ok ? stdout : stderr, "%s\n", qPrintable(message));
            code = ok ? 0 : 1;
            QCoreApplication::quit();
        });
    QTimer::singleShot(timeoutSecs * 1000, &app, [] {
        std::fprintf(stderr, "%s\n",
            qPrintable(QCoreApplication::translate("main", "The demo did not finish in time.")));
        QCoreApplication::quit();
    });
    demo.playScenario();
    app.exec();
    return code;
}

SpSync::SyncClient *clientOf(const ConsoleController *controller, const QString &documentId)
{
    const auto *backend = qobject_cast<const SyncClientBackend *>(controller->backend());
    return backend ? backend->client(documentId) : nullptr;
}

QString askToken(QWidget *parent, const QString &name)
{
    return QInputDialog::getText(parent, QCoreApplication::translate("main", "SP token"),
        QCoreApplication::translate("main", "SP token for %1:").arg(name), QLineEdit::Password);
}

QString windowTitle(const QString &profile)
{
    return profile.isEmpty()
        ? QCoreApplication::translate("main", "SP Proctor Console — embedded demo")
        : QCoreApplication::translate("main", "SP Proctor Console — %1").arg(profile);
}

// Connection > profile (or Connect in the profiles dialog) switches this window's profile.
void wireProfileSwitching(MainWindow &window, ProfileSwitcher &switcher)
{
    window.setCurrentProfile(switcher.currentProfile());
    window.setWindowTitle(windowTitle(switcher.currentProfile()));
    QObject::connect(
        &window, &MainWindow::profileConnectRequested, &switcher, &ProfileSwitcher::switchTo);
    QObject::connect(
        &switcher, &ProfileSwitcher::tokenNeeded, &window, [&window, &switcher](const QString &n) {
            const QString token = askToken(&window, n);
            if (!token.isEmpty())
                switcher.switchWithToken(n, token);
            else
                window.setCurrentProfile(switcher.currentProfile());
        });
    QObject::connect(&switcher, &ProfileSwitcher::switched, &window, [&window](const QString &n) {
        window.setCurrentProfile(n);
        window.setWindowTitle(windowTitle(n));
    });
    QObject::connect(&switcher, &ProfileSwitcher::failed, &window,
        [&window](const QString &message) { window.statusBar()->showMessage(message, 8000); });
}

std::unique_ptr<ConsoleBackend> makeBackend(const ConsoleProfile &profile)
{
    return std::make_unique<SyncClientBackend>(profile);
}

// The console on a saved profile: the SP token comes from the keychain, or is asked for.
int runProfile(
    QCoreApplication &app, ProfileStore &profiles, const QString &name, const QString &historyPath)
{
    auto profile = profiles.profile(name);
    if (!profile) {
        std::fprintf(stderr, "%s\n",
            qPrintable(QCoreApplication::translate("main", "No connection profile named \"%1\".")
                           .arg(name)));
        return 2;
    }
    QEventLoop wait;
    QObject::connect(
        &profiles, &ProfileStore::tokenRead, &wait, [&](const QString &, const QString &token) {
            profile->spToken = token;
            wait.quit();
        });
    profiles.readToken(name);
    wait.exec();
    if (profile->spToken.isEmpty()) {
        profile->spToken = askToken(nullptr, name);
        if (profile->spToken.isEmpty())
            return 0;
        profiles.storeToken(name, profile->spToken);
    }
    SyncClientBackend backend(*profile);
    ConsoleController controller(&backend);
    controller.setCatalog(SpSync::ActionCatalog::builtin().toJson());
    QString error;
    if (!controller.openHistory(historyPath, &error))
        std::fprintf(stderr, "sp-proctor-console: %s\n", qPrintable(error));
    QaSimulatorSet simulators(
        &controller, [&controller](const QString &id) { return clientOf(&controller, id); });
    MainWindow window(&controller);
    window.setProfileStore(&profiles);
    window.addToolTab(
        new SimulatorPanel(&simulators), QCoreApplication::translate("main", "QA simulator"));
    ProfileSwitcher switcher(&profiles, &controller, makeBackend);
    switcher.setCurrentProfile(name);
    wireProfileSwitching(window, switcher);
    window.show();
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    const bool headless = [&] {
        for (int i = 1; i < argc; ++i) {
            if (qstrcmp(argv[i], "--headless-demo") == 0)
                return true;
        }
        return false;
    }();
    std::unique_ptr<QCoreApplication> app = headless
        ? std::make_unique<QCoreApplication>(argc, argv)
        : std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SmarterProctoring"));
    QCoreApplication::setApplicationName(QStringLiteral("sp-proctor-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SP_VERSION_STRING));
    installTranslators(*app);
    // The embedded emulator logs every connection at info level; keep the console quiet.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("emulator.*.info=false"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "SP Proctor Console"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption headlessOption(QStringLiteral("headless-demo"),
        QCoreApplication::translate("main", "Play the demo scenario in the terminal and exit."));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
        QCoreApplication::translate("main", "Seconds the headless demo may take (default 30)."),
        QStringLiteral("seconds"), QStringLiteral("30"));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
        QCoreApplication::translate(
            "main", "Connect with a saved connection profile instead of the embedded demo."),
        QStringLiteral("name"));
    parser.addOption(profileOption);
    parser.addOption(headlessOption);
    parser.addOption(timeoutOption);
    parser.process(*app);

    if (headless)
        return runHeadless(*app, std::max(1, parser.value(timeoutOption).toInt()));

    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dataDir);
    const QString historyPath = dataDir + QStringLiteral("/history.sqlite");
    QSettings settings;
    ProfileStore profiles(&settings);
    Theme::captureSystem();
    Theme::apply(Theme::load());
    if (parser.isSet(profileOption))
        return runProfile(*app, profiles, parser.value(profileOption), historyPath);

    DemoSession demo;
    QString error;
    if (!demo.start(dataDir + QStringLiteral("/history.sqlite"), &error)) {
        std::fprintf(stderr, "sp-proctor-console: %s\n", qPrintable(error));
        return 1;
    }
    MainWindow window(demo.controller());
    window.setProfileStore(&profiles);
    ProfileSwitcher switcher(&profiles, demo.controller(), makeBackend);
    wireProfileSwitching(window, switcher);
    window.addToolTab(
        new SimulatorPanel(demo.simulators()), QCoreApplication::translate("main", "QA simulator"));
    window.show();
    // A newcomer sees actions flow at once: the demo scenario plays once in the window too.
    QTimer::singleShot(1500, &demo, &DemoSession::playScenario);
    return app->exec();
}
