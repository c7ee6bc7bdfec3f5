#include "revisionhistory.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

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
    QVERIFY(h.open(QStringLiteral(":memory:")));
    QSignalSpy recorded(&h, &RevisionHistory::revisionRecorded);
    QVERIFY(h.record(
        QStringLiteral("D"), QStringLiteral("0"), QJsonObject { { QStringLiteral("a"), 1 } }));
    QVERIFY(!h.record(
        QStringLiteral("D"), QStringLiteral("0"), QJsonObject { { QStringLiteral("a"), 1 } }));
    QVERIFY(h.record(
        QStringLiteral("D"), QStringLiteral("1"), QJsonObject { { QStringLiteral("a"), 2 } }));
    QVERIFY(h.record(QStringLiteral("E"), QStringLiteral("0"), QJsonObject()));
    QCOMPARE(recorded.count(), 3);
    const auto revs = h.revisions(QStringLiteral("D"));
    QCOMPARE(revs.size(), 2);
    QCOMPARE(revs.at(0).revision, QStringLiteral("0"));
    QCOMPARE(revs.at(1).revision, QStringLiteral("1"));
    QCOMPARE(revs.at(1).size, 7); // {"a":2}
    QCOMPARE(h.documents(), (QStringList { QStringLiteral("D"), QStringLiteral("E") }));
    QCOMPARE(*h.data(QStringLiteral("D"), QStringLiteral("1")),
        (QJsonObject { { QStringLiteral("a"), 2 } }));
    QVERIFY(!h.data(QStringLiteral("D"), QStringLiteral("9")).has_value());
}

void TestRevisionHistory::persistsAcrossReopen()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("sub/history.sqlite"));
    const QDateTime seen
        = QDateTime::fromString(QStringLiteral("2026-01-01T10:00:00.123Z"), Qt::ISODateWithMs);
    {
        RevisionHistory h;
        QString error;
        QVERIFY2(h.open(path, &error), qPrintable(error));
        QVERIFY(h.record(QStringLiteral("Session_ES1"), QStringLiteral("3"),
            QJsonObject { { QStringLiteral("x"), QStringLiteral("y") } }, seen));
    }
    RevisionHistory again;
    QVERIFY(again.open(path));
    const auto revs = again.revisions(QStringLiteral("Session_ES1"));
    QCOMPARE(revs.size(), 1);
    QCOMPARE(revs.first().seenAt, seen);
    QCOMPARE(again.data(QStringLiteral("Session_ES1"), QStringLiteral("3"))
                 ->value(QStringLiteral("x"))
                 .toString(),
        QStringLiteral("y"));
    // Two histories open at once do not share a connection.
    RevisionHistory other;
    QVERIFY(other.open(QStringLiteral(":memory:")));
    QVERIFY(other.revisions(QStringLiteral("Session_ES1")).isEmpty());
    QCOMPARE(again.revisions(QStringLiteral("Session_ES1")).size(), 1);
}

void TestRevisionHistory::diffBetweenAnyTwo()
{
    RevisionHistory h;
    QVERIFY(h.open(QStringLiteral(":memory:")));
    h.record(QStringLiteral("D"), QStringLiteral("1"), QJsonObject { { QStringLiteral("a"), 1 } });
    h.record(QStringLiteral("D"), QStringLiteral("2"), QJsonObject { { QStringLiteral("a"), 2 } });
    h.record(QStringLiteral("D"), QStringLiteral("3"),
        QJsonObject { { QStringLiteral("a"), 2 }, { QStringLiteral("b"), true } });
    QCOMPARE(
        JsonDiff::toText(h.diff(QStringLiteral("D"), QStringLiteral("1"), QStringLiteral("3"))),
        QStringLiteral("~ /a: 1 -> 2\n+ /b: true"));
    QCOMPARE(
        JsonDiff::toText(h.diff(QStringLiteral("D"), QStringLiteral("3"), QStringLiteral("2"))),
        QStringLiteral("- /b: true"));
    QVERIFY(h.diff(QStringLiteral("D"), QStringLiteral("1"), QStringLiteral("nope")).isEmpty());
}

void TestRevisionHistory::listModelFollowsRecords()
{
    RevisionHistory h;
    QVERIFY(h.open(QStringLiteral(":memory:")));
    h.record(QStringLiteral("D"), QStringLiteral("1"), QJsonObject());
    RevisionListModel m(&h);
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.setDocument(QStringLiteral("D"));
    QCOMPARE(m.rowCount(), 1);
    QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
    h.record(QStringLiteral("D"), QStringLiteral("2"), QJsonObject { { QStringLiteral("z"), 0 } });
    h.record(QStringLiteral("Other"), QStringLiteral("2"), QJsonObject());
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(m.revisionAt(1), QStringLiteral("2"));
    QCOMPARE(m.index(1, RevisionListModel::RevisionColumn).data().toString(), QStringLiteral("2"));
}

QTEST_GUILESS_MAIN(TestRevisionHistory)
#include "tst_revisionhistory.moc"
