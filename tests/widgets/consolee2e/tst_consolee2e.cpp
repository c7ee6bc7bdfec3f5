#include "actioncomposer.h"
#include "actionqueuemodel.h"
#include "await.h"
#include "consolecontroller.h"
#include "emulatorserver.h"
#include "joindialog.h"
#include "mainwindow.h"
#include "qasimulator.h"
#include "sids.h"
#include "simulatorpanel.h"
#include "sp/actioncatalog.h"
#include "syncclient.h"
#include "syncclientbackend.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace Qt::StringLiterals;

// The whole console against the in-process emulator, with the QA simulator as the student:
// join through the dialog, send from the composer, watch the queue.
class TestConsoleE2E : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void joinSendConsumeAnswer();
    void consoleConsumesOnlyProctorActions();
};

namespace {
// The in-process emulator with its demo principals, and a console on it as the demo proctor.
struct DemoConsole
{
    static SpEmu::EmulatorOptions options()
    {
        SpEmu::EmulatorOptions o;
        o.listenPort = 0;
        o.memory = true;
        o.demo = true;
        return o;
    }
    bool start()
    {
        if (!server.start(&error))
            return false;
        demo = *server.demo();
        ConsoleProfile profile;
        profile.baseUri = server.spApiUrl();
        profile.spToken = demo.proctorSpToken;
        backend = std::make_unique<SyncClientBackend>(profile);
        controller = std::make_unique<ConsoleController>(backend.get());
        controller->setCatalog(SpSync::ActionCatalog::builtin().toJsonWithFlags());
        error = u"cannot open the revision history"_s;
        return controller->openHistory(u":memory:"_s);
    }

    // The student's side of the session document: its identity and SP token, as the extension.
    SpSync::SyncResult<SpSync::SyncClient *> studentClient(const QString &doc) const
    {
        SpSync::SyncClientConfig student;
        student.baseUri = server.spApiUrl();
        student.documentId = doc;
        student.identity = demo.sessionSid;
        student.token = demo.studentSpToken;
        return await(SpSync::SyncClient::create(student), 15000);
    }

    SpEmu::EmulatorServer server { options() };
    SpEmu::Principals::Demo demo;
    std::unique_ptr<SyncClientBackend> backend;
    std::unique_ptr<ConsoleController> controller;
    QString error;
};

// stopSession is flagged "$confirm": answer the question the window asks before sending it.
void confirmNextSend()
{
    QTimer::singleShot(20, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return confirmNextSend();
        box->findChild<QPushButton *>(u"confirmYes"_s)->click();
    });
}

void fillJoinDialog(const QString &session, const QString &proctor)
{
    QTimer::singleShot(20, [session, proctor] {
        auto *dialog = qobject_cast<JoinDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return fillJoinDialog(session, proctor);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"sessionSid"_s), session);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"proctorSid"_s), proctor);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
}

int rowOf(const ActionQueueModel *q, const QString &action,
    const QString &executor = u"extension"_s, int after = -1)
{
    for (int r = after + 1; r < q->rowCount(); ++r) {
        const QModelIndex i = q->index(r, 0);
        if (i.data(ActionQueueModel::ActionRole).toString() == action
            && i.data(ActionQueueModel::ExecutorRole).toString() == executor)
            return r;
    }
    return -1;
}

int statusOf(const ActionQueueModel *q, int row)
{
    return q->index(row, 0).data(ActionQueueModel::StatusRole).toInt();
}

const int kConsumed = int(ActionQueueModel::Status::Consumed);
const int kPending = int(ActionQueueModel::Status::Pending);

QJsonArray actionsIn(SpSync::SyncClient *client, const char *array)
{
    return client->getSync().value(QLatin1String(array)).toArray();
}
} // namespace

void TestConsoleE2E::joinSendConsumeAnswer()
{
    DemoConsole rig;
    QVERIFY2(rig.start(), qPrintable(rig.error));
    auto &server = rig.server;
    const auto &demo = rig.demo;
    auto &backend = *rig.backend;
    auto &controller = *rig.controller;
    MainWindow w(&controller);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));

    fillJoinDialog(demo.sessionSid, demo.proctorSid);
    QTest::keyClick(&w, Qt::Key_J, Qt::ControlModifier);
    const QString doc = u"Session_"_s + demo.sessionSid;
    QTRY_COMPARE(w.currentDocument(), doc);
    QTRY_COMPARE_WITH_TIMEOUT(
        controller.documents()->index(0, 0).data(DocumentListModel::StateRole).toInt(),
        int(DocumentListModel::State::Connected), 15000);

    // The student's side, played by the simulator.
    auto created = rig.studentClient(doc);
    QVERIFY2(SpSync::isOk(created), qPrintable(SpSync::error(created).message));
    std::unique_ptr<SpSync::SyncClient> studentClient(SpSync::value(created));
    QaSimulator simulator(studentClient.get());
    simulator.setDisplayCount(3);

    // stopSession with a redirect: paste, Send.
    ActionComposer *composer = w.composer();
    QVERIFY(composer->selectAction(u"extension"_s, u"stopSession"_s));
    QTest::keyClicks(qobject_cast<QLineEdit *>(composer->fieldEditor(u"redirectURL"_s)),
        u"https://example.com/thanks"_s);
    confirmNextSend();
    QTest::mouseClick(composer->findChild<QPushButton *>(u"send"_s), Qt::LeftButton);
    ActionQueueModel *queue = controller.queue(doc);
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(queue, u"stopSession"_s) >= 0, 10000);
    const int stop = rowOf(queue, u"stopSession"_s);
    QTRY_COMPARE_WITH_TIMEOUT(queue->index(stop, 0).data(ActionQueueModel::StatusRole).toInt(),
        int(ActionQueueModel::Status::Consumed), 10000);
    QCOMPARE(queue->index(stop, 0)
                 .data(ActionQueueModel::JsonRole)
                 .toJsonObject()
                 .value(u"redirectURL"_s)
                 .toString(),
        u"https://example.com/thanks"_s);

    // getDisplayCount answered into proctorActions, matched to its request.
    QVERIFY(composer->selectAction(u"extension"_s, u"getDisplayCount"_s));
    QVERIFY(composer->setFieldValue(u"respondTo"_s, u"proctor"_s));
    QVERIFY(composer->send());
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(queue, u"getDisplayCount"_s) >= 0, 10000);
    const int request = rowOf(queue, u"getDisplayCount"_s);
    QTRY_COMPARE_WITH_TIMEOUT(queue->index(request, 0)
                                  .data(ActionQueueModel::ResponseRole)
                                  .toJsonObject()
                                  .value(u"displayCount"_s)
                                  .toInt(),
        3, 10000);
    // The console (executor proctor) took the answer out of the document and marked it read.
    SpSync::SyncClient *console = backend.client(doc);
    QVERIFY(console);
    const int answer = rowOf(queue, u"getDisplayCount"_s, u"proctor"_s);
    QVERIFY(answer >= 0);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(queue, answer), kConsumed, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(actionsIn(console, "proctorActions").isEmpty(), 10000);

    // A missing mandatory field sends nothing.
    const int rows = queue->rowCount();
    QVERIFY(composer->selectAction(u"extension"_s, u"injectPassword"_s));
    QVERIFY(!composer->send());
    QVERIFY(!composer->inlineError().isEmpty());
    QCOMPARE(queue->rowCount(), rows);

    // A session this proctor may not use: denied, with the reason shown, and nothing else breaks.
    JoinRequest other;
    other.sessionSid = SpTest::sid(u"ES", '7');
    other.proctorSid = demo.proctorSid;
    controller.join(other);
    const QString otherDoc = u"Session_"_s + other.sessionSid;
    const int row = controller.documents()->rowOf(otherDoc);
    QVERIFY(row >= 0);
    QTRY_COMPARE_WITH_TIMEOUT(
        controller.documents()->index(row, 0).data(DocumentListModel::StateRole).toInt(),
        int(DocumentListModel::State::Denied), 15000);
    QVERIFY(!controller.documents()
                 ->index(row, 0)
                 .data(DocumentListModel::DetailRole)
                 .toString()
                 .isEmpty());
    QCOMPARE(controller.documents()->index(0, 0).data(DocumentListModel::StateRole).toInt(),
        int(DocumentListModel::State::Connected));

    // Connections dropped: the document shows Reconnecting, then Connected again.
    QSignalSpy states(&backend, &ConsoleBackend::stateChanged);
    server.dropAllConnections();
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(states.cbegin(), states.cend(),
                                 [&doc](const QList<QVariant> &a) {
                                     return a.at(0).toString() == doc
                                         && a.at(1).value<DocumentListModel::State>()
                                         == DocumentListModel::State::Reconnecting;
                                 }),
        15000);
    QTRY_COMPARE_WITH_TIMEOUT(
        controller.documents()->index(0, 0).data(DocumentListModel::StateRole).toInt(),
        int(DocumentListModel::State::Connected), 30000);
    // The delay announced by reconnectScheduled reached the list (for its countdown).
    QVERIFY(std::any_of(states.cbegin(), states.cend(), [&doc](const QList<QVariant> &a) {
        return a.at(0).toString() == doc
            && a.at(1).value<DocumentListModel::State>() == DocumentListModel::State::Reconnecting
            && a.at(2).toInt() >= 0;
    }));

    studentClient.reset();
}

// The console consumes proctor actions only; extension actions wait for the extension, or for the
// QA simulator once the tester switches it on for that session in the simulator panel.
void TestConsoleE2E::consoleConsumesOnlyProctorActions()
{
    DemoConsole rig;
    QVERIFY2(rig.start(), qPrintable(rig.error));
    const auto &demo = rig.demo;
    auto &backend = *rig.backend;
    auto &controller = *rig.controller;
    QaSimulatorSet simulators(
        &controller, [&backend](const QString &id) { return backend.client(id); });
    MainWindow w(&controller);
    auto *panel = new SimulatorPanel(&simulators);
    w.addToolTab(panel, u"QA simulator"_s);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));

    JoinRequest join;
    join.sessionSid = demo.sessionSid;
    join.proctorSid = demo.proctorSid;
    controller.join(join);
    const QString doc = u"Session_"_s + demo.sessionSid;
    QTRY_VERIFY_WITH_TIMEOUT(backend.client(doc) != nullptr, 15000);
    SpSync::SyncClient *console = backend.client(doc);
    ActionQueueModel *queue = controller.queue(doc);
    QCheckBox *toggle = panel->sessionSwitch(doc);
    QVERIFY(toggle);
    QVERIFY(!toggle->isChecked());

    // With the simulator off, a request to the extension stays in the document.
    ActionComposer *composer = w.composer();
    QVERIFY(composer->selectAction(u"extension"_s, u"getDisplayCount"_s));
    QVERIFY(composer->setFieldValue(u"respondTo"_s, u"proctor"_s));
    QVERIFY(composer->send());
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(queue, u"getDisplayCount"_s) >= 0, 10000);
    const int request = rowOf(queue, u"getDisplayCount"_s);
    const QString requestId = queue->index(request, 0).data(ActionQueueModel::IdRole).toString();

    // Another party answers into proctorActions: the console consumes that answer and matches it.
    auto created = rig.studentClient(doc);
    QVERIFY2(SpSync::isOk(created), qPrintable(SpSync::error(created).message));
    std::unique_ptr<SpSync::SyncClient> studentClient(SpSync::value(created));
    studentClient->addAction(u"proctor.getDisplayCount"_s,
        QJsonObject { { u"displayCount"_s, 5 }, { u"requestId"_s, requestId } });
    QTRY_COMPARE_WITH_TIMEOUT(queue->index(request, 0)
                                  .data(ActionQueueModel::ResponseRole)
                                  .toJsonObject()
                                  .value(u"displayCount"_s)
                                  .toInt(),
        5, 10000);
    const int answer = rowOf(queue, u"getDisplayCount"_s, u"proctor"_s);
    QVERIFY(answer >= 0);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(queue, answer), kConsumed, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(actionsIn(console, "proctorActions").isEmpty(), 10000);
    // The console had its chance at the document after that answer, yet left the extension's.
    QCOMPARE(actionsIn(console, "extensionActions").size(), 1);
    QCOMPARE(statusOf(queue, request), kPending);
    QCOMPARE(actionsIn(studentClient.get(), "extensionActions").size(), 1);

    // The tester switches the simulator on for this session (keyboard), with 4 displays.
    QSpinBox *displays = panel->findChild<QSpinBox *>(u"simulatorDisplays"_s);
    QVERIFY(displays);
    displays->selectAll();
    QTest::keyClicks(displays, u"4"_s);
    QCOMPARE(displays->value(), 4);
    toggle->setFocus();
    QTest::keyClick(toggle, Qt::Key_Space);
    QVERIFY(toggle->isChecked());
    QVERIFY(simulators.isSimulated(doc));
    // It takes the waiting request (answering it; the request already had its answer).
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(queue, request), kConsumed, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(actionsIn(console, "extensionActions").isEmpty(), 10000);

    // A new request is answered with the panel's count and the answer is matched.
    QVERIFY(composer->selectAction(u"extension"_s, u"getDisplayCount"_s));
    QVERIFY(composer->setFieldValue(u"respondTo"_s, u"proctor"_s));
    QVERIFY(composer->send());
    QTRY_VERIFY_WITH_TIMEOUT(
        rowOf(queue, u"getDisplayCount"_s, u"extension"_s, request) >= 0, 10000);
    const int second = rowOf(queue, u"getDisplayCount"_s, u"extension"_s, request);
    QTRY_COMPARE_WITH_TIMEOUT(queue->index(second, 0)
                                  .data(ActionQueueModel::ResponseRole)
                                  .toJsonObject()
                                  .value(u"displayCount"_s)
                                  .toInt(),
        4, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(queue, second), kConsumed, 10000);

    // Off again: a stopSession waits.
    QTest::keyClick(toggle, Qt::Key_Space);
    QVERIFY(!simulators.isSimulated(doc));
    QVERIFY(composer->selectAction(u"extension"_s, u"stopSession"_s));
    QVERIFY(composer->setFieldValue(u"redirectURL"_s, u"https://example.com/done"_s));
    confirmNextSend();
    QVERIFY(composer->send());
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(queue, u"stopSession"_s) >= 0, 10000);
    auto note = studentClient->addAction(
        u"proctor.getDisplayCount"_s, QJsonObject { { u"displayCount"_s, 1 } });
    QTRY_VERIFY_WITH_TIMEOUT(note.isFinished(), 10000);
    QVERIFY(SpSync::isOk(note.result()));
    const QString noteId = SpSync::value(note.result()).value(u"id"_s).toString();
    QTRY_VERIFY_WITH_TIMEOUT(
        queue->rowForId(noteId) >= 0 && statusOf(queue, queue->rowForId(noteId)) == kConsumed,
        10000);
    // Written (the write confirmed), and not taken.
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(queue, rowOf(queue, u"stopSession"_s)), kPending, 10000);
    QCOMPARE(actionsIn(console, "extensionActions").size(), 1);

    // Leaving the session removes its switch.
    controller.leave(doc);
    QVERIFY(!panel->sessionSwitch(doc));
    studentClient.reset();
}

QTEST_MAIN(TestConsoleE2E)
#include "tst_consolee2e.moc"
