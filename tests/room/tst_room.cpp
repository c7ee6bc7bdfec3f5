#include "actioncomposer.h"
#include "actionqueuemodel.h"
#include "consolecontroller.h"
#include "emulatorserver.h"
#include "jsontreemodel.h"
#include "localserverpanel.h"
#include "roomcontroller.h"
#include "roomview.h"
#include "simulatedroom.h"
#include "simulationhost.h"
#include "sp/actioncatalog.h"
#include "syncclient.h"
#include "syncclientbackend.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QColor>
#include <QDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <memory>

using namespace Qt::StringLiterals;

// Room controller, room view and simulated students against the in-process emulator, over real
// WebSockets: the console joins a simulated room as the demo proctor.
class TestRoom : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sessionsAppearAndDisappear();
    void stopReachesExactlyTheSelected();
    void interactiveStopConfirmsCountAndNames();
    void delayedAnswer();
    void neverAnsweringRaisesAlarm();
    void refusal();
    void offlineAndBackDrains();
    void flappingFieldAndBothExecutors();
    void keyboardAndDetail();
    void offersToJoinListedSessions();
    void composedBatchGoesToEachSelected();
    void layoutRememberedPerProfile();
    void localServerCommandDrivesTheDocument();
};

namespace {

struct Rig
{
    static SpEmu::EmulatorOptions options()
    {
        SpEmu::EmulatorOptions o;
        o.listenPort = 0;
        o.memory = true;
        o.demo = true;
        o.rateLimits = false;
        return o;
    }

    // A console joined to a simulated room of n students, every session joined and connected.
    bool start(int n)
    {
        QString error;
        if (!host.start(&error))
            return fail(error);
        server = host.server();
        demo = *server->demo();
        ConsoleProfile profile;
        profile.name = u"room-test"_s;
        profile.baseUri = server->spApiUrl();
        profile.spToken = demo.proctorSpToken;
        backend = std::make_unique<SyncClientBackend>(profile);
        console = std::make_unique<ConsoleController>(backend.get());
        console->setCatalog(SpSync::ActionCatalog::builtin().toJson());

        SimulatedRoom::Setup setup;
        setup.server = server;
        setup.proctorSid = demo.proctorSid;
        setup.proctorSpToken = demo.proctorSpToken;
        setup.students = n;
        room = std::make_unique<SimulatedRoom>(setup);
        if (!room->start(&error))
            return fail(error);
        if (!QTest::qWaitFor([this] { return room->isReady(); }, 60000))
            return fail(u"the simulated room did not get ready"_s);
        JoinRequest r;
        r.role = JoinRequest::Role::ProctorRoom;
        r.roomSid = room->roomSid();
        r.proctorSid = demo.proctorSid;
        console->join(r);
        controller = std::make_unique<RoomController>(console.get(), room->roomDocument());
        tester = std::make_unique<QAbstractItemModelTester>(
            controller->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        controller->setAutoJoin(true);
        return QTest::qWaitFor([this, n] { return connectedRows() == n; }, 60000)
            || fail(u"not every session connected"_s);
    }

    bool fail(const QString &why)
    {
        qWarning("%s", qPrintable(why));
        return false;
    }

    int connectedRows() const
    {
        RoomModel *m = controller->model();
        int n = 0;
        for (int r = 0; r < m->rowCount(); ++r) {
            if (m->index(r, 0).data(RoomModel::StateRole).toInt()
                == int(DocumentListModel::State::Connected))
                ++n;
        }
        return n;
    }

    QString sid(int i) const { return room->student(i)->sessionSid(); }

    // stopSession actions the console's queue of this session has seen (pending or consumed).
    int stopsSeen(int i) const
    {
        ActionQueueModel *q = console->queue(RoomModel::documentIdOf(sid(i)));
        int n = 0;
        for (int r = 0; q && r < q->rowCount(); ++r) {
            if (q->index(r, 0).data(ActionQueueModel::ActionRole).toString() == u"stopSession"_s)
                ++n;
        }
        return n;
    }

    ~Rig()
    {
        // Clients first, while the server still answers their goodbyes.
        tester.reset();
        controller.reset();
        console.reset();
        backend.reset();
        room.reset();
    }

    // As in the console: the emulator and the students on a thread of their own.
    SimulationHost host { options() };
    SpEmu::EmulatorServer *server = nullptr;
    SpEmu::Principals::Demo demo;
    std::unique_ptr<SyncClientBackend> backend;
    std::unique_ptr<ConsoleController> console;
    std::unique_ptr<SimulatedRoom> room;
    std::unique_ptr<RoomController> controller;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

} // namespace

void TestRoom::initTestCase() { QStandardPaths::setTestModeEnabled(true); }

void TestRoom::sessionsAppearAndDisappear()
{
    Rig rig;
    QVERIFY(rig.start(4));
    RoomModel *m = rig.controller->model();
    QCOMPARE(m->rowCount(), 4);
    // The emulator and the students work off this (the window's) thread.
    QVERIFY(rig.server->thread() != QThread::currentThread());
    QCOMPARE(rig.room->student(0)->thread(), rig.server->thread());
    // Labels come from the documents; every session joined under <ES…><PU…>.
    QCOMPARE(m->labelOf(rig.sid(0)), rig.room->student(0)->studentName());
    DocumentListModel *docs = rig.console->documents();
    const int docRow = docs->rowOf(RoomModel::documentIdOf(rig.sid(2)));
    QVERIFY(docRow >= 0);
    QCOMPARE(docs->index(docRow, 0).data(DocumentListModel::IdentityRole).toString(),
        rig.sid(2) + rig.demo.proctorSid);

    // The room document stops listing student 1: its row goes, and its document is left.
    rig.room->listInRoom({ rig.room->student(1) }, false);
    QTRY_COMPARE_WITH_TIMEOUT(m->rowCount(), 3, 15000);
    QCOMPARE(m->rowOf(rig.sid(1)), -1);
    QVERIFY(!rig.controller->isJoined(rig.sid(1)));
    // Listed again: back, joined again.
    rig.room->listInRoom({ rig.room->student(1) }, true);
    QTRY_COMPARE_WITH_TIMEOUT(m->rowCount(), 4, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(rig.connectedRows(), 4, 30000);

    // By hand: dropped, the document is left; the room still lists it, so it stays away.
    rig.controller->dropSession(rig.sid(3));
    QCOMPARE(m->rowCount(), 3);
    QVERIFY(!rig.controller->isJoined(rig.sid(3)));
    rig.room->listInRoom({ rig.room->student(0) }, true); // a room update
    QTRY_VERIFY_WITH_TIMEOUT(rig.console->tree(rig.controller->roomDocument()) != nullptr, 5000);
    QCOMPARE(m->rowOf(rig.sid(3)), -1);
    QVERIFY(rig.controller->addSession(rig.sid(3), u"Back row"_s));
    QTRY_COMPARE_WITH_TIMEOUT(rig.connectedRows(), 4, 30000);
    QCOMPARE(m->labelOf(rig.sid(3)), u"Back row"_s);
}

void TestRoom::stopReachesExactlyTheSelected()
{
    Rig rig;
    QVERIFY(rig.start(6));
    RoomView view(rig.controller.get());
    view.setJoinOffer(RoomView::JoinOffer::Never);
    const QStringList chosen { rig.sid(1), rig.sid(3), rig.sid(4) };
    view.selectSessions(chosen);
    const QStringList selected = view.selectedSessions();
    QCOMPARE(selected.size(), 3);
    QCOMPARE(QSet<QString>(selected.cbegin(), selected.cend()),
        QSet<QString>(chosen.cbegin(), chosen.cend()));
    QCOMPARE(view.stopSessions(selected, u"https://example.com/done"_s), 3);

    for (int i : { 1, 3, 4 }) {
        QTRY_COMPARE_WITH_TIMEOUT(rig.room->student(i)->taken(), 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(
            rig.controller->model()->outcomeOf(rig.sid(i)), RoomModel::Outcome::Taken, 20000);
        // The student acted on it: its document says so.
        QTRY_COMPARE_WITH_TIMEOUT(rig.console->tree(RoomModel::documentIdOf(rig.sid(i)))
                                      ->document()
                                      .value(u"studentStatus"_s)
                                      .toString(),
            u"stopped"_s, 20000);
    }
    // Once each: one stopSession in each selected queue, none anywhere else.
    for (int i = 0; i < 6; ++i) {
        const bool selected = i == 1 || i == 3 || i == 4;
        QCOMPARE(rig.stopsSeen(i), selected ? 1 : 0);
        QCOMPARE(rig.room->student(i)->taken(), selected ? 1 : 0);
        QCOMPARE(rig.controller->model()->outcomeOf(rig.sid(i)),
            selected ? RoomModel::Outcome::Taken : RoomModel::Outcome::None);
        const QJsonObject doc = rig.room->student(i)->document();
        QVERIFY(doc.value(u"extensionActions"_s).toArray().isEmpty());
    }
}

void TestRoom::interactiveStopConfirmsCountAndNames()
{
    Rig rig;
    QVERIFY(rig.start(3));
    RoomView view(rig.controller.get());
    view.setJoinOffer(RoomView::JoinOffer::Never);
    view.show();
    view.selectSessions({ rig.sid(0), rig.sid(2) });
    QString confirmText;
    QString confirmNames;
    // The URL dialog, then the confirmation: answered as a proctor would.
    std::function<void()> answer = [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *input = qobject_cast<QInputDialog *>(modal)) {
            input->setTextValue(u"https://example.com/bye"_s);
            input->accept();
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            confirmText = box->text();
            confirmNames = box->informativeText();
            box->button(QMessageBox::Yes)->click();
            return;
        }
        QTimer::singleShot(20, answer);
    };
    QTimer::singleShot(20, answer);
    view.stopSelected();
    QVERIFY2(confirmText.startsWith(u"Stop 2 session"_s), qPrintable(confirmText));
    QVERIFY(confirmText.contains(u"https://example.com/bye"_s));
    QVERIFY(confirmNames.contains(rig.room->student(0)->studentName()));
    QVERIFY(confirmNames.contains(rig.room->student(2)->studentName()));
    QVERIFY(!confirmNames.contains(rig.room->student(1)->studentName()));
    QTRY_COMPARE_WITH_TIMEOUT(rig.room->student(0)->taken(), 1, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(rig.room->student(2)->taken(), 1, 20000);
    QCOMPARE(rig.stopsSeen(1), 0);
}

void TestRoom::delayedAnswer()
{
    Rig rig;
    QVERIFY(rig.start(2));
    StudentBehaviour b;
    b.reply = StudentBehaviour::Reply::Delay;
    b.delayMs = 1500;
    b.displayCount = 4;
    rig.room->student(0)->setBehaviour(b);
    RoomModel *m = rig.controller->model();
    QCOMPARE(rig.controller->getDisplayCount({ rig.sid(0), rig.sid(1) }), 2);
    // Taken first, answered only after the delay; the prompt student answers at once.
    QTRY_COMPARE_WITH_TIMEOUT(m->outcomeOf(rig.sid(0)), RoomModel::Outcome::Taken, 20000);
    QCOMPARE(rig.room->student(0)->answered(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(m->outcomeOf(rig.sid(1)), RoomModel::Outcome::Answered, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(m->outcomeOf(rig.sid(0)), RoomModel::Outcome::Answered, 20000);
    const int response = m->columnOf(RoomModel::Kind::Response);
    QCOMPARE(m->index(m->rowOf(rig.sid(0)), response).data().toString(), u"displayCount: 4"_s);
    QCOMPARE(m->index(m->rowOf(rig.sid(1)), response).data().toString(), u"displayCount: 1"_s);
}

void TestRoom::neverAnsweringRaisesAlarm()
{
    Rig rig;
    QVERIFY(rig.start(2));
    RoomModel *m = rig.controller->model();
    m->setAlarmThresholdMs(1000);
    StudentBehaviour silent;
    silent.reply = StudentBehaviour::Reply::Never;
    rig.room->student(1)->setBehaviour(silent);
    QSignalSpy alarms(m, &RoomModel::alarmRaised);
    rig.controller->getDisplayCount({ rig.sid(0), rig.sid(1) });
    QTRY_VERIFY_WITH_TIMEOUT(m->hasAlarm(rig.sid(1)), 20000);
    QCOMPARE(m->outcomeOf(rig.sid(1)), RoomModel::Outcome::Written);
    QCOMPARE(rig.room->student(1)->taken(), 0);
    QVERIFY(!m->hasAlarm(rig.sid(0)));
    QCOMPARE(alarms.count(), 1);
    QCOMPARE(alarms.first().first().toString(), rig.sid(1));
    const int pending = m->columnOf(RoomModel::Kind::Pending);
    QVERIFY(
        m->index(m->rowOf(rig.sid(1)), pending).data().toString().startsWith(u"extension: 1"_s));
    // In the alarm colour, with the red flag; the prompt student's row has neither.
    const QColor red
        = m->index(m->rowOf(rig.sid(1)), pending).data(Qt::ForegroundRole).value<QColor>();
    QVERIFY(red.isValid() && red.red() > 150 && red.green() < 100);
    const int flag = m->columnOf(RoomModel::Kind::Alarm);
    QVERIFY(m->index(m->rowOf(rig.sid(1)), flag).data(Qt::DecorationRole).isValid());
    QVERIFY(!m->index(m->rowOf(rig.sid(0)), flag).data(Qt::DecorationRole).isValid());
    QVERIFY(!m->index(m->rowOf(rig.sid(0)), pending).data(Qt::ForegroundRole).isValid());
    // The filter finds the alarmed row by any cell.
    RoomView view(rig.controller.get());
    view.setJoinOffer(RoomView::JoinOffer::Never);
    view.setFilterText(u"ALARM"_s);
    QCOMPARE(view.proxy()->rowCount(), 1);
    QCOMPARE(view.proxy()->index(0, 0).data(RoomModel::SessionSidRole).toString(), rig.sid(1));
    view.setFilterText(QString());
    QCOMPARE(view.proxy()->rowCount(), 2);

    // It starts answering again: the queued action is taken and the alarm clears.
    rig.room->student(1)->setBehaviour(StudentBehaviour {});
    QTRY_VERIFY_WITH_TIMEOUT(!m->hasAlarm(rig.sid(1)), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(m->outcomeOf(rig.sid(1)), RoomModel::Outcome::Answered, 20000);
}

void TestRoom::refusal()
{
    Rig rig;
    QVERIFY(rig.start(1));
    StudentBehaviour b;
    b.reply = StudentBehaviour::Reply::Refuse;
    rig.room->student(0)->setBehaviour(b);
    rig.controller->getDisplayCount({ rig.sid(0) });
    RoomModel *m = rig.controller->model();
    QTRY_COMPARE_WITH_TIMEOUT(m->outcomeOf(rig.sid(0)), RoomModel::Outcome::Refused, 20000);
    const QModelIndex outcome = m->index(0, m->columnOf(RoomModel::Kind::Outcome));
    QCOMPARE(outcome.data().toString(), u"refused"_s);
    QVERIFY(outcome.data(Qt::ToolTipRole).toString().contains(u"refused by"_s));
}

void TestRoom::offlineAndBackDrains()
{
    Rig rig;
    QVERIFY(rig.start(2));
    SimulatedStudent *student = rig.room->student(0);
    StudentBehaviour offline;
    offline.online = false;
    student->setBehaviour(offline);
    QTRY_VERIFY_WITH_TIMEOUT(
        student->connectionState() != SpSync::SyncConnection::State::Connected, 10000);
    RoomModel *m = rig.controller->model();
    rig.controller->stop({ rig.sid(0) }, QString());
    rig.controller->getDisplayCount({ rig.sid(0) });
    // Written while the student is away: both wait in the queue.
    QTRY_COMPARE_WITH_TIMEOUT(m->outcomeOf(rig.sid(0)), RoomModel::Outcome::Written, 20000);
    const int pending = m->columnOf(RoomModel::Kind::Pending);
    QTRY_VERIFY_WITH_TIMEOUT(
        m->index(m->rowOf(rig.sid(0)), pending).data().toString().startsWith(u"extension: 2"_s),
        20000);
    QCOMPARE(student->taken(), 0);

    student->setBehaviour(StudentBehaviour {});
    QTRY_COMPARE_WITH_TIMEOUT(
        student->connectionState(), SpSync::SyncConnection::State::Connected, 20000);
    // Back: the queue drains in order and the answer comes.
    QTRY_COMPARE_WITH_TIMEOUT(student->taken(), 2, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(m->outcomeOf(rig.sid(0)), RoomModel::Outcome::Answered, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(
        m->index(m->rowOf(rig.sid(0)), pending).data().toString(), QString(), 20000);
}

void TestRoom::flappingFieldAndBothExecutors()
{
    Rig rig;
    QVERIFY(rig.start(1));
    RoomModel *m = rig.controller->model();
    const QModelIndex reliable = m->index(0, m->columnOf(RoomModel::Kind::Pointer, 1));
    const QString first = reliable.data().toString();
    QVERIFY(first == u"true"_s || first == u"false"_s);
    StudentBehaviour flapping;
    flapping.flapField = u"reliableConnection"_s;
    flapping.flapMs = 200;
    rig.room->student(0)->setBehaviour(flapping);
    // The row follows the field both ways.
    QTRY_VERIFY_WITH_TIMEOUT(reliable.data().toString() != first, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(reliable.data().toString(), first, 10000);
    rig.room->student(0)->setBehaviour(StudentBehaviour {});

    // The student plays the onboarding UI too: its action is taken like the extension's.
    QCOMPARE(rig.controller->send({ rig.sid(0) },
                 QJsonArray { QJsonObject { { u"actionType"_s, u"onboarding.showMessage"_s },
                     { u"additionalInfo"_s, QJsonObject { { u"message"_s, u"Hello"_s } } } } }),
        1);
    QTRY_COMPARE_WITH_TIMEOUT(m->outcomeOf(rig.sid(0)), RoomModel::Outcome::Taken, 20000);
    QCOMPARE(rig.room->student(0)->taken(), 1);
    QVERIFY(rig.room->student(0)->document().value(u"onboardingActions"_s).toArray().isEmpty());
}

void TestRoom::keyboardAndDetail()
{
    Rig rig;
    QVERIFY(rig.start(3));
    RoomView view(rig.controller.get());
    view.setJoinOffer(RoomView::JoinOffer::Never);
    view.show();
    view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    QTableView *table = view.table();
    table->setFocus();
    table->setCurrentIndex(view.proxy()->index(0, 0));
    const auto sidAt = [&](int row) {
        return view.proxy()->index(row, 0).data(RoomModel::SessionSidRole).toString();
    };
    // Arrows move (Ctrl keeps the selection), Space adds the current row.
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(view.selectedSessions(), QStringList { sidAt(1) });
    QTest::keyClick(table, Qt::Key_Down, Qt::ControlModifier);
    QTest::keyClick(table, Qt::Key_Space);
    QStringList selected = view.selectedSessions();
    QCOMPARE(
        QSet<QString>(selected.cbegin(), selected.cend()), (QSet<QString> { sidAt(1), sidAt(2) }));
    // Space again leaves it out.
    QTest::keyClick(table, Qt::Key_Space);
    QCOMPARE(view.selectedSessions(), QStringList { sidAt(1) });

    // The display-count shortcut asks the selected sessions only.
    QTest::keyClick(table, Qt::Key_D, Qt::ControlModifier);
    RoomModel *m = rig.controller->model();
    QTRY_COMPARE_WITH_TIMEOUT(m->outcomeOf(sidAt(1)), RoomModel::Outcome::Answered, 20000);
    QCOMPARE(m->outcomeOf(sidAt(0)), RoomModel::Outcome::None);
    QCOMPARE(m->outcomeOf(sidAt(2)), RoomModel::Outcome::None);
    QCOMPARE(m->index(m->rowOf(sidAt(1)), m->columnOf(RoomModel::Kind::Response)).data().toString(),
        u"displayCount: 1"_s);

    // Enter and double-click open the session's detail.
    QSignalSpy activated(&view, &RoomView::sessionActivated);
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.last().first().toString(), RoomModel::documentIdOf(sidAt(2)));
    const QRect cell = table->visualRect(view.proxy()->index(0, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(activated.count(), 2);
    QCOMPARE(activated.last().first().toString(), RoomModel::documentIdOf(sidAt(0)));
}

void TestRoom::offersToJoinListedSessions()
{
    Rig rig;
    QVERIFY(rig.start(3));
    RoomView view(rig.controller.get());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // Student 2 leaves the room (its document is left), then is listed again, with auto-join off.
    rig.room->listInRoom({ rig.room->student(2) }, false);
    QTRY_COMPARE_WITH_TIMEOUT(rig.controller->model()->rowCount(), 2, 15000);
    rig.controller->setAutoJoin(false);
    rig.room->listInRoom({ rig.room->student(2) }, true);
    // The view offers to join it; nothing is joined before the proctor says yes.
    QMessageBox *offer = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (offer = view.findChild<QMessageBox *>(u"joinOffer"_s)) != nullptr, 15000);
    QVERIFY2(offer->text().contains(u"1 session"_s), qPrintable(offer->text()));
    QVERIFY(!rig.controller->isJoined(rig.sid(2)));
    offer->button(QMessageBox::Yes)->click();
    QTRY_COMPARE_WITH_TIMEOUT(rig.connectedRows(), 3, 30000);
    QVERIFY(rig.controller->isJoined(rig.sid(2)));
}

void TestRoom::composedBatchGoesToEachSelected()
{
    Rig rig;
    QVERIFY(rig.start(3));
    RoomView view(rig.controller.get());
    view.setJoinOffer(RoomView::JoinOffer::Never);
    view.show();
    view.selectSessions({ rig.sid(0), rig.sid(2) });
    // The composer dialog: whatever it sends goes to each selected session as its own batch.
    QString title;
    QTimer::singleShot(50, &view, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        auto *composer = dialog ? dialog->findChild<ActionComposer *>() : nullptr;
        if (!composer) {
            if (dialog)
                dialog->reject();
            return;
        }
        title = dialog->windowTitle();
        Q_EMIT composer->sendRequested(rig.controller->roomDocument(),
            QJsonArray { QJsonObject { { u"actionType"_s, u"extension.lockBrowser"_s },
                             { u"additionalInfo"_s, QJsonObject {} } },
                QJsonObject { { u"actionType"_s, u"onboarding.startIdCheck"_s },
                    { u"additionalInfo"_s, QJsonObject {} } } });
    });
    view.composeForSelected();
    QCOMPARE(title, u"Action for 2 session(s)"_s);
    RoomModel *m = rig.controller->model();
    for (int i : { 0, 2 })
        QTRY_COMPARE_WITH_TIMEOUT(rig.room->student(i)->taken(), 2, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(m->outcomeOf(rig.sid(0)), RoomModel::Outcome::Taken, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(m->outcomeOf(rig.sid(2)), RoomModel::Outcome::Taken, 20000);
    QCOMPARE(rig.room->student(1)->taken(), 0);
    QCOMPARE(m->outcomeOf(rig.sid(1)), RoomModel::Outcome::None);
}

void TestRoom::layoutRememberedPerProfile()
{
    Rig rig;
    QVERIFY(rig.start(3));
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"room.ini"_s), QSettings::IniFormat);
    RoomModel *m = rig.controller->model();
    const int sessionColumn = m->columnOf(RoomModel::Kind::Sid);
    {
        RoomView view(rig.controller.get());
        view.setJoinOffer(RoomView::JoinOffer::Never);
        view.setSettings(&settings, u"alpha"_s);
        view.table()->sortByColumn(sessionColumn, Qt::DescendingOrder);
        view.table()->horizontalHeader()->resizeSection(0, 333);
        view.findChild<QSpinBox *>(u"roomAlarmThreshold"_s)->setValue(12);
    } // closing the view saves its layout under the profile
    RoomView again(rig.controller.get());
    again.setJoinOffer(RoomView::JoinOffer::Never);
    again.setSettings(&settings, u"alpha"_s);
    QCOMPARE(again.table()->horizontalHeader()->sortIndicatorSection(), sessionColumn);
    QCOMPARE(again.table()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    // The rows are sorted that way too, not just the indicator.
    QCOMPARE(again.proxy()->sortColumn(), sessionColumn);
    QStringList sids = m->sessions();
    std::sort(sids.begin(), sids.end(), std::greater<>());
    QCOMPARE(again.proxy()->index(0, 0).data(RoomModel::SessionSidRole).toString(), sids.first());
    QCOMPARE(again.table()->horizontalHeader()->sectionSize(0), 333);
    QCOMPARE(m->alarmThresholdMs(), 12000);

    // Another profile keeps its own (here: none yet, the defaults).
    RoomView other(rig.controller.get());
    other.setJoinOffer(RoomView::JoinOffer::Never);
    other.setSettings(&settings, u"beta"_s);
    QCOMPARE(other.table()->horizontalHeader()->sortIndicatorSection(), 0);
    QCOMPARE(other.proxy()->sortColumn(), 0);
}

void TestRoom::localServerCommandDrivesTheDocument()
{
    Rig rig;
    QVERIFY(rig.start(1));
    LocalServerPanel panel(rig.server, rig.console.get());
    const QString doc = RoomModel::documentIdOf(rig.sid(0));
    panel.selectDocument(doc);
    auto *text = panel.findChild<QPlainTextEdit *>(u"spsyncCommand"_s);
    QVERIFY(text->toPlainText().contains(u"<token>"_s));
    // A token is shown only on request.
    QVERIFY(!text->toPlainText().contains(u"eyJ"_s));
    panel.setTokenShown(true);
    QVERIFY(text->toPlainText().contains(u"eyJ"_s));
    panel.setTokenShown(false);
    QVERIFY(!text->toPlainText().contains(u"eyJ"_s));

    // The line runs as is (get instead of watch): spsync reads the session document.
    QStringList args = QProcess::splitCommand(panel.command(true));
    QCOMPARE(args.takeFirst(), u"spsync"_s);
    QCOMPARE(args.last(), u"watch"_s);
    args.last() = u"get"_s;
    QProcess spsync;
    spsync.start(QStringLiteral(SP_SPSYNC_EXE), args);
    QVERIFY(spsync.waitForStarted());
    QTRY_COMPARE_WITH_TIMEOUT(spsync.state(), QProcess::NotRunning, 30000);
    const QByteArray out = spsync.readAllStandardOutput();
    QVERIFY2(spsync.exitCode() == 0, spsync.readAllStandardError().constData());
    QVERIFY(out.contains(rig.room->student(0)->studentName().toUtf8()));
}

QTEST_MAIN(TestRoom)
#include "tst_room.moc"
