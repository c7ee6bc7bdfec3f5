// The security matrix, in one place. Each row names who tries what and the refusal
// it must get; every refused row also checks that nothing was written (the seeded documents
// read back unchanged through their owners). Identity rows run through the library
// (SyncClient::create -> SyncError) and through the spsync binary (exit code, one stderr
// line). The last test scans everything any process or logger printed for every token used.
#include "redact.h"
#include "securityrig.h"
#include "testpki.h"
#include "tlsbridge.h"
#include "websockettransport_p.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSignalSpy>
#include <optional>

using namespace Qt::StringLiterals;

using namespace SpSync;
using namespace Sec;
using Kind = SyncError::Kind;
using State = SyncConnection::State;

Q_DECLARE_METATYPE(Sec::TokenForm)

namespace {

Sec::SecurityRig *g_rig = nullptr;
QtMessageHandler g_previousHandler = nullptr;
QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

// Every log message of this process is kept for the token scan; warnings still show.
void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (g_rig)
        g_rig->recordLog(message);
    if (type != QtDebugMsg && type != QtInfoMsg && g_previousHandler)
        g_previousHandler(type, context, message);
}

// Library debug logging on, whatever QT_LOGGING_RULES says (a filter is not overridden).
void enableLibraryDebug(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (qstrncmp(category->categoryName(), "syncclient.", 11) == 0)
        category->setEnabled(QtDebugMsg, true);
}

enum class Via { SpToken, TwilioToken };

// The TLS rows need the openssl command for their certificates: skipped without it locally,
// a failure under CI (scripts/setup.sh --test installs it).
#define requireOpenssl()                                                                           \
    do {                                                                                           \
        if (!TestPki::haveOpenssl()) {                                                             \
            if (qEnvironmentVariable("CI") == u"true")                                             \
                QFAIL("the openssl command is missing");                                           \
            QSKIP("the openssl command is missing (scripts/setup.sh --test installs it)");         \
        }                                                                                          \
    } while (false)

} // namespace

class TestSecurityMatrix : public QObject
{
    Q_OBJECT

    SecurityRig m_rig;
    QMap<QString, Snapshot> m_baseline;
    std::optional<TestPki> m_pki; // made by the first TLS test

    bool makePki()
    {
        if (m_pki)
            return true;
        TestPki pki;
        QString error;
        if (!pki.make(m_rig.dir(), &error)) {
            qWarning() << error;
            return false;
        }
        m_pki = pki;
        return true;
    }

    // Nothing was written: every seeded document reads back as it was seeded.
    bool nothingWritten()
    {
        const auto now = m_rig.snapshot();
        if (now != m_baseline) {
            qWarning() << "a refused row changed a document";
            return false;
        }
        return true;
    }

    QString credential(Via via, const QString &spToken, TokenForm form, const QString &tokenFor)
    {
        return via == Via::SpToken ? spToken : m_rig.token(form, tokenFor);
    }

    void addIdentityRows();

private Q_SLOTS:
    void initTestCase();
    void library_data() { addIdentityRows(); }
    void library();
    void cli_data() { addIdentityRows(); }
    void cli();
    void invalidSidsAreRefusedBeforeSending_data();
    void invalidSidsAreRefusedBeforeSending();
    void refusedTokenUpdate_data();
    void refusedTokenUpdate();
    void plainUrlToRemoteHost_data();
    void plainUrlToRemoteHost();
    void plainUrlToRemoteHostCli_data();
    void plainUrlToRemoteHostCli();
    void tls_data();
    void tls();
    void tlsCli();
    void noTokenInAnyOutput();
    void cleanupTestCase();
};

void TestSecurityMatrix::initTestCase()
{
    QVERIFY(!qEnvironmentVariableIsEmpty("SPSYNC"));
    g_rig = &m_rig;
    g_previousHandler = qInstallMessageHandler(captureMessage);
    g_previousFilter = QLoggingCategory::installFilter(enableLibraryDebug);
    QString error;
    QVERIFY2(m_rig.start(&error), qPrintable(error));
    m_baseline = m_rig.snapshot();
    QCOMPARE(m_baseline.size(), 4);
    for (auto it = m_baseline.cbegin(); it != m_baseline.cend(); ++it)
        QCOMPARE(it->data, (QJsonObject { { u"seed"_s, it.key() } }));
}

void TestSecurityMatrix::cleanupTestCase()
{
    QLoggingCategory::installFilter(g_previousFilter);
    qInstallMessageHandler(g_previousHandler);
    g_rig = nullptr;
}

// who | via | credential | document | identity -> kind, status, Twilio code.
void TestSecurityMatrix::addIdentityRows()
{
    QTest::addColumn<Via>("via");
    QTest::addColumn<QString>("spToken");
    QTest::addColumn<TokenForm>("form");
    QTest::addColumn<QString>("tokenFor"); // identity inside a Twilio token
    QTest::addColumn<QString>("documentId");
    QTest::addColumn<QString>("identity");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("code");
    const SecurityRig &r = m_rig;
    const auto sp = [](const char *name, const QString &spToken, const QString &doc,
                        const QString &identity, Kind kind, int status) {
        QTest::newRow(name) << Via::SpToken << spToken << TokenForm::Valid << QString() << doc
                            << identity << kind << status << 0;
    };
    const auto tw
        = [](const char *name, TokenForm form, const QString &tokenFor, const QString &doc,
              const QString &identity, Kind kind, int status, int code) {
              QTest::newRow(name) << Via::TwilioToken << QString() << form << tokenFor << doc
                                  << identity << kind << status << code;
          };
    // SP token exchange: the SP API refuses (401 bad SP token, 403 not allowed).
    sp("student into another student's session", r.spStudentA, sessionDocument(r.esB), r.esB,
        Kind::Denied, 403);
    sp("student, own identity, another session", r.spStudentA, sessionDocument(r.esB), r.esA,
        Kind::Denied, 403);
    sp("student into a proctor room", r.spStudentA, roomDocument(r.prP), r.esA, Kind::Denied, 403);
    sp("proctor into a session not theirs", r.spProctorP, sessionDocument(r.esB), r.esB + r.puP,
        Kind::Denied, 403);
    sp("proctor into a room not theirs", r.spProctorP, roomDocument(r.prQ), r.puP, Kind::Denied,
        403);
    sp("proctor as another proctor", r.spProctorP, roomDocument(r.prQ), r.puQ, Kind::Denied, 403);
    sp("proctor as the student", r.spProctorP, sessionDocument(r.esA), r.esA, Kind::Denied, 403);
    sp("room identity on a session document", r.spProctorP, sessionDocument(r.esA), r.puP,
        Kind::Denied, 403);
    sp("unknown SP token", r.spUnknown, sessionDocument(r.esA), r.esA, Kind::Auth, 401);
    // A Twilio token used directly: the emulator refuses init (401) or the document (403).
    tw("forged signature", TokenForm::ForgedSignature, r.esA, sessionDocument(r.esA), r.esA,
        Kind::Auth, 401, 20101);
    tw("alg none", TokenForm::AlgNone, r.esA, sessionDocument(r.esA), r.esA, Kind::Auth, 401,
        20101);
    tw("claims edited, signature kept", TokenForm::ClaimsEdited, r.esA, sessionDocument(r.esA),
        r.esA, Kind::Auth, 401, 20101);
    tw("expired token", TokenForm::Expired, r.esA, sessionDocument(r.esA), r.esA, Kind::Auth, 401,
        20104);
    tw("token for another identity", TokenForm::Valid, r.esB, sessionDocument(r.esA), r.esA,
        Kind::Denied, 403, 54007);
    tw("room identity token on a session document", TokenForm::Valid, r.puP, sessionDocument(r.esA),
        r.puP, Kind::Denied, 403, 54007);
    tw("student token on a proctor room", TokenForm::Valid, r.esA, roomDocument(r.prP), r.esA,
        Kind::Denied, 403, 54007);
}

void TestSecurityMatrix::library()
{
    QFETCH(Via, via);
    QFETCH(QString, spToken);
    QFETCH(TokenForm, form);
    QFETCH(QString, tokenFor);
    QFETCH(QString, documentId);
    QFETCH(QString, identity);
    QFETCH(Kind, kind);
    QFETCH(int, status);
    QFETCH(int, code);
    const QString secret = credential(via, spToken, form, tokenFor);
    const SyncClientConfig config = via == Via::SpToken
        ? m_rig.spConfig(secret, documentId, identity)
        : m_rig.twilioConfig(secret, documentId, identity);
    const auto result = await(SyncClient::create(config));
    QVERIFY2(!isOk(result), "an intruder got a client");
    const SyncError e = error(result);
    QVERIFY2(e.kind == kind, qPrintable(e.toString()));
    QCOMPARE(e.status, status);
    if (code != 0)
        QCOMPARE(e.code, code);
    QVERIFY(!e.message.contains(secret));
    QVERIFY(nothingWritten());
}

void TestSecurityMatrix::cli()
{
    QFETCH(Via, via);
    QFETCH(QString, spToken);
    QFETCH(TokenForm, form);
    QFETCH(QString, tokenFor);
    QFETCH(QString, documentId);
    QFETCH(QString, identity);
    QFETCH(int, status);
    QFETCH(int, code);
    const QString secret = credential(via, spToken, form, tokenFor);
    // Tokens go by environment, as a careful user would (not visible in the process list).
    QProcessEnvironment env;
    env.insert(via == Via::SpToken ? u"SPSYNC_SP_TOKEN"_s : u"SPSYNC_TWILIO_TOKEN"_s, secret);
    const SpsyncRun run
        = m_rig.spsync({ u"--server"_s, m_rig.emulator().cdsUrl().toString(), u"--document"_s,
                           documentId, u"--identity"_s, identity, u"--initial-data"_s,
                           u"{\"intruder\":true}"_s, u"set"_s, u"{\"x\":1}"_s },
            env);
    QVERIFY2(run.exitCode == 3, run.err.constData());
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY(run.err.startsWith("spsync: "));
    // The line says why: the Twilio code, or the SP API's HTTP status.
    QVERIFY2(run.err.contains(QByteArray::number(code != 0 ? code : status)), run.err.constData());
    QVERIFY(nothingWritten());
}

void TestSecurityMatrix::invalidSidsAreRefusedBeforeSending_data()
{
    QTest::addColumn<QStringList>("document");
    const SecurityRig &r = m_rig;
    QTest::newRow("malformed session SID") << QStringList { u"--session"_s, u"ES123"_s };
    QTest::newRow("room SID as proctor")
        << QStringList { u"--session"_s, r.esA, u"--proctor"_s, r.prP };
    QTest::newRow("session SID as room")
        << QStringList { u"--room"_s, r.esA, u"--proctor"_s, r.puP };
}

void TestSecurityMatrix::invalidSidsAreRefusedBeforeSending()
{
    QFETCH(QStringList, document);
    QProcessEnvironment env;
    env.insert(u"SPSYNC_SP_TOKEN"_s, m_rig.spProctorP);
    const SpsyncRun run
        = m_rig.spsync(QStringList { u"--server"_s, m_rig.emulator().cdsUrl().toString() }
                + document + QStringList { u"set"_s, u"{\"x\":1}"_s },
            env);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY(nothingWritten());
}

// An `update` with a bad token on a live connection is refused, the connection ends Denied
// (it does not carry on as if refreshed), and the client can no longer write. A valid token for
// another identity is refused in a reply (51215) and the connection goes on as it was.
void TestSecurityMatrix::refusedTokenUpdate_data()
{
    QTest::addColumn<TokenForm>("form");
    QTest::addColumn<QString>("tokenFor");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("emulatorSays");
    const SecurityRig &r = m_rig;
    QTest::newRow("expired token replayed after exp")
        << TokenForm::Expired << r.esA << 20104 << u"token update refused"_s;
    QTest::newRow("forged signature")
        << TokenForm::ForgedSignature << r.esA << 20101 << u"token update refused"_s;
    QTest::newRow("alg none") << TokenForm::AlgNone << r.esA << 20101 << u"token update refused"_s;
    QTest::newRow("token for another identity")
        << TokenForm::Valid << r.esB << 51215 << u"token update for another identity refused"_s;
}

void TestSecurityMatrix::refusedTokenUpdate()
{
    QFETCH(TokenForm, form);
    QFETCH(QString, tokenFor);
    QFETCH(int, code);
    QFETCH(QString, emulatorSays);
    const QString doc = sessionDocument(m_rig.esA);
    SyncClientConfig config
        = m_rig.twilioConfig(m_rig.token(TokenForm::Valid, m_rig.esA), doc, m_rig.esA);
    config.initialData = {};
    auto created = await(SyncClient::create(config));
    QVERIFY2(isOk(created), qPrintable(error(created).toString()));
    std::unique_ptr<SyncClient> client(value(created));
    QSignalSpy errors(client.get(), &SyncClient::errorOccurred);
    QSignalSpy reconnects(client->connection(), &SyncConnection::reconnectScheduled);

    const QString bad = m_rig.token(form, tokenFor);
    client->updateTwilioToken(bad);
    auto sawCode = [&] {
        for (const QList<QVariant> &args : std::as_const(errors)) {
            const auto e = args.first().value<SyncError>();
            if (e.kind == Kind::Auth && e.code == code && !e.message.contains(bad))
                return true;
        }
        return false;
    };
    QTRY_VERIFY2(sawCode(), "no Auth error with the expected code");
    QTRY_VERIFY(m_rig.allOutput().contains(emulatorSays.toUtf8()));
    if (code == 51215) {
        // Twilio keeps the connection on its old token: same identity, still connected.
        QCOMPARE(client->state(), State::Connected);
        QCOMPARE(client->identity(), m_rig.esA);
        QCOMPARE(client->lastError().code, code);
        QCOMPARE(reconnects.size(), 0);
        QVERIFY(nothingWritten());
        return;
    }
    QTRY_COMPARE(client->state(), State::Disconnected);
    QCOMPARE(client->lastError().kind, Kind::Auth);
    QCOMPARE(client->lastError().code, code);
    const auto write = await(client->setSync(QJsonObject { { u"after"_s, true } }));
    QVERIFY(!isOk(write));
    QCOMPARE(client->state(), State::Disconnected);
    QCOMPARE(reconnects.size(), 0);
    QVERIFY(nothingWritten());
}

// Plain ws:// or http:// to a host that is not this machine is refused by the URL policy
// synchronously: the future is finished when create() returns, before any socket exists.
void TestSecurityMatrix::plainUrlToRemoteHost_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QUrl>("url");
    QTest::newRow("http SP API by name")
        << u"baseUri"_s << QUrl(u"http://sync.example.invalid/v1"_s);
    QTest::newRow("http SP API by address") << u"baseUri"_s << QUrl(u"http://10.255.255.1/v1"_s);
    QTest::newRow("ws Twilsock by name")
        << u"twilsockUrl"_s << QUrl(u"ws://sync.example.invalid/v3/wsconnect"_s);
    QTest::newRow("ws Twilsock by address")
        << u"twilsockUrl"_s << QUrl(u"ws://10.255.255.1:9/v3/wsconnect"_s);
    QTest::newRow("http CDS") << u"cdsUrl"_s << QUrl(u"http://10.255.255.1"_s);
}

void TestSecurityMatrix::plainUrlToRemoteHost()
{
    QFETCH(QString, field);
    QFETCH(QUrl, url);
    const QString doc = sessionDocument(m_rig.esA);
    SyncClientConfig config = field == u"baseUri"
        ? m_rig.spConfig(m_rig.spStudentA, doc, m_rig.esA)
        : m_rig.twilioConfig(m_rig.token(TokenForm::Valid, m_rig.esA), doc, m_rig.esA);
    if (field == u"baseUri")
        config.baseUri = url;
    else if (field == u"twilsockUrl")
        config.twilsockUrl = url;
    else
        config.cdsUrl = url;
    const auto future = SyncClient::create(config);
    QVERIFY(future.isFinished());
    const SyncError e = error(future.result());
    QCOMPARE(e.kind, Kind::InvalidInput);
    QVERIFY2(e.message.contains(u"only allowed to this machine"), qPrintable(e.message));

    // Lower layers refuse too, without a socket ever connecting.
    if (url.scheme() == u"ws") {
        SyncConnection connection;
        QSignalSpy connectionErrors(&connection, &SyncConnection::errorOccurred);
        connection.connectToServer(url, m_rig.token(TokenForm::Valid, m_rig.esA));
        QCOMPARE(connectionErrors.size(), 1); // synchronously
        QCOMPARE(connectionErrors.first().first().value<SyncError>().kind, Kind::InvalidInput);
        QCOMPARE(connection.state(), State::Disconnected);

        WebSocketTransport transport;
        QSignalSpy connected(&transport, &SyncTransport::connected);
        QSignalSpy down(&transport, &SyncTransport::disconnected);
        transport.open(url);
        QVERIFY(down.wait(5000));
        QCOMPARE(connected.size(), 0);
    }
}

void TestSecurityMatrix::plainUrlToRemoteHostCli_data()
{
    QTest::addColumn<QStringList>("connection");
    QTest::newRow("--server http by name")
        << QStringList { u"--server"_s, u"http://sync.example.invalid:4040"_s };
    QTest::newRow("--server ws by address")
        << QStringList { u"--server"_s, u"ws://10.255.255.1:9"_s };
    QTest::newRow("--base-uri http by address")
        << QStringList { u"--base-uri"_s, u"http://10.255.255.1/v1"_s };
}

void TestSecurityMatrix::plainUrlToRemoteHostCli()
{
    QFETCH(QStringList, connection);
    QProcessEnvironment env;
    env.insert(u"SPSYNC_SP_TOKEN"_s, m_rig.spStudentA);
    QElapsedTimer clock;
    clock.start();
    const SpsyncRun run
        = m_rig.spsync(connection + QStringList { u"--session"_s, m_rig.esA, u"get"_s }, env);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY2(run.err.contains("only allowed to this machine"), run.err.constData());
    // 10.255.255.1 never answers: a connection attempt would have taken the 15 s budget.
    QVERIFY(clock.elapsed() < 10000);
}

// A wss:// / https:// server on 127.0.0.1 whose certificate the client must verify: refused
// unless its CA is configured, and then only for the right host name.
void TestSecurityMatrix::tls_data()
{
    QTest::addColumn<Via>("via");
    QTest::addColumn<bool>("rightHost"); // certificate for 127.0.0.1, or for another name
    QTest::addColumn<QString>("trust"); // "" system CAs only, "ca" ours, "other" another CA
    QTest::addColumn<bool>("accepted");
    QTest::newRow("wss, CA not configured") << Via::TwilioToken << true << QString() << false;
    QTest::newRow("wss, another CA configured") << Via::TwilioToken << true << u"other"_s << false;
    QTest::newRow("wss, CA configured, wrong host name")
        << Via::TwilioToken << false << u"ca"_s << false;
    QTest::newRow("wss, CA configured") << Via::TwilioToken << true << u"ca"_s << true;
    QTest::newRow("https SP API, CA not configured") << Via::SpToken << true << QString() << false;
    QTest::newRow("https SP API, CA configured, wrong host name")
        << Via::SpToken << false << u"ca"_s << false;
    QTest::newRow("https SP API and wss, CA configured") << Via::SpToken << true << u"ca"_s << true;
}

void TestSecurityMatrix::tls()
{
    QFETCH(Via, via);
    QFETCH(bool, rightHost);
    QFETCH(QString, trust);
    QFETCH(bool, accepted);
    requireOpenssl();
    QVERIFY(makePki());
    const TestPki &pki = *m_pki;
    TlsBridge bridge(
        rightHost ? pki.server : pki.wrongHost, rightHost ? pki.serverKey : pki.wrongHostKey);
    QVERIFY(bridge.listen(m_rig.emulator().twilsockUrl(), m_rig.emulator().spApiUrl()));

    const QString doc = sessionDocument(m_rig.esC);
    SyncClientConfig config;
    if (via == Via::SpToken) {
        config = m_rig.spConfig(m_rig.spStudentC, doc, m_rig.esC);
        QUrl base = bridge.httpsUrl();
        base.setPath(u"/v1"_s);
        config.baseUri = base;
    } else {
        // The grant for ES_C on its session comes from one SP exchange.
        auto owner = await(SyncClient::create(m_rig.ownerConfig(doc)));
        QVERIFY(isOk(owner));
        delete value(owner);
        config = m_rig.twilioConfig(m_rig.token(TokenForm::Valid, m_rig.esC), doc, m_rig.esC);
        config.twilsockUrl = bridge.wssUrl();
        config.cdsUrl = m_rig.emulator().cdsUrl();
    }
    // A refused certificate fails at once: the test waits 20 s, far less than this budget, so
    // a client that retried the handshake until the budget ran out would fail the test.
    config.connectTimeoutMs = 120000;
    config.initialData = {};
    if (trust == u"ca")
        config.caCertificates = pki.ca;
    else if (trust == u"other")
        config.caCertificates = pki.otherCa;

    auto created = await(SyncClient::create(config), 20000);
    if (!accepted) {
        QVERIFY(!isOk(created));
        const SyncError e = error(created);
        QVERIFY2(e.kind == Kind::Transport, qPrintable(e.toString()));
        QVERIFY2(e.message.contains(u"TLS") || e.message.contains(u"SSL"), qPrintable(e.message));
        // The handshake failed, so nothing reached the emulator.
        QCOMPARE(bridge.webSocketsAccepted(), 0);
        QCOMPARE(bridge.httpsAccepted(), 0);
        return;
    }
    QVERIFY2(isOk(created), qPrintable(error(created).toString()));
    std::unique_ptr<SyncClient> client(value(created));
    QCOMPARE(bridge.webSocketsAccepted(), 1);
    QCOMPARE(bridge.httpsAccepted(), via == Via::SpToken ? 1 : 0);
    const auto written = await(client->setSync(QJsonObject { { u"overTls"_s, true } }));
    QVERIFY2(isOk(written), qPrintable(error(written).toString()));
}

void TestSecurityMatrix::tlsCli()
{
    requireOpenssl();
    QVERIFY(makePki());
    const TestPki &pki = *m_pki;
    TlsBridge bridge(pki.server, pki.serverKey);
    QVERIFY(bridge.listen(m_rig.emulator().twilsockUrl(), m_rig.emulator().spApiUrl()));
    QProcessEnvironment env;
    env.insert(u"SPSYNC_SP_TOKEN"_s, m_rig.spStudentC);
    const QStringList args { u"--server"_s, bridge.httpsUrl().toString(), u"--session"_s, m_rig.esC,
        u"get"_s };

    SpsyncRun run = m_rig.spsync(args, env);
    QVERIFY2(run.exitCode == 6, run.err.constData());
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err.count('\n'), 1);
    QCOMPARE(bridge.httpsAccepted(), 0);

    const QString notPem = m_rig.dir() + u"/not-a-cert.pem"_s;
    QFile junk(notPem);
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("not a certificate\n");
    junk.close();
    run = m_rig.spsync(QStringList { u"--ca-file"_s, notPem } + args, env);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err.count('\n'), 1);

    run = m_rig.spsync(QStringList { u"--ca-file"_s, pki.caFile } + args, env);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(QJsonDocument::fromJson(run.out).isObject());
    QCOMPARE(bridge.httpsAccepted(), 1);
    QCOMPARE(bridge.webSocketsAccepted(), 1);
}

// Nothing this suite ran printed a token: the emulator (debug logging on), every spsync
// run (one verbose run of each refusal kind added here), and this process's log messages
// (library debug logging on).
void TestSecurityMatrix::noTokenInAnyOutput()
{
    QProcessEnvironment env;
    env.insert(u"SPSYNC_TWILIO_TOKEN"_s, m_rig.token(TokenForm::Expired, m_rig.esA));
    const QStringList args { u"--server"_s, m_rig.emulator().cdsUrl().toString(), u"--session"_s,
        m_rig.esA, u"get"_s };
    QCOMPARE(m_rig.spsync(args, env, true).exitCode, 3);
    env.insert(u"SPSYNC_TWILIO_TOKEN"_s, m_rig.token(TokenForm::Valid, m_rig.esA));
    QCOMPARE(m_rig.spsync(args, env, true).exitCode, 0);
    env.clear();
    env.insert(u"SPSYNC_SP_TOKEN"_s, m_rig.spProctorP);
    QCOMPARE(m_rig
                 .spsync({ u"--server"_s, m_rig.emulator().cdsUrl().toString(), u"--session"_s,
                             m_rig.esB, u"--proctor"_s, m_rig.puP, u"get"_s },
                     env, true)
                 .exitCode,
        3);

    const QByteArray all = m_rig.allOutput();
    QVERIFY2(all.size() > 10000, "the logs are suspiciously short; is debug logging on?");
    QVERIFY2(m_rig.logBytes() > 1000, "no library log captured; is the category filter on?");
    const QStringList secrets = m_rig.secrets();
    QVERIFY(secrets.size() > 20);
    for (const QString &secret : secrets)
        registerSecret(secret); // so a failure message redacts any other token near the hit
    for (const QString &secret : secrets) {
        const qsizetype at = all.indexOf(secret.toUtf8());
        if (at < 0)
            continue;
        // Say where, without printing the token itself.
        QByteArray context = all.mid(qMax<qsizetype>(0, at - 200), secret.size() + 400);
        context.replace(secret.toUtf8(), "<THE TOKEN>");
        QFAIL(qPrintable(u"token #%1 appears in the output: %2"_s.arg(
            QString::number(secrets.indexOf(secret)), redactSecrets(QString::fromUtf8(context)))));
    }
    static const QRegularExpression jwt(uR"(eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.)"_s);
    const QRegularExpressionMatch m = jwt.match(QString::fromUtf8(all));
    QVERIFY2(!m.hasMatch(), "a JWT-shaped string appears in the output");
}

QTEST_GUILESS_MAIN(TestSecurityMatrix)
#include "tst_securitymatrix.moc"
