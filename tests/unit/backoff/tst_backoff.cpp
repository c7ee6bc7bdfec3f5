// The reconnect and conflict backoff schedules (pure functions).
#include "backoff_p.h"

#include <QTest>

using namespace SpSync;

class TestBackoff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void schedule_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<double>("random");
        QTest::addColumn<int>("expected");
        QTest::newRow("first, no jitter") << 0 << 0.5 << 1000;
        QTest::newRow("second") << 1 << 0.5 << 2000;
        QTest::newRow("third") << 2 << 0.5 << 4000;
        QTest::newRow("sixth") << 5 << 0.5 << 32000;
        QTest::newRow("capped") << 6 << 0.5 << 60000;
        QTest::newRow("capped far out") << 40 << 0.5 << 60000;
        QTest::newRow("jitter low") << 0 << 0.0 << 800;
        QTest::newRow("jitter high") << 0 << 1.0 << 1200;
        QTest::newRow("capped jitter low") << 10 << 0.0 << 48000;
        QTest::newRow("negative attempt") << -3 << 0.5 << 1000;
    }
    void schedule()
    {
        QFETCH(int, attempt);
        QFETCH(double, random);
        QFETCH(int, expected);
        QCOMPARE(reconnectDelayMs(attempt, 1000, 60000, random), expected);
    }

    void jitterStaysWithinTwentyPercent()
    {
        for (int attempt = 0; attempt < 10; ++attempt) {
            for (double r = 0.0; r < 1.0; r += 0.05) {
                const int d = reconnectDelayMs(attempt, 1000, 120000, r);
                const double base = std::min(1000.0 * (1 << attempt), 120000.0);
                QVERIFY2(
                    d >= base * 0.8 - 1 && d <= base * 1.2 + 1, qPrintable(QString::number(d)));
            }
        }
    }

    void raisedMinimum()
    {
        QCOMPARE(reconnectDelayMs(0, 5000, 60000, 0.5), 5000);
        QCOMPARE(reconnectDelayMs(0, 90000, 60000, 0.5), 90000); // max never below min
    }

    void conflictDelays()
    {
        QCOMPARE(conflictDelayMs(0, 50, 0.5), 0);
        QCOMPARE(conflictDelayMs(1, 50, 0.5), 50);
        QCOMPARE(conflictDelayMs(2, 50, 0.5), 100);
        QCOMPARE(conflictDelayMs(12, 50, 0.5), 250);
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
