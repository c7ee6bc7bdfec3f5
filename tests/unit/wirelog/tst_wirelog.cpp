// WireLog and WireTapTransport: what a frame line holds, what is redacted, the file and the
// in-memory modes, and that a client picks the log up only when one is installed.
#include "await.h"
#include "faketransport.h"
#include "redact.h"
#include "sids.h"
#include "syncclient.h"
#include "wirelog.h"
#include "wiretaptransport_p.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace SpSync;
using namespace Qt::StringLiterals;

namespace {

const QString kJwt
    = u"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJBQ3h4eHh4eHh4eCJ9.c2lnbmF0dXJlLXNpZ25hdHVyZQ"_s;

QByteArray frame(const QJsonObject &header, const QByteArray &payload = {})
{
    return Twilsock::encode(header, payload);
}

QJsonObject render(const QByteArray &message, WireLog::Direction dir = WireLog::Direction::Sent)
{
    return QJsonDocument::fromJson(
        WireLog::renderFrame(0, 1, dir, message, QSet<QString> { u"password"_s }))
        .object();
}

QList<QJsonObject> readLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<QJsonObject> out;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (!line.isEmpty())
            out << QJsonDocument::fromJson(line).object();
    }
    return out;
}

} // namespace

class TestWireLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup()
    {
        WireLog::setGlobal(nullptr);
        clearSecrets();
    }

    void lineShape()
    {
        const QJsonObject line = render(
            frame({ { u"method"_s, u"message"_s }, { u"id"_s, u"TM1"_s },
                      { u"payload_type"_s, u"application/json"_s },
                      { u"http_request"_s,
                          QJsonObject { { u"method"_s, u"GET"_s }, { u"path"_s, u"/v3/x"_s } } } },
                R"({"a":1})"),
            WireLog::Direction::Received);
        QCOMPARE(line.value(u"t").toString(), u"1970-01-01T00:00:00.000Z"_s);
        QCOMPARE(line.value(u"conn").toInt(), 1);
        QCOMPARE(line.value(u"dir").toString(), u"recv"_s);
        QCOMPARE(line.value(u"method").toString(), u"message"_s);
        QCOMPARE(line.value(u"id").toString(), u"TM1"_s);
        QCOMPARE(line.value(u"header").toObject().value(u"http_request").toObject().value(u"path"),
            u"/v3/x"_s);
        QCOMPARE(line.value(u"payload").toObject(), QJsonObject({ { u"a"_s, 1 } }));
        // Text payloads (twilio-sync's DELETE body) stay text.
        const QJsonObject text
            = render(frame({ { u"method"_s, u"message"_s }, { u"id"_s, u"TM2"_s } }, "data_sync"));
        QCOMPARE(text.value(u"payload").toString(), u"data_sync"_s);
    }

    void tokensAndSecretFieldsAreRedacted()
    {
        registerSecret(u"registered-secret-value"_s);
        const QJsonObject init = render(frame({ { u"method"_s, u"init"_s }, { u"id"_s, u"TM1"_s },
            { u"token"_s, u"opaque-token-not-jwt"_s }, { u"continuation_token"_s, u"ct-abc"_s } }));
        QCOMPARE(init.value(u"header").toObject().value(u"token").toString(), u"<redacted>"_s);
        QCOMPARE(init.value(u"header").toObject().value(u"continuation_token").toString(),
            u"<redacted>"_s);

        const QJsonObject action { { u"action"_s, u"injectPassword"_s },
            { u"executor"_s, u"extension"_s }, { u"password"_s, u"hunter2-pass"_s },
            { u"note"_s, u"see registered-secret-value and "_s + kJwt } };
        const QByteArray body = QJsonDocument(
            QJsonObject {
                { u"data"_s, QJsonObject { { u"extensionActions"_s, QJsonArray { action } } } } })
                                    .toJson(QJsonDocument::Compact);
        const QByteArray message
            = frame({ { u"method"_s, u"message"_s }, { u"id"_s, u"TM2"_s },
                        { u"payload_type"_s, u"application/json"_s },
                        { u"http_request"_s,
                            QJsonObject { { u"headers"_s,
                                QJsonObject { { u"Authorization"_s, u"Basic abcdefgh"_s } } } } } },
                body);
        const QByteArray line
            = WireLog::renderFrame(0, 1, WireLog::Direction::Sent, message, { u"password"_s });
        for (const char *secret :
            { "hunter2-pass", "registered-secret-value", "Basic abcdefgh", "eyJhbGci" })
            QVERIFY2(!line.contains(secret), secret);
        const QJsonObject stored = QJsonDocument::fromJson(line)
                                       .object()
                                       .value(u"payload")
                                       .toObject()
                                       .value(u"data")
                                       .toObject()
                                       .value(u"extensionActions")
                                       .toArray()
                                       .first()
                                       .toObject();
        QCOMPARE(stored.value(u"password").toString(), u"<redacted>"_s);
        QCOMPARE(stored.value(u"action").toString(), u"injectPassword"_s);
        QVERIFY(stored.value(u"note").toString().startsWith(u"see <redacted> and <redacted>"));
    }

    void brokenFrameShowsNoBytes()
    {
        const QJsonObject line = render("TWILSOCK V3.0 99\r\n{\"token\":\"" + kJwt.toLatin1());
        QVERIFY(line.contains(u"error"));
        QVERIFY(line.value(u"size").toInt() > 0);
        QVERIFY(!QJsonDocument(line).toJson().contains("eyJ"));
    }

    void fileIsWrittenAsFramesHappen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"wire.jsonl"_s);
        WireLog log;
        QString error;
        QVERIFY2(log.openFile(path, &error), qPrintable(error));
        QCOMPARE(
            QFile::permissions(path) & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
        const int conn = log.newConnection();
        log.recordEvent(conn, u"open"_s, u"wss://tsock.us1.twilio.com/v3/wsconnect"_s);
        log.recordFrame(conn, WireLog::Direction::Sent,
            frame({ { u"method"_s, u"update"_s }, { u"id"_s, u"TM1"_s }, { u"token"_s, kJwt } }));
        // Flushed per line: readable while the log is still open.
        const auto lines = readLines(path);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0].value(u"event").toString(), u"open"_s);
        QCOMPARE(lines[1].value(u"method").toString(), u"update"_s);
        QVERIFY(!QFile(path).exists() || !readLines(path).isEmpty());
        QFile raw(path);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY(!raw.readAll().contains("eyJ"));
    }

    void memoryKeepsTheMostRecentFrames()
    {
        QTemporaryDir dir;
        WireLog log;
        log.keepInMemory(3);
        for (int i = 0; i < 5; ++i)
            log.recordFrame(1, WireLog::Direction::Received,
                frame({ { u"method"_s, u"ping"_s }, { u"id"_s, u"TM%1"_s.arg(i) } }));
        QCOMPARE(log.frameCount(), 3);
        QString error;
        const QString path = dir.filePath(u"saved.jsonl"_s);
        QVERIFY2(log.save(path, &error), qPrintable(error));
        const auto lines = readLines(path);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.first().value(u"id").toString(), u"TM2"_s);
        QCOMPARE(lines.last().value(u"id").toString(), u"TM4"_s);
        QVERIFY(!log.save(dir.filePath(u"no/such/dir/x.jsonl"_s), &error));
        QVERIFY(!error.isEmpty());
    }

    void tapRecordsBothWaysAndForwards()
    {
        WireLog log;
        log.keepInMemory();
        auto inner = std::make_unique<FakeTransport>();
        FakeTransport *fake = inner.get();
        WireTapTransport tap(std::move(inner), &log);
        QSignalSpy connected(&tap, &SyncTransport::connected);
        QSignalSpy received(&tap, &SyncTransport::binaryReceived);
        tap.open(QUrl(u"ws://127.0.0.1:1/v3/wsconnect"_s));
        QTRY_COMPARE(connected.size(), 1);
        tap.sendBinary(frame({ { u"method"_s, u"init"_s }, { u"id"_s, u"TM1"_s } }));
        QCOMPARE(fake->sent.size(), 1);
        fake->replyOk(u"TM1"_s);
        QCOMPARE(received.size(), 1);
        QCOMPARE(log.frameCount(), 4); // open, connected, init, reply
    }

    // Clients are tapped only when a log is installed as they connect.
    void clientUsesTheGlobalLogOnlyWhenInstalled()
    {
        FakeSyncServer server;
        SyncClientConfig c;
        c.documentId = SpTest::sessionDocument(SpTest::numberedSid(u"ES", 1));
        c.identity = u"tester"_s;
        c.twilioToken = u"fake.twilio.token"_s;
        c.twilsockUrl = QUrl(u"ws://127.0.0.1:1/v3/wsconnect"_s);
        c.transportFactory = [&server] { return server.makeTransport(); };
        auto clientOf
            = [](const SyncResult<SyncClient *> &r) { return isOk(r) ? value(r) : nullptr; };
        std::unique_ptr<SyncClient> plain(clientOf(await(SyncClient::create(c))));
        QVERIFY(plain);

        WireLog log;
        log.keepInMemory();
        WireLog::setGlobal(&log);
        // A client connected before the log was installed is not tapped.
        auto write = plain->setSync(QJsonObject { { u"k"_s, 1 } });
        QTRY_VERIFY(write.isFinished());
        QCOMPARE(log.frameCount(), 0);

        std::unique_ptr<SyncClient> logged(clientOf(await(SyncClient::create(c))));
        QVERIFY(logged);
        QVERIFY(log.frameCount() >= 4); // open, connected, init and its reply at least
        const int before = log.frameCount();
        auto second = logged->setSync(QJsonObject { { u"k"_s, 2 } });
        QTRY_VERIFY(second.isFinished());
        QVERIFY(log.frameCount() >= before + 2); // the write and its reply
        logged.reset();
        plain.reset();
    }
};

QTEST_GUILESS_MAIN(TestWireLog)
#include "tst_wirelog.moc"
