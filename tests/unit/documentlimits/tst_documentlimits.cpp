#include "documentlimits.h"
#include "ratelimiter.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace Limits = SpEmu::Limits;

class TestDocumentLimits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void uniqueNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << u"Session_X"_s << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("320") << QString(320, u'a') << true;
        QTest::newRow("321") << QString(321, u'a') << false;
        QTest::newRow("sid lower hex") << u"ET0123456789abcdef0123456789abcdef"_s << false;
        // Twilio's pattern is [A-Z]{2}[a-f0-9]{32}: upper-case hex is a name.
        QTest::newRow("sid upper hex") << u"PU0123456789ABCDEF0123456789ABCDEF"_s << true;
        QTest::newRow("sid-like but 31 hex") << u"ET0123456789abcdef0123456789abcde"_s << true;
        QTest::newRow("lowercase prefix") << u"et0123456789abcdef0123456789abcdef"_s << true;
        QTest::newRow("prefixed sid") << u"Session_ES0123456789abcdef0123456789abcdef"_s << true;
    }
    void uniqueNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QString why;
        QCOMPARE(Limits::uniqueNameValid(name, &why), valid);
        QCOMPARE(why.isEmpty(), valid);
    }

    void dataSize()
    {
        // {"k":"<n x>"} is n + 8 bytes.
        const QJsonObject atLimit { { u"k"_s, QString(16 * 1024 - 8, u'x') } };
        QCOMPARE(Limits::serializedSize(atLimit), 16 * 1024);
        QVERIFY(!Limits::dataTooLarge(atLimit));
        const QJsonObject over { { u"k"_s, QString(16 * 1024 - 7, u'x') } };
        QVERIFY(Limits::dataTooLarge(over));
        // Multi-byte characters count in UTF-8 bytes.
        const QJsonObject utf8 { { u"k"_s, QString(6000, QChar(0x20AC)) } };
        QVERIFY(Limits::dataTooLarge(utf8));
    }

    void ttl()
    {
        QVERIFY(Limits::ttlValid(0));
        QVERIFY(Limits::ttlValid(31536000));
        QVERIFY(!Limits::ttlValid(31536001));
        QVERIFY(!Limits::ttlValid(-1));
    }

    void rateLimiterBurstThenSustained()
    {
        SpEmu::RateLimiter limiter(20, 10);
        int accepted = 0;
        for (int i = 0; i < 250; ++i)
            accepted += limiter.tryAcquire(u"ET1"_s, 1000) ? 1 : 0;
        QCOMPARE(accepted, 200);
        QVERIFY(!limiter.tryAcquire(u"ET1"_s, 1000));
        QVERIFY(limiter.tryAcquire(u"ET2"_s, 1000)); // per object
        QVERIFY(limiter.tryAcquire(u"ET1"_s, 1050)); // 50 ms refill one write
        QVERIFY(!limiter.tryAcquire(u"ET1"_s, 1050));
        limiter.setEnabled(false);
        QVERIFY(limiter.tryAcquire(u"ET1"_s, 1050));
    }
};

QTEST_GUILESS_MAIN(TestDocumentLimits)
#include "tst_documentlimits.moc"
