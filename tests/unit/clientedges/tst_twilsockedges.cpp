// TwilsockChannel edge cases where Twilio's SDKs (JS twilsock, Kotlin twilsock) were read for
// the expected behaviour (docs/client-edge-cases.md): unknown replies and methods, trailing
// bytes, close codes, token updates during the handshake and their refusals, throttling,
// metadata, the watchdog, and a server that only sends garbage.
#include "faketransport.h"
#include "spversion.h"
#include "twilsockchannel_p.h"
#include "websockettransport_p.h"

#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace SpSync;
using namespace Qt::StringLiterals;
using State = ConnectionState::State;

namespace {

SyncTimeouts fastTimeouts()
{
    SyncTimeouts t;
    t.backoffMinMs = 10;
    t.backoffMaxMs = 80;
    return t;
}

QJsonObject reply(const QString &id, const QJsonObject &status)
{
    return QJsonObject { { u"method"_s, u"reply"_s }, { u"id"_s, id }, { u"status"_s, status } };
}

QString jwtFor(const QString &identity)
{
    const auto part = [](const QJsonObject &o) {
        return QString::fromLatin1(
            QJsonDocument(o)
                .toJson(QJsonDocument::Compact)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    };
    return part(QJsonObject { { u"alg"_s, u"HS256"_s } }) + u'.'
        + part(QJsonObject { { u"grants"_s, QJsonObject { { u"identity"_s, identity } } } })
        + u".c2ln"_s;
}

struct Rig
{
    TwilsockChannel channel;
    FakeTransport *transport = nullptr;
    explicit Rig(SyncTimeouts t = fastTimeouts())
    {
        auto ft = std::make_unique<FakeTransport>();
        transport = ft.get();
        channel.setTransport(std::move(ft));
        channel.setTimeouts(t);
        channel.setRandomSource([] { return 0.5; });
    }
    QList<Twilsock::Frame> inits() const { return transport->sentWith(u"init"_s); }
    void open(const QString &token = u"tok-1"_s)
    {
        channel.open(QUrl(u"ws://127.0.0.1:9/v3/wsconnect"_s), token);
    }
    bool waitInits(int n) const
    {
        return QTest::qWaitFor([&] { return inits().size() >= n; }, 3000);
    }
    // Opens, and the server refuses the token in its init reply.
    bool refuseInit()
    {
        open();
        if (!waitInits(1))
            return false;
        transport->inject(reply(inits().first().id(),
            Twilsock::status(401, u"UNAUTHORIZED"_s, u"Invalid Access Token"_s, 20101)));
        return channel.state() == State::Disconnected;
    }
    bool connect(const QJsonObject &initExtra = {}, const QString &token = u"tok-1"_s)
    {
        open(token);
        if (!waitInits(1))
            return false;
        transport->replyOk(inits().last().id(), initExtra);
        return channel.state() == State::Connected;
    }
    QFuture<SyncResult<HttpReply>> get(const QString &path = u"/v3/Documents/A"_s)
    {
        return channel.httpRequest(u"GET"_s, QUrl(u"http://127.0.0.1:9"_s + path));
    }
};

} // namespace

class TestTwilsockEdges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // 1. JS packetinterface processReply and Kotlin handleReplyMessage skip it.
    void lateReplyToUnknownIdIsIgnored()
    {
        SyncTimeouts t = fastTimeouts();
        t.requestMs = 150;
        Rig rig(t);
        QVERIFY(rig.connect());
        QSignalSpy errors(&rig.channel, &TwilsockChannel::errorOccurred);
        auto slow = rig.get(u"/slow"_s);
        QTRY_VERIFY(slow.isFinished()); // timed out and forgotten
        QCOMPARE(error(slow.result()).kind, SyncError::Kind::Timeout);
        auto other = rig.get(u"/other"_s);
        // The late answer to the forgotten request arrives.
        rig.transport->replyHttp(rig.transport->upstream(u"GET"_s, u"/slow"_s).first().id(), 200,
            QJsonObject { { u"late"_s, true } });
        QCOMPARE(rig.channel.state(), State::Connected);
        QCOMPARE(errors.size(), 0);
        QCOMPARE(rig.transport->opened.size(), 1);
        rig.transport->replyHttp(
            rig.transport->upstream(u"GET"_s, u"/other"_s).first().id(), 200, QJsonObject {});
        QTRY_VERIFY(other.isFinished());
        QVERIFY(isOk(other.result()));
        QCOMPARE(value(other.result()).status, 200);
    }

    // 5. JS onIncomingMessage acks every non-reply frame and ignores unknown methods; Kotlin
    // logs "Skipped message with unexpected method".
    void unknownMethodIsAckedAndIgnored()
    {
        Rig rig;
        QVERIFY(rig.connect());
        QSignalSpy errors(&rig.channel, &TwilsockChannel::errorOccurred);
        rig.transport->inject(QJsonObject { { u"method"_s, u"telemetry_config"_s },
            { u"id"_s, u"TMnew"_s }, { u"whatever"_s, 1 } });
        const auto replies = rig.transport->sentWith(u"reply"_s);
        QCOMPARE(replies.size(), 1);
        QCOMPARE(replies.first().id(), u"TMnew"_s);
        QCOMPARE(replies.first().header.value(u"status").toObject().value(u"code").toInt(), 200);
        QCOMPARE(rig.channel.state(), State::Connected);
        QCOMPARE(errors.size(), 0);
        QCOMPARE(rig.transport->opened.size(), 1);
    }

    // 6. JS Parser.parse reads payload_size bytes and ignores the rest.
    void trailingBytesAreToleratedByTheClient()
    {
        Rig rig;
        QVERIFY(rig.connect());
        QSignalSpy notifications(&rig.channel, &TwilsockChannel::notificationReceived);
        QSignalSpy errors(&rig.channel, &TwilsockChannel::errorOccurred);
        const QByteArray frame = Twilsock::encode(
            QJsonObject { { u"method"_s, u"notification"_s }, { u"id"_s, u"TMn"_s },
                { u"message_type"_s, u"twilio.sync.event"_s },
                { u"payload_type"_s, u"application/json"_s } },
            QByteArray(R"({"event_type":"x"})"));
        rig.transport->injectRaw(frame + "\r\n\r\nextra bytes");
        QCOMPARE(errors.size(), 0);
        QCOMPARE(notifications.size(), 1);
        QCOMPARE(
            notifications.first().at(1).toJsonObject().value(u"event_type").toString(), u"x"_s);
        // The codec stays strict by default (the emulator's side).
        QCOMPARE(
            Twilsock::decode(frame + "extra").error, Twilsock::DecodeError::PayloadSizeMismatch);
        QVERIFY(Twilsock::decode(frame + "extra", Twilsock::Trailing::Ignore).ok());
        QVERIFY(Twilsock::decode(frame + "\r\n").ok());
    }

    // 7. JS: 403 falls into "unexpected message ... Try to reconnect"; Kotlin: not in its
    // fatal list (401, 406, 410, 417, 308/51232).
    void serverClose403Reconnects()
    {
        Rig rig;
        QVERIFY(rig.connect());
        QSignalSpy reconnects(&rig.channel, &TwilsockChannel::reconnectScheduled);
        rig.transport->inject(QJsonObject { { u"method"_s, u"close"_s }, { u"id"_s, u"TMc"_s },
            { u"status"_s, Twilsock::status(403, u"FORBIDDEN"_s, u"d"_s, 0) } });
        QCOMPARE(reconnects.size(), 1);
        QCOMPARE(rig.channel.state(), State::Reconnecting);
        QVERIFY(rig.waitInits(2));
        rig.transport->replyOk(rig.inits().last().id());
        QCOMPARE(rig.channel.state(), State::Connected);
    }

    // 9. JS userUpdateToken from "connecting"/"retrying" goes to "connecting" with the new token.
    void tokenUpdateDuringInitRestartsTheAttempt()
    {
        Rig rig;
        rig.open();
        QVERIFY(rig.waitInits(1)); // init sent with tok-1, not answered
        rig.channel.updateToken(u"tok-2"_s);
        QVERIFY(rig.waitInits(2));
        QCOMPARE(rig.inits().last().header.value(u"token").toString(), u"tok-2"_s);
        QCOMPARE(rig.transport->opened.size(), 2);
        rig.transport->replyOk(rig.inits().last().id());
        QCOMPARE(rig.channel.state(), State::Connected);
    }

    void tokenUpdateWhileSocketConnectsUsesTheNewToken()
    {
        Rig rig;
        rig.open(); // the fake connects on the next event loop turn
        rig.channel.updateToken(u"tok-2"_s);
        QVERIFY(rig.waitInits(1));
        QTest::qWait(20);
        QCOMPARE(rig.inits().size(), 1);
        QCOMPARE(rig.inits().first().header.value(u"token").toString(), u"tok-2"_s);
    }

    void anyExplicitUpdateAfterARefusalReconnects()
    {
        Rig rig;
        QVERIFY(rig.refuseInit());
        QVERIFY(rig.channel.lastError().isRefusal());
        // A refresh that returned the very same token: try again with it.
        rig.channel.updateToken(u"tok-1"_s);
        QCOMPARE(rig.channel.state(), State::Connecting);
        QVERIFY(rig.waitInits(2));
        rig.transport->replyOk(rig.inits().last().id());
        QCOMPARE(rig.channel.state(), State::Connected);
    }

    // Closed by the user, a refusal before that no longer counts: a token waits for open().
    void updateAfterCloseDoesNotReconnect()
    {
        Rig rig;
        QVERIFY(rig.refuseInit());
        rig.channel.close();
        rig.channel.updateToken(u"tok-2"_s);
        QCOMPARE(rig.channel.state(), State::Disconnected);
        QCOMPARE(rig.transport->opened.size(), 1);
    }

    // 401/51215 is Twilio's reply to an update for another identity: the connection stays.
    void updateForOtherIdentityKeepsTheConnection()
    {
        Rig rig;
        QVERIFY(rig.connect());
        QSignalSpy errors(&rig.channel, &TwilsockChannel::errorOccurred);
        QSignalSpy reconnects(&rig.channel, &TwilsockChannel::reconnectScheduled);
        rig.channel.updateToken(u"tok-other"_s);
        const QString id = rig.transport->sentWith(u"update"_s).first().id();
        rig.transport->inject(reply(id,
            Twilsock::status(401, u"UNAUTHORIZED"_s,
                u"Can't update token, new token was issued for other identity/instance/product."_s,
                51215)));
        QCOMPARE(rig.channel.state(), State::Connected);
        QCOMPARE(errors.size(), 1);
        const SyncError e = errors.first().first().value<SyncError>();
        QCOMPARE(e.kind, SyncError::Kind::Auth);
        QCOMPARE(e.code, 51215);
        QCOMPARE(reconnects.size(), 0);
        // The connection still runs on the old token, and a reconnect uses it.
        rig.transport->drop();
        QVERIFY(rig.waitInits(2));
        QCOMPARE(rig.inits().last().header.value(u"token").toString(), u"tok-1"_s);
    }

    // 10. JS sendUpdate: anything but 401/403 is updateError -> "error" -> reconnect.
    void updateErrorReconnectsWithTheNewToken_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("delay");
        QTest::newRow("500") << 500 << 10;
        QTest::newRow("429 with backoff") << 429 << 60;
    }
    void updateErrorReconnectsWithTheNewToken()
    {
        QFETCH(int, code);
        QFETCH(int, delay);
        Rig rig;
        QVERIFY(rig.connect());
        QSignalSpy reconnects(&rig.channel, &TwilsockChannel::reconnectScheduled);
        rig.channel.updateToken(u"tok-2"_s);
        const QString id = rig.transport->sentWith(u"update"_s).first().id();
        rig.transport->inject(reply(id, Twilsock::status(code, u"X"_s)),
            QByteArray(R"({"backoff_policy":{"reconnect_min_ms":60,"reconnect_max_ms":70}})"));
        QCOMPARE(reconnects.size(), 1);
        QCOMPARE(reconnects.first().at(1).toInt(), delay);
        QVERIFY(rig.waitInits(2));
        QCOMPARE(rig.inits().last().header.value(u"token").toString(), u"tok-2"_s);
    }

    // 10. Kotlin handleReplyMessage: 429 -> Throttling for a random [min, max) wait, then
    // the pending requests go out; the connection stays up.
    void twilsock429PausesRequests()
    {
        Rig rig;
        QVERIFY(rig.connect());
        auto first = rig.get(u"/a"_s);
        rig.transport->inject(reply(rig.transport->upstream(u"GET"_s, u"/a"_s).first().id(),
                                  Twilsock::status(429, u"TOO_MANY_REQUESTS"_s, {}, 51202)),
            QByteArray(R"({"backoff_policy":{"reconnect_min_ms":300,"reconnect_max_ms":300}})"));
        QTRY_VERIFY(first.isFinished());
        QCOMPARE(error(first.result()).kind, SyncError::Kind::RateLimited);
        QCOMPARE(rig.channel.state(), State::Connected);
        auto second = rig.get(u"/b"_s);
        QTest::qWait(100);
        QVERIFY(rig.transport->upstream(u"GET"_s, u"/b"_s).isEmpty()); // held back
        QTRY_COMPARE(rig.transport->upstream(u"GET"_s, u"/b"_s).size(), 1);
        QCOMPARE(rig.transport->opened.size(), 1);
    }

    // 11 and 3: Kotlin asks for exactly client_update and account_descriptor.
    void initAdvertisesOnlyWhatIsImplemented()
    {
        Rig rig;
        QVERIFY(rig.connect());
        const QJsonObject h = rig.inits().first().header;
        QCOMPARE(h.value(u"capabilities").toArray(),
            (QJsonArray { u"client_update"_s, u"account_descriptor"_s }));
        const QJsonObject meta = h.value(u"metadata").toObject();
        QCOMPARE(meta.value(u"sdk").toString(), u"sp-proctor-qt"_s);
        QCOMPARE(meta.value(u"sdkv").toString(), QStringLiteral(SP_VERSION_STRING));
        QCOMPARE(meta.value(u"ver").toString(), QStringLiteral(SP_VERSION_STRING));
        QCOMPARE(meta.value(u"type").toString(), u"sync"_s);
    }

    // 3. Without an account_descriptor the identity comes from the token's grants.
    void identityFromTokenWithoutAccountDescriptor()
    {
        Rig rig;
        QVERIFY(rig.connect({}, jwtFor(u"ESabc"_s)));
        QCOMPARE(rig.channel.identity(), u"ESabc"_s);
        Rig described;
        QVERIFY(described.connect(
            QJsonObject { { u"account_descriptor"_s, QJsonObject { { u"identity"_s, u"x"_s } } } },
            jwtFor(u"ESabc"_s)));
        QCOMPARE(described.channel.identity(), u"x"_s);
    }

    // Issue 13: a server backoff is clamped to our own maximum.
    void hugeServerBackoffIsClamped()
    {
        Rig rig;
        QVERIFY(rig.connect());
        QSignalSpy reconnects(&rig.channel, &TwilsockChannel::reconnectScheduled);
        rig.transport->inject(QJsonObject { { u"method"_s, u"close"_s }, { u"id"_s, u"TMc"_s },
                                  { u"status"_s, Twilsock::status(308, u"OFFLOAD"_s) } },
            QByteArray(R"({"backoff_policy":{"reconnect_min_ms":1e15}})"));
        QCOMPARE(reconnects.size(), 1);
        QCOMPARE(reconnects.first().at(1).toInt(), 60000);
    }

    // Issue 13: the same garbage on every connection ends in Protocol, with its cause.
    void repeatedGarbageStopsWithProtocol_data()
    {
        QTest::addColumn<QByteArray>("garbage");
        QTest::addColumn<QString>("cause");
        QTest::newRow("bad preamble") << QByteArray("HELLO") << u"malformed frame"_s;
        QTest::newRow("empty") << QByteArray() << u"malformed frame"_s;
        QTest::newRow("close status string") << Twilsock::encode(QJsonObject {
            { u"method"_s, u"close"_s }, { u"id"_s, u"TMc"_s }, { u"status"_s, u"bye"_s } })
                                             << u"close without a valid status"_s;
    }
    void repeatedGarbageStopsWithProtocol()
    {
        QFETCH(QByteArray, garbage);
        QFETCH(QString, cause);
        Rig rig;
        QSignalSpy states(&rig.channel, &TwilsockChannel::stateChanged);
        rig.open();
        for (int i = 1; i <= 3; ++i) {
            QVERIFY(rig.waitInits(i));
            rig.transport->replyOk(rig.inits().last().id());
            rig.transport->injectRaw(garbage);
        }
        QCOMPARE(rig.channel.state(), State::Disconnected);
        QCOMPARE(rig.channel.lastError().kind, SyncError::Kind::Protocol);
        QVERIFY2(rig.channel.lastError().message.contains(cause),
            qPrintable(rig.channel.lastError().message));
        QTest::qWait(200); // long enough for several 10-80 ms reconnects
        QCOMPARE(rig.transport->opened.size(), 3);
    }

    void initReplyWithoutStatusIsAProtocolError()
    {
        Rig rig;
        QSignalSpy errors(&rig.channel, &TwilsockChannel::errorOccurred);
        rig.open();
        QVERIFY(rig.waitInits(1));
        rig.transport->inject(
            QJsonObject { { u"method"_s, u"reply"_s }, { u"id"_s, rig.inits().first().id() } });
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().first().value<SyncError>().kind, SyncError::Kind::Protocol);
        QCOMPARE(rig.channel.state(), State::Reconnecting);
    }

    // 13. Kotlin restarts its 45 s watchdog in onMessageReceived, which its transports call for
    // binary messages only (WebSocket pings are answered inside the WebSocket library), and JS
    // has no watchdog: WebSocket pings do not count as traffic.
    void webSocketPingsDoNotFeedTheWatchdog()
    {
        QWebSocketServer server(u"fake"_s, QWebSocketServer::NonSecureMode);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QTimer pinger;
        QPointer<QWebSocket> peer;
        QObject::connect(&server, &QWebSocketServer::newConnection, &server, [&] {
            peer = server.nextPendingConnection();
            peer->setParent(&server); // each reconnect's socket, freed with the server
            QObject::connect(
                peer, &QWebSocket::binaryMessageReceived, peer, [&](const QByteArray &m) {
                    const Twilsock::Frame f = Twilsock::decode(m).frame;
                    if (f.method() == u"init")
                        peer->sendBinaryMessage(
                            Twilsock::encode(reply(f.id(), Twilsock::status(200, u"OK"_s))));
                });
            QObject::connect(&pinger, &QTimer::timeout, peer, [&] { peer->ping(); });
            pinger.start(50);
        });
        SyncTimeouts t = fastTimeouts();
        t.watchdogMs = 500;
        TwilsockChannel channel;
        channel.setTransport(std::make_unique<WebSocketTransport>());
        channel.setTimeouts(t);
        QSignalSpy errors(&channel, &TwilsockChannel::errorOccurred);
        channel.open(QUrl(u"ws://127.0.0.1:%1/v3/wsconnect"_s.arg(server.serverPort())), u"t"_s);
        QTRY_COMPARE(channel.state(), State::Connected);
        QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 5000);
        const SyncError e = errors.first().first().value<SyncError>();
        QCOMPARE(e.kind, SyncError::Kind::Timeout);
        QVERIFY2(e.message.contains(u"no traffic"_s), qPrintable(e.message));
        channel.close();
    }
};

QTEST_GUILESS_MAIN(TestTwilsockEdges)
#include "tst_twilsockedges.moc"
