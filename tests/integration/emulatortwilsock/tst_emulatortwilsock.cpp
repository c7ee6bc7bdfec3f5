// Twilsock + CDS behaviour of a spawned sp-sync-emulator, driven by a raw QWebSocket and the
// shared frame codec (no client library in the way).
#include "emulatorprocess.h"
#include "testsecret.h"
#include "twilsocktestclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QByteArray jsonBytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

int statusCode(const Twilsock::Frame &f)
{
    return f.header.value(u"status").toObject().value(u"code").toInt();
}

int statusErrorCode(const Twilsock::Frame &f)
{
    return f.header.value(u"status").toObject().value(u"errorCode").toInt();
}

QString uniqueName(const char *base)
{
    static int counter = 0;
    return u"%1_%2"_s.arg(QLatin1String(base)).arg(++counter);
}
} // namespace

class TestEmulatorTwilsock : public QObject
{
    Q_OBJECT

private:
    QString token(const QString &identity, int ttl = 3600) { return m_secret.token(identity, ttl); }
    // Opens a client initialised as identity (owned by the test function's scope).
    std::unique_ptr<TwilsockTestClient> client(const QString &identity = u"alice"_s)
    {
        auto c = std::make_unique<TwilsockTestClient>();
        if (!c->connectAndInit(m_emu.twilsockUrl(), token(identity)))
            return nullptr;
        return c;
    }
    // POST /v3/Documents; returns the resource.
    QJsonObject create(TwilsockTestClient &c, const QString &name, const QJsonObject &data = {})
    {
        const auto reply = c.request(u"POST"_s, u"/v3/Documents"_s,
            jsonBytes({ { u"unique_name"_s, name }, { u"data"_s, data } }));
        if (!reply || TwilsockTestClient::httpStatus(*reply) != 201)
            return {};
        return TwilsockTestClient::json(*reply);
    }
    QString urlPath(const QJsonObject &resource)
    {
        return QUrl(resource.value(u"url").toString()).path();
    }
    std::optional<Twilsock::Frame> subscribe(TwilsockTestClient &c, const QString &sid,
        qint64 correlation, std::optional<qint64> lastEventId = 0)
    {
        QJsonObject item { { u"object_sid"_s, sid }, { u"object_type"_s, u"document"_s } };
        if (lastEventId)
            item.insert(u"last_event_id"_s, *lastEventId);
        return c.request(u"POST"_s, u"/v4/Subscriptions"_s,
            jsonBytes({ { u"event_protocol_version"_s, 4 }, { u"action"_s, u"establish"_s },
                { u"correlation_id"_s, correlation }, { u"retried_requests"_s, 0 },
                { u"ttl_in_s"_s, -1 }, { u"requests"_s, QJsonArray { item } } }));
    }

    QTemporaryDir m_dir;
    TestSecret m_secret { m_dir.path(), "emulator-twilsock-test-secret-3e71a9d04c" };
    EmulatorProcess m_emu;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_secret.write());
        QString error;
        QVERIFY2(
            m_emu.start({ u"--memory"_s, u"--acl"_s, u"open"_s, u"--secret-file"_s, m_secret.path(),
                            u"--ping-interval"_s, u"1"_s, u"--expiry-warning"_s, u"2"_s },
                &error),
            qPrintable(error));
    }

    void initReplyHasWhatClientsNeed()
    {
        TwilsockTestClient c;
        QVERIFY(c.open(m_emu.twilsockUrl()));
        const auto reply = c.init(token(u"alice"_s));
        QVERIFY(reply);
        QCOMPARE(statusCode(*reply), 200);
        const QJsonObject h = reply->header;
        QVERIFY(!h.value(u"continuation_token").toString().isEmpty());
        QVERIFY(h.value(u"continuation_token_status").isObject());
        QVERIFY(!h.value(u"offline_storage")
                     .toObject()
                     .value(u"data_sync")
                     .toObject()
                     .value(u"storage_id")
                     .toString()
                     .isEmpty());
        // The JS client does not ask for the account descriptor, so it gets none...
        QVERIFY(!h.contains(u"account_descriptor"));
        // ...while Kotlin (and our client) ask for it.
        TwilsockTestClient k;
        QVERIFY(k.open(m_emu.twilsockUrl()));
        const auto kotlinReply = k.init(
            token(u"alice"_s), 10000, QJsonArray { u"client_update"_s, u"account_descriptor"_s });
        QVERIFY(kotlinReply);
        const QJsonObject account = kotlinReply->header.value(u"account_descriptor").toObject();
        QCOMPARE(account.value(u"identity").toString(), u"alice"_s);
        QVERIFY(account.value(u"account_sid").toString().startsWith(u"AC"));
        QVERIFY(account.value(u"instance_sids")
                    .toObject()
                    .value(u"data_sync")
                    .toString()
                    .startsWith(u"IS"));
        const QJsonArray caps = h.value(u"capabilities").toArray();
        QVERIFY(caps.contains(u"client_update"_s));
        QVERIFY(!caps.contains(u"telemetry.v1"_s));
        QVERIFY(h.value(u"init_registrations").isArray());
    }

    void initRefusesForgedAndExpiredTokens_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<int>("errorCode");
        QTest::newRow("forged signature") << 0 << 20101;
        QTest::newRow("garbage") << 1 << 20101;
        QTest::newRow("expired") << 2 << 20104;
    }
    void initRefusesForgedAndExpiredTokens()
    {
        QFETCH(int, which);
        QFETCH(int, errorCode);
        QString jwt;
        if (which == 0) {
            jwt = token(u"alice"_s);
            jwt[jwt.size() - 2] = jwt.at(jwt.size() - 2) == u'A' ? u'B' : u'A';
        } else if (which == 1) {
            jwt = u"fake.token.value"_s;
        } else {
            jwt = token(u"alice"_s, -60);
        }
        QVERIFY(!jwt.isEmpty());
        TwilsockTestClient c;
        QVERIFY(c.open(m_emu.twilsockUrl()));
        const auto reply = c.init(jwt);
        QVERIFY(reply);
        QCOMPARE(statusCode(*reply), 401);
        QCOMPARE(statusErrorCode(*reply), errorCode);
        QCOMPARE(reply->header.value(u"status").toObject().value(u"status").toString(),
            u"UNAUTHORIZED"_s);
        // Twilio's fixed description; our detail stays in the emulator's log.
        QCOMPARE(reply->header.value(u"status").toObject().value(u"description").toString(),
            errorCode == 20104 ? u"Access Token expired or expiration date invalid"_s
                               : u"Invalid Access Token"_s);
        QVERIFY(c.waitDisconnected());
    }

    void messageBeforeInitIsRefused()
    {
        TwilsockTestClient c;
        QVERIFY(c.open(m_emu.twilsockUrl()));
        const auto reply = c.request(u"GET"_s, u"/v3/Documents/x"_s);
        QVERIFY(reply);
        QVERIFY(statusCode(*reply) >= 400);
    }

    void openOrCreateJsOrder()
    {
        auto c = client();
        QVERIFY(c);
        const QString name = uniqueName("Session_js");
        auto reply = c->request(u"GET"_s, u"/v3/Documents/"_s + name);
        QVERIFY(reply);
        QCOMPARE(TwilsockTestClient::httpStatus(*reply), 404);
        QCOMPARE(statusCode(*reply), 200); // HTTP errors ride in http_status
        // By unique name: Twilio's 54300 (54100 is for a SID).
        QCOMPARE(TwilsockTestClient::json(*reply).value(u"code").toInt(), 54300);
        QCOMPARE(TwilsockTestClient::json(*reply).value(u"message").toString(),
            u"Unique name not found"_s);

        reply = c->request(u"POST"_s, u"/v3/Documents"_s,
            jsonBytes(
                { { u"unique_name"_s, name }, { u"data"_s, QJsonObject { { u"a"_s, 1 } } } }));
        QVERIFY(reply);
        QCOMPARE(TwilsockTestClient::httpStatus(*reply), 201);
        const QJsonObject created = TwilsockTestClient::json(*reply);
        QVERIFY(!created.contains(u"data"));
        QVERIFY(QRegularExpression(u"^ET[0-9a-f]{32}$"_s)
                    .match(created.value(u"sid").toString())
                    .hasMatch());
        QVERIFY(created.value(u"revision").isString());
        QCOMPARE(created.value(u"last_event_id").toInt(), 0);
        QCOMPARE(created.value(u"unique_name").toString(), name);
        QVERIFY(created.value(u"date_expires").isNull());
        const QUrl url(created.value(u"url").toString());
        QCOMPARE(url.scheme(), u"http"_s);
        QVERIFY(url.path().endsWith(u"/Documents/"_s + created.value(u"sid").toString()));
        QVERIFY(url.path().startsWith(u"/v3/Services/IS"_s));
        QVERIFY(created.value(u"date_created").toString().endsWith(u'Z'));

        reply = c->request(u"GET"_s, u"/v3/Documents/"_s + name);
        QVERIFY(reply);
        QCOMPARE(TwilsockTestClient::httpStatus(*reply), 200);
        QCOMPARE(TwilsockTestClient::json(*reply).value(u"data").toObject().value(u"a").toInt(), 1);
        reply = c->request(u"GET"_s, url.path());
        QVERIFY(reply);
        QCOMPARE(TwilsockTestClient::httpStatus(*reply), 200);
        QCOMPARE(TwilsockTestClient::json(*reply).value(u"sid"), created.value(u"sid"));
    }

    void openOrCreateKotlinOrder()
    {
        auto a = client(u"alice"_s);
        auto b = client(u"bob"_s);
        QVERIFY(a && b);
        const QString name = uniqueName("Session_kt");
        const QByteArray body = jsonBytes({ { u"unique_name"_s, name }, { u"ttl"_s, 0 } });
        // Kotlin sends header values as arrays.
        const QJsonObject headers { { u"Content-Type"_s,
            QJsonArray { u"application/json; charset=utf-8"_s } } };
        auto reply = a->request(u"POST"_s, u"/v3/Documents"_s, body, headers);
        QVERIFY(reply);
        QCOMPARE(TwilsockTestClient::httpStatus(*reply), 201);
        QVERIFY(!TwilsockTestClient::json(*reply).contains(u"data"));
        reply = b->request(u"POST"_s, u"/v3/Documents"_s, body, headers);
        QVERIFY(reply);
        QCOMPARE(TwilsockTestClient::httpStatus(*reply), 409);
        QCOMPARE(TwilsockTestClient::json(*reply).value(u"code").toInt(), 54301);
        reply = b->request(u"GET"_s, u"/v3/Documents/"_s + name);
        QVERIFY(reply);
        QCOMPARE(TwilsockTestClient::httpStatus(*reply), 200);
        QCOMPARE(TwilsockTestClient::json(*reply).value(u"data").toObject(), QJsonObject());
    }

    void conditionalWriteConflict()
    {
        auto c = client();
        QVERIFY(c);
        const QJsonObject doc = create(*c, uniqueName("Session_if"));
        QVERIFY(!doc.isEmpty());
        const QString rev0 = doc.value(u"revision").toString();
        auto reply = c->request(u"POST"_s, urlPath(doc),
            jsonBytes({ { u"data"_s, QJsonObject { { u"n"_s, 1 } } } }),
            { { u"If-Match"_s, rev0 } });
        QVERIFY(reply);
        QCOMPARE(TwilsockTestClient::httpStatus(*reply), 200);
        const QJsonObject updated = TwilsockTestClient::json(*reply);
        QVERIFY(!updated.contains(u"data"));
        QVERIFY(updated.value(u"revision").toString() != rev0);
        QCOMPARE(updated.value(u"last_event_id").toInt(), 1);

        reply = c->request(u"POST"_s, urlPath(doc),
            jsonBytes({ { u"data"_s, QJsonObject { { u"n"_s, 2 } } } }),
            { { u"If-Match"_s, rev0 } });
        QVERIFY(reply);
        QCOMPARE(TwilsockTestClient::httpStatus(*reply), 412);
        QCOMPARE(TwilsockTestClient::json(*reply).value(u"code").toInt(), 54103);

        // The same with the header as an array, and the current revision: accepted.
        reply = c->request(u"POST"_s, urlPath(doc),
            jsonBytes({ { u"data"_s, QJsonObject { { u"n"_s, 3 } } } }),
            { { u"If-Match"_s, QJsonArray { updated.value(u"revision") } } });
        QVERIFY(reply);
        QCOMPARE(TwilsockTestClient::httpStatus(*reply), 200);
        reply = c->request(u"GET"_s, urlPath(doc));
        QVERIFY(reply);
        QCOMPARE(TwilsockTestClient::json(*reply).value(u"data").toObject().value(u"n").toInt(), 3);
    }

    void ttlSetsDateExpiresAndRejectsOutOfRange()
    {
        auto c = client();
        QVERIFY(c);
        const QJsonObject doc = create(*c, uniqueName("Session_ttl"));
        auto reply = c->request(u"POST"_s, urlPath(doc), jsonBytes({ { u"ttl"_s, 3600 } }));
        QVERIFY(reply);
        QCOMPARE(TwilsockTestClient::httpStatus(*reply), 200);
        QVERIFY(TwilsockTestClient::json(*reply).value(u"date_expires").isString());
        reply = c->request(u"POST"_s, urlPath(doc), jsonBytes({ { u"ttl"_s, 31536001 } }));
        QVERIFY(reply);
        QCOMPARE(TwilsockTestClient::httpStatus(*reply), 400);
        QCOMPARE(TwilsockTestClient::json(*reply).value(u"code").toInt(), 54011);
        reply = c->request(u"POST"_s, urlPath(doc), jsonBytes({ { u"ttl"_s, 0 } }));
        QVERIFY(reply);
        QVERIFY(TwilsockTestClient::json(*reply).value(u"date_expires").isNull());
    }

    void subscribeFanOutAndReplay()
    {
        auto a = client(u"alice"_s);
        auto b = client(u"bob"_s);
        QVERIFY(a && b);
        const QJsonObject doc = create(*a, uniqueName("Session_sub"));
        const QString sid = doc.value(u"sid").toString();
        const qint64 correlation = 1795843676923; // JS uses Date.now(): more than 32 bits
        for (TwilsockTestClient *c : { a.get(), b.get() }) {
            const auto reply = subscribe(*c, sid, correlation, 0);
            QVERIFY(reply);
            QCOMPARE(TwilsockTestClient::httpStatus(*reply), 200);
            const QJsonObject body = TwilsockTestClient::json(*reply);
            QVERIFY(body.value(u"estimated_delivery_in_ms").toInt() > 0);
            QVERIFY(body.value(u"max_batch_size").toInt() > 0);
            QCOMPARE(body.value(u"ttl_in_s").toInt(), -1);
            const auto established = c->waitNotification(u"subscription_established"_s);
            QVERIFY(established);
            QCOMPARE(established->header.value(u"message_type").toString(), u"twilio.sync.event"_s);
            const QJsonObject payload = TwilsockTestClient::json(*established);
            QCOMPARE(payload.value(u"correlation_id").toInteger(), correlation);
            const QJsonObject ev = payload.value(u"events").toArray().first().toObject();
            QCOMPARE(ev.value(u"object_sid").toString(), sid);
            QCOMPARE(ev.value(u"replay_status").toString(), u"completed"_s);
            QCOMPARE(ev.value(u"last_event_id").toInt(), 0);
        }

        // A write reaches every subscriber, the writer included.
        auto reply = a->request(u"POST"_s, urlPath(doc),
            jsonBytes({ { u"data"_s, QJsonObject { { u"step"_s, 1 } } } }));
        QVERIFY(reply);
        QCOMPARE(TwilsockTestClient::httpStatus(*reply), 200);
        for (TwilsockTestClient *c : { a.get(), b.get() }) {
            const auto update = c->waitNotification(u"document_updated"_s);
            QVERIFY(update);
            QCOMPARE(
                update->header.value(u"message_type").toString(), u"com.twilio.rtd.cds.document"_s);
            const QJsonObject event = TwilsockTestClient::json(*update).value(u"event").toObject();
            QCOMPARE(event.value(u"id").toInt(), 1);
            QCOMPARE(event.value(u"document_sid").toString(), sid);
            QCOMPARE(event.value(u"document_data").toObject().value(u"step").toInt(), 1);
            QVERIFY(event.value(u"document_revision").isString());
        }

        // B goes away; A writes twice; B comes back and re-pokes with its last_event_id.
        b.reset();
        for (int step = 2; step <= 3; ++step) {
            reply = a->request(u"POST"_s, urlPath(doc),
                jsonBytes({ { u"data"_s, QJsonObject { { u"step"_s, step } } } }));
            QVERIFY(reply);
            QCOMPARE(TwilsockTestClient::httpStatus(*reply), 200);
        }
        b = client(u"bob"_s);
        QVERIFY(b);
        QVERIFY(subscribe(*b, sid, correlation + 1, 1));
        const auto replay = b->waitNotification(u"document_updated"_s);
        QVERIFY(replay);
        QCOMPARE(replay->header.value(u"message_type").toString(), u"twilio.sync.event"_s);
        const QJsonObject replayPayload = TwilsockTestClient::json(*replay);
        QCOMPARE(replayPayload.value(u"correlation_id").toInteger(), correlation + 1);
        QCOMPARE(replayPayload.value(u"event").toObject().value(u"id").toInt(), 3);
        QCOMPARE(replayPayload.value(u"event")
                     .toObject()
                     .value(u"document_data")
                     .toObject()
                     .value(u"step")
                     .toInt(),
            3);
        const auto established = b->waitNotification(u"subscription_established"_s);
        QVERIFY(established);
        QCOMPARE(TwilsockTestClient::json(*established)
                     .value(u"events")
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"last_event_id")
                     .toInt(),
            3);

        // Up to date: no replay, just established.
        auto c = client(u"carol"_s);
        QVERIFY(c);
        QVERIFY(subscribe(*c, sid, 7, 3));
        QVERIFY(c->waitNotification(u"subscription_established"_s));
        for (const auto &f : c->pending())
            QVERIFY(
                TwilsockTestClient::json(f).value(u"event_type").toString() != u"document_updated");

        // Cancel stops the events.
        reply = c->request(u"POST"_s, u"/v4/Subscriptions"_s,
            jsonBytes({ { u"event_protocol_version"_s, 4 }, { u"action"_s, u"cancel"_s },
                { u"correlation_id"_s, 8 },
                { u"requests"_s,
                    QJsonArray { QJsonObject {
                        { u"object_sid"_s, sid }, { u"object_type"_s, u"document"_s } } } } }));
        QVERIFY(reply);
        QCOMPARE(TwilsockTestClient::httpStatus(*reply), 200);
        const auto canceled = c->waitNotification(u"subscription_canceled"_s);
        QVERIFY(canceled);
        QCOMPARE(TwilsockTestClient::json(*canceled).value(u"correlation_id").toInt(), 8);
        reply = a->request(u"POST"_s, urlPath(doc),
            jsonBytes({ { u"data"_s, QJsonObject { { u"step"_s, 4 } } } }));
        QVERIFY(reply);
        QVERIFY(b->waitNotification(u"document_updated"_s)); // still subscribed
        // A round trip on c: anything sent to c before its reply would be queued by now.
        QVERIFY(c->request(u"GET"_s, u"/v3/Configuration"_s));
        for (const auto &f : c->pending())
            QVERIFY(
                TwilsockTestClient::json(f).value(u"event_type").toString() != u"document_updated");
    }

    void subscribeToMissingDocumentFails()
    {
        auto c = client();
        QVERIFY(c);
        QVERIFY(subscribe(*c, u"ET00000000000000000000000000000000"_s, 42, 0));
        const auto failed = c->waitNotification(u"subscription_failed"_s);
        QVERIFY(failed);
        const QJsonObject err = TwilsockTestClient::json(*failed)
                                    .value(u"events")
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(u"error")
                                    .toObject();
        QCOMPARE(err.value(u"status").toInt(), 404);
        QCOMPARE(err.value(u"code").toInt(), 54100);
    }

    void deleteNotifiesSubscribers()
    {
        auto a = client(u"alice"_s);
        auto b = client(u"bob"_s);
        QVERIFY(a && b);
        const QJsonObject doc = create(*a, uniqueName("Session_del"));
        QVERIFY(subscribe(*b, doc.value(u"sid").toString(), 1, 0));
        QVERIFY(b->waitNotification(u"subscription_established"_s));
        // twilio-sync 4.0.1 sends the non-JSON body "data_sync" with DELETE: it must be ignored.
        auto reply = a->request(u"DELETE"_s, urlPath(doc), "data_sync");
        QVERIFY(reply);
        QCOMPARE(TwilsockTestClient::httpStatus(*reply), 204);
        QVERIFY(reply->payload.isEmpty());
        const auto removed = b->waitNotification(u"document_removed"_s);
        QVERIFY(removed);
        QCOMPARE(
            removed->header.value(u"message_type").toString(), u"com.twilio.rtd.cds.document"_s);
        QCOMPARE(
            TwilsockTestClient::json(*removed).value(u"event").toObject().value(u"document_sid"),
            doc.value(u"sid"));
        reply = a->request(u"GET"_s, urlPath(doc));
        QVERIFY(reply);
        QCOMPARE(TwilsockTestClient::httpStatus(*reply), 404);
        // The name is free again.
        QVERIFY(!create(*a, doc.value(u"unique_name").toString()).isEmpty());
    }

    void oversizedDataIsRefusedAndDocumentUnchanged()
    {
        auto c = client();
        QVERIFY(c);
        const QJsonObject doc = create(*c, uniqueName("Session_big"), { { u"keep"_s, u"me"_s } });
        const QJsonObject big { { u"blob"_s, QString(17000, u'x') } };
        auto reply = c->request(u"POST"_s, urlPath(doc), jsonBytes({ { u"data"_s, big } }));
        QVERIFY(reply);
        QCOMPARE(TwilsockTestClient::httpStatus(*reply), 413);
        QCOMPARE(TwilsockTestClient::json(*reply).value(u"code").toInt(), 54006);
        reply = c->request(u"GET"_s, urlPath(doc));
        QVERIFY(reply);
        const QJsonObject now = TwilsockTestClient::json(*reply);
        QCOMPARE(now.value(u"data").toObject(), QJsonObject({ { u"keep"_s, u"me"_s } }));
        QCOMPARE(now.value(u"revision"), doc.value(u"revision"));
        // Creating with too much data creates nothing.
        const QString name = uniqueName("Session_big");
        reply = c->request(u"POST"_s, u"/v3/Documents"_s,
            jsonBytes({ { u"unique_name"_s, name }, { u"data"_s, big } }));
        QVERIFY(reply);
        QCOMPARE(TwilsockTestClient::json(*reply).value(u"code").toInt(), 54006);
        reply = c->request(u"GET"_s, u"/v3/Documents/"_s + name);
        QVERIFY(reply);
        QCOMPARE(TwilsockTestClient::httpStatus(*reply), 404);
    }

    void uniqueNameRules_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("httpStatus");
        QTest::newRow("320 chars") << QString(320, u'n') << 201;
        QTest::newRow("321 chars") << QString(321, u'n') << 400;
        QTest::newRow("SID-shaped ET") << u"ET0123456789abcdef0123456789abcdef"_s << 400;
        // Twilio's SID pattern has lower-case hex only.
        QTest::newRow("upper hex is a name") << u"ES0123456789ABCDEF0123456789ABCDEF"_s << 201;
        QTest::newRow("empty") << QString() << 400;
        QTest::newRow("SP session name") << u"Session_ES0123456789abcdef0123456789abcdef"_s << 201;
    }
    void uniqueNameRules()
    {
        QFETCH(QString, name);
        QFETCH(int, httpStatus);
        auto c = client();
        QVERIFY(c);
        const auto reply
            = c->request(u"POST"_s, u"/v3/Documents"_s, jsonBytes({ { u"unique_name"_s, name } }));
        QVERIFY(reply);
        QCOMPARE(TwilsockTestClient::httpStatus(*reply), httpStatus);
        if (httpStatus == 400)
            QCOMPARE(TwilsockTestClient::json(*reply).value(u"code").toInt(), 54302);
    }

    void malformedBodyGets400()
    {
        auto c = client();
        QVERIFY(c);
        const auto reply = c->request(u"POST"_s, u"/v3/Documents"_s, "{not json");
        QVERIFY(reply);
        QCOMPARE(TwilsockTestClient::httpStatus(*reply), 400);
        const QJsonObject body = TwilsockTestClient::json(*reply);
        QCOMPARE(body.value(u"status").toInt(), 400);
        QVERIFY(body.value(u"code").toInt() > 0);
        QVERIFY(!body.value(u"message").toString().isEmpty());
    }

    void configurationHasAllLinks()
    {
        auto c = client();
        QVERIFY(c);
        const auto reply = c->request(u"GET"_s, u"/v3/Configuration"_s);
        QVERIFY(reply);
        QCOMPARE(TwilsockTestClient::httpStatus(*reply), 200);
        const QJsonObject links = TwilsockTestClient::json(*reply).value(u"links").toObject();
        for (const char *key :
            { "subscriptions", "documents", "maps", "lists", "streams", "map_items", "map_item",
                "list_items", "list_item", "stream_messages", "insights_items" })
            QVERIFY2(links.value(QLatin1String(key)).toString().startsWith(u"http://"), key);
        QVERIFY(links.value(u"list_items").toString().contains(u"/v3/Services/IS"));
    }

    void malformedFrameClosesOnlyThatConnection_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("text");
        const QByteArray header = R"({"method":"message","id":"TM1","payload_size":0})";
        QTest::newRow("wrong preamble") << QByteArray("TWILSOCK V2.0 5\r\n{}\r\n") << false;
        QTest::newRow("header length past end")
            << QByteArray("TWILSOCK V3.0 999\r\n{\"a\":1}\r\n") << false;
        QTest::newRow("header not JSON") << QByteArray("TWILSOCK V3.0 5\r\n{nope\r\n") << false;
        QTest::newRow("payload_size mismatch") << QByteArray("TWILSOCK V3.0 "
            + QByteArray::number(header.size() + 1) + "\r\n"
            + QByteArray(header).replace("\"payload_size\":0", "\"payload_size\":10") + "\r\nabc")
                                               << false;
        QTest::newRow("text frame")
            << Twilsock::encode(QJsonObject { { u"method"_s, u"ping"_s }, { u"id"_s, u"TM2"_s } })
            << true;
        QTest::newRow("1 MiB junk") << QByteArray(1024 * 1024, '\x7f') << false;
        QTest::newRow("empty message") << QByteArray() << false;
        QTest::newRow("header is an array") << QByteArray("TWILSOCK V3.0 2\r\n[]\r\n") << false;
        QTest::newRow("no method or id")
            << QByteArray("TWILSOCK V3.0 17\r\n{\"payload_size\":0}\r\n") << false;
        QTest::newRow("huge header length") << QByteArray("TWILSOCK V3.0 999999999\r\n{}") << false;
        QTest::newRow("message without http_request") << Twilsock::encode(
            QJsonObject { { u"method"_s, u"message"_s }, { u"id"_s, u"TM3"_s } })
                                                      << false;
    }
    void malformedFrameClosesOnlyThatConnection()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, text);
        auto bystander = client(u"bob"_s);
        auto victim = client(u"mallory"_s);
        QVERIFY(bystander && victim);
        if (text)
            victim->socket().sendTextMessage(QString::fromUtf8(bytes));
        else
            victim->socket().sendBinaryMessage(bytes);
        const auto close
            = victim->waitFrame([](const Twilsock::Frame &f) { return f.method() == u"close"; });
        QVERIFY(close);
        QCOMPARE(statusCode(*close), 406);
        QCOMPARE(statusErrorCode(*close), 51214);
        QCOMPARE(close->header.value(u"status").toObject().value(u"description").toString(),
            u"Not acceptable message"_s);
        QVERIFY(victim->waitDisconnected());
        // The server and other connections are unaffected.
        const auto reply = bystander->request(u"GET"_s, u"/v3/Configuration"_s);
        QVERIFY(reply);
        QCOMPARE(TwilsockTestClient::httpStatus(*reply), 200);
        QVERIFY(client(u"newcomer"_s));
    }

    void serverPings()
    {
        auto c = client();
        QVERIFY(c);
        QVERIFY(c->waitFrame([](const Twilsock::Frame &f) { return f.method() == u"ping"; }, 5000));
    }

    void tokenUpdate()
    {
        auto c = client(u"alice"_s);
        QVERIFY(c);
        const QString id = Twilsock::newMessageId();
        c->sendFrame({ { u"id"_s, id }, { u"method"_s, u"update"_s },
            { u"token"_s, token(u"alice"_s, 7200) } });
        auto reply = c->waitFrame([id](const Twilsock::Frame &f) { return f.id() == id; });
        QVERIFY(reply);
        QCOMPARE(statusCode(*reply), 200);

        const QString id2 = Twilsock::newMessageId();
        c->sendFrame(
            { { u"id"_s, id2 }, { u"method"_s, u"update"_s }, { u"token"_s, u"a.b.c"_s } });
        reply = c->waitFrame([id2](const Twilsock::Frame &f) { return f.id() == id2; });
        QVERIFY(reply);
        QCOMPARE(statusCode(*reply), 401);
        QCOMPARE(statusErrorCode(*reply), 20101);
        QCOMPARE(reply->header.value(u"status").toObject().value(u"description").toString(),
            u"Invalid Access Token"_s);

        // Another identity: refused in a reply (as Twilio does), the connection carries on.
        auto d = client(u"alice"_s);
        QVERIFY(d);
        const QString id3 = Twilsock::newMessageId();
        d->sendFrame(
            { { u"id"_s, id3 }, { u"method"_s, u"update"_s }, { u"token"_s, token(u"eve"_s) } });
        reply = d->waitFrame([id3](const Twilsock::Frame &f) { return f.id() == id3; });
        QVERIFY(reply);
        QCOMPARE(reply->method(), u"reply"_s);
        const QJsonObject status = reply->header.value(u"status").toObject();
        QCOMPARE(status.value(u"code").toInt(), 401);
        QCOMPARE(status.value(u"status").toString(), u"UNAUTHORIZED"_s);
        QCOMPARE(status.value(u"errorCode").toInt(), 51215);
        QCOMPARE(status.value(u"description").toString(),
            u"Can't update token, new token was issued for other identity/instance/product."_s);
        const QString name = uniqueName("after_refused_update");
        const auto created
            = d->request(u"POST"_s, u"/v3/Documents"_s, jsonBytes({ { u"unique_name"_s, name } }));
        QVERIFY(created);
        QCOMPARE(TwilsockTestClient::httpStatus(*created), 201);
        QCOMPARE(TwilsockTestClient::json(*created).value(u"created_by").toString(), u"alice"_s);
    }

    void tokenAboutToExpireThenClose410()
    {
        // The emulator runs with --expiry-warning 2: a 4 s token warns 2 s before exp, closes at
        // exp.
        auto c = std::make_unique<TwilsockTestClient>();
        QVERIFY(c->connectAndInit(m_emu.twilsockUrl(), token(u"alice"_s, 4)));
        const auto warning = c->waitFrame(
            [](const Twilsock::Frame &f) { return f.method() == u"client_update"; }, 8000);
        QVERIFY(warning);
        QCOMPARE(
            warning->header.value(u"client_update_type").toString(), u"token_about_to_expire"_s);
        const auto close
            = c->waitFrame([](const Twilsock::Frame &f) { return f.method() == u"close"; }, 8000);
        QVERIFY(close);
        QCOMPARE(statusCode(*close), 410);
        QCOMPARE(statusErrorCode(*close), 51207);
        QVERIFY(c->waitDisconnected());
    }
};

QTEST_GUILESS_MAIN(TestEmulatorTwilsock)
#include "tst_emulatortwilsock.moc"
