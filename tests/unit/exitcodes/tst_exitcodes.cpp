#include "exitcodes.h"

#include <QTest>

using namespace SpSyncCli;
using Kind = SpSync::SyncError::Kind;

class TestExitCodes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mapping_data();
    void mapping();
};

void TestExitCodes::mapping_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("code");
    QTest::newRow("ok") << Kind::NoError << 0;
    QTest::newRow("invalid input") << Kind::InvalidInput << 2;
    QTest::newRow("bad token") << Kind::Auth << 3;
    QTest::newRow("denied") << Kind::Denied << 3;
    QTest::newRow("not found") << Kind::NotFound << 4;
    QTest::newRow("too large") << Kind::TooLarge << 5;
    QTest::newRow("conflict") << Kind::Conflict << 5;
    QTest::newRow("rate limited") << Kind::RateLimited << 5;
    QTest::newRow("network") << Kind::Transport << 6;
    QTest::newRow("timeout") << Kind::Timeout << 7;
    QTest::newRow("protocol") << Kind::Protocol << 1;
    QTest::newRow("server") << Kind::Server << 1;
}

void TestExitCodes::mapping()
{
    QFETCH(Kind, kind);
    QFETCH(int, code);
    QCOMPARE(exitCodeFor(kind), code);
}

QTEST_GUILESS_MAIN(TestExitCodes)
#include "tst_exitcodes.moc"
