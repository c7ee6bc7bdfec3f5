#include "eventlogmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

namespace {
QDateTime at(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC); }
} // namespace

class TestEventLogModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void appendAndRoles();
    void millisecondTimes();
    void filterByTextKindDocument();
    void exportJson();
    void exportCsvQuotes();
    void capDropsOldest();

private:
    void fill(EventLogModel &m);
};

void TestEventLogModel::init() { }

void TestEventLogModel::fill(EventLogModel &m)
{
    m.append({ at(1'700'000'000'001), QStringLiteral("update"), QStringLiteral("Session_ES1"),
        QStringLiteral("revision 1"), QJsonObject { { QStringLiteral("a"), 1 } } });
    m.append({ at(1'700'000'000'250), QStringLiteral("action"), QStringLiteral("Session_ES1"),
        QStringLiteral("extension.stopSession"),
        QJsonObject {
            { QStringLiteral("redirectURL"), QStringLiteral("https://example.com/done") } } });
    m.append({ at(1'700'000'001'999), QStringLiteral("state"), QStringLiteral("Proctor_Room_PR1"),
        QStringLiteral("Connected, \"quoted\""), QJsonObject() });
}

void TestEventLogModel::appendAndRoles()
{
    EventLogModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
    fill(m);
    QCOMPARE(inserted.count(), 3);
    QCOMPARE(m.rowCount(), 3);
    const QModelIndex i = m.index(1, EventLogModel::SummaryColumn);
    QCOMPARE(i.data().toString(), QStringLiteral("extension.stopSession"));
    QCOMPARE(i.data(EventLogModel::KindRole).toString(), QStringLiteral("action"));
    QCOMPARE(m.index(1, EventLogModel::KindColumn).data().toString(), QStringLiteral("Action"));
    QCOMPARE(EventLogModel::kindLabel(QStringLiteral("custom")), QStringLiteral("custom"));
    QCOMPARE(i.data(EventLogModel::JsonRole)
                 .toJsonObject()
                 .value(QStringLiteral("redirectURL"))
                 .toString(),
        QStringLiteral("https://example.com/done"));
    QCOMPARE(i.data(EventLogModel::TimeRole).toDateTime(), at(1'700'000'000'250));
    m.clear();
    QCOMPARE(m.rowCount(), 0);
}

void TestEventLogModel::millisecondTimes()
{
    EventLogModel m;
    fill(m);
    const QString shown = m.index(1, EventLogModel::TimeColumn).data().toString();
    QVERIFY2(shown.endsWith(QLatin1String(".250")), qPrintable(shown));
    QCOMPARE(
        EventLogModel::isoTime(at(1'700'000'000'001)), QStringLiteral("2023-11-14T22:13:20.001Z"));
}

void TestEventLogModel::filterByTextKindDocument()
{
    EventLogModel m;
    EventLogFilterModel f;
    f.setSourceModel(&m);
    QAbstractItemModelTester tester(&f, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fill(m);
    QCOMPARE(f.rowCount(), 3);
    f.setText(QStringLiteral("EXAMPLE.com")); // matches inside the JSON, case-insensitive
    QCOMPARE(f.rowCount(), 1);
    QCOMPARE(f.sourceRows(), QList<int> { 1 });
    f.setText(QString());
    f.setKind(QStringLiteral("state"));
    QCOMPARE(f.rowCount(), 1);
    QCOMPARE(f.index(0, EventLogModel::DocumentColumn).data().toString(),
        QStringLiteral("Proctor_Room_PR1"));
    f.setKind(QString());
    f.setDocument(QStringLiteral("Session_ES1"));
    QCOMPARE(f.sourceRows(), (QList<int> { 0, 1 }));
    f.setText(QStringLiteral("nothing matches this"));
    QCOMPARE(f.rowCount(), 0);
    // New events obey the live filter.
    f.setText(QStringLiteral("late"));
    m.log(QStringLiteral("update"), QStringLiteral("Session_ES1"), QStringLiteral("late one"));
    m.log(QStringLiteral("update"), QStringLiteral("Other"), QStringLiteral("late two"));
    QCOMPARE(f.rowCount(), 1);
}

void TestEventLogModel::exportJson()
{
    EventLogModel m;
    fill(m);
    const QJsonArray all = QJsonDocument::fromJson(m.toJson()).array();
    QCOMPARE(all.size(), 3);
    const QJsonObject first = all.at(0).toObject();
    QCOMPARE(
        first.value(QStringLiteral("time")).toString(), QStringLiteral("2023-11-14T22:13:20.001Z"));
    QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("update"));
    QCOMPARE(first.value(QStringLiteral("document")).toString(), QStringLiteral("Session_ES1"));
    QCOMPARE(first.value(QStringLiteral("data")).toObject(),
        (QJsonObject { { QStringLiteral("a"), 1 } }));
    const QJsonArray some = QJsonDocument::fromJson(m.toJson({ 2 })).array();
    QCOMPARE(some.size(), 1);
    QCOMPARE(
        some.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("state"));
}

void TestEventLogModel::exportCsvQuotes()
{
    EventLogModel m;
    fill(m);
    const QList<QByteArray> lines = m.toCsv().split('\n');
    QCOMPARE(lines.size(), 5); // header, 3 rows, trailing empty
    QCOMPARE(lines.at(0), QByteArray("time,kind,document,summary,json\r"));
    QCOMPARE(lines.at(1),
        QByteArray(R"("2023-11-14T22:13:20.001Z","update","Session_ES1","revision 1","{""a"":1}")"
                   "\r"));
    QCOMPARE(lines.at(3),
        QByteArray(
            R"("2023-11-14T22:13:21.999Z","state","Proctor_Room_PR1","Connected, ""quoted""","{}")"
            "\r"));
    QCOMPARE(m.toCsv({ 1 }).count('\n'), 2);
}

void TestEventLogModel::capDropsOldest()
{
    EventLogModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.setMaxEvents(2);
    fill(m);
    QCOMPARE(m.rowCount(), 2);
    QCOMPARE(m.eventAt(0).kind, QStringLiteral("action"));
    m.setMaxEvents(1);
    QCOMPARE(m.rowCount(), 1);
    QCOMPARE(m.eventAt(0).kind, QStringLiteral("state"));
}

QTEST_GUILESS_MAIN(TestEventLogModel)
#include "tst_eventlogmodel.moc"
