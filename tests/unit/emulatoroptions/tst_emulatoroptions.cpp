#include "emulatoroptions.h"

#include <QTest>

using namespace Qt::StringLiterals;

using SpEmu::ParsedCommandLine;

class TestEmulatorOptions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaults()
    {
        const auto p = SpEmu::parseCommandLine({}, nullptr);
        QVERIFY(p);
        QCOMPARE(p->command, ParsedCommandLine::Command::Serve);
        QCOMPARE(p->serve.listenAddress, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(p->serve.listenPort, 9876);
        QVERIFY(p->serve.aclEnabled);
        QVERIFY(p->serve.rateLimits);
        QCOMPARE(p->serve.pingIntervalSecs, 20);
        QCOMPARE(p->serve.tokenTtlSecs, 3600);
        QVERIFY(!p->serve.effectiveDataDir().isEmpty());
    }

    void fullServe()
    {
        QString error;
        const auto p = SpEmu::parseCommandLine(
            { u"--listen"_s, u"127.0.0.1:0"_s, u"--memory"_s, u"--acl"_s, u"open"_s,
                u"--rate-limits"_s, u"off"_s, u"--ping-interval"_s, u"5"_s, u"--fault"_s,
                u"delay=10"_s, u"--fault"_s, u"412=0.5"_s, u"--seed"_s, u"7"_s, u"--demo"_s },
            &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->serve.listenPort, 0);
        QVERIFY(p->serve.memory);
        QVERIFY(p->serve.effectiveDataDir().isEmpty());
        QVERIFY(!p->serve.aclEnabled);
        QVERIFY(!p->serve.rateLimits);
        QCOMPARE(p->serve.pingIntervalSecs, 5);
        QCOMPARE(p->serve.faults, QStringList({ u"delay=10"_s, u"412=0.5"_s }));
        QVERIFY(p->serve.seedGiven);
        QCOMPARE(p->serve.seed, 7u);
        QVERIFY(p->serve.demo);
    }

    void mintToken()
    {
        const auto p = SpEmu::parseCommandLine({ u"mint-token"_s, u"--identity"_s, u"alice"_s,
                                                   u"--ttl"_s, u"60"_s, u"--data"_s, u"/tmp/x"_s },
            nullptr);
        QVERIFY(p);
        QCOMPARE(p->command, ParsedCommandLine::Command::MintToken);
        QCOMPARE(p->mint.identity, u"alice"_s);
        QCOMPARE(p->mint.ttlSecs, 60);
        QCOMPARE(p->mint.dataDir, u"/tmp/x"_s);
    }

    void version()
    {
        const auto p = SpEmu::parseCommandLine({ u"--memory"_s, u"--version"_s }, nullptr);
        QVERIFY(p);
        QCOMPARE(p->command, ParsedCommandLine::Command::Version);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown") << QStringList { u"--bogus"_s } << u"unknown argument '--bogus'"_s;
        QTest::newRow("unknown positional")
            << QStringList { u"serve"_s } << u"unknown argument 'serve'"_s;
        QTest::newRow("bad listen")
            << QStringList { u"--listen"_s, u"nohost"_s } << u"--listen needs HOST:PORT"_s;
        QTest::newRow("bad acl") << QStringList { u"--acl"_s, u"maybe"_s }
                                 << u"--acl needs 'on' or 'open'"_s;
        QTest::newRow("data and memory") << QStringList { u"--data"_s, u"/tmp/d"_s, u"--memory"_s }
                                         << u"--data and --memory exclude each other"_s;
        QTest::newRow("missing value") << QStringList { u"--ping-interval"_s }
                                       << u"--ping-interval needs seconds between 0 and 3600"_s;
        QTest::newRow("first bad flag is reported") << QStringList { u"--token-ttl"_s, u"0"_s,
            u"--seed"_s, u"x"_s } << u"--token-ttl needs seconds between 1 and 86400"_s;
        QTest::newRow("queued bytes") << QStringList { u"--max-total-queued-bytes"_s,
            u"10"_s } << u"--max-total-queued-bytes needs a size between 4096 and 1073741824"_s;
        QTest::newRow("mint without identity")
            << QStringList { u"mint-token"_s } << u"mint-token needs --identity"_s;
        QTest::newRow("mint with serve flag") << QStringList { u"mint-token"_s, u"--identity"_s,
            u"a"_s, u"--demo"_s } << u"mint-token: unknown argument '--demo'"_s;
        QTest::newRow("mint flag when serving")
            << QStringList { u"--memory"_s, u"--ttl"_s, u"5"_s } << u"unknown argument '--ttl'"_s;
        QTest::newRow("mint ttl zero") << QStringList { u"mint-token"_s, u"--identity"_s, u"a"_s,
            u"--ttl"_s, u"0"_s } << u"--ttl needs non-zero seconds between -86400 and 86400"_s;
    }
    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!SpEmu::parseCommandLine(args, &error));
        QCOMPARE(error, message);
    }

    void repeatedFlagKeepsTheLastValue()
    {
        QString error;
        const auto p = SpEmu::parseCommandLine(
            { u"--ping-interval"_s, u"5"_s, u"--ping-interval"_s, u"7"_s, u"--max-queued-bytes"_s,
                u"8192"_s, u"--subscription-ttl"_s, u"30"_s, u"--expiry-warning"_s, u"0"_s },
            &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->serve.pingIntervalSecs, 7);
        QCOMPARE(p->serve.maxQueuedBytes, 8192);
        QCOMPARE(p->serve.subscriptionTtlSecs, 30);
        QCOMPARE(p->serve.expiryWarningSecs, 0);
    }

    void negativeTtlMintsExpired()
    {
        const auto p = SpEmu::parseCommandLine(
            { u"mint-token"_s, u"--identity"_s, u"a"_s, u"--ttl"_s, u"-5"_s }, nullptr);
        QVERIFY(p);
        QCOMPARE(p->mint.ttlSecs, -5);
    }
};

QTEST_GUILESS_MAIN(TestEmulatorOptions)
#include "tst_emulatoroptions.moc"
