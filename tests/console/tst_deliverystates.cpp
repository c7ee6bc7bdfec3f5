#include "actioncomposer.h"
#include "actionqueuemodel.h"
#include "democonsole.h"
#include "mainwindow.h"
#include "queueview.h"

#include <QJsonArray>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>

using namespace Qt::StringLiterals;

// Delivery states against the real emulator: an action sent offline waits in the outbox and
// says so; a written action nobody took can be withdrawn (a conditional removal by id).
class TestDeliveryStates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void offlineSendWaitsInTheOutbox();
    void withdrawPendingAction();
};

namespace {
int statusOfAction(const ActionQueueModel *q, const QString &action)
{
    for (int r = 0; r < q->rowCount(); ++r) {
        if (q->index(r, 0).data(ActionQueueModel::ActionRole).toString() == action)
            return q->index(r, 0).data(ActionQueueModel::StatusRole).toInt();
    }
    return -1;
}
} // namespace

void TestDeliveryStates::offlineSendWaitsInTheOutbox()
{
    DemoConsole rig;
    QVERIFY2(rig.start(), qPrintable(rig.error));
    QVERIFY(rig.joinSession());
    const QString doc = rig.sessionDocument();
    MainWindow w(rig.controller.get());
    w.show();
    w.selectDocument(doc);
    QTRY_COMPARE_WITH_TIMEOUT(
        rig.controller->documents()->index(0, 0).data(DocumentListModel::StateRole).toInt(),
        int(DocumentListModel::State::Connected), 15000);

    rig.server.reset(); // the server is gone
    QTRY_VERIFY_WITH_TIMEOUT(
        rig.controller->documents()->index(0, 0).data(DocumentListModel::StateRole).toInt()
            != int(DocumentListModel::State::Connected),
        15000);
    QVERIFY(w.composer()->selectAction(u"extension"_s, u"getDisplayCount"_s));
    QVERIFY(w.composer()->send());
    ActionQueueModel *queue = rig.controller->queue(doc);
    QTRY_COMPARE_WITH_TIMEOUT(
        statusOfAction(queue, u"getDisplayCount"_s), int(ActionQueueModel::Status::Outbox), 10000);
    QCOMPARE(queue->pendingCount(), 1);
    QVERIFY2(
        w.queueView()->summary().contains(u"1 pending"_s), qPrintable(w.queueView()->summary()));
    QVERIFY2(
        w.composer()->statusText().contains(u"outbox"_s), qPrintable(w.composer()->statusText()));
    QVERIFY(!w.composer()->statusText().contains(u"Sent"_s));
    // The stale document says so too.
    QTRY_VERIFY(
        rig.controller->documents()->index(0, 0).data(DocumentListModel::StaleRole).toBool());
}

void TestDeliveryStates::withdrawPendingAction()
{
    DemoConsole rig;
    QVERIFY2(rig.start(), qPrintable(rig.error));
    QVERIFY(rig.joinSession());
    auto student = rig.studentClient();
    QVERIFY(student);
    const QString doc = rig.sessionDocument();
    MainWindow w(rig.controller.get());
    w.show();
    w.selectDocument(doc);
    ActionQueueModel *queue = rig.controller->queue(doc);

    QVERIFY(w.composer()->selectAction(u"extension"_s, u"getDisplayCount"_s));
    QVERIFY(w.composer()->send());
    QTRY_COMPARE_WITH_TIMEOUT(
        statusOfAction(queue, u"getDisplayCount"_s), int(ActionQueueModel::Status::Pending), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(
        student->getSync().value("extensionActions"_L1).toArray().size(), 1, 15000);

    QTableView *table = w.queueView()->tableView();
    table->setCurrentIndex(table->model()->index(0, 0));
    QVERIFY(w.queueView()->withdrawButton()->isEnabled());
    w.queueView()->withdrawButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(statusOfAction(queue, u"getDisplayCount"_s),
        int(ActionQueueModel::Status::Withdrawn), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(
        student->getSync().value("extensionActions"_L1).toArray().size(), 0, 15000);
    QCOMPARE(queue->pendingCount(), 0);

    // Already gone (taken): nothing is written and the answer says it was not there.
    QSignalSpy finished(rig.backend.get(), &ConsoleBackend::withdrawFinished);
    rig.backend->withdrawAction(doc, u"extension"_s, u"no-such-id"_s);
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.first().at(3).toBool(), false);
    QVERIFY(finished.first().at(4).toString().isEmpty());
}

QTEST_MAIN(TestDeliveryStates)
#include "tst_deliverystates.moc"
