#include "actioncomposer.h"
#include "actionqueuemodel.h"
#include "consolecontroller.h"
#include "eventlogview.h"
#include "fakebackend.h"
#include "historyview.h"
#include "joindialog.h"
#include "jsontreemodel.h"
#include "mainwindow.h"
#include "profilestore.h"
#include "profileswitcher.h"
#include "sids.h"
#include "theme.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {
const QString kEs = SpTest::sid(u"ES", '1');
const QString kPu = u"PU"_s + QString(32, u'2');
const QString kDoc = u"Session_"_s + kEs;

QJsonObject obj(const QByteArray &json) { return QJsonDocument::fromJson(json).object(); }

// Fills the join dialog once it is the active modal window, then clicks Join.
void fillJoinDialogWhenShown()
{
    QTimer::singleShot(20, [] {
        auto *dialog = qobject_cast<JoinDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return fillJoinDialogWhenShown();
        dialog->findChild<QLineEdit *>(u"sessionSid"_s)->setText(kEs);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"proctorSid"_s), kPu);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void roundTrip();
    void switchProfileFromMenu();
    void themeMenuIsRemembered();
    void iconButtonsHaveAccessibleNames();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings() away from the user's settings
    QCoreApplication::setOrganizationName(u"SpConsoleTests"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
    QSettings().clear();
}

void TestMainWindow::roundTrip()
{
    FakeBackend backend;
    ConsoleController controller(&backend);
    QVERIFY(controller.openHistory(u":memory:"_s));
    controller.setCatalog(
        obj(R"({"extension":{"stopSession":{"redirectURL":""},"getDisplayCount":{"respondTo":""}},
                                  "proctor":{"getDisplayCount":{"displayCount":null}}})"));
    MainWindow w(&controller);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));

    // Ctrl+J, type the SIDs, Join.
    fillJoinDialogWhenShown();
    QTest::keyClick(&w, Qt::Key_J, Qt::ControlModifier);
    QTRY_COMPARE(backend.joins.size(), 1);
    QCOMPARE(backend.joins.first().documentId, kDoc);
    QCOMPARE(backend.joins.first().identity, kEs + kPu);
    QCOMPARE(w.currentDocument(), kDoc);

    Q_EMIT backend.stateChanged(kDoc, DocumentListModel::State::Connected, 0, QString());
    Q_EMIT backend.documentUpdated(
        kDoc, obj(R"({"reliableConnection":true,"extensionActions":[]})"), u"0"_s);
    QCOMPARE(w.documentTable()->model()->index(0, DocumentListModel::StateColumn).data().toString(),
        u"Connected"_s);
    QCOMPARE(controller.tree(kDoc)->rowCount(), 2);

    // stopSession with a redirect: paste, Ctrl+Return.
    w.composer()->setFieldValue(u"redirectURL"_s, u"https://sp.example/done"_s);
    w.activateWindow(); // the offscreen platform does not hand activation back after a dialog
    QVERIFY(QTest::qWaitForWindowActive(&w));
    // Ctrl+Return right from the field being edited.
    QWidget *url = w.composer()->fieldEditor(u"redirectURL"_s);
    url->setFocus();
    QTRY_VERIFY(url->hasFocus());
    QTest::keyClick(url, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(backend.sent.size(), 1);
    QCOMPARE(backend.sent.first().second.at(0).toObject().value(u"actionType"_s).toString(),
        u"extension.stopSession"_s);

    // The server stores it, then the extension (simulator) consumes it.
    Q_EMIT backend.actionsSent(kDoc, backend.sendIds.first(),
        QJsonArray { obj(
            R"({"action":"stopSession","executor":"extension","redirectURL":"https://sp.example/done","id":"a1"})") });
    Q_EMIT backend.documentUpdated(kDoc, obj(R"({"reliableConnection":true,"extensionActions":[
        {"action":"stopSession","executor":"extension","redirectURL":"https://sp.example/done","id":"a1"}]})"),
        u"1"_s);
    ActionQueueModel *queue = controller.queue(kDoc);
    QCOMPARE(queue->pendingCount(u"extension"_s), 1);
    Q_EMIT backend.documentUpdated(
        kDoc, obj(R"({"reliableConnection":true,"extensionActions":[]})"), u"2"_s);
    QCOMPARE(queue->index(queue->rowForId(u"a1"_s), 0).data(ActionQueueModel::StatusRole).toInt(),
        int(ActionQueueModel::Status::Consumed));

    // getDisplayCount answered into proctorActions is matched to its request.
    Q_EMIT backend.documentUpdated(kDoc,
        obj(R"({"extensionActions":[{"action":"getDisplayCount","respondTo":"proctor","id":"g1"}]})"),
        u"3"_s);
    Q_EMIT backend.documentUpdated(kDoc,
        obj(R"({"extensionActions":[],"proctorActions":[{"action":"getDisplayCount","executor":"proctor","displayCount":2,"id":"p1"}]})"),
        u"4"_s);
    QCOMPARE(
        queue->index(queue->rowForId(u"g1"_s), ActionQueueModel::ResponseColumn).data().toString(),
        u"displayCount: 2"_s);

    QStringList kinds;
    for (int i = 0; i < controller.events()->size(); ++i)
        kinds << controller.events()->eventAt(i).kind;
    QVERIFY(kinds.contains(u"consumed"_s));
    QVERIFY(kinds.contains(u"response"_s));
    // Update events carry what changed, as JSON-Patch-like operations.
    const EventLogModel::Event &last
        = controller.events()->eventAt(controller.events()->size() - 1);
    QCOMPARE(last.kind, u"update"_s);
    QCOMPARE(last.json.value(u"revision"_s).toString(), u"4"_s);
    const QJsonArray changes = last.json.value(u"changes"_s).toArray();
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.at(1).toObject().value(u"op"_s).toString(), u"add"_s);
    QCOMPARE(changes.at(1).toObject().value(u"path"_s).toString(), u"/proctorActions"_s);
    QCOMPARE(controller.history()->revisions(kDoc).size(), 5);
    QVERIFY(w.historyView()->diffText().contains(u"/proctorActions"_s));

    // For looking at the window by eye: SP_UI_GRAB_DIR=/tmp/x saves each bottom tab.
    if (const QString dir = qEnvironmentVariable("SP_UI_GRAB_DIR"); !dir.isEmpty()) {
        auto *tabs = w.findChild<QTabWidget *>(u"bottomTabs"_s);
        for (int t = 0; t < tabs->count(); ++t) {
            tabs->setCurrentIndex(t);
            QVERIFY(w.grab().save(u"%1/mainwindow-tab%2.png"_s.arg(dir).arg(t)));
        }
        tabs->setCurrentIndex(0);
    }

    // Bad raw document: nothing goes out.
    controller.replace(kDoc, QJsonObject(), QJsonObject { { u"k"_s, QString(17000, u'x') } });
    QVERIFY(backend.replaced.isEmpty());

    // Ctrl+F focuses the log filter; zoom in and out.
    QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(w.eventLog()->filterEdit()->hasFocus());
    QTest::keyClick(&w, Qt::Key_Equal, Qt::ControlModifier);
    QCOMPARE(w.zoomPercent(), 110);
    QTest::keyClick(&w, Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(w.zoomPercent(), 100);

    w.leaveCurrent();
    QCOMPARE(backend.leaves, QStringList { kDoc });
    QVERIFY(w.currentDocument().isEmpty());
    QCOMPARE(controller.documents()->rowCount(), 0);
}

namespace {
// Opens a menu as a popup and presses its mnemonic key, as a keyboard user would.
void pressInMenu(QWidget *window, QMenu *menu, Qt::Key key)
{
    menu->popup(window->mapToGlobal(QPoint(20, 20)));
    QVERIFY(QTest::qWaitForWindowExposed(menu));
    QTest::keyClick(menu, key);
    QTRY_VERIFY(!menu->isVisible());
}
} // namespace

// Connection > profile: the documents leave the old backend and join again under the new one.
void TestMainWindow::switchProfileFromMenu()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"console.ini"_s), QSettings::IniFormat);
    ProfileStore profiles(&settings);
    profiles.setKeychainEnabled(false);
    for (const char *name : { "Alpha", "Beta" }) {
        ConsoleProfile p;
        p.name = QString::fromLatin1(name);
        p.baseUri = QUrl(u"https://%1.example.com/v1"_s.arg(p.name.toLower()));
        QVERIFY(profiles.saveProfile(p));
        profiles.storeToken(p.name, u"token-"_s + p.name);
    }

    FakeBackend alpha;
    ConsoleController controller(&alpha);
    QVERIFY(controller.openHistory(u":memory:"_s));
    QList<FakeBackend *> made;
    QList<ConsoleProfile> madeFor;
    ProfileSwitcher switcher(&profiles, &controller, [&](const ConsoleProfile &p) {
        auto b = std::make_unique<FakeBackend>();
        made.append(b.get());
        madeFor.append(p);
        return std::unique_ptr<ConsoleBackend>(std::move(b));
    });
    switcher.setCurrentProfile(u"Alpha"_s);
    // The user ticks every document offered (those open now, on Alpha).
    switcher.setRejoinChooser([](const QString &, const QList<JoinRequest> &remembered,
                                  const QList<JoinRequest> &open) { return remembered + open; });
    MainWindow w(&controller);
    w.setProfileStore(&profiles);
    w.setCurrentProfile(u"Alpha"_s);
    connect(&w, &MainWindow::profileConnectRequested, &switcher, &ProfileSwitcher::switchTo);
    connect(&switcher, &ProfileSwitcher::switched, &w, &MainWindow::setCurrentProfile);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));

    JoinRequest request;
    request.sessionSid = kEs;
    request.proctorSid = kPu;
    controller.join(request);
    QCOMPARE(alpha.joins.size(), 1);
    Q_EMIT alpha.stateChanged(kDoc, DocumentListModel::State::Connected, 0, QString());
    Q_EMIT alpha.documentUpdated(kDoc, obj(R"({"extensionActions":[]})"), u"0"_s);

    QAction *beta = w.connectionMenu()->findChild<QAction *>(u"profile:Beta"_s);
    QVERIFY(beta);
    QVERIFY(!beta->isChecked());
    QSignalSpy switched(&switcher, &ProfileSwitcher::switched);
    pressInMenu(&w, w.connectionMenu(), Qt::Key_2);
    QVERIFY(switched.wait(2000));
    QCOMPARE(switched.first().at(0).toString(), u"Beta"_s);

    // Left cleanly on Alpha, joined again on a backend made for Beta with Beta's token.
    QCOMPARE(alpha.leaves, QStringList { kDoc });
    QCOMPARE(made.size(), 1);
    QCOMPARE(madeFor.first().name, u"Beta"_s);
    QCOMPARE(madeFor.first().spToken, u"token-Beta"_s);
    QCOMPARE(made.first()->joins.size(), 1);
    QCOMPARE(made.first()->joins.first().documentId, kDoc);
    QCOMPARE(controller.backend(), made.first());
    QCOMPARE(controller.documents()->documents(), QStringList { kDoc });
    QCOMPARE(w.currentDocument(), kDoc);
    QCOMPARE(w.currentProfile(), u"Beta"_s);
    QVERIFY(w.connectionMenu()->findChild<QAction *>(u"profile:Beta"_s)->isChecked());

    // The old backend is deaf now: its updates no longer reach the window.
    Q_EMIT alpha.documentUpdated(kDoc, obj(R"({"stale":true})"), u"9"_s);
    QVERIFY(!controller.tree(kDoc)->document().contains(u"stale"_s));
    Q_EMIT made.first()->documentUpdated(kDoc, obj(R"({"fresh":true})"), u"1"_s);
    QVERIFY(controller.tree(kDoc)->document().contains(u"fresh"_s));
    // Sends go to the new backend.
    controller.send(
        kDoc, QJsonArray { QJsonObject { { u"actionType"_s, u"extension.stopSession"_s } } });
    QCOMPARE(made.first()->sent.size(), 1);
    QVERIFY(alpha.sent.isEmpty());

    // Choosing the current profile again does nothing.
    pressInMenu(&w, w.connectionMenu(), Qt::Key_2);
    QCOMPARE(made.size(), 1);
}

// View > Theme: Dark and Light are applied at once and remembered; System restores the start.
void TestMainWindow::themeMenuIsRemembered()
{
    Theme::captureSystem();
    const QColor systemWindow = QApplication::palette().color(QPalette::Window);
    FakeBackend backend;
    ConsoleController controller(&backend);
    MainWindow w(&controller);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));

    pressInMenu(&w, w.themeMenu(), Qt::Key_D);
    QVERIFY(Theme::isDark());
    QCOMPARE(Theme::current(), Theme::Mode::Dark);
    QCOMPARE(QSettings().value(u"ui/theme"_s).toString(), u"dark"_s);
    QCOMPARE(Theme::load(), Theme::Mode::Dark);
    QVERIFY(w.themeMenu()->findChild<QAction *>(u"theme-dark"_s)->isChecked());

    pressInMenu(&w, w.themeMenu(), Qt::Key_L);
    QVERIFY(!Theme::isDark());
    QCOMPARE(QSettings().value(u"ui/theme"_s).toString(), u"light"_s);

    pressInMenu(&w, w.themeMenu(), Qt::Key_S);
    QCOMPARE(Theme::load(), Theme::Mode::System);
    QCOMPARE(QApplication::palette().color(QPalette::Window), systemWindow);
}

// Icon-only buttons must say what they do to screen readers.
void TestMainWindow::iconButtonsHaveAccessibleNames()
{
    FakeBackend backend;
    ConsoleController controller(&backend);
    MainWindow w(&controller);
    int iconOnly = 0;
    const QList<QToolButton *> buttons = w.findChildren<QToolButton *>();
    for (const QToolButton *b : buttons) {
        if (b->icon().isNull() || !b->text().isEmpty() || b->defaultAction()
            || b->objectName().startsWith(u"qt_"_s)) // Qt's own, e.g. menu overflow
            continue;
        ++iconOnly;
        QVERIFY2(!b->accessibleName().isEmpty(), qPrintable(b->objectName()));
        QVERIFY2(!b->toolTip().isEmpty(), qPrintable(b->objectName()));
    }
    QVERIFY(iconOnly >= 5); // composer batch and presets, event log copy and export
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
