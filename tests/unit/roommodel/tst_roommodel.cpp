#include "roommodel.h"
#include "sids.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QString sid(int n) { return SpTest::numberedSid(u"ES", n); }

QJsonObject room(const QJsonArray &sessions) { return QJsonObject { { u"sessions"_s, sessions } }; }
} // namespace

class TestRoomModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rowsFollowTheRoomDocument();
    void configurablePath();
    void manualAddAndDrop();
    void columnsAndChangedCellsOnly();
    void labelFromAConfiguredPointer();
    void pendingAlarm();
    void manyRowsStayIncremental();
};

void TestRoomModel::rowsFollowTheRoomDocument()
{
    RoomModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(m.setRoomDocument(
        room({ sid(1), QJsonObject { { u"sessionSid"_s, sid(2) }, { u"studentName"_s, u"Ana"_s } },
            u"not a sid"_s, sid(1) })));
    QCOMPARE(m.sessions(), (QStringList { sid(1), sid(2) })); // invalid and duplicate skipped
    QCOMPARE(m.labelOf(sid(2)), u"Ana"_s);
    QCOMPARE(m.index(1, 0).data(RoomModel::DocumentIdRole).toString(), u"Session_"_s + sid(2));

    QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&m, &QAbstractItemModel::rowsRemoved);
    QVERIFY(m.setRoomDocument(room({ sid(2), sid(3) })));
    QCOMPARE(m.sessions(), (QStringList { sid(2), sid(3) }));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(m.rowOf(sid(3)), 1);
    QCOMPARE(m.labelOf(sid(2)), sid(2).left(10) + u'…'); // the room no longer names it

    // Something else than a list at the path: refused, nothing changes.
    QVERIFY(!m.setRoomDocument(QJsonObject { { u"sessions"_s, 5 } }));
    QCOMPARE(m.rowCount(), 2);
    // No list at all: an empty room.
    QVERIFY(m.setRoomDocument(QJsonObject {}));
    QCOMPARE(m.rowCount(), 0);
}

void TestRoomModel::configurablePath()
{
    RoomModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.setRoomPath(u"exam.students"_s);
    const QJsonObject doc { { u"exam"_s,
        QJsonObject { { u"students"_s, QJsonArray { sid(7) } } } } };
    QVERIFY(m.setRoomDocument(doc));
    QCOMPARE(m.sessions(), QStringList { sid(7) });
    m.setRoomPath(u"/exam/students"_s);
    QVERIFY(m.setRoomDocument(doc));
    QCOMPARE(m.sessions(), QStringList { sid(7) });
}

void TestRoomModel::manualAddAndDrop()
{
    RoomModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!m.addSession(u"ESshort"_s));
    QVERIFY(m.addSession(sid(9), u"Late joiner"_s));
    QCOMPARE(m.labelOf(sid(9)), u"Late joiner"_s);
    // A session added by hand stays when the room document does not list it.
    QVERIFY(m.setRoomDocument(room({ sid(1) })));
    QCOMPARE(m.sessions(), (QStringList { sid(9), sid(1) }));
    // Dropped by hand: hidden while the room lists it, back once it is listed anew.
    QVERIFY(m.dropSession(sid(1)));
    QVERIFY(m.setRoomDocument(room({ sid(1) })));
    QCOMPARE(m.sessions(), QStringList { sid(9) });
    QVERIFY(m.setRoomDocument(room({})));
    QVERIFY(m.setRoomDocument(room({ sid(1) })));
    QCOMPARE(m.sessions(), (QStringList { sid(9), sid(1) }));
    QVERIFY(m.dropSession(sid(9)));
    QVERIFY(!m.dropSession(sid(9)));
}

void TestRoomModel::columnsAndChangedCellsOnly()
{
    RoomModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QDateTime now = QDateTime::fromMSecsSinceEpoch(1'000'000, Qt::UTC);
    m.setClock([&now] { return now; });
    m.setRoomDocument(room({ sid(1), sid(2) }));
    QCOMPARE(m.columnCount(), 10);
    QCOMPARE(m.headerData(3, Qt::Horizontal).toString(), u"studentStatus"_s);
    QCOMPARE(m.headerData(4, Qt::Horizontal).toString(), u"reliableConnection"_s);
    QCOMPARE(m.index(0, m.columnOf(RoomModel::Kind::State)).data().toString(), u"not joined"_s);

    QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
    const QJsonObject doc { { u"studentName"_s, u"Bo"_s }, { u"studentStatus"_s, u"writing"_s },
        { u"reliableConnection"_s, true } };
    m.setSessionDocument(sid(2), doc);
    QCOMPARE(m.labelOf(sid(2)), u"Bo"_s);
    QCOMPARE(m.index(1, 3).data().toString(), u"writing"_s);
    QCOMPARE(m.index(1, 4).data().toString(), u"true"_s);
    QCOMPARE(m.index(1, m.columnOf(RoomModel::Kind::Updated)).data().toString(), u"0 s"_s);
    // Every signal stays inside row 1.
    for (const QList<QVariant> &args : std::as_const(changed)) {
        QCOMPARE(args.at(0).toModelIndex().row(), 1);
        QCOMPARE(args.at(1).toModelIndex().row(), 1);
    }

    // Only reliableConnection changes: one signal for that cell, one for the update age.
    changed.clear();
    QJsonObject flapped = doc;
    flapped.insert(u"reliableConnection"_s, false);
    m.setSessionDocument(sid(2), flapped);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), m.index(1, 4));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), m.index(1, 4));
    QCOMPARE(changed.at(1).at(0).toModelIndex().column(), m.columnOf(RoomModel::Kind::Updated));

    // The same state twice signals nothing.
    changed.clear();
    m.setSessionState(sid(1), 1, u"Connected"_s);
    m.setSessionState(sid(1), 1, u"Connected"_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m.index(0, 2).data().toString(), u"Connected"_s);

    m.setLastResponse(sid(1), u"displayCount: 2"_s);
    QCOMPARE(
        m.index(0, m.columnOf(RoomModel::Kind::Response)).data().toString(), u"displayCount: 2"_s);
    m.setOutcome(sid(1), RoomModel::Outcome::Taken);
    QCOMPARE(m.index(0, m.columnOf(RoomModel::Kind::Outcome)).data().toString(), u"taken"_s);

    // A typed alias wins over the session document's name.
    m.setAlias(sid(2), u"Front row"_s);
    QCOMPARE(m.index(1, 0).data().toString(), u"Front row"_s);

    // Other pointer columns: a reset, then values come with the next update.
    m.setPointerColumns({ u"/score"_s });
    QCOMPARE(m.columnCount(), 9);
    m.setSessionDocument(sid(2), QJsonObject { { u"score"_s, 7 } });
    QCOMPARE(m.index(1, 3).data().toString(), u"7"_s);

    now = now.addSecs(75);
    QCOMPARE(m.index(1, m.columnOf(RoomModel::Kind::Updated)).data().toString(), u"1 min 15 s"_s);
    QCOMPARE(m.index(0, m.columnOf(RoomModel::Kind::Updated)).data().toString(), QString());
}

void TestRoomModel::labelFromAConfiguredPointer()
{
    RoomModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.setLabelPointer(u"/profile/displayName"_s);
    QVERIFY(m.setRoomDocument(room({ QJsonObject {
        { u"sessionSid"_s, sid(1) }, { u"studentName"_s, u"From the room"_s } } })));
    QCOMPARE(m.labelOf(sid(1)), u"From the room"_s);
    // The session document's value at the pointer wins over the room's name…
    m.setSessionDocument(sid(1),
        QJsonObject { { u"studentName"_s, u"Not this"_s },
            { u"profile"_s, QJsonObject { { u"displayName"_s, u"Ana G."_s } } } });
    QCOMPARE(m.index(0, 0).data().toString(), u"Ana G."_s);
    // …and an alias the proctor types wins over both; clearing it brings the document's back.
    m.setAlias(sid(1), u"Desk 4"_s);
    QCOMPARE(m.index(0, 0).data().toString(), u"Desk 4"_s);
    m.setAlias(sid(1), QString());
    QCOMPARE(m.index(0, 0).data().toString(), u"Ana G."_s);
}

void TestRoomModel::pendingAlarm()
{
    RoomModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QDateTime now = QDateTime::fromMSecsSinceEpoch(1'000'000, Qt::UTC);
    m.setClock([&now] { return now; });
    m.setAlarmThresholdMs(10'000);
    m.setRoomDocument(room({ sid(1), sid(2) }));
    QSignalSpy alarms(&m, &RoomModel::alarmRaised);

    m.setPending(sid(1), { { u"extension"_s, 2, now } });
    const int pending = m.columnOf(RoomModel::Kind::Pending);
    QCOMPARE(m.index(0, pending).data().toString(), u"extension: 2 (0 s)"_s);
    QVERIFY(!m.hasAlarm(sid(1)));
    now = now.addSecs(9);
    m.tick();
    QVERIFY(!m.hasAlarm(sid(1)));
    now = now.addSecs(2);
    m.tick();
    QVERIFY(m.hasAlarm(sid(1)));
    QCOMPARE(alarms.count(), 1);
    QCOMPARE(alarms.first().first().toString(), sid(1));
    QVERIFY(!m.hasAlarm(sid(2)));
    QCOMPARE(m.index(0, m.columnOf(RoomModel::Kind::Alarm)).data().toString(), u"ALARM"_s);
    QVERIFY(m.index(0, m.columnOf(RoomModel::Kind::Alarm)).data(RoomModel::AlarmRole).toBool());
    QCOMPARE(m.index(0, pending).data(RoomModel::SortRole).toLongLong(), 11'000);
    m.tick(); // raised once, not on every tick
    QCOMPARE(alarms.count(), 1);

    // Taken at last: the alarm clears.
    m.setPending(sid(1), {});
    QVERIFY(!m.hasAlarm(sid(1)));
    QCOMPARE(m.index(0, pending).data().toString(), QString());
}

void TestRoomModel::manyRowsStayIncremental()
{
    RoomModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QJsonArray list;
    for (int i = 0; i < 500; ++i)
        list.append(sid(i));
    QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
    m.setRoomDocument(room(list));
    QCOMPARE(m.rowCount(), 500);
    for (int i = 0; i < 500; ++i)
        m.setSessionDocument(sid(i), QJsonObject { { u"studentStatus"_s, u"ok"_s } });
    // One cell range for the pointer column and one for the update age, per update; no resets.
    QCOMPARE(changed.count(), 1000);
    QCOMPARE(reset.count(), 0);
    list.removeAt(250);
    m.setRoomDocument(room(list));
    QCOMPARE(m.rowCount(), 499);
    QCOMPARE(m.rowOf(sid(251)), 250);
    QCOMPARE(m.sessionAt(499), QString());
}

QTEST_GUILESS_MAIN(TestRoomModel)
#include "tst_roommodel.moc"
