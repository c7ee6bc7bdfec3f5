#include "actioncomposer.h"
#include "actionqueuemodel.h"
#include "consolecontroller.h"
#include "emulatorserver.h"
#include "joindialog.h"
#include "mainwindow.h"
#include "qasimulator.h"
#include "sp/actioncatalog.h"
#include "syncclient.h"
#include "syncclientbackend.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

// The whole console against the in-process emulator, with the QA simulator as the student:
// join through the dialog, send from the composer, watch the queue.
class TestConsoleE2E : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void joinSendConsumeAnswer();
};

namespace {
void fillJoinDialog(const QString &session, const QString &proctor)
{
    QTimer::singleShot(20, [session, proctor] {
        auto *dialog = qobject_cast<JoinDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return fillJoinDialog(session, proctor);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("sessionSid")), session);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("proctorSid")), proctor);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
}

int rowOf(const ActionQueueModel *q, const QString &action)
{
    for (int r = 0; r < q->rowCount(); ++r) {
        const QModelIndex i = q->index(r, 0);
        if (i.data(ActionQueueModel::ActionRole).toString() == action
            && i.data(ActionQueueModel::ExecutorRole).toString() == QLatin1String("extension"))
            return r;
    }
    return -1;
}
} // namespace

void TestConsoleE2E::joinSendConsumeAnswer()
{
    SpEmu::EmulatorOptions options;
    options.listenPort = 0;
    options.memory = true;
    options.demo = true;
    SpEmu::EmulatorServer server(options);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    const auto demo = *server.demo();

    ConsoleProfile profile;
    profile.baseUri = server.spApiUrl();
    profile.spToken = demo.proctorSpToken;
    SyncClientBackend backend(profile);
    ConsoleController controller(&backend);
    controller.setCatalog(SpSync::ActionCatalog::builtin().toJson());
    QVERIFY(controller.openHistory(QStringLiteral(":memory:")));
    MainWindow w(&controller);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));

    fillJoinDialog(demo.sessionSid, demo.proctorSid);
    QTest::keyClick(&w, Qt::Key_J, Qt::ControlModifier);
    const QString doc = QStringLiteral("Session_") + demo.sessionSid;
    QTRY_COMPARE(w.currentDocument(), doc);
    QTRY_COMPARE_WITH_TIMEOUT(
        controller.documents()->index(0, 0).data(DocumentListModel::StateRole).toInt(),
        int(DocumentListModel::State::Connected), 15000);

    // The student's side, played by the simulator.
    SpSync::SyncClientConfig student;
    student.baseUri = server.spApiUrl();
    student.documentId = doc;
    student.identity = demo.sessionSid;
    student.token = demo.studentSpToken;
    auto future = SpSync::SyncClient::create(student);
    QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 15000);
    auto created = future.result();
    QVERIFY2(SpSync::isOk(created), qPrintable(SpSync::error(created).message));
    std::unique_ptr<SpSync::SyncClient> studentClient(SpSync::value(created));
    QaSimulator simulator(studentClient.get());
    simulator.setDisplayCount(3);

    // stopSession with a redirect: paste, Send.
    ActionComposer *composer = w.composer();
    QVERIFY(composer->selectAction(QStringLiteral("extension"), QStringLiteral("stopSession")));
    QTest::keyClicks(
        qobject_cast<QLineEdit *>(composer->fieldEditor(QStringLiteral("redirectURL"))),
        QStringLiteral("https://example.com/thanks"));
    QTest::mouseClick(composer->findChild<QPushButton *>(QStringLiteral("send")), Qt::LeftButton);
    ActionQueueModel *queue = controller.queue(doc);
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(queue, QStringLiteral("stopSession")) >= 0, 10000);
    const int stop = rowOf(queue, QStringLiteral("stopSession"));
    QTRY_COMPARE_WITH_TIMEOUT(queue->index(stop, 0).data(ActionQueueModel::StatusRole).toInt(),
        int(ActionQueueModel::Status::Consumed), 10000);
    QCOMPARE(queue->index(stop, 0)
                 .data(ActionQueueModel::JsonRole)
                 .toJsonObject()
                 .value(QStringLiteral("redirectURL"))
                 .toString(),
        QStringLiteral("https://example.com/thanks"));

    // getDisplayCount answered into proctorActions, matched to its request.
    QVERIFY(composer->selectAction(QStringLiteral("extension"), QStringLiteral("getDisplayCount")));
    QVERIFY(composer->setFieldValue(QStringLiteral("respondTo"), QStringLiteral("proctor")));
    QVERIFY(composer->send());
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(queue, QStringLiteral("getDisplayCount")) >= 0, 10000);
    const int request = rowOf(queue, QStringLiteral("getDisplayCount"));
    QTRY_COMPARE_WITH_TIMEOUT(queue->index(request, 0)
                                  .data(ActionQueueModel::ResponseRole)
                                  .toJsonObject()
                                  .value(QStringLiteral("displayCount"))
                                  .toInt(),
        3, 10000);

    // A missing mandatory field sends nothing.
    const int rows = queue->rowCount();
    QVERIFY(composer->selectAction(QStringLiteral("extension"), QStringLiteral("injectPassword")));
    QVERIFY(!composer->send());
    QVERIFY(!composer->inlineError().isEmpty());
    QCOMPARE(queue->rowCount(), rows);

    // A session this proctor may not use: denied, with the reason shown, and nothing else breaks.
    JoinRequest other;
    other.sessionSid = QStringLiteral("ES") + QString(32, u'7');
    other.proctorSid = demo.proctorSid;
    controller.join(other);
    const QString otherDoc = QStringLiteral("Session_") + other.sessionSid;
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

QTEST_MAIN(TestConsoleE2E)
#include "tst_consolee2e.moc"
