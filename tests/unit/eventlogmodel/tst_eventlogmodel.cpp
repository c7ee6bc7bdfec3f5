#include "eventlogmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

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
    m.append({ at(1'700'000'000'001), u"update"_s, u"Session_ES1"_s, u"revision 1"_s,
        QJsonObject { { u"a"_s, 1 } } });
    m.append({ at(1'700'000'000'250), u"action"_s, u"Session_ES1"_s, u"extension.stopSession"_s,
        QJsonObject { { u"redirectURL"_s, u"https://example.com/done"_s } } });
    m.append({ at(1'700'000'001'999), u"state"_s, u"Proctor_Room_PR1"_s, u"Connected, \"quoted\""_s,
        QJsonObject() });
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
    QCOMPARE(i.data().toString(), u"extension.stopSession"_s);
    QCOMPARE(i.data(EventLogModel::KindRole).toString(), u"action"_s);
    QCOMPARE(m.index(1, EventLogModel::KindColumn).data().toString(), u"Action"_s);
    QCOMPARE(EventLogModel::kindLabel(u"custom"_s), u"custom"_s);
    QCOMPARE(i.data(EventLogModel::JsonRole).toJsonObject().value(u"redirectURL"_s).toString(),
        u"https://example.com/done"_s);
    QCOMPARE(i.data(EventLogModel::TimeRole).toDateTime(), at(1'700'000'000'250));
    m.clear();
    QCOMPARE(m.rowCount(), 0);
}

void TestEventLogModel::millisecondTimes()
{
    EventLogModel m;
    fill(m);
    const QString shown = m.index(1, EventLogModel::TimeColumn).data().toString();
    QVERIFY2(shown.endsWith(u".250"_s), qPrintable(shown));
    QCOMPARE(EventLogModel::isoTime(at(1'700'000'000'001)), u"2023-11-14T22:13:20.001Z"_s);
}

void TestEventLogModel::filterByTextKindDocument()
{
    EventLogModel m;
    EventLogFilterModel f;
    f.setSourceModel(&m);
    QAbstractItemModelTester tester(&f, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fill(m);
    QCOMPARE(f.rowCount(), 3);
    f.setText(u"EXAMPLE.com"_s); // matches inside the JSON, case-insensitive
    QCOMPARE(f.rowCount(), 1);
    QCOMPARE(f.sourceRows(), QList<int> { 1 });
    f.setText(QString());
    f.setKind(u"state"_s);
    QCOMPARE(f.rowCount(), 1);
    QCOMPARE(f.index(0, EventLogModel::DocumentColumn).data().toString(), u"Proctor_Room_PR1"_s);
    f.setKind(QString());
    f.setDocument(u"Session_ES1"_s);
    QCOMPARE(f.sourceRows(), (QList<int> { 0, 1 }));
    f.setText(u"nothing matches this"_s);
    QCOMPARE(f.rowCount(), 0);
    // New events obey the live filter.
    f.setText(u"late"_s);
    m.log(u"update"_s, u"Session_ES1"_s, u"late one"_s);
    m.log(u"update"_s, u"Other"_s, u"late two"_s);
    QCOMPARE(f.rowCount(), 1);
}

void TestEventLogModel::exportJson()
{
    EventLogModel m;
    fill(m);
    const QJsonArray all = QJsonDocument::fromJson(m.toJson()).array();
    QCOMPARE(all.size(), 3);
    const QJsonObject first = all.at(0).toObject();
    QCOMPARE(first.value(u"time"_s).toString(), u"2023-11-14T22:13:20.001Z"_s);
    QCOMPARE(first.value(u"kind"_s).toString(), u"update"_s);
    QCOMPARE(first.value(u"document"_s).toString(), u"Session_ES1"_s);
    QCOMPARE(first.value(u"data"_s).toObject(), (QJsonObject { { u"a"_s, 1 } }));
    const QJsonArray some = QJsonDocument::fromJson(m.toJson({ 2 })).array();
    QCOMPARE(some.size(), 1);
    QCOMPARE(some.at(0).toObject().value(u"kind"_s).toString(), u"state"_s);
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
    QCOMPARE(m.eventAt(0).kind, u"action"_s);
    m.setMaxEvents(1);
    QCOMPARE(m.rowCount(), 1);
    QCOMPARE(m.eventAt(0).kind, u"state"_s);
}

QTEST_GUILESS_MAIN(TestEventLogModel)
#include "tst_eventlogmodel.moc"
