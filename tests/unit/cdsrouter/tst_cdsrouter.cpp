#include "cdsrouter.h"
#include "documentstore.h"
#include "faultinjector.h"
#include "ratelimiter.h"
#include "subscriptionhub.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

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
    const QString is = u"IS0123456789abcdef0123456789abcdef"_s;

    CdsResponse call(const QString &method, const QString &path, const QByteArray &payload = {},
        const QString &identity = u"alice"_s, NotificationSink *sink = nullptr,
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
            *store, *hub, *limiter, u"AC0123456789abcdef0123456789abcdef"_s, is);
        router->setCdsBase(u"http://127.0.0.1:1234"_s);
        router->setClock([this] { return clock; });
    }

    void resourceShape()
    {
        auto r = call(u"POST"_s, u"/v3/Documents"_s, json({ { u"unique_name"_s, u"S"_s } }));
        QCOMPARE(r.status, 201);
        const QJsonObject o = body(r);
        const QString sid = o.value(u"sid").toString();
        QCOMPARE(o.value(u"url").toString(),
            u"http://127.0.0.1:1234/v3/Services/"_s + is + u"/Documents/"_s + sid);
        for (const char *key :
            { "sid", "unique_name", "account_sid", "service_sid", "url", "revision",
                "last_event_id", "date_created", "date_updated", "date_expires", "created_by" })
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QVERIFY(!o.contains(u"data"));
        QCOMPARE(o.value(u"date_created").toString(), u"1970-01-01T00:16:40.000Z"_s);
        QCOMPARE(o.value(u"created_by").toString(), u"alice"_s);
        // Unique names may be percent-encoded in the path.
        r = call(u"GET"_s, u"/v3/Documents/S"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(body(r).value(u"data").toObject(), QJsonObject());
    }

    void percentEncodedNames()
    {
        QCOMPARE(
            call(u"POST"_s, u"/v3/Documents"_s, json({ { u"unique_name"_s, u"a b/c"_s } })).status,
            201);
        QCOMPARE(call(u"GET"_s, u"/v3/Documents/a%20b%2Fc"_s).status, 200);
    }

    void wrongServiceOrRouteIs404()
    {
        QCOMPARE(
            call(u"GET"_s, u"/v3/Services/ISffffffffffffffffffffffffffffffff/Documents/x"_s).status,
            404);
        const auto r = call(u"GET"_s, u"/v3/Nope"_s);
        QCOMPARE(r.status, 404);
        QCOMPARE(body(r).value(u"code").toInt(), 20404);
        QVERIFY(body(r).contains(u"more_info"));
    }

    void aclRefusesWithoutGrant()
    {
        router->setAccessCheck([](const QString &identity, const QString &name, bool write) {
            return identity == u"alice" || (identity == u"reader" && name == u"S" && !write);
        });
        QCOMPARE(call(u"POST"_s, u"/v3/Documents"_s, json({ { u"unique_name"_s, u"S"_s } })).status,
            201);
        auto r = call(u"GET"_s, u"/v3/Documents/S"_s, {}, u"mallory"_s);
        QCOMPARE(r.status, 403);
        QCOMPARE(body(r).value(u"code").toInt(), 54007);
        QCOMPARE(call(u"GET"_s, u"/v3/Documents/S"_s, {}, u"reader"_s).status, 200);
        const QString sid = store->find(u"S"_s, clock)->sid;
        QCOMPARE(call(u"POST"_s, u"/v3/Documents/"_s + sid, json({ { u"data"_s, QJsonObject {} } }),
                     u"reader"_s)
                     .status,
            403);
        QCOMPARE(call(u"DELETE"_s, u"/v3/Documents/"_s + sid, {}, u"reader"_s).status, 403);
        QCOMPARE(
            call(u"POST"_s, u"/v3/Documents"_s, json({ { u"unique_name"_s, u"T"_s } }), u"reader"_s)
                .status,
            403);
        // Subscribing needs read access too.
        FakeSink sink;
        r = call(u"POST"_s, u"/v4/Subscriptions"_s,
            json({ { u"action"_s, u"establish"_s }, { u"correlation_id"_s, 1 },
                { u"requests"_s,
                    QJsonArray { QJsonObject {
                        { u"object_sid"_s, sid }, { u"object_type"_s, u"document"_s } } } } }),
            u"mallory"_s, &sink);
        runAfter(r);
        QCOMPARE(sink.received.size(), 1);
        QCOMPARE(
            sink.received.first().second.value(u"event_type").toString(), u"subscription_failed"_s);
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
        QCOMPARE(call(u"POST"_s, u"/v3/Documents"_s, json({ { u"unique_name"_s, u"R"_s } })).status,
            201);
        const QString path = u"/v3/Documents/R"_s;
        int ok = 0;
        CdsResponse last;
        for (int i = 0; i < 201; ++i) {
            last = call(u"POST"_s, path, json({ { u"data"_s, QJsonObject { { u"i"_s, i } } } }));
            ok += last.status == 200 ? 1 : 0;
        }
        QCOMPARE(ok, 200);
        QCOMPARE(last.status, 429);
        QCOMPARE(body(last).value(u"code").toInt(), 54009);
        QCOMPARE(store->find(u"R"_s, clock)->data.value(u"i").toInt(), 199);
        clock += 1000; // 20 more writes per second
        QCOMPARE(call(u"POST"_s, path, json({ { u"data"_s, QJsonObject {} } })).status, 200);
        limiter->setEnabled(false);
        for (int i = 0; i < 300; ++i)
            QCOMPARE(call(u"POST"_s, path, json({ { u"data"_s, QJsonObject {} } })).status, 200);
    }

    void replayComesBeforeEstablished()
    {
        QCOMPARE(call(u"POST"_s, u"/v3/Documents"_s, json({ { u"unique_name"_s, u"E"_s } })).status,
            201);
        const QString sid = store->find(u"E"_s, clock)->sid;
        for (int i = 0; i < 2; ++i)
            QCOMPARE(call(u"POST"_s, u"/v3/Documents/E"_s,
                         json({ { u"data"_s, QJsonObject { { u"i"_s, i } } } }))
                         .status,
                200);
        FakeSink sink;
        auto r = call(u"POST"_s, u"/v4/Subscriptions"_s,
            json({ { u"action"_s, u"establish"_s }, { u"correlation_id"_s, 1795843676923.0 },
                { u"requests"_s,
                    QJsonArray {
                        QJsonObject { { u"object_sid"_s, sid }, { u"object_type"_s, u"document"_s },
                            { u"last_event_id"_s, 0 }, { u"type"_s, u"ignored"_s } } } } }),
            u"alice"_s, &sink);
        QCOMPARE(r.status, 200);
        QCOMPARE(sink.received.size(), 0); // only after the reply
        runAfter(r);
        QCOMPARE(sink.received.size(), 2);
        QCOMPARE(sink.received[0].first, u"twilio.sync.event"_s);
        QCOMPARE(sink.received[0].second.value(u"event_type").toString(), u"document_updated"_s);
        QCOMPARE(sink.received[0].second.value(u"correlation_id").toInteger(), 1795843676923);
        QCOMPARE(sink.received[0].second.value(u"event").toObject().value(u"id").toInt(), 2);
        QCOMPARE(
            sink.received[1].second.value(u"event_type").toString(), u"subscription_established"_s);
        QVERIFY(hub->isSubscribed(sid, &sink));

        // A write fans out to the subscriber after the writer's reply.
        sink.received.clear();
        r = call(u"POST"_s, u"/v3/Documents/E"_s,
            json({ { u"data"_s, QJsonObject { { u"i"_s, 9 } } } }), u"alice"_s, &sink);
        QCOMPARE(sink.received.size(), 0);
        runAfter(r);
        QCOMPARE(sink.received.size(), 1);
        QCOMPARE(sink.received[0].first, u"com.twilio.rtd.cds.document"_s);
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
        QVERIFY(faults.configure({ u"412=1"_s }, 1, true, nullptr));
        router->setFaults(&faults);
        QCOMPARE(call(u"POST"_s, u"/v3/Documents"_s, json({ { u"unique_name"_s, u"F"_s } })).status,
            201);
        QCOMPARE(call(u"POST"_s, u"/v3/Documents/F"_s, json({ { u"data"_s, QJsonObject {} } }),
                     u"a"_s, nullptr, { { u"if-match"_s, u"0"_s } })
                     .status,
            412);
        QCOMPARE(
            call(u"POST"_s, u"/v3/Documents/F"_s, json({ { u"data"_s, QJsonObject {} } })).status,
            200);
        QString error;
        QVERIFY(!faults.configure({ u"bogus=1"_s }, 1, true, &error));
        QVERIFY(!error.isEmpty());
    }

    // Every error the router answers carries Twilio's status, code and message.
    void errorsAreTwilios()
    {
        const QString nameMessage = u"Invalid unique name. Expected a string with length 1-320 "
                                    u"not matching the SID pattern [A-Z]{2}[a-f0-9]{32}"_s;
        const QString missingSid = u"ET0123456789abcdef0123456789abcdef"_s;
        QVERIFY(isTwilioError(
            call(u"GET"_s, u"/v3/Documents/nobody"_s), 404, 54300, u"Unique name not found"_s));
        QVERIFY(isTwilioError(
            call(u"GET"_s, u"/v3/Documents/"_s + missingSid), 404, 54100, u"Document not found"_s));
        QVERIFY(isTwilioError(
            call(u"POST"_s, u"/v3/Documents/nobody"_s, json({ { u"data"_s, QJsonObject {} } })),
            404, 54300, u"Unique name not found"_s));
        QVERIFY(isTwilioError(call(u"DELETE"_s, u"/v3/Documents/"_s + missingSid), 404, 54100,
            u"Document not found"_s));
        for (const QJsonValue &name : { QJsonValue(u"AB0123456789abcdef0123456789abcdef"_s),
                 QJsonValue(QString(321, u'n')), QJsonValue(QString()), QJsonValue(7) })
            QVERIFY(isTwilioError(
                call(u"POST"_s, u"/v3/Documents"_s, json({ { u"unique_name"_s, name } })), 400,
                54302, nameMessage));
        QCOMPARE(
            call(u"POST"_s, u"/v3/Documents"_s, json({ { u"unique_name"_s, QString(320, u'n') } }))
                .status,
            201);
        QCOMPARE(call(u"POST"_s, u"/v3/Documents"_s, json({ { u"unique_name"_s, u"E"_s } })).status,
            201);
        QVERIFY(isTwilioError(
            call(u"POST"_s, u"/v3/Documents"_s, json({ { u"unique_name"_s, u"E"_s } })), 409, 54301,
            u"Unique name already exists"_s));
        QVERIFY(isTwilioError(call(u"POST"_s, u"/v3/Documents"_s,
                                  json({ { u"unique_name"_s, u"T"_s }, { u"ttl"_s, -1 } })),
            400, 54011, u"Invalid TTL"_s));
        const QJsonObject big { { u"k"_s, QString(17 * 1024, u'x') } };
        QVERIFY(isTwilioError(call(u"POST"_s, u"/v3/Documents/E"_s, json({ { u"data"_s, big } })),
            413, 54006, u"Request entity too large"_s));
        QVERIFY(isTwilioError(
            call(u"POST"_s, u"/v3/Documents/E"_s, "{not json"), 400, 54008, u"Invalid JSON"_s));
        QVERIFY(
            isTwilioError(call(u"POST"_s, u"/v3/Documents/E"_s, json({ { u"data"_s, u"text"_s } })),
                400, 54008, u"Invalid JSON"_s));
        QVERIFY(isTwilioError(
            call(u"POST"_s, u"/v3/Documents/E"_s, json({ { u"data"_s, QJsonObject {} } }), u"a"_s,
                nullptr, { { u"if-match"_s, u"99"_s } }),
            412, 54103, u"Document revision mismatch"_s));
        QVERIFY(isTwilioError(
            call(u"POST"_s, u"/v3/Documents/E"_s, json({ { u"data"_s, QJsonObject {} } }), u"a"_s,
                nullptr, { { u"if-match"_s, u" "_s } }),
            400, 54003, u"Invalid If-Match header"_s));
        QJsonObject deep { { u"v"_s, 1 } };
        for (int i = 0; i < 130; ++i)
            deep = QJsonObject { { u"d"_s, deep } };
        QVERIFY(isTwilioError(call(u"POST"_s, u"/v3/Documents/E"_s, json({ { u"data"_s, deep } })),
            400, 54008, u"Invalid JSON: data is nested deeper than 128 levels"_s));
        QVERIFY(isTwilioError(
            call(u"PUT"_s, u"/v3/Documents/E"_s), 405, 20004, u"Method not allowed"_s));
        QVERIFY(isTwilioError(call(u"GET"_s, u"/v3/Nope"_s), 404, 20404,
            u"The requested resource /v3/Nope was not found"_s));
        QVERIFY(isTwilioError(
            call(u"POST"_s, u"/v4/Subscriptions"_s, json({ { u"action"_s, u"nope"_s } })), 400,
            54008, u"Invalid JSON"_s));

        router->setAccessCheck([](const QString &, const QString &, bool) { return false; });
        QVERIFY(isTwilioError(
            call(u"GET"_s, u"/v3/Documents/E"_s), 403, 54007, u"Access forbidden for identity"_s));
        router->setAccessCheck({});

        FaultInjector faults;
        QVERIFY(faults.configure({ u"429=1"_s }, 1, true, nullptr));
        router->setFaults(&faults);
        QVERIFY(isTwilioError(
            call(u"POST"_s, u"/v3/Documents/E"_s, json({ { u"data"_s, QJsonObject {} } })), 429,
            54009, u"Rate limit exceeded"_s));
        FaultInjector unavailable;
        QVERIFY(unavailable.configure({ u"503=1"_s }, 1, true, nullptr));
        router->setFaults(&unavailable);
        QVERIFY(isTwilioError(
            call(u"GET"_s, u"/v3/Documents/E"_s), 503, 20503, u"Service unavailable"_s));
        router->setFaults(nullptr);
    }

    void subscriptionFailureIsTwilios()
    {
        FakeSink sink;
        auto r = call(u"POST"_s, u"/v4/Subscriptions"_s,
            json({ { u"action"_s, u"establish"_s }, { u"correlation_id"_s, 5 },
                { u"requests"_s,
                    QJsonArray { QJsonObject { { u"object_sid"_s, u"ET000"_s },
                        { u"object_type"_s, u"document"_s } } } } }),
            u"alice"_s, &sink);
        QCOMPARE(r.status, 200);
        runAfter(r);
        QCOMPARE(sink.received.size(), 1);
        const QJsonObject failed = sink.received.first().second;
        QCOMPARE(failed.value(u"event_type").toString(), u"subscription_failed"_s);
        const QJsonObject error
            = failed.value(u"events").toArray().first().toObject().value(u"error").toObject();
        QCOMPARE(error.value(u"status").toInt(), 404);
        QCOMPARE(error.value(u"code").toInt(), 54100);
        QCOMPARE(error.value(u"message").toString(), u"Document not found"_s);
    }
};

QTEST_GUILESS_MAIN(TestCdsRouter)
#include "tst_cdsrouter.moc"
