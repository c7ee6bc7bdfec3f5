// TwilsockChannel state machine against a FakeTransport: init, acks, ping, token update,
// close codes, watchdog, reconnect/backoff, request queueing and timeouts, bad server input.
#include "faketransport.h"
#include "twilsockchannel.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace SpSync;
using State = SyncConnection::State;

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
            channel.open(
                QUrl(QStringLiteral("ws://127.0.0.1:9/v3/wsconnect")), QStringLiteral("tok-1"));
            if (!QTest::qWaitFor(
                    [&] { return !transport->sentWith(QStringLiteral("init")).isEmpty(); }, 2000))
                return false;
            transport->replyOk(transport->sentWith(QStringLiteral("init")).last().id(), initExtra);
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
        return QJsonObject { { QStringLiteral("method"), QStringLiteral("close") },
            { QStringLiteral("id"), QStringLiteral("TMclose") },
            { QStringLiteral("status"),
                Twilsock::status(code, QStringLiteral("X"), QStringLiteral("d"), errorCode) } };
    }

private Q_SLOTS:
    void initFrameLikeJsClient()
    {
        Rig rig;
        QSignalSpy states(&rig.channel, &TwilsockChannel::stateChanged);
        QVERIFY(rig.connect(
            QJsonObject { { QStringLiteral("continuation_token"), QStringLiteral("ct-1") },
                { QStringLiteral("account_descriptor"),
                    QJsonObject { { QStringLiteral("identity"), QStringLiteral("alice") } } } }));
        const Twilsock::Frame init = rig.transport->sentWith(QStringLiteral("init")).first();
        QCOMPARE(init.header.value(u"token").toString(), QStringLiteral("tok-1"));
        QVERIFY(init.header.value(u"continuation_token").isNull());
        QCOMPARE(init.header.value(u"capabilities").toArray(),
            (QJsonArray { QStringLiteral("client_update"), QStringLiteral("account_descriptor") }));
        const QJsonObject reg = init.header.value(u"registrations").toArray().first().toObject();
        QCOMPARE(reg.value(u"product").toString(), QStringLiteral("data_sync"));
        QCOMPARE(reg.value(u"message_types").toArray().size(), 4);
        QVERIFY(init.header.contains(u"tweaks"));
        QCOMPARE(init.header.value(u"metadata").toObject().value(u"type").toString(),
            QStringLiteral("sync"));
        QCOMPARE(rig.channel.identity(), QStringLiteral("alice"));
        QCOMPARE(rig.channel.continuationToken(), QStringLiteral("ct-1"));
        QCOMPARE(states.size(), 2);
        QCOMPARE(states.at(0).at(0).value<State>(), State::Connecting);
        QCOMPARE(states.at(1).at(0).value<State>(), State::Connected);
    }

    void acksEveryServerFrame_data()
    {
        QTest::addColumn<QJsonObject>("header");
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("ping") << QJsonObject { { QStringLiteral("method"), QStringLiteral("ping") },
            { QStringLiteral("id"), QStringLiteral("TMx") } }
                              << QByteArray();
        QTest::newRow("client_update")
            << QJsonObject { { QStringLiteral("method"), QStringLiteral("client_update") },
                   { QStringLiteral("id"), QStringLiteral("TMx") },
                   { QStringLiteral("client_update_type"), QStringLiteral("other") } }
            << QByteArray();
        QTest::newRow("notification")
            << QJsonObject { { QStringLiteral("method"), QStringLiteral("notification") },
                   { QStringLiteral("id"), QStringLiteral("TMx") },
                   { QStringLiteral("message_type"), QStringLiteral("twilio.sync.event") },
                   { QStringLiteral("payload_type"), QStringLiteral("application/json") } }
            << QByteArray("{\"event_type\":\"x\"}");
        QTest::newRow("close 500")
            << QJsonObject { { QStringLiteral("method"), QStringLiteral("close") },
                   { QStringLiteral("id"), QStringLiteral("TMx") },
                   { QStringLiteral("status"), Twilsock::status(500, QStringLiteral("E")) } }
            << QByteArray();
    }
    void acksEveryServerFrame()
    {
        QFETCH(QJsonObject, header);
        QFETCH(QByteArray, payload);
        Rig rig;
        QVERIFY(rig.connect());
        rig.transport->inject(header, payload);
        const auto replies = rig.transport->sentWith(QStringLiteral("reply"));
        QCOMPARE(replies.size(), 1);
        QCOMPARE(replies.first().id(), QStringLiteral("TMx"));
        QCOMPARE(replies.first().header.value(u"status").toObject().value(u"code").toInt(), 200);
    }

    void tokenAboutToExpireIsSignalled()
    {
        Rig rig;
        QVERIFY(rig.connect());
        QSignalSpy spy(&rig.channel, &TwilsockChannel::tokenAboutToExpire);
        rig.transport->inject(QJsonObject {
            { QStringLiteral("method"), QStringLiteral("client_update") },
            { QStringLiteral("id"), QStringLiteral("TMu") },
            { QStringLiteral("client_update_type"), QStringLiteral("token_about_to_expire") } });
        QCOMPARE(spy.size(), 1);
    }

    void updateTokenWithoutReconnect()
    {
        Rig rig;
        QVERIFY(rig.connect());
        rig.channel.updateToken(QStringLiteral("tok-1")); // identical: skipped
        QVERIFY(rig.transport->sentWith(QStringLiteral("update")).isEmpty());
        rig.channel.updateToken(QStringLiteral("tok-2"));
        const auto updates = rig.transport->sentWith(QStringLiteral("update"));
        QCOMPARE(updates.size(), 1);
        QCOMPARE(updates.first().header.value(u"token").toString(), QStringLiteral("tok-2"));
        rig.transport->replyOk(updates.first().id());
        QCOMPARE(rig.channel.state(), State::Connected);
        QCOMPARE(rig.transport->opened.size(), 1);
    }

    void rejectedUpdateIsTerminal()
    {
        Rig rig;
        QVERIFY(rig.connect());
        QSignalSpy expired(&rig.channel, &TwilsockChannel::tokenExpired);
        rig.channel.updateToken(QStringLiteral("tok-2"));
        const QString id = rig.transport->sentWith(QStringLiteral("update")).first().id();
        rig.transport->inject(QJsonObject { { QStringLiteral("method"), QStringLiteral("reply") },
            { QStringLiteral("id"), id },
            { QStringLiteral("status"),
                Twilsock::status(
                    401, QStringLiteral("UNAUTHORIZED"), QStringLiteral("expired"), 20104) } });
        QCOMPARE(rig.channel.state(), State::Denied);
        QCOMPARE(rig.channel.lastError().kind, SyncError::Kind::Auth);
        QCOMPARE(rig.channel.lastError().code, 20104);
        QCOMPARE(expired.size(), 1);
    }

    void closeCodes_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("errorCode");
        QTest::addColumn<bool>("terminal");
        QTest::addColumn<State>("finalState");
        QTest::addColumn<bool>("expired");
        QTest::newRow("401") << 401 << 20101 << true << State::Denied << false;
        QTest::newRow("403") << 403 << 0 << false << State::Connected << false;
        QTest::newRow("406") << 406 << 51214 << true << State::Disconnected << false;
        QTest::newRow("410 expired") << 410 << 51207 << true << State::Denied << true;
        QTest::newRow("417") << 417 << 0 << true << State::Disconnected << false;
        QTest::newRow("308 51232") << 308 << 51232 << true << State::Denied << false;
        QTest::newRow("308 offload") << 308 << 0 << false << State::Connected << false;
        QTest::newRow("500") << 500 << 0 << false << State::Connected << false;
    }
    void closeCodes()
    {
        QFETCH(int, code);
        QFETCH(int, errorCode);
        QFETCH(bool, terminal);
        QFETCH(State, finalState);
        QFETCH(bool, expired);
        Rig rig;
        QVERIFY(rig.connect());
        QSignalSpy expiredSpy(&rig.channel, &TwilsockChannel::tokenExpired);
        QSignalSpy reconnects(&rig.channel, &TwilsockChannel::reconnectScheduled);
        rig.transport->inject(close(code, errorCode));
        // The close is acked first.
        QCOMPARE(rig.transport->sentWith(QStringLiteral("reply")).last().id(),
            QStringLiteral("TMclose"));
        if (terminal) {
            QCOMPARE(rig.channel.state(), finalState);
            QTest::qWait(100); // would be long enough for a 10 ms reconnect
            QCOMPARE(reconnects.size(), 0);
            QCOMPARE(rig.transport->opened.size(), 1);
        } else {
            QCOMPARE(reconnects.size(), 1);
            QTRY_COMPARE(rig.transport->sentWith(QStringLiteral("init")).size(), 2);
            rig.transport->replyOk(rig.transport->sentWith(QStringLiteral("init")).last().id());
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
                QJsonObject { { QStringLiteral("method"), QStringLiteral("ping") },
                    { QStringLiteral("id"), QStringLiteral("TMp") } });
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
        QVERIFY(rig.connect(
            QJsonObject { { QStringLiteral("continuation_token"), QStringLiteral("ct-9") } }));
        QSignalSpy reconnects(&rig.channel, &TwilsockChannel::reconnectScheduled);
        rig.transport->drop();
        QCOMPARE(rig.channel.state(), State::Reconnecting);
        QCOMPARE(reconnects.size(), 1);
        QCOMPARE(reconnects.first().at(0).toInt(), 1);
        QCOMPARE(reconnects.first().at(1).toInt(), 10);
        QTRY_COMPARE(rig.transport->sentWith(QStringLiteral("init")).size(), 2);
        QCOMPARE(rig.transport->sentWith(QStringLiteral("init"))
                     .last()
                     .header.value(u"continuation_token")
                     .toString(),
            QStringLiteral("ct-9"));
    }

    void backoffGrowsAndResets()
    {
        Rig rig;
        rig.transport->autoConnect = false;
        QSignalSpy reconnects(&rig.channel, &TwilsockChannel::reconnectScheduled);
        rig.channel.open(QUrl(QStringLiteral("ws://127.0.0.1:9/x")), QStringLiteral("tok"));
        QTRY_VERIFY_WITH_TIMEOUT(reconnects.size() >= 6, 5000);
        QList<int> delays;
        for (int i = 0; i < 6; ++i)
            delays << reconnects.at(i).at(1).toInt();
        QCOMPARE(delays, (QList<int> { 10, 20, 40, 80, 80, 80 }));
        rig.transport->autoConnect = true;
        QTRY_VERIFY(!rig.transport->sentWith(QStringLiteral("init")).isEmpty());
        rig.transport->replyOk(rig.transport->sentWith(QStringLiteral("init")).last().id());
        QCOMPARE(rig.channel.failedAttempts(), 0);
        reconnects.clear();
        rig.transport->drop();
        QCOMPARE(reconnects.first().at(1).toInt(), 10);
    }

    void throttledInitRaisesBackoff()
    {
        Rig rig;
        QSignalSpy reconnects(&rig.channel, &TwilsockChannel::reconnectScheduled);
        rig.channel.open(QUrl(QStringLiteral("ws://127.0.0.1:9/x")), QStringLiteral("tok"));
        QTRY_VERIFY(!rig.transport->sentWith(QStringLiteral("init")).isEmpty());
        rig.transport->inject(
            QJsonObject { { QStringLiteral("method"), QStringLiteral("reply") },
                { QStringLiteral("id"),
                    rig.transport->sentWith(QStringLiteral("init")).first().id() },
                { QStringLiteral("status"),
                    Twilsock::status(429, QStringLiteral("TOO_MANY_REQUESTS"), {}, 51202) } },
            QByteArray("{\"backoff_policy\":{\"reconnect_min_ms\":300,\"reconnect_max_ms\":600}}"));
        QCOMPARE(reconnects.size(), 1);
        QCOMPARE(reconnects.first().at(1).toInt(), 300);
        QCOMPARE(rig.channel.state(), State::Reconnecting);
    }

    void requestWaitsForConnection()
    {
        Rig rig;
        rig.channel.open(QUrl(QStringLiteral("ws://127.0.0.1:9/x")), QStringLiteral("tok"));
        auto future = rig.channel.httpRequest(
            QStringLiteral("GET"), QUrl(QStringLiteral("http://127.0.0.1:9/v3/Documents/A?x=1")));
        QTRY_VERIFY(!rig.transport->sentWith(QStringLiteral("init")).isEmpty());
        QVERIFY(rig.transport->sentWith(QStringLiteral("message")).isEmpty());
        rig.transport->replyOk(rig.transport->sentWith(QStringLiteral("init")).first().id());
        const auto messages = rig.transport->sentWith(QStringLiteral("message"));
        QCOMPARE(messages.size(), 1);
        const QJsonObject req = messages.first().header.value(u"http_request").toObject();
        QCOMPARE(req.value(u"host").toString(), QStringLiteral("127.0.0.1:9"));
        QCOMPARE(req.value(u"path").toString(), QStringLiteral("/v3/Documents/A"));
        QCOMPARE(req.value(u"params").toObject().value(u"x").toString(), QStringLiteral("1"));
        QCOMPARE(
            messages.first().header.value(u"active_grant").toString(), QStringLiteral("data_sync"));
        rig.transport->replyHttp(
            messages.first().id(), 404, QJsonObject { { QStringLiteral("code"), 54100 } });
        QTRY_VERIFY(future.isFinished());
        const auto r = future.result();
        QVERIFY(isOk(r));
        QCOMPARE(value(r).status, 404);
    }

    void queuedRequestTimesOut()
    {
        SyncTimeouts t = fastTimeouts();
        t.queueMs = 600;
        Rig rig(t);
        rig.transport->autoConnect = false;
        rig.channel.open(QUrl(QStringLiteral("ws://127.0.0.1:9/x")), QStringLiteral("tok"));
        auto future = rig.channel.httpRequest(
            QStringLiteral("GET"), QUrl(QStringLiteral("http://127.0.0.1:9/a")));
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
        auto future = rig.channel.httpRequest(
            QStringLiteral("GET"), QUrl(QStringLiteral("http://127.0.0.1:9/a")));
        QTRY_VERIFY(future.isFinished());
        QCOMPARE(error(future.result()).kind, SyncError::Kind::Timeout);
        QCOMPARE(rig.channel.state(), State::Connected);
    }

    void lostConnectionFailsInFlight()
    {
        Rig rig;
        QVERIFY(rig.connect());
        auto future = rig.channel.httpRequest(
            QStringLiteral("GET"), QUrl(QStringLiteral("http://127.0.0.1:9/a")));
        rig.transport->drop();
        QTRY_VERIFY(future.isFinished());
        QCOMPARE(error(future.result()).kind, SyncError::Kind::Transport);
    }

    void requestWhileDisconnectedFailsAtOnce()
    {
        Rig rig;
        auto future = rig.channel.httpRequest(
            QStringLiteral("GET"), QUrl(QStringLiteral("http://127.0.0.1:9/a")));
        QVERIFY(future.isFinished());
        QCOMPARE(error(future.result()).kind, SyncError::Kind::Transport);
    }

    void deniedInitFailsQueued()
    {
        Rig rig;
        rig.channel.open(QUrl(QStringLiteral("ws://127.0.0.1:9/x")), QStringLiteral("tok"));
        auto future = rig.channel.httpRequest(
            QStringLiteral("GET"), QUrl(QStringLiteral("http://127.0.0.1:9/a")));
        QTRY_VERIFY(!rig.transport->sentWith(QStringLiteral("init")).isEmpty());
        rig.transport->inject(QJsonObject { { QStringLiteral("method"), QStringLiteral("reply") },
            { QStringLiteral("id"), rig.transport->sentWith(QStringLiteral("init")).first().id() },
            { QStringLiteral("status"),
                Twilsock::status(401, QStringLiteral("UNAUTHORIZED"),
                    QStringLiteral("Invalid Access Token"), 20101) } });
        QCOMPARE(rig.channel.state(), State::Denied);
        QTRY_VERIFY(future.isFinished());
        QCOMPARE(error(future.result()).kind, SyncError::Kind::Auth);
        QCOMPARE(error(future.result()).code, 20101);
    }

    void refusesPlainWsToRemoteHost()
    {
        Rig rig;
        QSignalSpy errors(&rig.channel, &TwilsockChannel::errorOccurred);
        rig.channel.open(
            QUrl(QStringLiteral("ws://example.com/v3/wsconnect")), QStringLiteral("tok"));
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
        QTRY_COMPARE(rig.transport->sentWith(QStringLiteral("init")).size(), 2);
        rig.transport->replyOk(rig.transport->sentWith(QStringLiteral("init")).last().id());
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
            QJsonObject { { QStringLiteral("method"), QStringLiteral("notification") },
                { QStringLiteral("id"), QStringLiteral("TM2") },
                { QStringLiteral("message_type"), QStringLiteral("twilio.sync.event") } },
            QByteArray("{not json"));
        QCOMPARE(unreadable.size(), 1);
        QCOMPARE(unreadable.first().at(0).toString(), QStringLiteral("twilio.sync.event"));
        QCOMPARE(unreadable.first().at(1).toByteArray(), QByteArray("{not json"));
        QCOMPARE(errors.size(), 0);
        QCOMPARE(rig.channel.state(), State::Connected);
        QCOMPARE(rig.transport->closes, 0);
        QCOMPARE(
            rig.transport->sentWith(QStringLiteral("reply")).last().id(), QStringLiteral("TM2"));
    }

    void mutatedFramesNeverCrash()
    {
        Rig rig;
        QVERIFY(rig.connect());
        const QByteArray valid = Twilsock::encode(
            QJsonObject { { QStringLiteral("method"), QStringLiteral("notification") },
                { QStringLiteral("id"), QStringLiteral("TMf") },
                { QStringLiteral("message_type"), QStringLiteral("com.twilio.rtd.cds.document") },
                { QStringLiteral("payload_type"), QStringLiteral("application/json") } },
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
                rig.channel.open(QUrl(QStringLiteral("ws://127.0.0.1:9/x")), QStringLiteral("tok"));
            if (!rig.transport->isOpen) {
                const int inits = rig.transport->sentWith(QStringLiteral("init")).size();
                QVERIFY(QTest::qWaitFor(
                    [&] { return rig.transport->sentWith(QStringLiteral("init")).size() > inits; },
                    2000));
                rig.transport->replyOk(rig.transport->sentWith(QStringLiteral("init")).last().id());
            }
            rig.transport->injectRaw(bytes);
        }
        // Still able to work afterwards.
        if (rig.channel.state() == State::Disconnected)
            rig.channel.open(QUrl(QStringLiteral("ws://127.0.0.1:9/x")), QStringLiteral("tok"));
        if (rig.channel.state() != State::Connected) {
            QTRY_VERIFY(rig.transport->isOpen);
            rig.transport->replyOk(rig.transport->sentWith(QStringLiteral("init")).last().id());
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
        const QString jwt
            = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJlLXNlY3JldA");
        {
            Rig rig;
            rig.channel.open(QUrl(QStringLiteral("ws://127.0.0.1:9/x")), jwt);
            QTRY_VERIFY(!rig.transport->sentWith(QStringLiteral("init")).isEmpty());
            rig.transport->replyOk(rig.transport->sentWith(QStringLiteral("init")).first().id());
            rig.channel.updateToken(QStringLiteral("plain-secret-token-42"));
        }
        qInstallMessageHandler(old);
        QLoggingCategory::installFilter(previousFilter);
        QVERIFY(lines.size() >= 3); // the wire was logged...
        for (const QString &line : std::as_const(lines)) {
            QVERIFY2(!line.contains(jwt), qPrintable(line)); // ...without the tokens
            QVERIFY2(!line.contains(QStringLiteral("plain-secret-token-42")), qPrintable(line));
        }
    }

    void closeByClient()
    {
        Rig rig;
        QVERIFY(rig.connect());
        rig.channel.close();
        QCOMPARE(rig.channel.state(), State::Disconnected);
        QCOMPARE(rig.transport->sentWith(QStringLiteral("close")).size(), 1);
        QTest::qWait(50);
        QCOMPARE(rig.transport->opened.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTwilsockChannel)
#include "tst_twilsockchannel.moc"
