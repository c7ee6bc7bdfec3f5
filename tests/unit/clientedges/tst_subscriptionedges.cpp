// Subscriptions, Twilsock 429 on writes and regions, over SyncConnection and a scripted
// FakeSyncServer (docs/client-edge-cases.md items 2, 4, 8, 10, 12).
#include "await.h"
#include "faketransport.h"
#include "syncclient.h"
#include "syncconnection.h"
#include "syncdocument.h"

#include <QSignalSpy>
#include <QTest>

using namespace SpSync;
using namespace Qt::StringLiterals;
using State = SyncConnection::State;
using Sub = SyncDocument::SubscriptionState;

namespace {

SyncTimeouts fastTimeouts()
{
    SyncTimeouts t;
    t.backoffMinMs = 10;
    t.backoffMaxMs = 80;
    t.subscribeBackoffMinMs = 20;
    t.subscribeBackoffMaxMs = 80;
    return t;
}

bool isSubscriptionPost(const Twilsock::Frame &f)
{
    return f.method() == u"message"
        && f.header.value(u"http_request")
               .toObject()
               .value(u"path")
               .toString()
               .endsWith(u"/v4/Subscriptions");
}

QJsonObject bodyOf(const Twilsock::Frame &f) { return QJsonDocument::fromJson(f.payload).object(); }

// One connection to a FakeSyncServer whose answers a test may take over (intercept returns
// true when it answered the frame itself).
struct Rig
{
    FakeSyncServer server;
    SyncConnection connection;
    FakeTransport *transport = nullptr;
    std::function<bool(FakeTransport *, const Twilsock::Frame &)> intercept;
    QList<QJsonObject> establishes; // bodies of every establish sent

    Rig()
    {
        auto t = server.makeTransport();
        transport = static_cast<FakeTransport *>(t.get());
        auto serve = transport->onSend;
        transport->onSend = [this, serve](const Twilsock::Frame &f) {
            if (isSubscriptionPost(f) && bodyOf(f).value(u"action").toString() == u"establish")
                establishes << bodyOf(f);
            if (intercept) {
                const QPointer<FakeTransport> t = transport;
                bool taken = false;
                // Answer asynchronously, like the server does.
                if (intercept(nullptr, f))
                    taken = true;
                if (taken) {
                    QTimer::singleShot(0, &server, [this, t, f] {
                        if (t && t->isOpen)
                            intercept(t, f);
                    });
                    return;
                }
            }
            serve(f);
        };
        connection.setTransport(std::move(t));
        connection.setTimeouts(fastTimeouts());
    }
    bool connect()
    {
        connection.connectToServer(QUrl(u"ws://127.0.0.1:9/v3/wsconnect"_s), u"tok"_s);
        return QTest::qWaitFor([&] { return connection.state() == State::Connected; }, 3000);
    }
    SyncDocument *open(const QString &name = u"Session_X"_s)
    {
        const auto r = await(connection.openDocument(name), 3000);
        return isOk(r) ? value(r) : nullptr;
    }
    void establishedFor(FakeTransport *t, const Twilsock::Frame &f, int ttl = -1)
    {
        const QJsonObject body = bodyOf(f);
        QJsonObject reply { { u"estimated_delivery_in_ms"_s, 100 }, { u"max_batch_size"_s, 100 } };
        if (ttl != 0)
            reply.insert(u"ttl_in_s"_s, ttl);
        t->replyHttp(f.id(), 200, reply);
        QJsonArray events;
        for (const auto &r : body.value(u"requests").toArray())
            events.append(QJsonObject { { u"object_sid"_s, r.toObject().value(u"object_sid") },
                { u"object_type"_s, u"document"_s }, { u"replay_status"_s, u"completed"_s },
                { u"last_event_id"_s, 0 } });
        t->notify(u"twilio.sync.event"_s,
            QJsonObject { { u"event_type"_s, u"subscription_established"_s },
                { u"correlation_id"_s, body.value(u"correlation_id") },
                { u"event_protocol_version"_s, 4 }, { u"events"_s, events } });
    }
    void cancelByBackend(SyncDocument *doc)
    {
        transport->notify(u"twilio.sync.event"_s,
            QJsonObject { { u"event_type"_s, u"subscription_canceled"_s },
                { u"event_protocol_version"_s, 4 },
                { u"events"_s,
                    QJsonArray { QJsonObject { { u"object_sid"_s, doc->sid() },
                        { u"object_type"_s, u"document"_s } } } } });
    }
};

} // namespace

class TestSubscriptionEdges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // 2. JS and Kotlin retry a subscription for ever (100 ms .. 120 s); one that keeps failing
    // is a state the UI can show.
    void subscribeRetriesNeverGiveUp()
    {
        Rig rig;
        int failuresLeft = 8;
        rig.intercept = [&](FakeTransport *t, const Twilsock::Frame &f) {
            if (!isSubscriptionPost(f) || failuresLeft <= 0)
                return false;
            if (t) {
                --failuresLeft;
                t->replyHttp(
                    f.id(), 503, QJsonObject { { u"status"_s, 503 }, { u"message"_s, u"busy"_s } });
            }
            return true;
        };
        QVERIFY(rig.connect());
        SyncDocument *doc = rig.open();
        QVERIFY(doc);
        QSignalSpy states(doc, &SyncDocument::subscriptionStateChanged);
        QSignalSpy errors(doc, &SyncDocument::errorOccurred);
        QTRY_COMPARE(doc->subscriptionState(), Sub::Failing);
        QCOMPARE(doc->subscriptionError().status, 503);
        QTRY_COMPARE_WITH_TIMEOUT(doc->subscriptionState(), Sub::Established, 5000);
        QVERIFY(doc->isSubscribed());
        QCOMPARE(rig.establishes.size(), 9);
        QCOMPARE(rig.establishes.last().value(u"retried_requests").toInt(), 1);
        QCOMPARE(errors.size(), 0); // a state, not an error: nothing the caller did failed
        QVERIFY(std::any_of(states.cbegin(), states.cend(),
            [](const QVariantList &args) { return args.first().value<Sub>() == Sub::Failing; }));
        QCOMPARE(doc->subscriptionError().kind, SyncError::Kind::NoError);
    }

    // 4. JS: a positive ttl_in_s re-pokes everything with reason "ttl" when it runs out.
    void positiveTtlResubscribesWithReasonTtl()
    {
        Rig rig;
        rig.intercept = [&](FakeTransport *t, const Twilsock::Frame &f) {
            if (!isSubscriptionPost(f))
                return false;
            if (t)
                rig.establishedFor(t, f, 1);
            return true;
        };
        QVERIFY(rig.connect());
        SyncDocument *doc = rig.open();
        QVERIFY(doc);
        QTRY_COMPARE(doc->subscriptionState(), Sub::Established);
        QCOMPARE(rig.establishes.size(), 1);
        QVERIFY(!rig.establishes.first().contains(u"reason"));
        QTRY_COMPARE_WITH_TIMEOUT(rig.establishes.size(), 2, 5000);
        QCOMPARE(rig.establishes.at(1).value(u"reason").toString(), u"ttl"_s);
        QTRY_COMPARE(doc->subscriptionState(), Sub::Established);
    }

    void nonPositiveTtlIsIgnored()
    {
        Rig rig;
        rig.intercept = [&](FakeTransport *t, const Twilsock::Frame &f) {
            if (!isSubscriptionPost(f))
                return false;
            if (t)
                rig.establishedFor(t, f, -1);
            return true;
        };
        QVERIFY(rig.connect());
        SyncDocument *doc = rig.open();
        QTRY_COMPARE(doc->subscriptionState(), Sub::Established);
        QTest::qWait(1300);
        QCOMPARE(rig.establishes.size(), 1);
    }

    // 8. A subscription the server cancels is asked for again with back-off, a few times,
    // then it is Failed (and says so) instead of looping.
    void backendCancelBacksOffThenStops()
    {
        Rig rig;
        QVERIFY(rig.connect());
        SyncDocument *doc = rig.open();
        QVERIFY(doc);
        QTRY_COMPARE(doc->subscriptionState(), Sub::Established);
        QSignalSpy errors(doc, &SyncDocument::errorOccurred);
        for (int i = 1; i <= 3; ++i) {
            rig.cancelByBackend(doc);
            QCOMPARE(doc->subscriptionState(), Sub::Pending);
            QTRY_COMPARE(rig.establishes.size(), 1 + i);
            QTRY_COMPARE(doc->subscriptionState(), Sub::Established);
        }
        rig.cancelByBackend(doc);
        QCOMPARE(doc->subscriptionState(), Sub::Failed);
        QCOMPARE(errors.size(), 1);
        QVERIFY(doc->subscriptionError().message.contains(u"cancelled"_s));
        QTest::qWait(300); // several back-off periods
        QCOMPARE(rig.establishes.size(), 4);
        // The application (or the UI) may ask again.
        doc->resubscribe();
        QTRY_COMPARE(doc->subscriptionState(), Sub::Established);
        QCOMPARE(rig.establishes.size(), 5);
    }

    // Kotlin does not retry subscription_failed, JS keeps it out of the re-poke.
    void subscriptionFailedIsNotRetried()
    {
        Rig rig;
        rig.intercept = [&](FakeTransport *t, const Twilsock::Frame &f) {
            if (!isSubscriptionPost(f))
                return false;
            if (!t)
                return true;
            const QJsonObject body = bodyOf(f);
            t->replyHttp(f.id(), 200,
                QJsonObject {
                    { u"estimated_delivery_in_ms"_s, 100 }, { u"max_batch_size"_s, 100 } });
            const QString sid = body.value(u"requests")
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(u"object_sid")
                                    .toString();
            t->notify(u"twilio.sync.event"_s,
                QJsonObject { { u"event_type"_s, u"subscription_failed"_s },
                    { u"correlation_id"_s, body.value(u"correlation_id") },
                    { u"events"_s,
                        QJsonArray { QJsonObject { { u"object_sid"_s, sid },
                            { u"error"_s,
                                QJsonObject { { u"status"_s, 403 }, { u"code"_s, 54007 },
                                    { u"message"_s, u"denied"_s } } } } } } });
            return true;
        };
        QVERIFY(rig.connect());
        SyncDocument *doc = rig.open();
        QVERIFY(doc);
        QTRY_COMPARE(doc->subscriptionState(), Sub::Failed);
        QCOMPARE(doc->subscriptionError().code, 54007);
        rig.transport->drop(); // reconnect: still not asked again
        QTRY_COMPARE(rig.connection.state(), State::Connected);
        QTest::qWait(100);
        QCOMPARE(rig.establishes.size(), 1);
    }

    // 10. A Twilsock-level 429 on a write is retried after the server's backoff.
    void mutateRetriesAfterTwilsock429()
    {
        Rig rig;
        bool throttled = false;
        rig.intercept = [&](FakeTransport *t, const Twilsock::Frame &f) {
            const QJsonObject req = f.header.value(u"http_request").toObject();
            if (throttled || f.method() != u"message" || req.value(u"method").toString() != u"POST"
                || !req.value(u"path").toString().contains(u"/Documents/"))
                return false;
            if (t) {
                throttled = true;
                t->inject(
                    QJsonObject { { u"method"_s, u"reply"_s }, { u"id"_s, f.id() },
                        { u"status"_s, Twilsock::status(429, u"TOO_MANY_REQUESTS"_s, {}, 51202) } },
                    QByteArray(
                        R"({"backoff_policy":{"reconnect_min_ms":50,"reconnect_max_ms":60}})"));
            }
            return true;
        };
        QVERIFY(rig.connect());
        SyncDocument *doc = rig.open();
        QVERIFY(doc);
        auto f = doc->mutate([](const QJsonObject &cur) {
            QJsonObject next = cur;
            next.insert(u"n"_s, 1);
            return std::optional<QJsonObject>(next);
        });
        QTRY_VERIFY(f.isFinished());
        QVERIFY2(isOk(f.result()), qPrintable(error(f.result()).toString()));
        QVERIFY(throttled);
        QCOMPARE(rig.server.writes, 1);
        QCOMPARE(rig.server.byName(u"Session_X"_s)->data.value(u"n").toInt(), 1);
    }

    // 12. The CDS host follows the region of Twilio's Twilsock host; any other host needs it.
    void cdsHostFromRegion_data()
    {
        QTest::addColumn<QString>("twilsock");
        QTest::addColumn<QString>("cds");
        QTest::newRow("us1") << u"wss://tsock.us1.twilio.com/v3/wsconnect"_s
                             << u"https://cds.us1.twilio.com"_s;
        QTest::newRow("ie1") << u"wss://tsock.ie1.twilio.com/v3/wsconnect"_s
                             << u"https://cds.ie1.twilio.com"_s;
        QTest::newRow("au1") << u"wss://tsock.au1.twilio.com/v3/wsconnect"_s
                             << u"https://cds.au1.twilio.com"_s;
        QTest::newRow("loopback") << u"ws://127.0.0.1:4040/v3/wsconnect"_s
                                  << u"http://127.0.0.1:4040"_s;
        QTest::newRow("unknown region")
            << u"wss://tsock.xx9.twilio.com/v3/wsconnect"_s << QString();
        QTest::newRow("other host") << u"wss://sync.example.com/v3/wsconnect"_s << QString();
    }
    void cdsHostFromRegion()
    {
        QFETCH(QString, twilsock);
        QFETCH(QString, cds);
        FakeSyncServer server;
        SyncConnection connection;
        connection.setTransport(server.makeTransport());
        QSignalSpy errors(&connection, &SyncConnection::errorOccurred);
        connection.connectToServer(QUrl(twilsock), u"tok"_s);
        QCOMPARE(connection.cdsUrl(), QUrl(cds));
        if (cds.isEmpty()) {
            QCOMPARE(connection.state(), State::Disconnected);
            QCOMPARE(errors.size(), 1);
            QCOMPARE(connection.lastError().kind, SyncError::Kind::InvalidInput);
            QVERIFY(server.transports.first()->opened.isEmpty());
            // An explicit CDS URL makes any host usable.
            connection.setCdsUrl(QUrl(u"https://cds.example.com"_s));
            connection.connectToServer(QUrl(twilsock), u"tok"_s);
            QCOMPARE(connection.state(), State::Connecting);
        } else {
            QCOMPARE(connection.state(), State::Connecting);
        }
        connection.disconnectFromServer();
    }

    void clientRegionPicksTheTwilsockHost()
    {
        FakeSyncServer server;
        QPointer<FakeTransport> transport;
        SyncClientConfig c;
        c.documentId = u"Session_X"_s;
        c.identity = u"tester"_s;
        c.twilioToken = u"tok"_s;
        c.region = u"ie1"_s;
        c.connectTimeoutMs = 300;
        c.transportFactory = [&] {
            auto t = server.makeTransport();
            transport = static_cast<FakeTransport *>(t.get());
            transport->autoConnect = false;
            return t;
        };
        auto f = SyncClient::create(c);
        QTRY_VERIFY(transport && !transport->opened.isEmpty());
        QCOMPARE(transport->opened.first(), QUrl(u"wss://tsock.ie1.twilio.com/v3/wsconnect"_s));
        QTRY_VERIFY(f.isFinished());

        c.region = u"eu9"_s;
        auto bad = SyncClient::create(c);
        QTRY_VERIFY(bad.isFinished());
        QCOMPARE(error(bad.result()).kind, SyncError::Kind::InvalidInput);
        QVERIFY(error(bad.result()).message.contains(u"eu9"_s));
    }
};

QTEST_GUILESS_MAIN(TestSubscriptionEdges)
#include "tst_subscriptionedges.moc"
