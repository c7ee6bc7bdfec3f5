#include "await.h"
#include "redact.h"
#include "sp/sptokenexchange.h"

#include <QFutureWatcher>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SpSync;

namespace {
const QString kSpToken = u"sp-token-0123456789abcdef"_s;
const QString kJwt = u"eyJhbGciOiJIUzI1NiJ9.eyJncmFudHMiOnt9fQ.c2lnbmF0dXJlLWJ5dGVz"_s;

using Status = QHttpServerResponse::StatusCode;

} // namespace

class TestSpTokenExchange : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void success();
    void defaultsAndPath();
    void errors_data();
    void errors();
    void refusedUrls_data();
    void refusedUrls();
    void connectionRefused();
    void timeout();
    void endpoint_data();
    void endpoint();

private:
    QHttpServer m_server;
    quint16 m_port = 0;
    QByteArray m_replyBody;
    Status m_replyStatus = Status::Ok;
    QByteArray m_seenAuth;
    QByteArray m_seenBody;
    QString m_seenPath;
    QUrl base() const { return QUrl(u"http://127.0.0.1:%1/v1"_s.arg(m_port)); }
};

void TestSpTokenExchange::initTestCase()
{
    auto handler = [this](const QHttpServerRequest &request) {
        m_seenAuth = request.value("Authorization");
        m_seenBody = request.body();
        m_seenPath = request.url().path();
        return QHttpServerResponse("application/json", m_replyBody, m_replyStatus);
    };
    m_server.route(u"/v1/sync/token"_s, handler);
    m_server.route(u"/v1/custom/path"_s, handler);
    m_port = m_server.listen(QHostAddress::LocalHost, 0);
    QVERIFY(m_port != 0);
}

void TestSpTokenExchange::success()
{
    m_replyStatus = Status::Ok;
    m_replyBody = QJsonDocument(
        QJsonObject { { u"token"_s, kJwt }, { u"identity"_s, u"ESabc"_s }, { u"ttl"_s, 3600 },
            { u"twilsockUri"_s, u"ws://127.0.0.1:1/v3/wsconnect"_s } })
                      .toJson();
    SpTokenExchange exchange;
    const auto r = await(exchange.exchange(base(), kSpToken, u"ESabc"_s, u"Session_ESabc"_s));
    QVERIFY2(isOk(r), qPrintable(error(r).message));
    QCOMPARE(value(r).token, kJwt);
    QCOMPARE(value(r).identity, u"ESabc"_s);
    QCOMPARE(value(r).ttl, 3600);
    QCOMPARE(value(r).twilsockUri, QUrl(u"ws://127.0.0.1:1/v3/wsconnect"_s));
    QCOMPARE(m_seenAuth, "Bearer " + kSpToken.toUtf8());
    QCOMPARE(m_seenPath, u"/v1/sync/token"_s);
    const QJsonObject body = QJsonDocument::fromJson(m_seenBody).object();
    QCOMPARE(body.value(u"identity"_s).toString(), u"ESabc"_s);
    QCOMPARE(body.value(u"documentId"_s).toString(), u"Session_ESabc"_s);
    // Both tokens are now known secrets.
    QCOMPARE(redactSecrets(kSpToken + u" "_s + kJwt), u"<redacted> <redacted>"_s);
}

void TestSpTokenExchange::defaultsAndPath()
{
    m_replyStatus = Status::Ok;
    m_replyBody = QJsonDocument(QJsonObject { { u"token"_s, kJwt } }).toJson();
    SpTokenExchange exchange;
    QUrl slashBase = base();
    slashBase.setPath(u"/v1/"_s);
    const auto r = await(
        exchange.exchange(slashBase, kSpToken, u"PU1"_s, u"Proctor_Room_PR1"_s, u"custom/path"_s));
    QVERIFY2(isOk(r), qPrintable(error(r).message));
    QCOMPARE(m_seenPath, u"/v1/custom/path"_s);
    QCOMPARE(value(r).twilsockUri, QUrl(u"wss://tsock.us1.twilio.com/v3/wsconnect"_s));
    QCOMPARE(value(r).ttl, 0);
}

void TestSpTokenExchange::errors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<SyncError::Kind>("kind");
    QTest::addColumn<QString>("mustContain");
    const QByteArray twilioError = R"({"code":20101,"message":"Invalid token"})";
    QTest::newRow("401") << 401 << twilioError << SyncError::Kind::Auth << u"401"_s;
    QTest::newRow("403") << 403 << QByteArray(R"({"message":"not your room"})")
                         << SyncError::Kind::Denied << u"not your room"_s;
    QTest::newRow("404") << 404 << QByteArray() << SyncError::Kind::NotFound << u"404"_s;
    QTest::newRow("429") << 429 << QByteArray() << SyncError::Kind::RateLimited << u"429"_s;
    QTest::newRow("500") << 500 << QByteArray("oops") << SyncError::Kind::Server << u"500"_s;
    QTest::newRow("garbage") << 200 << QByteArray("<html>hello</html>") << SyncError::Kind::Protocol
                             << u"not a JSON object"_s;
    QTest::newRow("JSON array") << 200 << QByteArray("[1,2]") << SyncError::Kind::Protocol
                                << u"not a JSON object"_s;
    QTest::newRow("no token") << 200 << QByteArray(R"({"identity":"x"})")
                              << SyncError::Kind::Protocol << u"\"token\""_s;
    QTest::newRow("bad ttl") << 200 << QByteArray(R"({"token":"abc","ttl":"soon"})")
                             << SyncError::Kind::Protocol << u"ttl"_s;
    QTest::newRow("plain ws to remote")
        << 200 << QByteArray(R"({"token":"abc","twilsockUri":"ws://evil.example.com/"})")
        << SyncError::Kind::Protocol << u"twilsockUri"_s;
    QTest::newRow("https twilsock")
        << 200 << QByteArray(R"({"token":"abc","twilsockUri":"https://x.com/"})")
        << SyncError::Kind::Protocol << u"twilsockUri"_s;
    QTest::newRow("error body echoing the token")
        << 403 << (R"({"message":"bad )" + kSpToken.toUtf8() + R"("})") << SyncError::Kind::Denied
        << u"<redacted>"_s;
}

void TestSpTokenExchange::errors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(SyncError::Kind, kind);
    QFETCH(QString, mustContain);
    m_replyStatus = Status(status);
    m_replyBody = body;
    SpTokenExchange exchange;
    const auto r = await(exchange.exchange(base(), kSpToken, u"ES1"_s, u"Session_ES1"_s));
    QVERIFY(!isOk(r));
    QCOMPARE(error(r).kind, kind);
    QVERIFY2(error(r).message.contains(mustContain), qPrintable(error(r).message));
    QVERIFY(!error(r).message.contains(kSpToken));
    if (status != 200)
        QCOMPARE(error(r).status, status);
}

void TestSpTokenExchange::refusedUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("plain http to a remote host") << u"http://api.example.com/v1"_s;
    QTest::newRow("ws scheme") << u"ws://127.0.0.1:1/v1"_s;
    QTest::newRow("relative") << u"/v1"_s;
}

void TestSpTokenExchange::refusedUrls()
{
    QFETCH(QString, url);
    SpTokenExchange exchange;
    const auto f = exchange.exchange(QUrl(url), kSpToken, u"ES1"_s, u"Session_ES1"_s);
    QVERIFY(f.isFinished()); // refused before any network traffic
    const auto r = f.result();
    QVERIFY(!isOk(r));
    QCOMPARE(error(r).kind, SyncError::Kind::InvalidInput);
}

void TestSpTokenExchange::connectionRefused()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    SpTokenExchange exchange;
    const auto r = await(exchange.exchange(
        QUrl(u"http://127.0.0.1:%1/v1"_s.arg(port)), kSpToken, u"ES1"_s, u"Session_ES1"_s));
    QVERIFY(!isOk(r));
    QCOMPARE(error(r).kind, SyncError::Kind::Transport);
    QVERIFY(!error(r).message.contains(kSpToken));
}

void TestSpTokenExchange::timeout()
{
    QTcpServer silent; // accepts and never answers
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    SpTokenExchange exchange;
    exchange.setTimeout(300);
    const auto r
        = await(exchange.exchange(QUrl(u"http://127.0.0.1:%1/v1"_s.arg(silent.serverPort())),
            kSpToken, u"ES1"_s, u"Session_ES1"_s));
    QVERIFY(!isOk(r));
    QCOMPARE(error(r).kind, SyncError::Kind::Timeout);
}

void TestSpTokenExchange::endpoint_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    QTest::newRow("default") << u"https://api.x.com/v1"_s << u"/sync/token"_s
                             << u"https://api.x.com/v1/sync/token"_s;
    QTest::newRow("slashes") << u"https://api.x.com/v1/"_s << u"/sync/token"_s
                             << u"https://api.x.com/v1/sync/token"_s;
    QTest::newRow("no slash") << u"https://api.x.com/v1"_s << u"sync/token"_s
                              << u"https://api.x.com/v1/sync/token"_s;
    QTest::newRow("empty path") << u"https://api.x.com"_s << QString()
                                << u"https://api.x.com/sync/token"_s;
}

void TestSpTokenExchange::endpoint()
{
    QFETCH(QString, base);
    QFETCH(QString, path);
    QFETCH(QString, expected);
    QCOMPARE(SpTokenExchange::endpoint(QUrl(base), path), QUrl(expected));
}

QTEST_GUILESS_MAIN(TestSpTokenExchange)
#include "tst_sptokenexchange.moc"
