#include "revisionhistory.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestRevisionHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recordAndDedup();
    void persistsAcrossReopen();
    void diffBetweenAnyTwo();
    void listModelFollowsRecords();
};

void TestRevisionHistory::recordAndDedup()
{
    RevisionHistory h;
    QVERIFY(h.open(u":memory:"_s));
    QSignalSpy recorded(&h, &RevisionHistory::revisionRecorded);
    QVERIFY(h.record(u"D"_s, u"0"_s, QJsonObject { { u"a"_s, 1 } }));
    QVERIFY(!h.record(u"D"_s, u"0"_s, QJsonObject { { u"a"_s, 1 } }));
    QVERIFY(h.record(u"D"_s, u"1"_s, QJsonObject { { u"a"_s, 2 } }));
    QVERIFY(h.record(u"E"_s, u"0"_s, QJsonObject()));
    QCOMPARE(recorded.count(), 3);
    const auto revs = h.revisions(u"D"_s);
    QCOMPARE(revs.size(), 2);
    QCOMPARE(revs.at(0).revision, u"0"_s);
    QCOMPARE(revs.at(1).revision, u"1"_s);
    QCOMPARE(revs.at(1).size, 7); // {"a":2}
    QCOMPARE(h.documents(), (QStringList { u"D"_s, u"E"_s }));
    QCOMPARE(*h.data(u"D"_s, u"1"_s), (QJsonObject { { u"a"_s, 2 } }));
    QVERIFY(!h.data(u"D"_s, u"9"_s).has_value());
}

void TestRevisionHistory::persistsAcrossReopen()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"sub/history.sqlite"_s);
    const QDateTime seen = QDateTime::fromString(u"2026-01-01T10:00:00.123Z"_s, Qt::ISODateWithMs);
    {
        RevisionHistory h;
        QString error;
        QVERIFY2(h.open(path, &error), qPrintable(error));
        QVERIFY(h.record(u"Session_ES1"_s, u"3"_s, QJsonObject { { u"x"_s, u"y"_s } }, seen));
    }
    RevisionHistory again;
    QVERIFY(again.open(path));
    const auto revs = again.revisions(u"Session_ES1"_s);
    QCOMPARE(revs.size(), 1);
    QCOMPARE(revs.first().seenAt, seen);
    QCOMPARE(again.data(u"Session_ES1"_s, u"3"_s)->value(u"x"_s).toString(), u"y"_s);
    // Two histories open at once do not share a connection.
    RevisionHistory other;
    QVERIFY(other.open(u":memory:"_s));
    QVERIFY(other.revisions(u"Session_ES1"_s).isEmpty());
    QCOMPARE(again.revisions(u"Session_ES1"_s).size(), 1);
}

void TestRevisionHistory::diffBetweenAnyTwo()
{
    RevisionHistory h;
    QVERIFY(h.open(u":memory:"_s));
    h.record(u"D"_s, u"1"_s, QJsonObject { { u"a"_s, 1 } });
    h.record(u"D"_s, u"2"_s, QJsonObject { { u"a"_s, 2 } });
    h.record(u"D"_s, u"3"_s, QJsonObject { { u"a"_s, 2 }, { u"b"_s, true } });
    QCOMPARE(JsonDiff::toText(h.diff(u"D"_s, u"1"_s, u"3"_s)), u"~ /a: 1 -> 2\n+ /b: true"_s);
    QCOMPARE(JsonDiff::toText(h.diff(u"D"_s, u"3"_s, u"2"_s)), u"- /b: true"_s);
    QVERIFY(h.diff(u"D"_s, u"1"_s, u"nope"_s).isEmpty());
}

void TestRevisionHistory::listModelFollowsRecords()
{
    RevisionHistory h;
    QVERIFY(h.open(u":memory:"_s));
    h.record(u"D"_s, u"1"_s, QJsonObject());
    RevisionListModel m(&h);
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.setDocument(u"D"_s);
    QCOMPARE(m.rowCount(), 1);
    QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
    h.record(u"D"_s, u"2"_s, QJsonObject { { u"z"_s, 0 } });
    h.record(u"Other"_s, u"2"_s, QJsonObject());
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(m.revisionAt(1), u"2"_s);
    QCOMPARE(m.index(1, RevisionListModel::RevisionColumn).data().toString(), u"2"_s);
}

QTEST_GUILESS_MAIN(TestRevisionHistory)
#include "tst_revisionhistory.moc"
