// TwilsockChannel state machine against a FakeTransport: init, acks, ping, token update,
// close codes, watchdog, reconnect/backoff, request queueing and timeouts, bad server input.
#include "faketransport.h"
#include "twilsockchannel_p.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace SpSync;
using State = ConnectionState::State;

class TestTwilsockChannel : public QObject
{
    Q_OBJECT

    struct Rig
    {
        TwilsockChannel channel;
        FakeTransport *transport = nullptr;
        Rig(SyncTimeouts t = fastTimeouts())
        {
            auto ft = std::make_unique<FakeTransport>();
            transport = ft.get();
            channel.setTransport(std::move(ft));
            channel.setTimeouts(t);
            channel.setRandomSource([] { return 0.5; }); // no jitter
        }
        // Opens and answers init; returns when Connected.
        bool connect(const QJsonObject &initExtra = {})
        {
            channel.open(QUrl(u"ws://127.0.0.1:9/v3/wsconnect"_s), u"tok-1"_s);
            if (!QTest::qWaitFor([&] { return !transport->sentWith(u"init"_s).isEmpty(); }, 2000))
                return false;
            transport->replyOk(transport->sentWith(u"init"_s).last().id(), initExtra);
            return channel.state() == State::Connected;
        }
    };

    static SyncTimeouts fastTimeouts()
    {
        SyncTimeouts t;
        t.backoffMinMs = 10;
        t.backoffMaxMs = 80;
        return t;
    }
    static QJsonObject close(int code, int errorCode)
    {
        return QJsonObject { { u"method"_s, u"close"_s }, { u"id"_s, u"TMclose"_s },
            { u"status"_s, Twilsock::status(code, u"X"_s, u"d"_s, errorCode) } };
    }

private Q_SLOTS:
    void initFrameLikeJsClient()
    {
        Rig rig;
        QSignalSpy states(&rig.channel, &TwilsockChannel::stateChanged);
        QVERIFY(rig.connect(QJsonObject { { u"continuation_token"_s, u"ct-1"_s },
            { u"account_descriptor"_s, QJsonObject { { u"identity"_s, u"alice"_s } } } }));
        const Twilsock::Frame init = rig.transport->sentWith(u"init"_s).first();
        QCOMPARE(init.header.value(u"token").toString(), u"tok-1"_s);
        QVERIFY(init.header.value(u"continuation_token").isNull());
        QCOMPARE(init.header.value(u"capabilities").toArray(),
            (QJsonArray { u"client_update"_s, u"account_descriptor"_s }));
        const QJsonObject reg = init.header.value(u"registrations").toArray().first().toObject();
        QCOMPARE(reg.value(u"product").toString(), u"data_sync"_s);
        QCOMPARE(reg.value(u"message_types").toArray().size(), 4);
        QVERIFY(init.header.contains(u"tweaks"));
        QCOMPARE(init.header.value(u"metadata").toObject().value(u"type").toString(), u"sync"_s);
        QCOMPARE(rig.channel.identity(), u"alice"_s);
        QCOMPARE(rig.channel.continuationToken(), u"ct-1"_s);
        QCOMPARE(states.size(), 2);
        QCOMPARE(states.at(0).at(0).value<State>(), State::Connecting);
        QCOMPARE(states.at(1).at(0).value<State>(), State::Connected);
    }

    void acksEveryServerFrame_data()
    {
        QTest::addColumn<QJsonObject>("header");
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("ping") << QJsonObject { { u"method"_s, u"ping"_s }, { u"id"_s, u"TMx"_s } }
                              << QByteArray();
        QTest::newRow("client_update") << QJsonObject { { u"method"_s, u"client_update"_s },
            { u"id"_s, u"TMx"_s }, { u"client_update_type"_s, u"other"_s } }
                                       << QByteArray();
        QTest::newRow("notification") << QJsonObject { { u"method"_s, u"notification"_s },
            { u"id"_s, u"TMx"_s }, { u"message_type"_s, u"twilio.sync.event"_s },
            { u"payload_type"_s, u"application/json"_s } }
                                      << QByteArray("{\"event_type\":\"x\"}");
        QTest::newRow("close 500") << QJsonObject { { u"method"_s, u"close"_s },
            { u"id"_s, u"TMx"_s }, { u"status"_s, Twilsock::status(500, u"E"_s) } }
                                   << QByteArray();
    }
    void acksEveryServerFrame()
    {
        QFETCH(QJsonObject, header);
        QFETCH(QByteArray, payload);
        Rig rig;
        QVERIFY(rig.connect());
        rig.transport->inject(header, payload);
        const auto replies = rig.transport->sentWith(u"reply"_s);
        QCOMPARE(replies.size(), 1);
        QCOMPARE(replies.first().id(), u"TMx"_s);
        QCOMPARE(replies.first().header.value(u"status").toObject().value(u"code").toInt(), 200);
    }

    void tokenAboutToExpireIsSignalled()
    {
        Rig rig;
        QVERIFY(rig.connect());
        QSignalSpy spy(&rig.channel, &TwilsockChannel::tokenAboutToExpire);
        rig.transport->inject(QJsonObject { { u"method"_s, u"client_update"_s },
            { u"id"_s, u"TMu"_s }, { u"client_update_type"_s, u"token_about_to_expire"_s } });
        QCOMPARE(spy.size(), 1);
    }

    void updateTokenWithoutReconnect()
    {
        Rig rig;
        QVERIFY(rig.connect());
        rig.channel.updateToken(u"tok-1"_s); // identical: skipped
        QVERIFY(rig.transport->sentWith(u"update"_s).isEmpty());
        rig.channel.updateToken(u"tok-2"_s);
        const auto updates = rig.transport->sentWith(u"update"_s);
        QCOMPARE(updates.size(), 1);
        QCOMPARE(updates.first().header.value(u"token").toString(), u"tok-2"_s);
        rig.transport->replyOk(updates.first().id());
        QCOMPARE(rig.channel.state(), State::Connected);
        QCOMPARE(rig.transport->opened.size(), 1);
    }

    void rejectedUpdateIsTerminal()
    {
        Rig rig;
        QVERIFY(rig.connect());
        QSignalSpy expired(&rig.channel, &TwilsockChannel::tokenExpired);
        // Whoever sees the new state can already read why from lastError().
        int codeWhenDisconnected = 0;
        QObject::connect(&rig.channel, &TwilsockChannel::stateChanged, &rig.channel, [&](State s) {
            if (s == State::Disconnected)
                codeWhenDisconnected = rig.channel.lastError().code;
        });
        rig.channel.updateToken(u"tok-2"_s);
        const QString id = rig.transport->sentWith(u"update"_s).first().id();
        rig.transport->inject(QJsonObject { { u"method"_s, u"reply"_s }, { u"id"_s, id },
            { u"status"_s, Twilsock::status(401, u"UNAUTHORIZED"_s, u"expired"_s, 20104) } });
        // A refusal is not a state of its own: Disconnected, and the error says why.
        QCOMPARE(rig.channel.state(), State::Disconnected);
        QCOMPARE(rig.channel.lastError().kind, SyncError::Kind::Auth);
        QVERIFY(rig.channel.lastError().isRefusal());
        QCOMPARE(rig.channel.lastError().code, 20104);
        QCOMPARE(codeWhenDisconnected, 20104);
        QCOMPARE(expired.size(), 1);
    }

    void closeCodes_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("errorCode");
        QTest::addColumn<bool>("terminal");
        QTest::addColumn<State>("finalState");
        QTest::addColumn<bool>("expired");
        QTest::addColumn<bool>("refusal"); // lastError() is Auth or Denied
        QTest::newRow("401") << 401 << 20101 << true << State::Disconnected << false << true;
        QTest::newRow("403") << 403 << 0 << false << State::Connected << false << false;
        QTest::newRow("406") << 406 << 51214 << true << State::Disconnected << false << false;
        QTest::newRow("410 expired") << 410 << 51207 << true << State::Disconnected << true << true;
        // Whatever code the server adds, a refusal reads as one.
        QTest::newRow("410 bare") << 410 << 0 << true << State::Disconnected << true << true;
        QTest::newRow("401 54009") << 401 << 54009 << true << State::Disconnected << false << true;
        QTest::newRow("417") << 417 << 0 << true << State::Disconnected << false << false;
        QTest::newRow("308 51232") << 308 << 51232 << true << State::Disconnected << false << true;
        QTest::newRow("308 offload") << 308 << 0 << false << State::Connected << false << false;
        QTest::newRow("500") << 500 << 0 << false << State::Connected << false << false;
    }
    void closeCodes()
    {
        QFETCH(int, code);
        QFETCH(int, errorCode);
        QFETCH(bool, terminal);
        QFETCH(State, finalState);
        QFETCH(bool, expired);
        QFETCH(bool, refusal);
        Rig rig;
        QVERIFY(rig.connect());
        QSignalSpy expiredSpy(&rig.channel, &TwilsockChannel::tokenExpired);
        QSignalSpy reconnects(&rig.channel, &TwilsockChannel::reconnectScheduled);
        rig.transport->inject(close(code, errorCode));
        // The close is acked first.
        QCOMPARE(rig.transport->sentWith(u"reply"_s).last().id(), u"TMclose"_s);
        if (terminal) {
            QCOMPARE(rig.channel.state(), finalState);
            QCOMPARE(rig.channel.lastError().isRefusal(), refusal);
            QTest::qWait(100); // would be long enough for a 10 ms reconnect
            QCOMPARE(reconnects.size(), 0);
            QCOMPARE(rig.transport->opened.size(), 1);
        } else {
            QCOMPARE(reconnects.size(), 1);
            QTRY_COMPARE(rig.transport->sentWith(u"init"_s).size(), 2);
            rig.transport->replyOk(rig.transport->sentWith(u"init"_s).last().id());
            QCOMPARE(rig.channel.state(), finalState);
        }
        QCOMPARE(expiredSpy.size(), expired ? 1 : 0);
    }

    void watchdogReconnects()
    {
        SyncTimeouts t = fastTimeouts();
        t.watchdogMs = 600;
        Rig rig(t);
        QVERIFY(rig.connect());
        QSignalSpy errors(&rig.channel, &TwilsockChannel::errorOccurred);
        // Traffic keeps it alive...
        for (int i = 0; i < 3; ++i) {
            QTest::qWait(100);
            rig.transport->inject(
                QJsonObject { { u"method"_s, u"ping"_s }, { u"id"_s, u"TMp"_s } });
        }
        QCOMPARE(errors.size(), 0);
        // ...silence does not.
        QTRY_COMPARE(errors.size(), 1);
        QCOMPARE(errors.first().first().value<SyncError>().kind, SyncError::Kind::Timeout);
        QTRY_COMPARE(rig.transport->opened.size(), 2);
    }

    void reconnectSendsContinuationToken()
    {
        Rig rig;
        QVERIFY(rig.connect(QJsonObject { { u"continuation_token"_s, u"ct-9"_s } }));
        QSignalSpy reconnects(&rig.channel, &TwilsockChannel::reconnectScheduled);
        rig.transport->drop();
        QCOMPARE(rig.channel.state(), State::Reconnecting);
        QCOMPARE(reconnects.size(), 1);
        QCOMPARE(reconnects.first().at(0).toInt(), 1);
        QCOMPARE(reconnects.first().at(1).toInt(), 10);
        QTRY_COMPARE(rig.transport->sentWith(u"init"_s).size(), 2);
        QCOMPARE(rig.transport->sentWith(u"init"_s)
                     .last()
                     .header.value(u"continuation_token")
                     .toString(),
            u"ct-9"_s);
    }

    void backoffGrowsAndResets()
    {
        Rig rig;
        rig.transport->autoConnect = false;
        QSignalSpy reconnects(&rig.channel, &TwilsockChannel::reconnectScheduled);
        rig.channel.open(QUrl(u"ws://127.0.0.1:9/x"_s), u"tok"_s);
        QTRY_VERIFY_WITH_TIMEOUT(reconnects.size() >= 6, 5000);
        QList<int> delays;
        for (int i = 0; i < 6; ++i)
            delays << reconnects.at(i).at(1).toInt();
        QCOMPARE(delays, (QList<int> { 10, 20, 40, 80, 80, 80 }));
        rig.transport->autoConnect = true;
        QTRY_VERIFY(!rig.transport->sentWith(u"init"_s).isEmpty());
        rig.transport->replyOk(rig.transport->sentWith(u"init"_s).last().id());
        QCOMPARE(rig.channel.failedAttempts(), 0);
        reconnects.clear();
        rig.transport->drop();
        QCOMPARE(reconnects.first().at(1).toInt(), 10);
    }

    void throttledInitRaisesBackoff()
    {
        Rig rig;
        QSignalSpy reconnects(&rig.channel, &TwilsockChannel::reconnectScheduled);
        rig.channel.open(QUrl(u"ws://127.0.0.1:9/x"_s), u"tok"_s);
        QTRY_VERIFY(!rig.transport->sentWith(u"init"_s).isEmpty());
        rig.transport->inject(
            QJsonObject { { u"method"_s, u"reply"_s },
                { u"id"_s, rig.transport->sentWith(u"init"_s).first().id() },
                { u"status"_s, Twilsock::status(429, u"TOO_MANY_REQUESTS"_s, {}, 51202) } },
            QByteArray("{\"backoff_policy\":{\"reconnect_min_ms\":300,\"reconnect_max_ms\":600}}"));
        QCOMPARE(reconnects.size(), 1);
        QCOMPARE(reconnects.first().at(1).toInt(), 300);
        QCOMPARE(rig.channel.state(), State::Reconnecting);
    }

    void requestWaitsForConnection()
    {
        Rig rig;
        rig.channel.open(QUrl(u"ws://127.0.0.1:9/x"_s), u"tok"_s);
        auto future
            = rig.channel.httpRequest(u"GET"_s, QUrl(u"http://127.0.0.1:9/v3/Documents/A?x=1"_s));
        QTRY_VERIFY(!rig.transport->sentWith(u"init"_s).isEmpty());
        QVERIFY(rig.transport->sentWith(u"message"_s).isEmpty());
        rig.transport->replyOk(rig.transport->sentWith(u"init"_s).first().id());
        const auto messages = rig.transport->sentWith(u"message"_s);
        QCOMPARE(messages.size(), 1);
        const QJsonObject req = messages.first().header.value(u"http_request").toObject();
        QCOMPARE(req.value(u"host").toString(), u"127.0.0.1:9"_s);
        QCOMPARE(req.value(u"path").toString(), u"/v3/Documents/A"_s);
        QCOMPARE(req.value(u"params").toObject().value(u"x").toString(), u"1"_s);
        QCOMPARE(messages.first().header.value(u"active_grant").toString(), u"data_sync"_s);
        rig.transport->replyHttp(messages.first().id(), 404, QJsonObject { { u"code"_s, 54100 } });
        QTRY_VERIFY(future.isFinished());
        const auto r = future.result();
        QVERIFY(isOk(r));
        QCOMPARE(value(r).status, 404);
    }

    // A code that only fits in 64 bits must not wrap into the 2xx range (2^32 + 200 as an
    // int is 200); out of range is a protocol error, whatever its low bits say.
    void httpStatusIsNotNarrowed_data()
    {
        QTest::addColumn<qint64>("code");
        QTest::newRow("2^32 + 200") << (Q_INT64_C(1) << 32) + 200;
        QTest::newRow("2^31 + 200") << (Q_INT64_C(1) << 31) + 200;
        QTest::newRow("-2^32 + 200") << -(Q_INT64_C(1) << 32) + 200;
    }
    void httpStatusIsNotNarrowed()
    {
        QFETCH(qint64, code);
        Rig rig;
        QVERIFY(rig.connect());
        auto future = rig.channel.httpRequest(u"GET"_s, QUrl(u"http://127.0.0.1:9/a"_s));
        const auto messages = rig.transport->sentWith(u"message"_s);
        QCOMPARE(messages.size(), 1);
        rig.transport->inject(
            QJsonObject { { u"method"_s, u"reply"_s }, { u"id"_s, messages.first().id() },
                { u"status"_s, Twilsock::status(200, u"OK"_s) },
                { u"http_status"_s, QJsonObject { { u"code"_s, code }, { u"status"_s, u"OK"_s } } },
                { u"payload_type"_s, u"application/json"_s } },
            "{}");
        QTRY_VERIFY(future.isFinished());
        QVERIFY(!isOk(future.result()));
        QCOMPARE(error(future.result()).kind, SyncError::Kind::Protocol);
        QCOMPARE(rig.channel.state(), State::Connected);
    }

    void queuedRequestTimesOut()
    {
        SyncTimeouts t = fastTimeouts();
        t.queueMs = 600;
        Rig rig(t);
        rig.transport->autoConnect = false;
        rig.channel.open(QUrl(u"ws://127.0.0.1:9/x"_s), u"tok"_s);
        auto future = rig.channel.httpRequest(u"GET"_s, QUrl(u"http://127.0.0.1:9/a"_s));
        QTest::qWait(50);
        QVERIFY(!future.isFinished());
        QTRY_VERIFY(future.isFinished());
        QCOMPARE(error(future.result()).kind, SyncError::Kind::Timeout);
    }

    void sentRequestTimesOut()
    {
        SyncTimeouts t = fastTimeouts();
        t.requestMs = 150;
        Rig rig(t);
        QVERIFY(rig.connect());
        auto future = rig.channel.httpRequest(u"GET"_s, QUrl(u"http://127.0.0.1:9/a"_s));
        QTRY_VERIFY(future.isFinished());
        QCOMPARE(error(future.result()).kind, SyncError::Kind::Timeout);
        QCOMPARE(rig.channel.state(), State::Connected);
    }

    void lostConnectionFailsInFlight()
    {
        Rig rig;
        QVERIFY(rig.connect());
        auto future = rig.channel.httpRequest(u"GET"_s, QUrl(u"http://127.0.0.1:9/a"_s));
        rig.transport->drop();
        QTRY_VERIFY(future.isFinished());
        QCOMPARE(error(future.result()).kind, SyncError::Kind::Transport);
    }

    void requestWhileDisconnectedFailsAtOnce()
    {
        Rig rig;
        auto future = rig.channel.httpRequest(u"GET"_s, QUrl(u"http://127.0.0.1:9/a"_s));
        QVERIFY(future.isFinished());
        QCOMPARE(error(future.result()).kind, SyncError::Kind::Transport);
    }

    void deniedInitFailsQueued()
    {
        Rig rig;
        rig.channel.open(QUrl(u"ws://127.0.0.1:9/x"_s), u"tok"_s);
        auto future = rig.channel.httpRequest(u"GET"_s, QUrl(u"http://127.0.0.1:9/a"_s));
        QTRY_VERIFY(!rig.transport->sentWith(u"init"_s).isEmpty());
        rig.transport->inject(QJsonObject { { u"method"_s, u"reply"_s },
            { u"id"_s, rig.transport->sentWith(u"init"_s).first().id() },
            { u"status"_s,
                Twilsock::status(401, u"UNAUTHORIZED"_s, u"Invalid Access Token"_s, 20101) } });
        QCOMPARE(rig.channel.state(), State::Disconnected);
        QTRY_VERIFY(future.isFinished());
        QCOMPARE(error(future.result()).kind, SyncError::Kind::Auth);
        QCOMPARE(error(future.result()).code, 20101);
    }

    void refusesPlainWsToRemoteHost()
    {
        Rig rig;
        QSignalSpy errors(&rig.channel, &TwilsockChannel::errorOccurred);
        rig.channel.open(QUrl(u"ws://example.com/v3/wsconnect"_s), u"tok"_s);
        QCOMPARE(rig.channel.state(), State::Disconnected);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().first().value<SyncError>().kind, SyncError::Kind::InvalidInput);
        QVERIFY(rig.transport->opened.isEmpty());
    }

    void badServerInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("text");
        QTest::newRow("garbage") << QByteArray("hello world") << false;
        QTest::newRow("truncated header")
            << QByteArray("TWILSOCK V3.0 500\r\n{\"method\":") << false;
        QTest::newRow("header not json") << QByteArray("TWILSOCK V3.0 5\r\nabcde\r\n") << false;
        QTest::newRow("text frame") << QByteArray("TWILSOCK V3.0") << true;
    }
    void badServerInput()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, text);
        Rig rig;
        QVERIFY(rig.connect());
        QSignalSpy errors(&rig.channel, &TwilsockChannel::errorOccurred);
        if (text)
            Q_EMIT rig.transport->textReceived(QString::fromLatin1(bytes));
        else
            rig.transport->injectRaw(bytes);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().first().value<SyncError>().kind, SyncError::Kind::Protocol);
        QCOMPARE(rig.channel.state(), State::Reconnecting);
        QTRY_COMPARE(rig.transport->sentWith(u"init"_s).size(), 2);
        rig.transport->replyOk(rig.transport->sentWith(u"init"_s).last().id());
        QCOMPARE(rig.channel.state(), State::Connected);
    }

    // An event the parser cannot read is reported, acknowledged, and the link stays: a reconnect
    // would only bring the same event again.
    void unreadableNotificationKeepsTheLink()
    {
        Rig rig;
        QVERIFY(rig.connect());
        QSignalSpy errors(&rig.channel, &TwilsockChannel::errorOccurred);
        QSignalSpy unreadable(&rig.channel, &TwilsockChannel::unreadableNotification);
        rig.transport->inject(
            QJsonObject { { u"method"_s, u"notification"_s }, { u"id"_s, u"TM2"_s },
                { u"message_type"_s, u"twilio.sync.event"_s } },
            QByteArray("{not json"));
        QCOMPARE(unreadable.size(), 1);
        QCOMPARE(unreadable.first().at(0).toString(), u"twilio.sync.event"_s);
        QCOMPARE(unreadable.first().at(1).toByteArray(), QByteArray("{not json"));
        QCOMPARE(errors.size(), 0);
        QCOMPARE(rig.channel.state(), State::Connected);
        QCOMPARE(rig.transport->closes, 0);
        QCOMPARE(rig.transport->sentWith(u"reply"_s).last().id(), u"TM2"_s);
    }

    void mutatedFramesNeverCrash()
    {
        Rig rig;
        QVERIFY(rig.connect());
        const QByteArray valid = Twilsock::encode(
            QJsonObject { { u"method"_s, u"notification"_s }, { u"id"_s, u"TMf"_s },
                { u"message_type"_s, u"com.twilio.rtd.cds.document"_s },
                { u"payload_type"_s, u"application/json"_s } },
            QByteArray("{\"event_type\":\"document_updated\",\"event\":{\"id\":1}}"));
        QRandomGenerator rng(42);
        for (int i = 0; i < 300; ++i) {
            QByteArray bytes = valid;
            const int edits = 1 + rng.bounded(4);
            for (int e = 0; e < edits; ++e)
                bytes[rng.bounded(int(bytes.size()))] = char(rng.bounded(256));
            if (rng.bounded(4) == 0)
                bytes.truncate(rng.bounded(int(bytes.size())));
            if (rig.channel.state() == State::Disconnected) // gave up on a garbage server
                rig.channel.open(QUrl(u"ws://127.0.0.1:9/x"_s), u"tok"_s);
            if (!rig.transport->isOpen) {
                const int inits = rig.transport->sentWith(u"init"_s).size();
                QVERIFY(QTest::qWaitFor(
                    [&] { return rig.transport->sentWith(u"init"_s).size() > inits; }, 2000));
                rig.transport->replyOk(rig.transport->sentWith(u"init"_s).last().id());
            }
            rig.transport->injectRaw(bytes);
        }
        // Still able to work afterwards.
        if (rig.channel.state() == State::Disconnected)
            rig.channel.open(QUrl(u"ws://127.0.0.1:9/x"_s), u"tok"_s);
        if (rig.channel.state() != State::Connected) {
            QTRY_VERIFY(rig.transport->isOpen);
            rig.transport->replyOk(rig.transport->sentWith(u"init"_s).last().id());
        }
        QCOMPARE(rig.channel.state(), State::Connected);
    }

    void wireLogsNeverShowTokens()
    {
        static QStringList lines;
        lines.clear();
        // A filter, not setFilterRules: QT_LOGGING_RULES from the environment (test.sh sets
        // "*.debug=false") would override rules but not a filter.
        static QLoggingCategory::CategoryFilter previousFilter = nullptr;
        previousFilter = QLoggingCategory::installFilter([](QLoggingCategory *category) {
            if (previousFilter)
                previousFilter(category);
            if (qstrncmp(category->categoryName(), "syncclient.", 11) == 0)
                category->setEnabled(QtDebugMsg, true);
        });
        const QtMessageHandler old = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &, const QString &msg) { lines << msg; });
        const QString jwt = u"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJlLXNlY3JldA"_s;
        {
            Rig rig;
            rig.channel.open(QUrl(u"ws://127.0.0.1:9/x"_s), jwt);
            QTRY_VERIFY(!rig.transport->sentWith(u"init"_s).isEmpty());
            rig.transport->replyOk(rig.transport->sentWith(u"init"_s).first().id());
            rig.channel.updateToken(u"plain-secret-token-42"_s);
        }
        qInstallMessageHandler(old);
        QLoggingCategory::installFilter(previousFilter);
        QVERIFY(lines.size() >= 3); // the wire was logged...
        for (const QString &line : std::as_const(lines)) {
            QVERIFY2(!line.contains(jwt), qPrintable(line)); // ...without the tokens
            QVERIFY2(!line.contains(u"plain-secret-token-42"_s), qPrintable(line));
        }
    }

    void closeByClient()
    {
        Rig rig;
        QVERIFY(rig.connect());
        rig.channel.close();
        QCOMPARE(rig.channel.state(), State::Disconnected);
        QCOMPARE(rig.transport->sentWith(u"close"_s).size(), 1);
        QTest::qWait(50);
        QCOMPARE(rig.transport->opened.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTwilsockChannel)
#include "tst_twilsockchannel.moc"
