// The emulator's HTTP side against hostile peers on raw sockets: oversized request lines,
// headers and bodies are refused with a status and closed; idle, trickling and slow-body
// connections are closed at the header deadline; the connection cap refuses clearly.
#include "emulatorprocess.h"
#include "rawpeer.h"
#include "testsecret.h"
#include "twilsocktestclient.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 15000;

// The server's answer to one raw request: its status once the connection is closed.
int answerAndClose(RawHttpPeer &peer)
{
    if (!QTest::qWaitFor([&] { return peer.closed(); }, kWaitMs))
        return -1;
    return peer.status();
}

} // namespace

class TestHostileHttp : public QObject
{
    Q_OBJECT

private:
    EmulatorProcess m_emu; // short header deadline
    EmulatorProcess m_capped; // connection cap 4, long deadline

    QString token(EmulatorProcess &emu, const QString &identity)
    {
        Q_UNUSED(emu)
        return m_secret.token(identity);
    }
    QTemporaryDir m_dir;
    TestSecret m_secret { m_dir.path(), "hostile-http-test-secret-41d9e6a02f" };

    QJsonObject health(quint16 port)
    {
        QNetworkAccessManager nam;
        std::unique_ptr<QNetworkReply> reply(
            nam.get(QNetworkRequest(QUrl(u"http://127.0.0.1:%1/health"_s.arg(port)))));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!finished.wait(kWaitMs))
            return {};
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_secret.write());
        QString error;
        QVERIFY2(m_emu.start({ u"--memory"_s, u"--acl"_s, u"open"_s, u"--secret-file"_s,
                                 m_secret.path(), u"--header-timeout-ms"_s, u"400"_s },
                     &error),
            qPrintable(error));
        QVERIFY2(m_capped.start({ u"--memory"_s, u"--acl"_s, u"open"_s, u"--secret-file"_s,
                                    m_secret.path(), u"--max-connections"_s, u"4"_s },
                     &error),
            qPrintable(error));
    }

    void endlessRequestLineIs414()
    {
        RawHttpPeer peer;
        QVERIFY(peer.connectTo(m_emu.port()));
        peer.send("GET /" + QByteArray(64 * 1024, 'a'));
        QCOMPARE(answerAndClose(peer), 414);
    }

    void tenThousandHeadersAre431()
    {
        RawHttpPeer peer;
        QVERIFY(peer.connectTo(m_emu.port()));
        QByteArray request = "GET /health HTTP/1.1\r\nHost: x\r\n";
        for (int i = 0; i < 10000; ++i)
            request += "X-H" + QByteArray::number(i) + ": v\r\n";
        peer.send(request + "\r\n");
        QCOMPARE(answerAndClose(peer), 431);
    }

    void endlessHeaderLineIs431()
    {
        RawHttpPeer peer;
        QVERIFY(peer.connectTo(m_emu.port()));
        peer.send("GET /health HTTP/1.1\r\nX-Long: " + QByteArray(128 * 1024, 'b'));
        QCOMPARE(answerAndClose(peer), 431);
    }

    void hugeContentLengthIs413BeforeTheBody()
    {
        RawHttpPeer peer;
        QVERIFY(peer.connectTo(m_emu.port()));
        peer.send("POST /v1/sync/token HTTP/1.1\r\nHost: x\r\nContent-Length: 10000000000\r\n\r\n");
        // Some body follows; the answer must not wait for 10 GB.
        peer.send(QByteArray(1024 * 1024, 'c'));
        QCOMPARE(answerAndClose(peer), 413);
        QVERIFY(peer.received().contains("\"status\":413"));
    }

    void chunkedBodyIs411()
    {
        RawHttpPeer peer;
        QVERIFY(peer.connectTo(m_emu.port()));
        peer.send("POST /v1/sync/token HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                  "10000\r\n"
            + QByteArray(65536, 'd'));
        QCOMPARE(answerAndClose(peer), 411);
    }

    void legalRequestsStillWork()
    {
        // Two requests on one kept-alive connection, then a WebSocket on the same port.
        RawHttpPeer peer;
        QVERIFY(peer.connectTo(m_emu.port()));
        peer.send(
            "GET /health HTTP/1.1\r\nHost: x\r\n\r\nGET /nothing HTTP/1.1\r\nHost: x\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(peer.received().count("HTTP/1.1 ") == 2, kWaitMs);
        QVERIFY(peer.received().startsWith("HTTP/1.1 200 OK\r\n"));
        QVERIFY(peer.received().contains("HTTP/1.1 404 Not Found\r\n"));
        QVERIFY(!peer.closed());
        QCOMPARE(health(m_emu.port()).value(u"status"_s).toString(), u"ok"_s);

        TwilsockTestClient client;
        QVERIFY(client.connectAndInit(m_emu.twilsockUrl(), token(m_emu, u"alice"_s)));
    }

    void idleConnectionIsClosed()
    {
        RawHttpPeer peer;
        QVERIFY(peer.connectTo(m_emu.port()));
        QVERIFY(QTest::qWaitFor([&] { return peer.closed(); }, kWaitMs));
        QVERIFY(peer.received().isEmpty()); // nothing was asked, nothing is answered
    }

    void tricklingHeadersAre408()
    {
        RawHttpPeer peer;
        QVERIFY(peer.connectTo(m_emu.port()));
        // One byte every 50 ms of a request that never ends.
        QTimer trickle;
        connect(&trickle, &QTimer::timeout, &peer, [&peer] { peer.send("X"); });
        peer.send("GET /health HTTP/1.1\r\n");
        trickle.start(50);
        QCOMPARE(answerAndClose(peer), 408);
    }

    void slowBodyIs408()
    {
        RawHttpPeer peer;
        QVERIFY(peer.connectTo(m_emu.port()));
        peer.send("POST /v1/sync/token HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{\"id");
        QCOMPARE(answerAndClose(peer), 408);
    }

    void upgradeThatNeverCompletesIsClosed()
    {
        RawHttpPeer peer;
        QVERIFY(peer.connectTo(m_emu.port()));
        peer.send("GET /v3/wsconnect HTTP/1.1\r\nUpgrade: websocket\r\n");
        QCOMPARE(answerAndClose(peer), 408);
    }

    void connectionCapRefusesWith503AndRecovers()
    {
        // Two idle raw sockets and two WebSockets fill the cap of 4.
        auto raw1 = std::make_unique<RawHttpPeer>();
        auto raw2 = std::make_unique<RawHttpPeer>();
        QVERIFY(raw1->connectTo(m_capped.port()));
        QVERIFY(raw2->connectTo(m_capped.port()));
        auto ws1 = std::make_unique<TwilsockTestClient>();
        auto ws2 = std::make_unique<TwilsockTestClient>();
        QVERIFY(ws1->connectAndInit(m_capped.twilsockUrl(), token(m_capped, u"a"_s)));
        QVERIFY(ws2->connectAndInit(m_capped.twilsockUrl(), token(m_capped, u"b"_s)));

        RawHttpPeer refused;
        QVERIFY(refused.connectTo(m_capped.port()));
        QCOMPARE(answerAndClose(refused), 503);
        QVERIFY(refused.received().contains("Too many open connections"));

        // Closing any of them, plain or WebSocket, frees a place.
        raw1.reset();
        ws1.reset();
        ws2.reset();
        QTRY_COMPARE_WITH_TIMEOUT(
            health(m_capped.port()).value(u"connections"_s).toInt(), 0, kWaitMs);
        TwilsockTestClient again;
        QVERIFY(again.connectAndInit(m_capped.twilsockUrl(), token(m_capped, u"c"_s)));
        TwilsockTestClient andAgain;
        QVERIFY2(andAgain.connectAndInit(m_capped.twilsockUrl(), token(m_capped, u"d"_s)),
            m_capped.process().readAllStandardError().constData());
    }
};

QTEST_MAIN(TestHostileHttp)
#include "tst_hostilehttp.moc"
