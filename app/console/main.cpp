// sp-proctor-console: wiring only. With no profile it runs on an embedded emulator with a demo
// session; --headless-demo plays the same scenario in the terminal and exits.
#include "demosession.h"
#include "diagnosticlog.h"
#include "emulatorserver.h"
#include "eventlogmodel.h"
#include "localserverpanel.h"
#include "mainwindow.h"
#include "profilestore.h"
#include "profileswitcher.h"
#include "qasimulator.h"
#include "qaworkbench.h"
#include "rejoindialog.h"
#include "roomcontroller.h"
#include "roomwindows.h"
#include "scenariorunner.h"
#include "simulatorpanel.h"
#include "sp/actioncatalog.h"
#include "spversion.h"
#include "syncclientbackend.h"
#include "theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QIcon>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QTranslator>
#include <cstdio>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

void installTranslators(QCoreApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(
            QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    // English is the source language; proctor_en only adds its plural forms ("1 action").
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), u"proctor"_s, u"_"_s, u":/i18n"_s)
        || own->load(u":/i18n/proctor_en.qm"_s))
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
    if (!demo.start(u":memory:"_s, &error)) {
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

// --scenario FILE: the scenario on the embedded emulator, one JSON line per event on stdout.
// Exit 0 when every expectation held, 1 when one failed or time ran out, 2 for a bad file.
int runScenario(QCoreApplication &app, const QString &path)
{
    QString error;
    const auto scenario = Scenario::load(path, &error);
    if (!scenario) {
        std::fprintf(stderr, "sp-proctor-console: %s\n", qPrintable(error));
        return 2;
    }
    DemoSession demo;
    if (!demo.start(u":memory:"_s, &error)) {
        std::fprintf(stderr, "sp-proctor-console: %s\n", qPrintable(error));
        return 1;
    }
    ScenarioRunner::Environment env;
    env.server = demo.server();
    env.console = demo.controller();
    env.proctorSid = demo.server()->demo()->proctorSid;
    env.proctorSpToken = demo.server()->demo()->proctorSpToken;
    env.roomFor = [&demo, &app](const QString &id) {
        return new RoomController(demo.controller(), id, &app);
    };
    ScenarioRunner runner(*scenario, env);
    QObject::connect(&runner, &ScenarioRunner::line, &app, [](const QJsonObject &event) {
        std::fprintf(
            stdout, "%s\n", QJsonDocument(event).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
    });
    int code = 1;
    QObject::connect(&runner, &ScenarioRunner::finished, &app, [&code](bool ok) {
        code = ok ? 0 : 1;
        QCoreApplication::quit();
    });
    runner.start();
    app.exec();
    return code;
}

// Room views for joined proctor rooms, the QA workbench and (embedded emulator) the local server
// panel, in the main window.
void addRoomTools(
    MainWindow &window, RoomWindows &rooms, QaWorkbench &workbench, LocalServerPanel *server)
{
    QObject::connect(&rooms, &RoomWindows::sessionActivated, &window, [&window](const QString &id) {
        window.selectDocument(id);
        window.raise();
        window.activateWindow();
    });
    QMenu *roomMenu = window.menuBar()->addMenu(QCoreApplication::translate("main", "&Rooms"));
    QObject::connect(
        roomMenu, &QMenu::aboutToShow, &rooms, [&rooms, roomMenu] { rooms.fillMenu(roomMenu); });
    rooms.fillMenu(roomMenu);
    QMenu *qa = window.menuBar()->addMenu(QCoreApplication::translate("main", "&QA"));
    workbench.fillMenu(qa);
    window.addToolTab(&workbench, QCoreApplication::translate("main", "QA workbench"));
    if (server)
        window.addToolTab(server, QCoreApplication::translate("main", "Local server"));
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

// Connection > profile (or Connect in the profiles dialog) switches this window's profile,
// asking which documents to join there.
void wireProfileSwitching(MainWindow &window, ProfileSwitcher &switcher)
{
    switcher.setRejoinChooser(
        [&window](const QString &profile, const QList<JoinRequest> &remembered,
            const QList<JoinRequest> &open) {
            if (remembered.isEmpty() && open.isEmpty())
                return QList<JoinRequest>();
            RejoinDialog dialog(profile, remembered, open, &window);
            dialog.exec();
            return dialog.chosen();
        });
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
        [&window](const QString &message) { window.showStatus(message); });
}

std::unique_ptr<ConsoleBackend> makeBackend(const ConsoleProfile &profile)
{
    return std::make_unique<SyncClientBackend>(profile);
}

// The console on a saved profile: the SP token comes from the keychain, or is asked for.
int runProfile(
    QCoreApplication &app, ProfileStore &profiles, const QString &name, const QString &dataDir)
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
    controller.setCatalog(SpSync::ActionCatalog::builtin().toJsonWithFlags());
    QString error;
    // Named by the profile's id, which no translation or rename changes.
    const QString historyPath = QDir(dataDir).filePath(u"history-%1.sqlite"_s.arg(profile->id));
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
    QSettings settings;
    RoomWindows rooms(&controller);
    rooms.setSettings(&settings, name);
    QaWorkbench::Environment qaEnv;
    qaEnv.console = &controller;
    qaEnv.rooms = &rooms;
    QaWorkbench workbench(qaEnv);
    addRoomTools(window, rooms, workbench, nullptr);
    window.setCurrentProfileId(profile->id);
    window.show();
    if (profiles.rejoinAtStart(name))
        switcher.rejoinRemembered();
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    // A simulated room of 500 students holds both ends of ~1000 connections in this process.
    rlimit files {};
    if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < files.rlim_max) {
        files.rlim_cur = files.rlim_max;
        setrlimit(RLIMIT_NOFILE, &files);
    }
    const auto hasArgument = [&](std::initializer_list<const char *> names) {
        for (int i = 1; i < argc; ++i) {
            for (const char *name : names) {
                if (qstrcmp(argv[i], name) == 0)
                    return true;
            }
        }
        return false;
    };
    const bool headless = hasArgument({ "--headless-demo", "--scenario" }) || [&] {
        for (int i = 1; i < argc; ++i) {
            if (qstrncmp(argv[i], "--scenario=", 11) == 0)
                return true;
        }
        return false;
    }();
    // --help and --version print and exit: no display needed, so no QApplication for them.
    const bool printOnly = hasArgument({ "-h", "--help", "-?", "--help-all", "-v", "--version" });
    std::unique_ptr<QCoreApplication> app = headless || printOnly
        ? std::make_unique<QCoreApplication>(argc, argv)
        : std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setOrganizationName(u"SmarterProctoring"_s);
    QCoreApplication::setApplicationName(u"sp-proctor-console"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SP_VERSION_STRING));
    if (!headless && !printOnly) {
        // The id of the installed .desktop file and icon (packaging/), so desktops match them.
        const QString appId = u"com.smarterproctoring.ProctorConsole"_s;
        QGuiApplication::setDesktopFileName(appId);
        QApplication::setWindowIcon(QIcon::fromTheme(appId, QIcon(u":/icons/%1.png"_s.arg(appId))));
    }
    installTranslators(*app);
    // The embedded emulator logs every connection at info level; keep the console quiet.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(u"emulator.*.info=false"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "SP Proctor Console"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption headlessOption(u"headless-demo"_s,
        QCoreApplication::translate("main", "Play the demo scenario in the terminal and exit."));
    const QCommandLineOption timeoutOption(u"timeout"_s,
        QCoreApplication::translate("main", "Seconds the headless demo may take (default 30)."),
        u"seconds"_s, u"30"_s);
    const QCommandLineOption profileOption(u"profile"_s,
        QCoreApplication::translate(
            "main", "Connect with a saved connection profile instead of the embedded demo."),
        u"name"_s);
    const QCommandLineOption scenarioOption(u"scenario"_s,
        QCoreApplication::translate("main",
            "Run a scenario file on the embedded emulator without a window; prints JSON lines "
            "and exits non-zero when an expectation fails."),
        u"file"_s);
    parser.addOption(profileOption);
    parser.addOption(headlessOption);
    parser.addOption(scenarioOption);
    parser.addOption(timeoutOption);
    parser.process(*app);

    if (parser.isSet(scenarioOption))
        return runScenario(*app, parser.value(scenarioOption));
    if (headless)
        return runHeadless(*app, std::max(1, parser.value(timeoutOption).toInt()));

    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dataDir);
    const QString historyPath = dataDir + u"/history.sqlite"_s;
    QSettings settings;
    ProfileStore profiles(&settings);
    Theme::captureSystem();
    Theme::apply(Theme::load());
    DiagnosticLog::start(); // before any document is joined: Help → Save diagnostic log
    if (parser.isSet(profileOption))
        return runProfile(*app, profiles, parser.value(profileOption), dataDir);

    DemoSession demo;
    QString error;
    if (!demo.start(dataDir + u"/history.sqlite"_s, &error)) {
        std::fprintf(stderr, "sp-proctor-console: %s\n", qPrintable(error));
        return 1;
    }
    MainWindow window(demo.controller());
    window.setProfileStore(&profiles);
    ProfileSwitcher switcher(&profiles, demo.controller(), makeBackend);
    wireProfileSwitching(window, switcher);
    window.addToolTab(
        new SimulatorPanel(demo.simulators()), QCoreApplication::translate("main", "QA simulator"));
    RoomWindows rooms(demo.controller());
    rooms.setSettings(&settings, u"embedded"_s);
    QaWorkbench::Environment qaEnv;
    qaEnv.server = demo.server();
    qaEnv.console = demo.controller();
    qaEnv.rooms = &rooms;
    qaEnv.proctorSid = demo.server()->demo()->proctorSid;
    qaEnv.proctorSpToken = demo.server()->demo()->proctorSpToken;
    QaWorkbench workbench(qaEnv);
    addRoomTools(window, rooms, workbench, new LocalServerPanel(demo.server(), demo.controller()));
    window.showWelcomeIfFirstRun();
    window.show();
    // A newcomer sees actions flow at once: the demo scenario plays once in the window too.
    QTimer::singleShot(1500, &demo, &DemoSession::playScenario);
    return app->exec();
}
