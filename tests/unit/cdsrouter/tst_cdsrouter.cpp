#include "cdsrouter.h"
#include "documentstore.h"
#include "faultinjector.h"
#include "ratelimiter.h"
#include "subscriptionhub.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace SpEmu;

namespace {
struct FakeSink : NotificationSink
{
    QList<QPair<QString, QJsonObject>> received;
    void sendNotification(const QString &type, const QJsonObject &payload) override
    {
        received.append({ type, payload });
    }
};

QByteArray json(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

QJsonObject body(const CdsResponse &r) { return QJsonDocument::fromJson(r.body).object(); }

void runAfter(CdsResponse &r)
{
    for (auto &f : r.afterReply)
        f();
}
} // namespace

class TestCdsRouter : public QObject
{
    Q_OBJECT

    std::unique_ptr<DocumentStore> store;
    std::unique_ptr<SubscriptionHub> hub;
    std::unique_ptr<RateLimiter> limiter;
    std::unique_ptr<CdsRouter> router;
    qint64 clock = 1'000'000;
    const QString is = u"IS0123456789abcdef0123456789abcdef"_qs;

    CdsResponse call(const QString &method, const QString &path, const QByteArray &payload = {},
        const QString &identity = u"alice"_qs, NotificationSink *sink = nullptr,
        const QHash<QString, QString> &headers = {})
    {
        CdsRequest r;
        r.method = method;
        r.path = path;
        r.body = payload;
        r.headers = headers;
        return router->handle(r, CdsContext { identity, sink });
    }

private Q_SLOTS:
    void init()
    {
        store = std::make_unique<DocumentStore>();
        QVERIFY(store->open({}, nullptr));
        hub = std::make_unique<SubscriptionHub>();
        limiter = std::make_unique<RateLimiter>();
        router = std::make_unique<CdsRouter>(
            *store, *hub, *limiter, u"AC0123456789abcdef0123456789abcdef"_qs, is);
        router->setCdsBase(u"http://127.0.0.1:1234"_qs);
        router->setClock([this] { return clock; });
    }

    void resourceShape()
    {
        auto r = call(u"POST"_qs, u"/v3/Documents"_qs, json({ { u"unique_name"_qs, u"S"_qs } }));
        QCOMPARE(r.status, 201);
        const QJsonObject o = body(r);
        const QString sid = o.value(u"sid").toString();
        QCOMPARE(o.value(u"url").toString(),
            u"http://127.0.0.1:1234/v3/Services/"_qs + is + u"/Documents/"_qs + sid);
        for (const char *key :
            { "sid", "unique_name", "account_sid", "service_sid", "url", "revision",
                "last_event_id", "date_created", "date_updated", "date_expires", "created_by" })
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QVERIFY(!o.contains(u"data"));
        QCOMPARE(o.value(u"date_created").toString(), u"1970-01-01T00:16:40.000Z"_qs);
        QCOMPARE(o.value(u"created_by").toString(), u"alice"_qs);
        // Unique names may be percent-encoded in the path.
        r = call(u"GET"_qs, u"/v3/Documents/S"_qs);
        QCOMPARE(r.status, 200);
        QCOMPARE(body(r).value(u"data").toObject(), QJsonObject());
    }

    void percentEncodedNames()
    {
        QCOMPARE(call(u"POST"_qs, u"/v3/Documents"_qs, json({ { u"unique_name"_qs, u"a b/c"_qs } }))
                     .status,
            201);
        QCOMPARE(call(u"GET"_qs, u"/v3/Documents/a%20b%2Fc"_qs).status, 200);
    }

    void wrongServiceOrRouteIs404()
    {
        QCOMPARE(call(u"GET"_qs, u"/v3/Services/ISffffffffffffffffffffffffffffffff/Documents/x"_qs)
                     .status,
            404);
        const auto r = call(u"GET"_qs, u"/v3/Nope"_qs);
        QCOMPARE(r.status, 404);
        QCOMPARE(body(r).value(u"code").toInt(), 20404);
        QVERIFY(body(r).contains(u"more_info"));
    }

    void aclRefusesWithoutGrant()
    {
        router->setAccessCheck([](const QString &identity, const QString &name, bool write) {
            return identity == u"alice" || (identity == u"reader" && name == u"S" && !write);
        });
        QCOMPARE(
            call(u"POST"_qs, u"/v3/Documents"_qs, json({ { u"unique_name"_qs, u"S"_qs } })).status,
            201);
        auto r = call(u"GET"_qs, u"/v3/Documents/S"_qs, {}, u"mallory"_qs);
        QCOMPARE(r.status, 403);
        QCOMPARE(body(r).value(u"code").toInt(), 54007);
        QCOMPARE(call(u"GET"_qs, u"/v3/Documents/S"_qs, {}, u"reader"_qs).status, 200);
        const QString sid = store->find(u"S"_qs, clock)->sid;
        QCOMPARE(call(u"POST"_qs, u"/v3/Documents/"_qs + sid,
                     json({ { u"data"_qs, QJsonObject {} } }), u"reader"_qs)
                     .status,
            403);
        QCOMPARE(call(u"DELETE"_qs, u"/v3/Documents/"_qs + sid, {}, u"reader"_qs).status, 403);
        QCOMPARE(call(u"POST"_qs, u"/v3/Documents"_qs, json({ { u"unique_name"_qs, u"T"_qs } }),
                     u"reader"_qs)
                     .status,
            403);
        // Subscribing needs read access too.
        FakeSink sink;
        r = call(u"POST"_qs, u"/v4/Subscriptions"_qs,
            json({ { u"action"_qs, u"establish"_qs }, { u"correlation_id"_qs, 1 },
                { u"requests"_qs,
                    QJsonArray { QJsonObject {
                        { u"object_sid"_qs, sid }, { u"object_type"_qs, u"document"_qs } } } } }),
            u"mallory"_qs, &sink);
        runAfter(r);
        QCOMPARE(sink.received.size(), 1);
        QCOMPARE(sink.received.first().second.value(u"event_type").toString(),
            u"subscription_failed"_qs);
        QCOMPARE(sink.received.first()
                     .second.value(u"events")
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"error")
                     .toObject()
                     .value(u"code")
                     .toInt(),
            54007);
        QVERIFY(!hub->isSubscribed(sid, &sink));
    }

    void rateLimitRefusesAndLeavesDocument()
    {
        QCOMPARE(
            call(u"POST"_qs, u"/v3/Documents"_qs, json({ { u"unique_name"_qs, u"R"_qs } })).status,
            201);
        const QString path = u"/v3/Documents/R"_qs;
        int ok = 0;
        CdsResponse last;
        for (int i = 0; i < 201; ++i) {
            last = call(u"POST"_qs, path, json({ { u"data"_qs, QJsonObject { { u"i"_qs, i } } } }));
            ok += last.status == 200 ? 1 : 0;
        }
        QCOMPARE(ok, 200);
        QCOMPARE(last.status, 429);
        QCOMPARE(body(last).value(u"code").toInt(), 54009);
        QCOMPARE(store->find(u"R"_qs, clock)->data.value(u"i").toInt(), 199);
        clock += 1000; // 20 more writes per second
        QCOMPARE(call(u"POST"_qs, path, json({ { u"data"_qs, QJsonObject {} } })).status, 200);
        limiter->setEnabled(false);
        for (int i = 0; i < 300; ++i)
            QCOMPARE(call(u"POST"_qs, path, json({ { u"data"_qs, QJsonObject {} } })).status, 200);
    }

    void replayComesBeforeEstablished()
    {
        QCOMPARE(
            call(u"POST"_qs, u"/v3/Documents"_qs, json({ { u"unique_name"_qs, u"E"_qs } })).status,
            201);
        const QString sid = store->find(u"E"_qs, clock)->sid;
        for (int i = 0; i < 2; ++i)
            QCOMPARE(call(u"POST"_qs, u"/v3/Documents/E"_qs,
                         json({ { u"data"_qs, QJsonObject { { u"i"_qs, i } } } }))
                         .status,
                200);
        FakeSink sink;
        auto r = call(u"POST"_qs, u"/v4/Subscriptions"_qs,
            json({ { u"action"_qs, u"establish"_qs }, { u"correlation_id"_qs, 1795843676923.0 },
                { u"requests"_qs,
                    QJsonArray { QJsonObject { { u"object_sid"_qs, sid },
                        { u"object_type"_qs, u"document"_qs }, { u"last_event_id"_qs, 0 },
                        { u"type"_qs, u"ignored"_qs } } } } }),
            u"alice"_qs, &sink);
        QCOMPARE(r.status, 200);
        QCOMPARE(sink.received.size(), 0); // only after the reply
        runAfter(r);
        QCOMPARE(sink.received.size(), 2);
        QCOMPARE(sink.received[0].first, u"twilio.sync.event"_qs);
        QCOMPARE(sink.received[0].second.value(u"event_type").toString(), u"document_updated"_qs);
        QCOMPARE(sink.received[0].second.value(u"correlation_id").toInteger(), 1795843676923);
        QCOMPARE(sink.received[0].second.value(u"event").toObject().value(u"id").toInt(), 2);
        QCOMPARE(sink.received[1].second.value(u"event_type").toString(),
            u"subscription_established"_qs);
        QVERIFY(hub->isSubscribed(sid, &sink));

        // A write fans out to the subscriber after the writer's reply.
        sink.received.clear();
        r = call(u"POST"_qs, u"/v3/Documents/E"_qs,
            json({ { u"data"_qs, QJsonObject { { u"i"_qs, 9 } } } }), u"alice"_qs, &sink);
        QCOMPARE(sink.received.size(), 0);
        runAfter(r);
        QCOMPARE(sink.received.size(), 1);
        QCOMPARE(sink.received[0].first, u"com.twilio.rtd.cds.document"_qs);
        QCOMPARE(sink.received[0]
                     .second.value(u"event")
                     .toObject()
                     .value(u"document_data")
                     .toObject()
                     .value(u"i")
                     .toInt(),
            9);
    }

    void injected412Faults()
    {
        FaultInjector faults;
        QVERIFY(faults.configure({ u"412=1"_qs }, 1, true, nullptr));
        router->setFaults(&faults);
        QCOMPARE(
            call(u"POST"_qs, u"/v3/Documents"_qs, json({ { u"unique_name"_qs, u"F"_qs } })).status,
            201);
        QCOMPARE(call(u"POST"_qs, u"/v3/Documents/F"_qs, json({ { u"data"_qs, QJsonObject {} } }),
                     u"a"_qs, nullptr, { { u"if-match"_qs, u"0"_qs } })
                     .status,
            412);
        QCOMPARE(call(u"POST"_qs, u"/v3/Documents/F"_qs, json({ { u"data"_qs, QJsonObject {} } }))
                     .status,
            200);
        QString error;
        QVERIFY(!faults.configure({ u"bogus=1"_qs }, 1, true, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCdsRouter)
#include "tst_cdsrouter.moc"
