// The client against a server that lies: replies that are not what they claim, events it cannot
// parse, oversized messages. Drives the library and the real spsync binary ($SPSYNC) against
// HostileServer, and spsync against the emulator for its exit code under debug logging.
#include "await.h"
#include "emulatorprocess.h"
#include "hostileserver.h"
#include "sp/sptokenexchange.h"
#include "syncclient.h"
#include "testsecret.h"

#include <QFutureWatcher>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SpSync;

namespace {

const QString kToken = u"hostile-test-twilio-token-0001"_s;

QByteArray compact(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

// The honest resource with `data` replaced by raw JSON text.
QByteArray withRawData(const HostileServer &s, const QByteArray &data)
{
    QByteArray body = compact(s.resource(false));
    body.chop(1);
    return body + ",\"data\":" + data + '}';
}

// Answers the document GET the way `kind` names; everything else honestly.
bool lieOnRead(HostileServer &s, const QString &kind, const HostileServer::Request &r)
{
    if (r.method != u"GET" || !r.path.contains(u"/Documents/"))
        return false;
    QJsonObject res = s.resource(true);
    if (kind == u"not JSON") {
        s.reply(r, 200, "<html>Service Unavailable</html>");
    } else if (kind == u"empty body") {
        s.reply(r, 200, {});
    } else if (kind == u"body is an array") {
        s.reply(r, 200, "[" + compact(res) + "]");
    } else if (kind == u"data is an array") {
        s.reply(r, 200, withRawData(s, "[1,2]"));
    } else if (kind == u"data is a string") {
        s.reply(r, 200, withRawData(s, "\"{}\""));
    } else if (kind == u"data missing") {
        s.reply(r, 200, compact(s.resource(false)));
    } else if (kind == u"data too deep") {
        s.reply(r, 200, withRawData(s, HostileServer::nested(1100)));
    } else if (kind == u"no http_status") {
        s.replyRaw(r,
            QJsonObject {
                { u"status"_s, QJsonObject { { u"code"_s, 200 }, { u"status"_s, u"OK"_s } } },
                { u"payload_type"_s, u"application/json"_s } },
            compact(res));
    } else if (kind == u"http_status is a string") {
        s.replyRaw(r,
            QJsonObject {
                { u"status"_s, QJsonObject { { u"code"_s, 200 }, { u"status"_s, u"OK"_s } } },
                { u"http_status"_s, u"200"_s }, { u"payload_type"_s, u"application/json"_s } },
            compact(res));
    } else if (kind == u"no revision") {
        res.remove(u"revision"_s);
        s.reply(r, 200, compact(res));
    } else if (kind == u"revision is a number") {
        res.insert(u"revision"_s, 7);
        s.reply(r, 200, compact(res));
    } else if (kind == u"no last_event_id") {
        res.remove(u"last_event_id"_s);
        s.reply(r, 200, compact(res));
    } else if (kind == u"no sid") {
        res.remove(u"sid"_s);
        s.reply(r, 200, compact(res));
    } else if (kind == u"another document") {
        res.insert(u"sid"_s, u"ET"_s + QString(32, u'c'));
        res.insert(u"unique_name"_s, u"Session_other"_s);
        s.reply(r, 200, compact(res));
    } else {
        return false;
    }
    return true;
}

const QStringList kBadReads { u"not JSON"_s, u"empty body"_s, u"body is an array"_s,
    u"data is an array"_s, u"data is a string"_s, u"data missing"_s, u"data too deep"_s,
    u"no http_status"_s, u"http_status is a string"_s, u"no revision"_s, u"revision is a number"_s,
    u"no last_event_id"_s, u"no sid"_s, u"another document"_s };

struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QList<QByteArray> lines;
    QByteArray err;
};

} // namespace

class TestHostileClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void badReadFailsAndWritesNothing_data();
    void badReadFailsAndWritesNothing();
    void spsyncBadReadExitsOneAndWritesNothing_data();
    void spsyncBadReadExitsOneAndWritesNothing();
    void badRereadAfterConflictWritesNothingMore();
    void badWriteReplyIsNotSuccess();
    void unreadableEventIsDocumentError();
    void malformedEventIsDocumentError();
    void spsyncWatchReportsUnreadableEvent();
    void emulatorRefusesTooDeepData();
    void oversizedMessageIsRefused();
    void spsyncOversizedReplyExitsOne();
    void oversizedTokenReplyIsRefused_data();
    void oversizedTokenReplyIsRefused();
    void debugLoggingExitsCleanly_data();
    void debugLoggingExitsCleanly();

private:
    // Starts an emulator (ACL open) and mints a token for "tester" that it accepts.
    bool startEmulator(EmulatorProcess &emulator, QString *token);
    SyncClientConfig config(const HostileServer &server) const;
    Run spsync(const QStringList &args, const QProcessEnvironment &env = {});
    QStringList spsyncOpen(const HostileServer &server) const;

    QTemporaryDir m_dir;
    TestSecret m_secret { m_dir.path(), "hostile-client-test-secret-0123456789abcdef" };
};

void TestHostileClient::initTestCase()
{
    QVERIFY(!qEnvironmentVariableIsEmpty("SPSYNC"));
    qRegisterMetaType<SyncError>();
    QVERIFY(m_dir.isValid());
    QVERIFY(m_secret.write());
}

bool TestHostileClient::startEmulator(EmulatorProcess &emulator, QString *token)
{
    QString why;
    if (!emulator.start(
            { u"--memory"_s, u"--acl"_s, u"open"_s, u"--secret-file"_s, m_secret.path() }, &why)) {
        qWarning("%s", qPrintable(why));
        return false;
    }
    *token = m_secret.token(u"tester"_s);
    return !token->isEmpty();
}

SyncClientConfig TestHostileClient::config(const HostileServer &server) const
{
    SyncClientConfig c;
    c.documentId = server.name;
    c.identity = u"tester"_s;
    c.twilioToken = kToken;
    c.twilsockUrl = server.twilsockUrl();
    c.connectTimeoutMs = 10000;
    c.timeouts.requestMs = 10000;
    c.timeouts.backoffMinMs = 50;
    c.timeouts.backoffMaxMs = 200;
    return c;
}

QStringList TestHostileClient::spsyncOpen(const HostileServer &server) const
{
    return { u"--server"_s, server.baseUrl().toString(), u"--twilio-token"_s, kToken,
        u"--document"_s, server.name, u"--identity"_s, u"tester"_s };
}

// Runs spsync without blocking this thread: the fake server lives on its event loop.
Run TestHostileClient::spsync(const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env.isEmpty() ? QProcessEnvironment::systemEnvironment() : env);
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(qEnvironmentVariable("SPSYNC"), args);
    Run r;
    if (!finished.wait(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.status = p.exitStatus();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    const QByteArray out = p.readAllStandardOutput();
    r.lines = out.split('\n');
    if (!r.lines.isEmpty() && r.lines.constLast().isEmpty())
        r.lines.removeLast();
    r.err = p.readAllStandardError();
    return r;
}

void TestHostileClient::badReadFailsAndWritesNothing_data()
{
    QTest::addColumn<QString>("kind");
    for (const QString &kind : kBadReads)
        QTest::newRow(qPrintable(kind)) << kind;
}

void TestHostileClient::badReadFailsAndWritesNothing()
{
    QFETCH(QString, kind);
    HostileServer server;
    QVERIFY(server.listen());
    server.script
        = [&server, kind](const HostileServer::Request &r) { return lieOnRead(server, kind, r); };
    const auto created = await(SyncClient::create(config(server)));
    QVERIFY2(!isOk(created), "a reply that is not a document opened one");
    QCOMPARE(error(created).kind, SyncError::Kind::Protocol);
    QVERIFY(!error(created).message.isEmpty());
    QCOMPARE(server.documentWrites(), 0);
    for (const auto &r : std::as_const(server.requests))
        QVERIFY2(r.method == u"GET", qPrintable(r.method + u' ' + r.path)); // no create either
}

void TestHostileClient::spsyncBadReadExitsOneAndWritesNothing_data()
{
    badReadFailsAndWritesNothing_data();
}

void TestHostileClient::spsyncBadReadExitsOneAndWritesNothing()
{
    QFETCH(QString, kind);
    HostileServer server;
    QVERIFY(server.listen());
    server.script
        = [&server, kind](const HostileServer::Request &r) { return lieOnRead(server, kind, r); };
    const Run get = spsync(spsyncOpen(server) + QStringList { u"get"_s });
    QCOMPARE(get.exitCode, 1);
    QVERIFY2(get.lines.isEmpty(), get.lines.value(0).constData()); // never "{}"
    QVERIFY(get.err.startsWith("spsync: "));

    const Run set = spsync(spsyncOpen(server) + QStringList { u"set"_s, u"{\"a\":1}"_s });
    QCOMPARE(set.exitCode, 1);
    QVERIFY(set.lines.isEmpty());
    QCOMPARE(server.documentWrites(), 0);
    QCOMPARE(server.data, (QJsonObject { { u"keep"_s, true } }));
}

void TestHostileClient::badRereadAfterConflictWritesNothingMore()
{
    HostileServer server;
    QVERIFY(server.listen());
    const auto created = await(SyncClient::create(config(server)));
    QVERIFY(isOk(created));
    std::unique_ptr<SyncClient> client(value(created));
    // Someone else wrote first (412); the re-read then answers with garbage.
    server.script = [&server](const HostileServer::Request &r) {
        if (r.method == u"POST" && r.path.contains(u"/Documents/")) {
            server.reply(r, 412, R"({"status":412,"code":54103,"message":"mismatch"})");
            return true;
        }
        return lieOnRead(server, u"data is an array"_s, r);
    };
    const auto set = await(client->setSync(QJsonObject { { u"a"_s, 1 } }));
    QVERIFY(!isOk(set));
    QCOMPARE(error(set).kind, SyncError::Kind::Protocol);
    QCOMPARE(server.documentWrites(), 1); // the refused one; nothing built on the bad read
    QCOMPARE(client->getSync(), (QJsonObject { { u"keep"_s, true } }));
}

void TestHostileClient::badWriteReplyIsNotSuccess()
{
    HostileServer server;
    QVERIFY(server.listen());
    const auto created = await(SyncClient::create(config(server)));
    QVERIFY(isOk(created));
    std::unique_ptr<SyncClient> client(value(created));
    server.script = [&server](const HostileServer::Request &r) {
        if (r.method != u"POST" || !r.path.contains(u"/Documents/"))
            return false;
        server.reply(r, 200, "not a resource");
        return true;
    };
    const auto set = await(client->replaceSync(QJsonObject { { u"a"_s, 1 } }));
    QVERIFY(!isOk(set));
    QCOMPARE(error(set).kind, SyncError::Kind::Protocol);
}

void TestHostileClient::unreadableEventIsDocumentError()
{
    HostileServer server;
    QVERIFY(server.listen());
    const auto created = await(SyncClient::create(config(server)));
    QVERIFY(isOk(created));
    std::unique_ptr<SyncClient> client(value(created));
    QSignalSpy errors(client.get(), &SyncClient::errorOccurred);
    QSignalSpy updates(client.get(), &SyncClient::spSyncDocUpdated);
    QSignalSpy reconnects(client->connection(), &SyncConnection::reconnectScheduled);

    // Data one level too deep for the parser once wrapped in the event.
    server.notifyAll(
        u"com.twilio.rtd.cds.document"_s, server.updateEvent(2, HostileServer::nested(1100)));
    QVERIFY(errors.wait(10000));
    const auto e = errors.first().first().value<SyncError>();
    QCOMPARE(e.kind, SyncError::Kind::Protocol);
    QVERIFY2(e.message.contains(server.name), qPrintable(e.message)); // names the document

    // The link stayed up: the next event arrives on the same connection.
    server.notifyAll(u"com.twilio.rtd.cds.document"_s, server.updateEvent(3, R"({"after":1})"));
    QVERIFY(updates.wait(10000));
    QCOMPARE(updates.last().first().toJsonObject(), (QJsonObject { { u"after"_s, 1 } }));
    QCOMPARE(reconnects.size(), 0);
    QCOMPARE(server.connections, 1);
    QCOMPARE(client->state(), SyncConnection::State::Connected);
}

void TestHostileClient::malformedEventIsDocumentError()
{
    HostileServer server;
    QVERIFY(server.listen());
    const auto created = await(SyncClient::create(config(server)));
    QVERIFY(isOk(created));
    std::unique_ptr<SyncClient> client(value(created));
    QSignalSpy errors(client.get(), &SyncClient::errorOccurred);
    const QString revision = client->revision();
    server.notifyAll(u"com.twilio.rtd.cds.document"_s, server.updateEvent(2, "[1,2,3]"));
    QVERIFY(errors.wait(10000));
    QCOMPARE(errors.first().first().value<SyncError>().kind, SyncError::Kind::Protocol);
    QCOMPARE(client->revision(), revision); // nothing taken from it
    QCOMPARE(client->getSync(), (QJsonObject { { u"keep"_s, true } }));
    QCOMPARE(server.connections, 1);
}

void TestHostileClient::spsyncWatchReportsUnreadableEvent()
{
    HostileServer server;
    QVERIFY(server.listen());
    QProcess watch;
    QSignalSpy finished(&watch, &QProcess::finished);
    watch.start(qEnvironmentVariable("SPSYNC"),
        QStringList { u"--verbose"_s } + spsyncOpen(server)
            + QStringList { u"watch"_s, u"--count"_s, u"1"_s, u"--timeout"_s, u"30"_s });
    // The first line is the current document: the watcher is subscribed by then.
    QTRY_VERIFY_WITH_TIMEOUT(watch.canReadLine(), 30000);
    server.notifyAll(
        u"com.twilio.rtd.cds.document"_s, server.updateEvent(2, HostileServer::nested(1100)));
    server.notifyAll(u"com.twilio.rtd.cds.document"_s, server.updateEvent(3, R"({"after":1})"));
    QVERIFY(finished.wait(30000));
    QCOMPARE(watch.exitStatus(), QProcess::NormalExit);
    QCOMPARE(watch.exitCode(), 0);
    const QList<QByteArray> lines = watch.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(lines.size(), 2); // the document as it was, then the readable update
    QCOMPARE(QJsonDocument::fromJson(lines.last()).object().value(u"data").toObject(),
        (QJsonObject { { u"after"_s, 1 } }));
    const QByteArray err = watch.readAllStandardError();
    QVERIFY2(err.contains("could not be read"), err.constData());
    QCOMPARE(server.connections, 1);
}

void TestHostileClient::emulatorRefusesTooDeepData()
{
    EmulatorProcess emulator;
    QString token;
    QVERIFY(startEmulator(emulator, &token));
    SyncClientConfig c;
    c.documentId = u"Session_deep"_s;
    c.identity = u"tester"_s;
    c.twilioToken = token;
    c.twilsockUrl = emulator.twilsockUrl();
    c.initialData = QJsonObject { { u"keep"_s, true } };
    const auto created = await(SyncClient::create(c));
    QVERIFY(isOk(created));
    std::unique_ptr<SyncClient> client(value(created));
    const QJsonObject deep = QJsonDocument::fromJson(HostileServer::nested(129)).object();
    QVERIFY(!deep.isEmpty());
    const auto set = await(client->replaceSync(deep));
    QVERIFY(!isOk(set));
    QCOMPARE(error(set).status, 400);
    QCOMPARE(error(set).code, 54008);
    QVERIFY2(error(set).message.contains(u"nested"_s), qPrintable(error(set).message));
    // Nothing stored, and the largest accepted depth still works.
    const auto shallow
        = await(client->replaceSync(QJsonDocument::fromJson(HostileServer::nested(128)).object()));
    QVERIFY2(isOk(shallow), qPrintable(error(shallow).toString()));
}

void TestHostileClient::oversizedMessageIsRefused()
{
    HostileServer server;
    QVERIFY(server.listen());
    server.script = [&server](const HostileServer::Request &r) {
        if (r.method != u"GET")
            return false;
        server.reply(
            r, 200, withRawData(server, "{\"pad\":\"" + QByteArray(20 << 20, 'x') + "\"}"));
        return true;
    };
    const auto created = await(SyncClient::create(config(server)));
    QVERIFY(!isOk(created));
    QCOMPARE(error(created).kind, SyncError::Kind::Protocol);
    QVERIFY2(error(created).message.contains(u"limit"_s), qPrintable(error(created).message));
}

void TestHostileClient::spsyncOversizedReplyExitsOne()
{
    HostileServer server;
    QVERIFY(server.listen());
    server.script = [&server](const HostileServer::Request &r) {
        if (r.method != u"GET")
            return false;
        server.reply(
            r, 200, withRawData(server, "{\"pad\":\"" + QByteArray(20 << 20, 'x') + "\"}"));
        return true;
    };
    const Run get = spsync(spsyncOpen(server) + QStringList { u"get"_s });
    QCOMPARE(get.exitCode, 1);
    QVERIFY(get.lines.isEmpty());
    QVERIFY2(get.err.contains("limit"), get.err.constData());
}

void TestHostileClient::oversizedTokenReplyIsRefused_data()
{
    QTest::addColumn<bool>("chunked");
    QTest::newRow("Content-Length") << false;
    QTest::newRow("chunked") << true;
}

void TestHostileClient::oversizedTokenReplyIsRefused()
{
    QFETCH(bool, chunked);
    // A valid token reply padded to 4 MiB: only its size is wrong.
    const QByteArray body
        = R"({"token":"eyJhbGciOiJIUzI1NiJ9.eyJhIjoxfQ.c2ln","identity":"tester","pad":")"
        + QByteArray(4 << 20, 'x') + "\"}";
    QTcpServer http;
    QVERIFY(http.listen(QHostAddress::LocalHost, 0));
    int sent = 0;
    connect(&http, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *s = http.nextPendingConnection();
        connect(s, &QTcpSocket::readyRead, s, [s, &sent, body, chunked] {
            if (!s->readAll().contains("\r\n\r\n") || sent++ > 0)
                return;
            QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";
            head += chunked ? "Transfer-Encoding: chunked\r\n\r\n"
                            : "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
            s->write(head);
            if (!chunked) {
                s->write(body);
                return;
            }
            for (qsizetype at = 0; at < body.size(); at += 65536) {
                const QByteArray part = body.mid(at, 65536);
                s->write(QByteArray::number(part.size(), 16) + "\r\n" + part + "\r\n");
            }
            s->write("0\r\n\r\n");
        });
    });
    SpTokenExchange exchange;
    const auto r = await(exchange.exchange(QUrl(u"http://127.0.0.1:%1/v1"_s.arg(http.serverPort())),
        u"sp-token-hostile-0001"_s, u"tester"_s, u"Session_x"_s));
    QVERIFY(!isOk(r));
    QCOMPARE(error(r).kind, SyncError::Kind::Protocol);
    QVERIFY2(error(r).message.contains(u"KiB"_s), qPrintable(error(r).message));
}

void TestHostileClient::debugLoggingExitsCleanly_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::newRow("set") << QStringList { u"set"_s, u"{\"a\":1}"_s };
    QTest::newRow("action") << QStringList { u"action"_s, u"extension.getDisplayCount"_s };
}

void TestHostileClient::debugLoggingExitsCleanly()
{
    QFETCH(QStringList, command);
    EmulatorProcess emulator;
    QString token;
    QVERIFY(startEmulator(emulator, &token));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_LOGGING_RULES"_s, u"*.debug=true"_s);
    const Run r = spsync(QStringList { u"--verbose"_s, u"--server"_s, emulator.cdsUrl().toString(),
                             u"--twilio-token"_s, token, u"--document"_s, u"Session_debug"_s,
                             u"--identity"_s, u"tester"_s }
            + command,
        env);
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.lines.size(), 1);
    QVERIFY(!r.err.isEmpty()); // the debug messages did reach the handler
    QVERIFY(!r.err.contains(token.toUtf8()));
}

QTEST_GUILESS_MAIN(TestHostileClient)
#include "tst_hostileclient.moc"
