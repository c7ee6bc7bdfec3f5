// The emulator's auth end to end: POST /v1/sync/token over HTTP, the minted token on Twilsock,
// and the grant it makes (ACL on), against the real sp-sync-emulator process.
#include "auth/tokenauthority.h"
#include "emulatorprocess.h"
#include "sids.h"
#include "twilsockframe.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

using namespace Qt::StringLiterals;

using SpEmu::TokenAuthority;

namespace {

const QByteArray Secret = "integration-secret-emuauth-42-0123456789";
const QString EsA = SpTest::sid(u"ES", 'a');
const QString EsB = SpTest::sid(u"ES", 'b');
const QString Pu1 = SpTest::sid(u"PU", '1');
const QString PrX = SpTest::sid(u"PR", 'x');
const QString StudentTok = u"sp-int-student-5d1e"_s;
const QString ProctorTok = u"sp-int-proctor-8a2f"_s;

using SpTest::roomDocument;
using SpTest::sessionDocument;

QByteArray body(const QString &identity, const QString &documentId)
{
    return QJsonDocument(
        QJsonObject { { u"identity"_s, identity }, { u"documentId"_s, documentId } })
        .toJson(QJsonDocument::Compact);
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

struct HttpResult
{
    int status = 0;
    QByteArray contentType;
    QByteArray raw;
    QJsonObject json;
};

// One Twilsock connection driven frame by frame.
class TwilsockProbe
{
public:
    bool open(const QUrl &url)
    {
        QSignalSpy connected(&m_socket, &QWebSocket::connected);
        QObject::connect(&m_socket, &QWebSocket::binaryMessageReceived,
            [this](const QByteArray &m) { m_inbox.append(m); });
        m_socket.open(url);
        return connected.wait(10000);
    }
    // Sends a frame and returns the reply with the same id (empty header on timeout).
    Twilsock::Frame request(QJsonObject header, const QByteArray &payload = {})
    {
        const QString id = Twilsock::newMessageId();
        header.insert(u"id"_s, id);
        QSignalSpy received(&m_socket, &QWebSocket::binaryMessageReceived);
        m_socket.sendBinaryMessage(Twilsock::encode(header, payload));
        Twilsock::Frame found;
        const QDeadlineTimer deadline(10000);
        while (!takeReply(id, &found) && !deadline.hasExpired())
            received.wait(int(qMax<qint64>(1, deadline.remainingTime())));
        return found;
    }
    Twilsock::Frame init(const QString &token)
    {
        return request(QJsonObject { { u"method"_s, u"init"_s }, { u"token"_s, token },
            { u"capabilities"_s, QJsonArray {} } });
    }
    // An upstream CDS request; returns the tunnelled HTTP status.
    int cds(const QString &method, const QString &path, const QJsonObject &json = {})
    {
        const QByteArray payload
            = json.isEmpty() ? QByteArray() : QJsonDocument(json).toJson(QJsonDocument::Compact);
        const Twilsock::Frame reply = request(
            QJsonObject { { u"method"_s, u"message"_s }, { u"active_grant"_s, u"data_sync"_s },
                { u"payload_type"_s, u"application/json"_s },
                { u"http_request"_s,
                    QJsonObject { { u"host"_s, u"127.0.0.1"_s }, { u"path"_s, path },
                        { u"method"_s, method }, { u"params"_s, QJsonObject {} },
                        { u"headers"_s,
                            QJsonObject { { u"Content-Type"_s, u"application/json"_s } } } } } },
            payload);
        m_lastCode = QJsonDocument::fromJson(reply.payload).object().value(u"code").toInt();
        return reply.header.value(u"http_status").toObject().value(u"code").toInt();
    }
    int lastCode() const { return m_lastCode; }

private:
    bool takeReply(const QString &id, Twilsock::Frame *out)
    {
        for (qsizetype i = 0; i < m_inbox.size(); ++i) {
            const auto decoded = Twilsock::decode(m_inbox[i]);
            if (decoded.ok() && decoded.frame.method() == u"reply" && decoded.frame.id() == id) {
                *out = decoded.frame;
                m_inbox.removeAt(i);
                return true;
            }
        }
        return false;
    }

    QWebSocket m_socket;
    QList<QByteArray> m_inbox;
    int m_lastCode = 0;
};

} // namespace

class TestEmulatorAuthHttp : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_secretPath, m_principalsPath;
    EmulatorProcess m_emu;
    QNetworkAccessManager m_nam;

    HttpResult post(const QByteArray &authorization, const QByteArray &payload)
    {
        QUrl url = m_emu.spApiUrl();
        url.setPath(url.path() + u"/sync/token"_s);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        if (!authorization.isNull())
            request.setRawHeader("Authorization", authorization);
        QNetworkReply *reply = m_nam.post(request, payload);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        HttpResult result;
        if (!reply->isFinished() && !finished.wait(10000)) {
            reply->deleteLater();
            return result;
        }
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        result.raw = reply->readAll();
        result.json = QJsonDocument::fromJson(result.raw).object();
        reply->deleteLater();
        return result;
    }

    QString exchange(const QString &spToken, const QString &identity, const QString &documentId)
    {
        const HttpResult r = post("Bearer " + spToken.toUtf8(), body(identity, documentId));
        return r.status == 200 ? r.json.value(u"token").toString() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_secretPath = m_dir.filePath(u"secret"_s);
        m_principalsPath = m_dir.filePath(u"principals.json"_s);
        QVERIFY(writeFile(m_secretPath, Secret + '\n'));
        QVERIFY(writeFile(m_principalsPath,
            uR"({"principals":[{"spToken":"%1","student":"%3"},)"
            uR"({"spToken":"%2","proctor":"%4","rooms":["%5"],"sessions":["%3"]}]})"_s
                .arg(StudentTok, ProctorTok, EsA, Pu1, PrX)
                .toUtf8()));
        QString error;
        QVERIFY2(m_emu.start({ u"--memory"_s, u"--secret-file"_s, m_secretPath, u"--principals"_s,
                                 m_principalsPath },
                     &error),
            qPrintable(error));
        QCOMPARE(m_emu.spApiUrl().path(), u"/v1"_s);
    }

    void exchange_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("code");
        const QByteArray student = "Bearer " + StudentTok.toUtf8();
        const QByteArray proctor = "Bearer " + ProctorTok.toUtf8();
        QTest::newRow("student, own session")
            << student << body(EsA, sessionDocument(EsA)) << 200 << 0;
        QTest::newRow("proctor, session")
            << proctor << body(EsA + Pu1, sessionDocument(EsA)) << 200 << 0;
        QTest::newRow("proctor, room") << proctor << body(Pu1, roomDocument(PrX)) << 200 << 0;
        QTest::newRow("student, other session")
            << student << body(EsB, sessionDocument(EsB)) << 403 << 54007;
        QTest::newRow("proctor, room identity on session")
            << proctor << body(Pu1, sessionDocument(EsA)) << 403 << 54007;
        QTest::newRow("proctor, session not allowed")
            << proctor << body(EsB + Pu1, sessionDocument(EsB)) << 403 << 54007;
        QTest::newRow("unknown SP token")
            << QByteArray("Bearer sp-nobody") << body(EsA, sessionDocument(EsA)) << 401 << 20003;
        QTest::newRow("no Authorization")
            << QByteArray() << body(EsA, sessionDocument(EsA)) << 401 << 20003;
        QTest::newRow("malformed body") << student << QByteArray("{\"identity\":") << 400 << 20001;
        QTest::newRow("malformed SID") << student << body(EsA, u"Session_ES12"_s) << 400 << 20001;
    }
    void exchange()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(QByteArray, payload);
        QFETCH(int, status);
        QFETCH(int, code);
        const HttpResult r = post(authorization, payload);
        QCOMPARE(r.status, status);
        QVERIFY2(r.contentType.startsWith("application/json"), r.contentType.constData());
        QVERIFY(!r.raw.contains(StudentTok.toUtf8()));
        QVERIFY(!r.raw.contains(ProctorTok.toUtf8()));
        if (status != 200) {
            QCOMPARE(r.json.value(u"status").toInt(), status);
            QCOMPARE(r.json.value(u"code").toInt(), code);
            QVERIFY(!r.json.value(u"message").toString().isEmpty());
            QVERIFY(r.json.contains(u"more_info"));
            return;
        }
        const QString identity
            = QJsonDocument::fromJson(payload).object().value(u"identity").toString();
        QCOMPARE(r.json.value(u"identity").toString(), identity);
        QCOMPARE(r.json.value(u"ttl").toInt(), 3600);
        QCOMPARE(QUrl(r.json.value(u"twilsockUri").toString()), m_emu.twilsockUrl());
        // Signed with the --secret-file secret, in Twilio's format.
        const auto v = TokenAuthority(Secret).verify(r.json.value(u"token").toString());
        QVERIFY2(v.ok(), qPrintable(v.message));
        QCOMPARE(v.identity, identity);
        QCOMPARE(v.exp - v.iat, 3600);
    }

    void grantTakesEffectOnTwilsock()
    {
        const QString token = exchange(StudentTok, EsA, sessionDocument(EsA));
        QVERIFY(!token.isEmpty());
        TwilsockProbe probe;
        QVERIFY(probe.open(m_emu.twilsockUrl()));
        const Twilsock::Frame reply = probe.init(token);
        QCOMPARE(reply.header.value(u"status").toObject().value(u"code").toInt(), 200);
        // Granted: reading a missing document says 404, creating it works.
        QCOMPARE(probe.cds(u"GET"_s, u"/v3/Documents/"_s + sessionDocument(EsA)), 404);
        QCOMPARE(probe.cds(u"POST"_s, u"/v3/Documents"_s,
                     QJsonObject { { u"unique_name"_s, sessionDocument(EsA) },
                         { u"data"_s, QJsonObject {} } }),
            201);
        QCOMPARE(probe.cds(u"GET"_s, u"/v3/Documents/"_s + sessionDocument(EsA)), 200);
        // Not granted: another session's document and a proctor room.
        QCOMPARE(probe.cds(u"GET"_s, u"/v3/Documents/"_s + sessionDocument(EsB)), 403);
        QCOMPARE(probe.lastCode(), 54007);
        QCOMPARE(probe.cds(u"GET"_s, u"/v3/Documents/"_s + roomDocument(PrX)), 403);
    }

    void sameSecretTokensWithoutExchangeHaveNoGrant()
    {
        // A valid token (same secret) for an identity the SP API never granted anything.
        const QString token = TokenAuthority(Secret).mint(u"stranger"_s, 600);
        TwilsockProbe probe;
        QVERIFY(probe.open(m_emu.twilsockUrl()));
        QCOMPARE(probe.init(token).header.value(u"status").toObject().value(u"code").toInt(), 200);
        QCOMPARE(probe.cds(u"GET"_s, u"/v3/Documents/"_s + sessionDocument(EsA)), 403);
    }

    void badTokensRefusedOnInit_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("errorCode");
        QTest::newRow("other secret") << TokenAuthority("another-secret").mint(EsA, 600) << 20101;
        QTest::newRow("expired") << TokenAuthority(Secret).mint(EsA, -5) << 20104;
        QTest::newRow("garbage") << u"fake.token.value"_s << 20101;
    }
    void badTokensRefusedOnInit()
    {
        QFETCH(QString, token);
        QFETCH(int, errorCode);
        TwilsockProbe probe;
        QVERIFY(probe.open(m_emu.twilsockUrl()));
        const QJsonObject status = probe.init(token).header.value(u"status").toObject();
        QCOMPARE(status.value(u"code").toInt(), 401);
        QCOMPARE(status.value(u"errorCode").toInt(), errorCode);
    }

    void mintTokenCommandUsesTheSecretFile()
    {
        const QString token
            = EmulatorProcess::mintToken(u"cli-user"_s, 120, { u"--secret-file"_s, m_secretPath });
        QVERIFY(!token.isEmpty());
        const auto v = TokenAuthority(Secret).verify(token);
        QVERIFY2(v.ok(), qPrintable(v.message));
        QCOMPARE(v.identity, u"cli-user"_s);
        TwilsockProbe probe;
        QVERIFY(probe.open(m_emu.twilsockUrl()));
        QCOMPARE(probe.init(token).header.value(u"status").toObject().value(u"code").toInt(), 200);
    }

    void missingSecretFileIsCreated()
    {
        const QString path = m_dir.filePath(u"fresh-secret"_s);
        const QString token = EmulatorProcess::mintToken(u"x"_s, 60, { u"--secret-file"_s, path });
        QVERIFY(!token.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(TokenAuthority(file.readAll().trimmed()).verify(token).ok());
        QCOMPARE(QFile::permissions(path) & 0x0077, QFileDevice::Permissions());
    }

    void demoPrincipalsCanExchange()
    {
        EmulatorProcess demo;
        QString error;
        QVERIFY2(demo.start({ u"--memory"_s, u"--demo"_s }, &error), qPrintable(error));
        QProcess &p = demo.process();
        const QDeadlineTimer deadline(10000);
        while (!p.canReadLine() && !deadline.hasExpired())
            p.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        const QJsonObject line
            = QJsonDocument::fromJson(p.readLine()).object().value(u"demo").toObject();
        const QString es = line.value(u"session").toString();
        const QString pu = line.value(u"proctor").toString();
        const QString pr = line.value(u"room").toString();
        QVERIFY2(es.startsWith(u"ES") && pu.startsWith(u"PU") && pr.startsWith(u"PR"),
            "no demo line with session, proctor and room");

        QUrl url = demo.spApiUrl();
        url.setPath(url.path() + u"/sync/token"_s);
        const auto call = [&](const QString &spToken, const QString &identity, const QString &doc) {
            QNetworkRequest request(url);
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            request.setRawHeader("Authorization", "Bearer " + spToken.toUtf8());
            QNetworkReply *reply = m_nam.post(request, body(identity, doc));
            QSignalSpy finished(reply, &QNetworkReply::finished);
            if (!reply->isFinished())
                finished.wait(10000);
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            reply->deleteLater();
            return status;
        };
        const QString student = line.value(u"studentSpToken").toString();
        const QString proctor = line.value(u"proctorSpToken").toString();
        QCOMPARE(call(student, es, sessionDocument(es)), 200);
        QCOMPARE(call(proctor, es + pu, sessionDocument(es)), 200);
        QCOMPARE(call(proctor, pu, roomDocument(pr)), 200);
        QCOMPARE(call(student, pu, roomDocument(pr)), 403);
    }

    void malformedPrincipalsFileStopsTheEmulator()
    {
        const QString path = m_dir.filePath(u"bad-principals.json"_s);
        QVERIFY(writeFile(path,
            uR"({"principals":[{"spToken":"%1","proctor":"%2","rooms":["PR1"]}]})"_s
                .arg(StudentTok, Pu1)
                .toUtf8()));
        EmulatorProcess bad;
        QString error;
        QVERIFY(!bad.start({ u"--memory"_s, u"--principals"_s, path }, &error, 10000));
        QTRY_COMPARE_WITH_TIMEOUT(bad.process().state(), QProcess::NotRunning, 10000);
        const QByteArray err = bad.stderrText() + bad.process().readAllStandardError();
        QVERIFY2(err.contains("principals[0].rooms[0]"), err.constData());
        QVERIFY(!err.contains(StudentTok.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestEmulatorAuthHttp)
#include "tst_emulatorauth_http.moc"
