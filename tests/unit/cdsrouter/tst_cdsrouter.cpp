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

// Status, code and message of an error reply, as Twilio sends them, plus the more_info link.
bool isTwilioError(const CdsResponse &r, int status, int code, const QString &message)
{
    const QJsonObject b = body(r);
    const bool ok = r.status == status && b.value(u"status").toInt() == status
        && b.value(u"code").toInt() == code && b.value(u"message").toString() == message
        && b.value(u"more_info").toString().endsWith(QString::number(code));
    if (!ok)
        qWarning().noquote() << "got" << r.status << r.body << "expected" << status << code
                             << message;
    return ok;
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

    // Every error the router answers carries Twilio's status, code and message.
    void errorsAreTwilios()
    {
        const QString nameMessage = u"Invalid unique name. Expected a string with length 1-320 "
                                    u"not matching the SID pattern [A-Z]{2}[a-f0-9]{32}"_qs;
        const QString missingSid = u"ET0123456789abcdef0123456789abcdef"_qs;
        QVERIFY(isTwilioError(
            call(u"GET"_qs, u"/v3/Documents/nobody"_qs), 404, 54300, u"Unique name not found"_qs));
        QVERIFY(isTwilioError(call(u"GET"_qs, u"/v3/Documents/"_qs + missingSid), 404, 54100,
            u"Document not found"_qs));
        QVERIFY(isTwilioError(
            call(u"POST"_qs, u"/v3/Documents/nobody"_qs, json({ { u"data"_qs, QJsonObject {} } })),
            404, 54300, u"Unique name not found"_qs));
        QVERIFY(isTwilioError(call(u"DELETE"_qs, u"/v3/Documents/"_qs + missingSid), 404, 54100,
            u"Document not found"_qs));
        for (const QJsonValue &name : { QJsonValue(u"AB0123456789abcdef0123456789abcdef"_qs),
                 QJsonValue(QString(321, u'n')), QJsonValue(QString()), QJsonValue(7) })
            QVERIFY(isTwilioError(
                call(u"POST"_qs, u"/v3/Documents"_qs, json({ { u"unique_name"_qs, name } })), 400,
                54302, nameMessage));
        QCOMPARE(call(u"POST"_qs, u"/v3/Documents"_qs,
                     json({ { u"unique_name"_qs, QString(320, u'n') } }))
                     .status,
            201);
        QCOMPARE(
            call(u"POST"_qs, u"/v3/Documents"_qs, json({ { u"unique_name"_qs, u"E"_qs } })).status,
            201);
        QVERIFY(isTwilioError(
            call(u"POST"_qs, u"/v3/Documents"_qs, json({ { u"unique_name"_qs, u"E"_qs } })), 409,
            54301, u"Unique name already exists"_qs));
        QVERIFY(isTwilioError(call(u"POST"_qs, u"/v3/Documents"_qs,
                                  json({ { u"unique_name"_qs, u"T"_qs }, { u"ttl"_qs, -1 } })),
            400, 54011, u"Invalid TTL"_qs));
        const QJsonObject big { { u"k"_qs, QString(17 * 1024, u'x') } };
        QVERIFY(
            isTwilioError(call(u"POST"_qs, u"/v3/Documents/E"_qs, json({ { u"data"_qs, big } })),
                413, 54006, u"Request entity too large"_qs));
        QVERIFY(isTwilioError(
            call(u"POST"_qs, u"/v3/Documents/E"_qs, "{not json"), 400, 54008, u"Invalid JSON"_qs));
        QVERIFY(isTwilioError(
            call(u"POST"_qs, u"/v3/Documents/E"_qs, json({ { u"data"_qs, u"text"_qs } })), 400,
            54008, u"Invalid JSON"_qs));
        QVERIFY(isTwilioError(
            call(u"POST"_qs, u"/v3/Documents/E"_qs, json({ { u"data"_qs, QJsonObject {} } }),
                u"a"_qs, nullptr, { { u"if-match"_qs, u"99"_qs } }),
            412, 54103, u"Document revision mismatch"_qs));
        QVERIFY(isTwilioError(
            call(u"POST"_qs, u"/v3/Documents/E"_qs, json({ { u"data"_qs, QJsonObject {} } }),
                u"a"_qs, nullptr, { { u"if-match"_qs, u" "_qs } }),
            400, 54003, u"Invalid If-Match header"_qs));
        QJsonObject deep { { u"v"_qs, 1 } };
        for (int i = 0; i < 130; ++i)
            deep = QJsonObject { { u"d"_qs, deep } };
        QVERIFY(
            isTwilioError(call(u"POST"_qs, u"/v3/Documents/E"_qs, json({ { u"data"_qs, deep } })),
                400, 54008, u"Invalid JSON: data is nested deeper than 128 levels"_qs));
        QVERIFY(isTwilioError(
            call(u"PUT"_qs, u"/v3/Documents/E"_qs), 405, 20004, u"Method not allowed"_qs));
        QVERIFY(isTwilioError(call(u"GET"_qs, u"/v3/Nope"_qs), 404, 20404,
            u"The requested resource /v3/Nope was not found"_qs));
        QVERIFY(isTwilioError(
            call(u"POST"_qs, u"/v4/Subscriptions"_qs, json({ { u"action"_qs, u"nope"_qs } })), 400,
            54008, u"Invalid JSON"_qs));

        router->setAccessCheck([](const QString &, const QString &, bool) { return false; });
        QVERIFY(isTwilioError(call(u"GET"_qs, u"/v3/Documents/E"_qs), 403, 54007,
            u"Access forbidden for identity"_qs));
        router->setAccessCheck({});

        FaultInjector faults;
        QVERIFY(faults.configure({ u"429=1"_qs }, 1, true, nullptr));
        router->setFaults(&faults);
        QVERIFY(isTwilioError(
            call(u"POST"_qs, u"/v3/Documents/E"_qs, json({ { u"data"_qs, QJsonObject {} } })), 429,
            54009, u"Rate limit exceeded"_qs));
        FaultInjector unavailable;
        QVERIFY(unavailable.configure({ u"503=1"_qs }, 1, true, nullptr));
        router->setFaults(&unavailable);
        QVERIFY(isTwilioError(
            call(u"GET"_qs, u"/v3/Documents/E"_qs), 503, 20503, u"Service unavailable"_qs));
        router->setFaults(nullptr);
    }

    void subscriptionFailureIsTwilios()
    {
        FakeSink sink;
        auto r = call(u"POST"_qs, u"/v4/Subscriptions"_qs,
            json({ { u"action"_qs, u"establish"_qs }, { u"correlation_id"_qs, 5 },
                { u"requests"_qs,
                    QJsonArray { QJsonObject { { u"object_sid"_qs, u"ET000"_qs },
                        { u"object_type"_qs, u"document"_qs } } } } }),
            u"alice"_qs, &sink);
        QCOMPARE(r.status, 200);
        runAfter(r);
        QCOMPARE(sink.received.size(), 1);
        const QJsonObject failed = sink.received.first().second;
        QCOMPARE(failed.value(u"event_type").toString(), u"subscription_failed"_qs);
        const QJsonObject error
            = failed.value(u"events").toArray().first().toObject().value(u"error").toObject();
        QCOMPARE(error.value(u"status").toInt(), 404);
        QCOMPARE(error.value(u"code").toInt(), 54100);
        QCOMPARE(error.value(u"message").toString(), u"Document not found"_qs);
    }
};

QTEST_GUILESS_MAIN(TestCdsRouter)
#include "tst_cdsrouter.moc"
