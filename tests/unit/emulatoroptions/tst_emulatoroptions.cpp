#include "emulatoroptions.h"

#include <QTest>

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
            { u"--listen"_qs, u"127.0.0.1:0"_qs, u"--memory"_qs, u"--acl"_qs, u"open"_qs,
                u"--rate-limits"_qs, u"off"_qs, u"--ping-interval"_qs, u"5"_qs, u"--fault"_qs,
                u"delay=10"_qs, u"--fault"_qs, u"412=0.5"_qs, u"--seed"_qs, u"7"_qs, u"--demo"_qs },
            &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->serve.listenPort, 0);
        QVERIFY(p->serve.memory);
        QVERIFY(p->serve.effectiveDataDir().isEmpty());
        QVERIFY(!p->serve.aclEnabled);
        QVERIFY(!p->serve.rateLimits);
        QCOMPARE(p->serve.pingIntervalSecs, 5);
        QCOMPARE(p->serve.faults, QStringList({ u"delay=10"_qs, u"412=0.5"_qs }));
        QVERIFY(p->serve.seedGiven);
        QCOMPARE(p->serve.seed, 7u);
        QVERIFY(p->serve.demo);
    }

    void mintToken()
    {
        const auto p
            = SpEmu::parseCommandLine({ u"mint-token"_qs, u"--identity"_qs, u"alice"_qs,
                                          u"--ttl"_qs, u"60"_qs, u"--data"_qs, u"/tmp/x"_qs },
                nullptr);
        QVERIFY(p);
        QCOMPARE(p->command, ParsedCommandLine::Command::MintToken);
        QCOMPARE(p->mint.identity, u"alice"_qs);
        QCOMPARE(p->mint.ttlSecs, 60);
        QCOMPARE(p->mint.dataDir, u"/tmp/x"_qs);
    }

    void version()
    {
        const auto p = SpEmu::parseCommandLine({ u"--memory"_qs, u"--version"_qs }, nullptr);
        QVERIFY(p);
        QCOMPARE(p->command, ParsedCommandLine::Command::Version);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown") << QStringList { u"--bogus"_qs };
        QTest::newRow("bad listen") << QStringList { u"--listen"_qs, u"nohost"_qs };
        QTest::newRow("bad acl") << QStringList { u"--acl"_qs, u"maybe"_qs };
        QTest::newRow("data and memory")
            << QStringList { u"--data"_qs, u"/tmp/d"_qs, u"--memory"_qs };
        QTest::newRow("missing value") << QStringList { u"--ping-interval"_qs };
        QTest::newRow("mint without identity") << QStringList { u"mint-token"_qs };
        QTest::newRow("mint with serve flag")
            << QStringList { u"mint-token"_qs, u"--identity"_qs, u"a"_qs, u"--demo"_qs };
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
