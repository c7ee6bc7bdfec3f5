#include "actionqueuemodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QJsonObject obj(const char *json) { return QJsonDocument::fromJson(QByteArray(json)).object(); }
} // namespace

class TestActionQueueModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void pendingThenConsumed();
    void ageAndAlarm();
    void responseMatchedByActionAndRespondTo();
    void responseMatchedById();
    void actionWithoutIdIsTracked();
    void consumedArePrunedPendingKept();

private:
    QDateTime m_now;
    std::unique_ptr<ActionQueueModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestActionQueueModel::init()
{
    m_now = QDateTime::fromString(u"2026-01-01T10:00:00.000Z"_s, Qt::ISODateWithMs);
    m_model = std::make_unique<ActionQueueModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setClock([this] { return m_now; });
}

void TestActionQueueModel::pendingThenConsumed()
{
    ActionQueueModel &m = *m_model;
    QSignalSpy consumed(&m, &ActionQueueModel::actionConsumed);
    m.updateFromDocument(obj(R"({"reliableConnection":true,"extensionActions":[
        {"action":"stopSession","executor":"extension","id":"a1","createdAt":"2026-01-01T10:00:00.000Z"},
        {"action":"injectPassword","executor":"extension","id":"a2","createdAt":"2026-01-01T10:00:00.000Z"}],
        "onboardingActions":[]})"));
    QCOMPARE(m.rowCount(), 2);
    QCOMPARE(m.pendingCount(), 2);
    QCOMPARE(m.pendingCount(u"extension"_s), 2);
    QCOMPARE(m.executors(), QStringList { u"extension"_s });

    m_now = m_now.addMSecs(1500);
    m.updateFromDocument(obj(R"({"extensionActions":[
        {"action":"injectPassword","executor":"extension","id":"a2","createdAt":"2026-01-01T10:00:00.000Z"}]})"));
    QCOMPARE(consumed.count(), 1);
    QCOMPARE(consumed.first().at(1).toJsonObject().value(u"id"_s).toString(), u"a1"_s);
    const int row = m.rowForId(u"a1"_s);
    QCOMPARE(row, 0);
    const QModelIndex i = m.index(row, 0);
    QCOMPARE(i.data(ActionQueueModel::StatusRole).toInt(), int(ActionQueueModel::Status::Consumed));
    QCOMPARE(i.data(ActionQueueModel::ConsumedAtRole).toDateTime(), m_now);
    QCOMPARE(i.data(ActionQueueModel::AgeRole).toLongLong(), 1500);
    QCOMPARE(
        m.index(row, ActionQueueModel::StatusColumn).data().toString(), u"Taken by extension"_s);
    QCOMPARE(m.pendingCount(), 1);

    // The same id coming back is not a new action; the model keeps its history.
    m.updateFromDocument(obj(R"({"extensionActions":[]})"));
    QCOMPARE(m.rowCount(), 2);
    QCOMPARE(m.pendingCount(), 0);
}

void TestActionQueueModel::ageAndAlarm()
{
    ActionQueueModel &m = *m_model;
    m.setAlarmThreshold(10'000);
    QSignalSpy alarm(&m, &ActionQueueModel::alarmRaised);
    m.updateFromDocument(obj(R"({"extensionActions":[
        {"action":"stopSession","id":"s1","createdAt":"2026-01-01T10:00:00.000Z"}]})"));
    m_now = m_now.addSecs(5);
    m.tick();
    QCOMPARE(alarm.count(), 0);
    QCOMPARE(m.index(0, 0).data(ActionQueueModel::AgeRole).toLongLong(), 5000);
    QCOMPARE(m.index(0, ActionQueueModel::AgeColumn).data().toString(), u"5.0 s"_s);
    m_now = m_now.addSecs(6);
    m.tick();
    QCOMPARE(alarm.count(), 1);
    QCOMPARE(alarm.first().at(1).toString(), u"s1"_s);
    QVERIFY(m.index(0, 0).data(ActionQueueModel::AlarmRole).toBool());
    QVERIFY(m.index(0, 0).data(Qt::ForegroundRole).isValid());
    m.tick();
    QCOMPARE(alarm.count(), 1); // raised once
    m.updateFromDocument(obj(R"({"extensionActions":[]})"));
    QVERIFY(!m.index(0, 0).data(ActionQueueModel::AlarmRole).toBool());
}

void TestActionQueueModel::responseMatchedByActionAndRespondTo()
{
    ActionQueueModel &m = *m_model;
    QSignalSpy matched(&m, &ActionQueueModel::responseMatched);
    m.updateFromDocument(obj(R"({"extensionActions":[
        {"action":"getDisplayCount","executor":"extension","respondTo":"proctor","id":"r1"},
        {"action":"getDisplayCount","executor":"extension","respondTo":"onboarding","id":"r2"}]})"));
    m.updateFromDocument(obj(R"({"extensionActions":[],"proctorActions":[
        {"action":"getDisplayCount","executor":"proctor","displayCount":2,"id":"p1"}]})"));
    QCOMPARE(matched.count(), 1);
    QCOMPARE(matched.first().at(0).toString(), u"r1"_s);
    const int req = m.rowForId(u"r1"_s);
    QCOMPARE(m.index(req, 0)
                 .data(ActionQueueModel::ResponseRole)
                 .toJsonObject()
                 .value(u"displayCount"_s)
                 .toInt(),
        2);
    QCOMPARE(
        m.index(req, ActionQueueModel::ResponseColumn).data().toString(), u"displayCount: 2"_s);
    const int resp = m.rowForId(u"p1"_s);
    QCOMPARE(m.index(resp, 0).data(ActionQueueModel::AnswersRole).toString(), u"r1"_s);
    QVERIFY(m.index(m.rowForId(u"r2"_s), 0)
                .data(ActionQueueModel::ResponseRole)
                .toJsonObject()
                .isEmpty());
}

void TestActionQueueModel::responseMatchedById()
{
    ActionQueueModel &m = *m_model;
    m.updateFromDocument(obj(R"({"extensionActions":[
        {"action":"getDisplayCount","respondTo":"proctor","id":"r1"},
        {"action":"getDisplayCount","respondTo":"proctor","id":"r2"}]})"));
    // Answers the second request first, naming it.
    m.updateFromDocument(obj(R"({"proctorActions":[
        {"action":"getDisplayCount","displayCount":3,"requestId":"r2","id":"p1"}]})"));
    QCOMPARE(m.index(m.rowForId(u"r2"_s), 0)
                 .data(ActionQueueModel::ResponseRole)
                 .toJsonObject()
                 .value(u"displayCount"_s)
                 .toInt(),
        3);
    QVERIFY(m.index(m.rowForId(u"r1"_s), 0)
                .data(ActionQueueModel::ResponseRole)
                .toJsonObject()
                .isEmpty());
}

void TestActionQueueModel::actionWithoutIdIsTracked()
{
    ActionQueueModel &m = *m_model;
    m.updateFromDocument(obj(R"({"onboardingActions":[{"action":"custom"}]})"));
    QCOMPARE(m.rowCount(), 1);
    QCOMPARE(m.index(0, ActionQueueModel::ExecutorColumn).data().toString(), u"onboarding"_s);
    QCOMPARE(m.index(0, 0).data(ActionQueueModel::CreatedAtRole).toDateTime(), m_now);
    m.updateFromDocument(obj(R"({"onboardingActions":[]})"));
    QCOMPARE(m.pendingCount(), 0);
    m.clear();
    QCOMPARE(m.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestActionQueueModel)
// Memory stays bounded: only the last N consumed per executor are kept, pending ones always,
// and rows found by key after a removal are the right ones (no duplicate on the next update).
void TestActionQueueModel::consumedArePrunedPendingKept()
{
    ActionQueueModel &m = *m_model;
    m.setConsumedKept(2);
    auto doc = [](std::initializer_list<const char *> extensionIds,
                   std::initializer_list<const char *> proctorIds) {
        QJsonArray ext;
        for (const char *id : extensionIds)
            ext.append(QJsonObject { { u"action"_s, u"stopSession"_s },
                { u"executor"_s, u"extension"_s }, { u"id"_s, QString::fromLatin1(id) } });
        QJsonArray proctor;
        for (const char *id : proctorIds)
            proctor.append(QJsonObject { { u"action"_s, u"note"_s },
                { u"executor"_s, u"proctor"_s }, { u"id"_s, QString::fromLatin1(id) } });
        return QJsonObject { { u"extensionActions"_s, ext }, { u"proctorActions"_s, proctor } };
    };
    m.updateFromDocument(doc({ "a1", "a2", "a3", "a4", "a5" }, { "p1" }));
    QCOMPARE(m.rowCount(), 6);
    m.updateFromDocument(doc({ "a2", "a3", "a4", "a5" }, { "p1" }));
    m.updateFromDocument(doc({ "a3", "a4", "a5" }, { "p1" }));
    m.updateFromDocument(doc({ "a4", "a5" }, { "p1" }));
    m.updateFromDocument(doc({ "a5" }, { "p1" }));
    // a1, a2 dropped; a3, a4 consumed and kept; a5 and p1 pending.
    QCOMPARE(m.rowCount(), 4);
    QCOMPARE(m.rowForId(u"a1"_s), -1);
    QCOMPARE(m.rowForId(u"a2"_s), -1);
    QCOMPARE(m.pendingCount(), 2);
    const int a5 = m.rowForId(u"a5"_s);
    QVERIFY(a5 >= 0);
    QCOMPARE(m.index(a5, 0).data(ActionQueueModel::IdRole).toString(), u"a5"_s);
    QCOMPARE(m.index(m.rowForId(u"a3"_s), 0).data(ActionQueueModel::StatusRole).toInt(),
        int(ActionQueueModel::Status::Consumed));
    // The same snapshot again adds nothing: the key index points at the moved rows.
    m.updateFromDocument(doc({ "a5" }, { "p1" }));
    QCOMPARE(m.rowCount(), 4);
    m.updateFromDocument(doc({}, {}));
    QCOMPARE(m.pendingCount(), 0);
    QCOMPARE(m.rowCount(), 3); // a4, a5 (extension) and p1 (proctor)
    QCOMPARE(m.rowForId(u"a3"_s), -1);
    QVERIFY(m.rowForId(u"p1"_s) >= 0);
    m.setConsumedKept(0);
    QCOMPARE(m.rowCount(), 0);
}

#include "tst_actionqueuemodel.moc"
