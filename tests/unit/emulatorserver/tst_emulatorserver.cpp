// EmulatorServer embedded in-process, as the console runs it.
#include "emulatorserver.h"
#include "twilsocktestclient.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

using SpEmu::EmulatorOptions;
using SpEmu::EmulatorServer;

namespace {
EmulatorOptions memoryOptions()
{
    EmulatorOptions o;
    o.memory = true;
    o.listenPort = 0;
    o.aclEnabled = false;
    return o;
}
} // namespace

class TestEmulatorServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startsOnAFreeLoopbackPort()
    {
        EmulatorServer server(memoryOptions());
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QVERIFY(server.port() > 0);
        QCOMPARE(server.twilsockUrl().host(), u"127.0.0.1"_s);
        QCOMPARE(server.twilsockUrl().path(), u"/v3/wsconnect"_s);
        QCOMPARE(server.cdsUrl().toString(), u"http://127.0.0.1:%1"_s.arg(server.port()));
        QCOMPARE(server.spApiUrl().toString(), u"http://127.0.0.1:%1/v1"_s.arg(server.port()));
        const QJsonObject line = QJsonDocument::fromJson(server.startLine()).object();
        QCOMPARE(line.value(u"twilsock").toString(), server.twilsockUrl().toString());
        QVERIFY(!server.demo());
    }

    void refusesAPortInUse()
    {
        EmulatorServer first(memoryOptions());
        QVERIFY(first.start(nullptr));
        EmulatorOptions o = memoryOptions();
        o.listenPort = first.port();
        EmulatorServer second(o);
        QString error;
        QVERIFY(!second.start(&error));
        QVERIFY(!error.isEmpty());
    }

    void badFaultSpecIsAnError()
    {
        EmulatorOptions o = memoryOptions();
        o.faults = QStringList { u"explode=now"_s };
        EmulatorServer server(o);
        QString error;
        QVERIFY(!server.start(&error));
        QVERIFY(error.contains(u"explode"));
    }

    void mintedTokensWorkAndDropAllConnectionsDisconnects()
    {
        EmulatorServer server(memoryOptions());
        QVERIFY(server.start(nullptr));
        QSignalSpy count(&server, &EmulatorServer::connectionCountChanged);
        TwilsockTestClient a;
        TwilsockTestClient b;
        QVERIFY(a.connectAndInit(server.twilsockUrl(), server.mintToken(u"alice"_s)));
        QVERIFY(b.connectAndInit(server.twilsockUrl(), server.mintToken(u"bob"_s)));
        QCOMPARE(server.connectionCount(), 2);
        QVERIFY(count.count() >= 2);
        server.dropAllConnections();
        QVERIFY(a.waitDisconnected());
        QVERIFY(b.waitDisconnected());
        QTRY_COMPARE(server.connectionCount(), 0);
        // A dropped client comes back.
        TwilsockTestClient again;
        QVERIFY(again.connectAndInit(server.twilsockUrl(), server.mintToken(u"alice"_s)));
    }

    void demoSeedsPrincipals()
    {
        EmulatorOptions o = memoryOptions();
        o.demo = true;
        EmulatorServer server(o);
        QVERIFY(server.start(nullptr));
        QVERIFY(server.demo());
        QVERIFY(server.demo()->sessionSid.startsWith(u"ES"));
        const QJsonObject line
            = QJsonDocument::fromJson(server.demoLine()).object().value(u"demo").toObject();
        QCOMPARE(line.value(u"room").toString(), server.demo()->roomSid);
    }

    void injectedFaults()
    {
        EmulatorOptions o = memoryOptions();
        o.faults = QStringList { u"drop-after=3"_s, u"503=1"_s };
        EmulatorServer server(o);
        QVERIFY(server.start(nullptr));
        TwilsockTestClient c;
        QVERIFY(c.connectAndInit(server.twilsockUrl(), server.mintToken(u"alice"_s)));
        for (int i = 0; i < 2; ++i) {
            const auto reply = c.request(u"GET"_s, u"/v3/Configuration"_s);
            QVERIFY(reply);
            QCOMPARE(TwilsockTestClient::httpStatus(*reply), 503);
        }
        // The third message drops the connection: no reply, no close frame.
        QVERIFY(!c.request(u"GET"_s, u"/v3/Configuration"_s));
        QVERIFY(c.waitDisconnected());
        for (const auto &f : c.pending())
            QVERIFY(f.method() != u"close");
    }

    void delayAndStallFaults()
    {
        EmulatorOptions o = memoryOptions();
        o.faults = QStringList { u"delay=150-200"_s, u"stall=150"_s };
        EmulatorServer server(o);
        QVERIFY(server.start(nullptr));
        TwilsockTestClient c;
        QVERIFY(c.open(server.twilsockUrl()));
        QElapsedTimer clock;
        clock.start();
        const auto init = c.init(server.mintToken(u"alice"_s));
        QVERIFY(init);
        QVERIFY(clock.elapsed() >= 150);
        clock.restart();
        const auto reply = c.request(u"GET"_s, u"/v3/Configuration"_s);
        QVERIFY(reply);
        QCOMPARE(TwilsockTestClient::httpStatus(*reply), 200);
        QVERIFY(clock.elapsed() >= 150);
    }
};

QTEST_GUILESS_MAIN(TestEmulatorServer)
#include "tst_emulatorserver.moc"
