// Twilsock sessions against hostile peers: a subscriber that stops reading is cut off and its
// memory released; subscribing reveals nothing about names one may not read; rate limits hold
// across delete and re-create and for creates; If-Match must be a revision; a refused or
// foreign token update ends the connection.
#include "auth/tokenauthority.h"
#include "emulatorprocess.h"
#include "rawpeer.h"
#include "sids.h"
#include "testsecret.h"
#include "twilsocktestclient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 15000;
const QString EsA = SpTest::sid(u"ES", 'a');
const QString EsB = SpTest::sid(u"ES", 'b');
const QString EsC = SpTest::sid(u"ES", 'c');

QByteArray jsonBytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

int errorCode(const Twilsock::Frame &reply)
{
    return TwilsockTestClient::json(reply).value(u"code"_s).toInt();
}

QJsonObject subscribeBody(const QString &sid)
{
    return { { u"event_protocol_version"_s, 4 }, { u"action"_s, u"establish"_s },
        { u"correlation_id"_s, 7 }, { u"retried_requests"_s, 0 }, { u"ttl_in_s"_s, -1 },
        { u"requests"_s,
            QJsonArray { QJsonObject { { u"object_sid"_s, sid },
                { u"object_type"_s, u"document"_s }, { u"last_event_id"_s, 0 } } } } };
}

QJsonObject messageHeader(const QString &id, const QString &method, const QString &path)
{
    return {
        { u"id"_s, id }, { u"method"_s, u"message"_s }, { u"active_grant"_s, u"data_sync"_s },
        { u"payload_type"_s, u"application/json"_s },
        { u"http_request"_s,
            QJsonObject { { u"host"_s, u"cds"_s }, { u"path"_s, path }, { u"method"_s, method },
                { u"params"_s, QJsonObject {} },
                { u"headers"_s, QJsonObject { { u"Content-Type"_s, u"application/json"_s } } } } }
    };
}

} // namespace

class TestHostileSessions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TestSecret m_secret { m_dir.path(), "hostile-sessions-test-secret-8c05f2b7d1" };
    EmulatorProcess m_open; // ACL open, rate limits on
    EmulatorProcess m_flood; // ACL open, rate limits off, 64 KiB send queue per connection
    EmulatorProcess m_acl; // ACL on with two students

    QString token(const QString &identity) { return m_secret.token(identity); }

    std::unique_ptr<TwilsockTestClient> client(EmulatorProcess &emu, const QString &token)
    {
        auto c = std::make_unique<TwilsockTestClient>();
        if (!c->connectAndInit(emu.twilsockUrl(), token))
            return nullptr;
        return c;
    }

    QJsonObject http(
        const QUrl &url, const QByteArray &authorization = {}, const QByteArray &body = {})
    {
        QNetworkAccessManager nam;
        QNetworkRequest request(url);
        std::unique_ptr<QNetworkReply> reply;
        if (body.isEmpty()) {
            reply.reset(nam.get(request));
        } else {
            request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
            request.setRawHeader("Authorization", authorization);
            reply.reset(nam.post(request, body));
        }
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!finished.wait(kWaitMs))
            return {};
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    QString exchange(const QString &spToken, const QString &identity, const QString &document)
    {
        return http(QUrl(m_acl.spApiUrl().toString() + u"/sync/token"_s),
            "Bearer " + spToken.toUtf8(),
            jsonBytes({ { u"identity"_s, identity }, { u"documentId"_s, document } }))
            .value(u"token"_s)
            .toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_secret.write());
        const QString principals = m_dir.filePath(u"principals.json"_s);
        QFile file(principals);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(u"{\"principals\":[{\"spToken\":\"sp-hostile-a-1\",\"student\":\"%1\"},"
                   "{\"spToken\":\"sp-hostile-b-2\",\"student\":\"%2\"}]}"_s.arg(EsA, EsB)
                       .toUtf8());
        file.close();
        QString error;
        QVERIFY2(m_open.start(
                     { u"--memory"_s, u"--acl"_s, u"open"_s, u"--secret-file"_s, m_secret.path() },
                     &error),
            qPrintable(error));
        QVERIFY2(m_flood.start(
                     { u"--memory"_s, u"--acl"_s, u"open"_s, u"--rate-limits"_s, u"off"_s,
                         u"--secret-file"_s, m_secret.path(), u"--max-queued-bytes"_s, u"65536"_s },
                     &error),
            qPrintable(error));
        QVERIFY2(m_acl.start({ u"--memory"_s, u"--secret-file"_s, m_secret.path(),
                                 u"--principals"_s, principals },
                     &error),
            qPrintable(error));
    }

    void pausedSubscriberIsCutOffAndReleased()
    {
        auto publisher = client(m_flood, token(u"publisher"_s));
        QVERIFY(publisher);
        QJsonObject big;
        big.insert(u"filler"_s, QString(12 * 1024, u'x'));
        const auto created = publisher->request(u"POST"_s, u"/v3/Documents"_s,
            jsonBytes({ { u"unique_name"_s, u"flood"_s }, { u"data"_s, big } }));
        QVERIFY(created);
        QCOMPARE(TwilsockTestClient::httpStatus(*created), 201);
        const QString path
            = QUrl(TwilsockTestClient::json(*created).value(u"url"_s).toString()).path();

        RawWebSocketPeer subscriber;
        QVERIFY(subscriber.open(m_flood.port()));
        subscriber.sendFrame({ { u"id"_s, u"TM-init"_s }, { u"method"_s, u"init"_s },
            { u"token"_s, token(u"slow"_s) }, { u"capabilities"_s, QJsonArray {} } });
        QVERIFY(
            subscriber.waitFrame([](const Twilsock::Frame &f) { return f.id() == u"TM-init"; }));
        subscriber.sendFrame(messageHeader(u"TM-sub"_s, u"POST"_s, u"/v4/Subscriptions"_s),
            jsonBytes(subscribeBody(u"flood"_s)));
        QVERIFY(subscriber.waitFrame([](const Twilsock::Frame &f) {
            return f.method() == u"notification"
                && TwilsockTestClient::json(f).value(u"event_type"_s).toString()
                == u"subscription_established";
        }));
        subscriber.pauseReading();

        // 3,000 updates of 12 KiB (36 MiB) fan out to a peer that reads nothing: the
        // emulator must give up on it long before.
        QByteArray log;
        int sent = 0;
        for (; sent < 3000 && !log.contains("is not reading"); ++sent) {
            big.insert(u"n"_s, sent);
            const auto reply
                = publisher->request(u"POST"_s, path, jsonBytes({ { u"data"_s, big } }));
            QVERIFY(reply);
            QCOMPARE(TwilsockTestClient::httpStatus(*reply), 200);
            log += m_flood.process().readAllStandardError();
        }
        QVERIFY2(log.contains("is not reading"), "a subscriber that reads nothing was never cut");
        qInfo() << "cut after" << sent << "updates";

        // It is closed (close frame, then cut) and its queue is given back.
        auto health = [this] { return http(QUrl(m_flood.cdsUrl().toString() + u"/health"_s)); };
        QTRY_COMPARE_WITH_TIMEOUT(health().value(u"connections"_s).toInt(), 1, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(health().value(u"queuedBytes"_s).toDouble(), 0.0, kWaitMs);
        subscriber.resumeReading();
        QTRY_VERIFY_WITH_TIMEOUT(subscriber.closed(), kWaitMs);
        // The publisher was never affected.
        const auto after = publisher->request(u"GET"_s, path);
        QVERIFY(after);
        QCOMPARE(TwilsockTestClient::httpStatus(*after), 200);
    }

    void slowSubscriberGetsReconnectClose()
    {
        // A peer that is only behind, not gone, reads the close: 308, which clients answer
        // by reconnecting (and re-subscribing).
        auto publisher = client(m_flood, token(u"publisher2"_s));
        QVERIFY(publisher);
        QJsonObject big { { u"filler"_s, QString(12 * 1024, u'y') } };
        const auto created = publisher->request(u"POST"_s, u"/v3/Documents"_s,
            jsonBytes({ { u"unique_name"_s, u"flood2"_s }, { u"data"_s, big } }));
        QVERIFY(created);
        const QString path
            = QUrl(TwilsockTestClient::json(*created).value(u"url"_s).toString()).path();

        RawWebSocketPeer subscriber;
        QVERIFY(subscriber.open(m_flood.port()));
        subscriber.sendFrame({ { u"id"_s, u"TM-init"_s }, { u"method"_s, u"init"_s },
            { u"token"_s, token(u"slow2"_s) }, { u"capabilities"_s, QJsonArray {} } });
        QVERIFY(
            subscriber.waitFrame([](const Twilsock::Frame &f) { return f.id() == u"TM-init"; }));
        subscriber.sendFrame(messageHeader(u"TM-sub"_s, u"POST"_s, u"/v4/Subscriptions"_s),
            jsonBytes(subscribeBody(u"flood2"_s)));
        QVERIFY(subscriber.waitFrame([](const Twilsock::Frame &f) {
            return f.method() == u"notification"
                && TwilsockTestClient::json(f).value(u"event_type"_s).toString()
                == u"subscription_established";
        }));
        subscriber.pauseReading();
        m_flood.process().readAllStandardError();
        QByteArray log;
        for (int sent = 0; sent < 3000 && !log.contains("is not reading"); ++sent) {
            big.insert(u"n"_s, sent);
            const auto reply
                = publisher->request(u"POST"_s, path, jsonBytes({ { u"data"_s, big } }));
            QVERIFY(reply);
            log += m_flood.process().readAllStandardError();
        }
        QVERIFY(log.contains("is not reading"));
        subscriber.resumeReading();
        const auto close = subscriber.waitFrame(
            [](const Twilsock::Frame &f) { return f.method() == u"close"; }, kWaitMs);
        QVERIFY2(close, "the close frame did not arrive before the connection was cut");
        const QJsonObject status = close->header.value(u"status"_s).toObject();
        QCOMPARE(status.value(u"code"_s).toInt(), 308);
        QVERIFY(!status.contains(u"errorCode"_s)); // 51232 would be terminal for clients
    }

    void subscribeRefusesBeforeRevealingExistence()
    {
        const QString tokenA = exchange(u"sp-hostile-a-1"_s, EsA, SpTest::sessionDocument(EsA));
        const QString tokenB = exchange(u"sp-hostile-b-2"_s, EsB, SpTest::sessionDocument(EsB));
        QVERIFY(!tokenA.isEmpty());
        QVERIFY(!tokenB.isEmpty());
        auto a = client(m_acl, tokenA);
        QVERIFY(a);
        const auto created = a->request(u"POST"_s, u"/v3/Documents"_s,
            jsonBytes({ { u"unique_name"_s, SpTest::sessionDocument(EsA) },
                { u"data"_s, QJsonObject {} } }));
        QVERIFY(created);
        QCOMPARE(TwilsockTestClient::httpStatus(*created), 201);

        auto b = client(m_acl, tokenB);
        QVERIFY(b);
        auto failure = [&b](const QString &name) {
            const auto reply
                = b->request(u"POST"_s, u"/v4/Subscriptions"_s, jsonBytes(subscribeBody(name)));
            if (!reply)
                return QJsonObject();
            const auto event = b->waitFrame([](const Twilsock::Frame &f) {
                return f.method() == u"notification"
                    && TwilsockTestClient::json(f).value(u"event_type"_s).toString()
                    == u"subscription_failed";
            });
            if (!event)
                return QJsonObject();
            return TwilsockTestClient::json(*event)
                .value(u"events"_s)
                .toArray()
                .first()
                .toObject()
                .value(u"error"_s)
                .toObject();
        };
        const QJsonObject existing = failure(SpTest::sessionDocument(EsA));
        const QJsonObject missing = failure(SpTest::sessionDocument(EsC));
        QCOMPARE(existing.value(u"status"_s).toInt(), 403);
        QCOMPARE(existing.value(u"code"_s).toInt(), 54007);
        QCOMPARE(missing.value(u"status"_s).toInt(), 403);
        QCOMPARE(missing.value(u"code"_s).toInt(), 54007);
        QCOMPARE(missing, existing);
    }

    void rateLimitSurvivesDeleteAndRecreate()
    {
        auto c = client(m_open, token(u"cycler"_s));
        QVERIFY(c);
        // Cycles of create, 50 updates, delete on one name: on a fresh bucket per document
        // none would ever be refused.
        int writes = 0;
        bool limited = false;
        for (int cycle = 0; cycle < 20 && !limited; ++cycle) {
            const auto created = c->request(u"POST"_s, u"/v3/Documents"_s,
                jsonBytes({ { u"unique_name"_s, u"cycled"_s }, { u"data"_s, QJsonObject {} } }));
            QVERIFY(created);
            const int createStatus = TwilsockTestClient::httpStatus(*created);
            if (createStatus == 429) {
                limited = true;
                break;
            }
            QCOMPARE(createStatus, 201);
            const QString path
                = QUrl(TwilsockTestClient::json(*created).value(u"url"_s).toString()).path();
            for (int i = 0; i < 50 && !limited; ++i) {
                const auto r = c->request(
                    u"POST"_s, path, jsonBytes({ { u"data"_s, QJsonObject { { u"i"_s, i } } } }));
                QVERIFY(r);
                limited = TwilsockTestClient::httpStatus(*r) == 429;
                writes += limited ? 0 : 1;
            }
            // Deleting may itself be refused once the name is over its limit.
            const auto removed = c->request(u"DELETE"_s, path);
            QVERIFY(removed);
            if (TwilsockTestClient::httpStatus(*removed) == 429)
                limited = true;
        }
        QVERIFY2(limited, qPrintable(u"%1 writes to one name, none refused"_s.arg(writes)));
        QVERIFY(writes < 1000);
    }

    void createsAreRateLimited()
    {
        auto c = client(m_open, token(u"creator"_s));
        QVERIFY(c);
        int created = 0;
        for (int i = 0; i < 2000; ++i) {
            const auto r = c->request(u"POST"_s, u"/v3/Documents"_s,
                jsonBytes({ { u"unique_name"_s, u"many_%1"_s.arg(i) } }));
            QVERIFY(r);
            const int status = TwilsockTestClient::httpStatus(*r);
            if (status == 429) {
                QCOMPARE(errorCode(*r), 54009);
                break;
            }
            QCOMPARE(status, 201);
            ++created;
        }
        QVERIFY2(created < 2000, "2,000 creates in a row were all accepted");
    }

    void ifMatchMustBeARevision_data()
    {
        QTest::addColumn<QJsonValue>("ifMatch");
        QTest::newRow("empty") << QJsonValue(u""_s);
        QTest::newRow("blank") << QJsonValue(u"  "_s);
        QTest::newRow("number") << QJsonValue(3);
        QTest::newRow("object") << QJsonValue(QJsonObject { { u"r"_s, u"1"_s } });
        QTest::newRow("empty list") << QJsonValue(QJsonArray {});
    }
    void ifMatchMustBeARevision()
    {
        QFETCH(QJsonValue, ifMatch);
        auto c = client(m_open, token(u"matcher"_s));
        QVERIFY(c);
        const QString name
            = u"ifmatch_%1"_s.arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'_');
        const auto created = c->request(u"POST"_s, u"/v3/Documents"_s,
            jsonBytes(
                { { u"unique_name"_s, name }, { u"data"_s, QJsonObject { { u"v"_s, 1 } } } }));
        QVERIFY(created);
        QCOMPARE(TwilsockTestClient::httpStatus(*created), 201);
        const QString path
            = QUrl(TwilsockTestClient::json(*created).value(u"url"_s).toString()).path();
        const QJsonObject headers { { u"If-Match"_s, ifMatch } };
        for (const QString &method : { u"POST"_s, u"DELETE"_s }) {
            const auto r = c->request(
                method, path, jsonBytes({ { u"data"_s, QJsonObject { { u"v"_s, 2 } } } }), headers);
            QVERIFY(r);
            QCOMPARE(TwilsockTestClient::httpStatus(*r), 400);
            QCOMPARE(errorCode(*r), 54003);
        }
        // Nothing was written or removed.
        const auto read = c->request(u"GET"_s, path);
        QVERIFY(read);
        QCOMPARE(TwilsockTestClient::json(*read).value(u"revision"_s).toString(), u"0"_s);
    }

    void refusedTokenUpdateEndsTheConnection()
    {
        auto c = client(m_open, token(u"updater"_s));
        QVERIFY(c);
        const QByteArray forged = SpEmu::TokenAuthority("some-other-secret-0123456789abcdef0123")
                                      .mint(u"updater"_s, 600)
                                      .toUtf8();
        c->sendFrame({ { u"id"_s, u"TM-upd"_s }, { u"method"_s, u"update"_s },
            { u"token"_s, QString::fromUtf8(forged) } });
        const auto reply
            = c->waitFrame([](const Twilsock::Frame &f) { return f.id() == u"TM-upd"; });
        QVERIFY(reply);
        QCOMPARE(reply->header.value(u"status"_s).toObject().value(u"code"_s).toInt(), 401);
        QVERIFY(c->waitDisconnected(kWaitMs));
    }

    void tokenUpdateForAnotherServiceIsForbidden()
    {
        auto c = client(m_open, token(u"switcher"_s));
        QVERIFY(c);
        QFile secretFile(m_secret.path());
        QVERIFY(secretFile.open(QIODevice::ReadOnly));
        const SpEmu::TokenAuthority other(secretFile.readAll().trimmed(),
            SpEmu::TokenAuthority::defaultAccountSid(), SpEmu::TokenAuthority::defaultApiKeySid(),
            u"IS"_s + QString(32, u'7'));
        c->sendFrame({ { u"id"_s, u"TM-upd"_s }, { u"method"_s, u"update"_s },
            { u"token"_s, other.mint(u"switcher"_s, 600) } });
        // As Twilio: a reply 401/51215, and the connection goes on with its old token.
        const auto reply
            = c->waitFrame([](const Twilsock::Frame &f) { return f.id() == u"TM-upd"; });
        QVERIFY(reply);
        const QJsonObject status = reply->header.value(u"status"_s).toObject();
        QCOMPARE(reply->method(), u"reply"_s);
        QCOMPARE(status.value(u"code"_s).toInt(), 401);
        QCOMPARE(status.value(u"errorCode"_s).toInt(), 51215);
        const auto after = c->request(u"GET"_s, u"/v3/Configuration"_s);
        QVERIFY(after);
        QCOMPARE(TwilsockTestClient::httpStatus(*after), 200);
    }
};

QTEST_MAIN(TestHostileSessions)
#include "tst_hostilesessions.moc"
