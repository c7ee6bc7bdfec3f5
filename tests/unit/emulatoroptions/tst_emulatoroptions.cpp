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
        QTest::newRow("unknown") << QStringList { u"--bogus"_s };
        QTest::newRow("bad listen") << QStringList { u"--listen"_s, u"nohost"_s };
        QTest::newRow("bad acl") << QStringList { u"--acl"_s, u"maybe"_s };
        QTest::newRow("data and memory") << QStringList { u"--data"_s, u"/tmp/d"_s, u"--memory"_s };
        QTest::newRow("missing value") << QStringList { u"--ping-interval"_s };
        QTest::newRow("mint without identity") << QStringList { u"mint-token"_s };
        QTest::newRow("mint with serve flag")
            << QStringList { u"mint-token"_s, u"--identity"_s, u"a"_s, u"--demo"_s };
    }
    void errors()
    {
        QFETCH(QStringList, args);
        QString error;
        QVERIFY(!SpEmu::parseCommandLine(args, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEmulatorOptions)
#include "tst_emulatoroptions.moc"
