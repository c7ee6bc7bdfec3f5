// TokenAuthority: Twilio-format access tokens, minted and verified.
#include "auth/tokenauthority.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using SpEmu::TokenAuthority;

namespace {

const QByteArray Secret = "emu-auth-test-secret-0001";
const QString Account = u"AC11111111111111111111111111111111"_s;
const QString ApiKey = u"SK22222222222222222222222222222222"_s;
const QString Service = u"IS33333333333333333333333333333333"_s;
constexpr qint64 Iat = 1800000000;

// Computed independently with `openssl dgst -sha256 -hmac emu-auth-test-secret-0001` over the
// base64url header and payload of the helper library's layout (identity alice, ttl 3600).
const QString OpensslHs256
    = u"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCIsImN0eSI6InR3aWxpby1mcGE7dj0xIn0."
      u"eyJqdGkiOiJTSzIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyLTE4MDAwMDAwMDAiLCJncmFudHMiOnsiaWR"
      u"l"
      u"bnRpdHkiOiJhbGljZSIsImRhdGFfc3luYyI6eyJzZXJ2aWNlX3NpZCI6IklTMzMzMzMzMzMzMzMzMzMzMzMzMzMzMzM"
      u"z"
      u"MzMzMzMzMzMifX0sImlhdCI6MTgwMDAwMDAwMCwiZXhwIjoxODAwMDAzNjAwLCJpc3MiOiJTSzIyMjIyMjIyMjIyMjI"
      u"y"
      u"MjIyMjIyMjIyMjIyMjIyMjIyIiwic3ViIjoiQUMxMTExMTExMTExMTExMTExMTExMTExMTExMTExMTExMSJ9."
      u"JHPSaEiZbq3w200bzuhrwJkrapfYAcpGCpbzw4jLcV8"_s;
// Same, HS512 (openssl dgst -sha512), another service SID and an endpoint_id.
const QString OpensslHs512
    = u"eyJhbGciOiJIUzUxMiIsInR5cCI6IkpXVCIsImN0eSI6InR3aWxpby1mcGE7dj0xIn0."
      u"eyJqdGkiOiJTSzIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyLTE4MDAwMDAwMDAiLCJncmFudHMiOnsiaWR"
      u"l"
      u"bnRpdHkiOiJib2IiLCJkYXRhX3N5bmMiOnsic2VydmljZV9zaWQiOiJJUzQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ0NDQ"
      u"0"
      u"NDQ0NDQ0IiwiZW5kcG9pbnRfaWQiOiJib2I6bGFwdG9wIn19LCJpYXQiOjE4MDAwMDAwMDAsImV4cCI6MTgwMDAwMzY"
      u"w"
      u"MCwiaXNzIjoiU0syMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMiIsInN1YiI6IkFDMTExMTExMTExMTExMTE"
      u"x"
      u"MTExMTExMTExMTExMTExMTEifQ."
      u"7-gq1keREndX_KQEWVE8dL69s2KPRkW2Aot43gllZT3CMd9m5pVjmuNeFnJaJMYxfXIPccOCHGrsleTd2Qdh3A"_s;
// Minted by the `twilio` npm helper 6.3.1 (AccessToken + SyncGrant, Date.now pinned to Iat),
// identity <ES><PU>, ttl 7200, service IS555…, same secret.
const QString HelperHs256
    = u"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCIsImN0eSI6InR3aWxpby1mcGE7dj0xIn0."
      u"eyJqdGkiOiJTSzIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyLTE4MDAwMDAwMDAiLCJncmFudHMiOnsiaWR"
      u"l"
      u"bnRpdHkiOiJFU2FhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhUFViYmJiYmJiYmJiYmJiYmJiYmJiYmJiYmJ"
      u"i"
      u"YmJiYmJiYiIsImRhdGFfc3luYyI6eyJzZXJ2aWNlX3NpZCI6IklTNTU1NTU1NTU1NTU1NTU1NTU1NTU1NTU1NTU1NTU"
      u"1"
      u"NTUifX0sImlhdCI6MTgwMDAwMDAwMCwiZXhwIjoxODAwMDA3MjAwLCJpc3MiOiJTSzIyMjIyMjIyMjIyMjIyMjIyMjI"
      u"y"
      u"MjIyMjIyMjIyMjIyIiwic3ViIjoiQUMxMTExMTExMTExMTExMTExMTExMTExMTExMTExMTExMSJ9."
      u"-cqCQUFotRs9RlK5ZenSmSM-LxS0rcbNwT_h1_RqbPg"_s;
// Same helper, toJwt("HS384"), identity carol, default ttl.
const QString HelperHs384
    = u"eyJhbGciOiJIUzM4NCIsInR5cCI6IkpXVCIsImN0eSI6InR3aWxpby1mcGE7dj0xIn0."
      u"eyJqdGkiOiJTSzIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyLTE4MDAwMDAwMDAiLCJncmFudHMiOnsiaWR"
      u"l"
      u"bnRpdHkiOiJjYXJvbCIsImRhdGFfc3luYyI6eyJzZXJ2aWNlX3NpZCI6IklTNTU1NTU1NTU1NTU1NTU1NTU1NTU1NTU"
      u"1"
      u"NTU1NTU1NTUifX0sImlhdCI6MTgwMDAwMDAwMCwiZXhwIjoxODAwMDAzNjAwLCJpc3MiOiJTSzIyMjIyMjIyMjIyMjI"
      u"y"
      u"MjIyMjIyMjIyMjIyMjIyMjIyIiwic3ViIjoiQUMxMTExMTExMTExMTExMTExMTExMTExMTExMTExMTExMSJ9."
      u"pygxmM5cIDlM7YPI-OA9oExAurOb4VRy2eGiRgmZQu-VU5R6bTbi3wQeoP8jX3fk"_s;
// {"alg":"none","typ":"JWT"} with the alice payload and no signature.
const QString AlgNone
    = u"eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0."
      u"eyJqdGkiOiJTSzIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyLTE4MDAwMDAwMDAiLCJncmFudHMiOnsiaWR"
      u"l"
      u"bnRpdHkiOiJhbGljZSIsImRhdGFfc3luYyI6eyJzZXJ2aWNlX3NpZCI6IklTMzMzMzMzMzMzMzMzMzMzMzMzMzMzMzM"
      u"z"
      u"MzMzMzMzMzMifX0sImlhdCI6MTgwMDAwMDAwMCwiZXhwIjoxODAwMDAzNjAwLCJpc3MiOiJTSzIyMjIyMjIyMjIyMjI"
      u"y"
      u"MjIyMjIyMjIyMjIyMjIyMjIyIiwic3ViIjoiQUMxMTExMTExMTExMTExMTExMTExMTExMTExMTExMTExMSJ9."_s;

QByteArray b64(const QByteArray &raw)
{
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// Signs any header/payload JSON with the test secret (for tokens with bad claims).
QString sign(const QByteArray &header, const QByteArray &payload,
    QCryptographicHash::Algorithm algorithm = QCryptographicHash::Sha256,
    const QByteArray &secret = Secret)
{
    const QByteArray input = b64(header) + '.' + b64(payload);
    return QString::fromLatin1(
        input + '.' + b64(QMessageAuthenticationCode::hash(input, secret, algorithm)));
}

const QByteArray Hs256Header = R"({"alg":"HS256","typ":"JWT","cty":"twilio-fpa;v=1"})";

QByteArray claims(const QJsonObject &changes, const QStringList &remove = {})
{
    QJsonObject c { { u"jti"_s, ApiKey + u"-1800000000"_s },
        { u"grants"_s,
            QJsonObject { { u"identity"_s, u"alice"_s },
                { u"data_sync"_s, QJsonObject { { u"service_sid"_s, Service } } } } },
        { u"iat"_s, Iat }, { u"exp"_s, Iat + 3600 }, { u"iss"_s, ApiKey }, { u"sub"_s, Account } };
    for (auto it = changes.begin(); it != changes.end(); ++it)
        c.insert(it.key(), it.value());
    for (const QString &key : remove)
        c.remove(key);
    return QJsonDocument(c).toJson(QJsonDocument::Compact);
}

QJsonObject grants(const QJsonValue &identity, const QJsonValue &dataSync)
{
    QJsonObject g;
    if (!identity.isUndefined())
        g.insert(u"identity"_s, identity);
    if (!dataSync.isUndefined())
        g.insert(u"data_sync"_s, dataSync);
    return g;
}

} // namespace

class TestTokenAuthority : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mintVerifyRoundTrip()
    {
        const TokenAuthority authority(TokenAuthority::randomSecret());
        const QString token = authority.mint(u"alice"_s, 600);
        const auto v = authority.verify(token);
        QVERIFY2(v.ok(), qPrintable(v.message));
        QCOMPARE(v.identity, u"alice"_s);
        QCOMPARE(v.exp - v.iat, 600);
        QCOMPARE(v.serviceSid, TokenAuthority::defaultServiceSid());
        QCOMPARE(v.errorCode, 0);
    }

    void mintHasTwilioLayout()
    {
        const TokenAuthority authority(Secret, Account, ApiKey, Service);
        QCOMPARE(authority.mint(u"alice"_s, 3600, Iat), OpensslHs256);
    }

    void defaultSidsAreWellFormed()
    {
        const QRegularExpression sid(u"^[A-Z]{2}[0-9A-Za-z]{32}$"_s);
        QVERIFY(sid.match(TokenAuthority::defaultAccountSid()).hasMatch());
        QVERIFY(sid.match(TokenAuthority::defaultApiKeySid()).hasMatch());
        QVERIFY(sid.match(TokenAuthority::defaultServiceSid()).hasMatch());
        const TokenAuthority authority("x");
        const QString token = authority.mint(u"a"_s, 60);
        QVERIFY2(authority.verify(token).ok(), qPrintable(authority.verify(token).message));
    }

    void acceptsForeignTokens_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("identity");
        QTest::addColumn<qint64>("exp");
        QTest::addColumn<QString>("serviceSid");
        QTest::newRow("openssl HS256") << OpensslHs256 << u"alice"_s << Iat + 3600 << Service;
        QTest::newRow("openssl HS512 other service")
            << OpensslHs512 << u"bob"_s << Iat + 3600 << u"IS44444444444444444444444444444444"_s;
        QTest::newRow("twilio helper HS256")
            << HelperHs256
            << u"ESaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaPUbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"_s
            << Iat + 7200 << u"IS55555555555555555555555555555555"_s;
        QTest::newRow("twilio helper HS384")
            << HelperHs384 << u"carol"_s << Iat + 3600 << u"IS55555555555555555555555555555555"_s;
    }
    void acceptsForeignTokens()
    {
        QFETCH(QString, token);
        QFETCH(QString, identity);
        QFETCH(qint64, exp);
        QFETCH(QString, serviceSid);
        // Our own SIDs differ on purpose: any well-formed iss/sub/service_sid is accepted.
        const TokenAuthority authority(Secret);
        const auto v = authority.verify(token, Iat + 100);
        QVERIFY2(v.ok(), qPrintable(v.message));
        QCOMPARE(v.identity, identity);
        QCOMPARE(v.exp, exp);
        QCOMPARE(v.iat, Iat);
        QCOMPARE(v.serviceSid, serviceSid);
    }

    void endpointIdIsReported()
    {
        const auto v = TokenAuthority(Secret).verify(OpensslHs512, Iat);
        QCOMPARE(v.endpointId, u"bob:laptop"_s);
    }

    void expiry_data()
    {
        QTest::addColumn<qint64>("now");
        QTest::addColumn<int>("code");
        QTest::newRow("at iat") << Iat << 0;
        QTest::newRow("one second left") << Iat + 3599 << 0;
        QTest::newRow("at exp") << Iat + 3600 << 20104;
        QTest::newRow("after exp") << Iat + 99999 << 20104;
    }
    void expiry()
    {
        QFETCH(qint64, now);
        QFETCH(int, code);
        const auto v = TokenAuthority(Secret).verify(OpensslHs256, now);
        QCOMPARE(v.errorCode, code);
        QCOMPARE(v.errorStatus, code ? 401 : 0);
        QCOMPARE(v.ok(), code == 0);
        if (code)
            QVERIFY(v.message.contains(u"expired"_s));
    }

    void mintedWithNonPositiveTtlIsExpired()
    {
        const TokenAuthority authority(Secret);
        QCOMPARE(authority.verify(authority.mint(u"a"_s, 0)).errorCode, 20104);
        QCOMPARE(authority.verify(authority.mint(u"a"_s, -10)).errorCode, 20104);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("code");
        const QString valid = OpensslHs256;
        const QStringList parts = valid.split(u'.');
        const auto join = [](const QString &a, const QString &b, const QString &c) {
            return a + u'.' + b + u'.' + c;
        };
        const QByteArray payload
            = QByteArray::fromBase64(parts[1].toLatin1(), QByteArray::Base64UrlEncoding);
        QByteArray altered = payload;
        altered.replace("alice", "mallory");

        QTest::newRow("forged signature (other secret)")
            << sign(Hs256Header, payload, QCryptographicHash::Sha256, "not-the-secret") << 20101;
        QTest::newRow("signature one bit off")
            << join(parts[0], parts[1], u"JHPSaEiZbq3w200bzuhrwJkrapfYAcpGCpbzw4jLcV4"_s) << 20101;
        QTest::newRow("altered payload")
            << join(parts[0], QString::fromLatin1(b64(altered)), parts[2]) << 20101;
        QTest::newRow("alg none") << AlgNone << 20101;
        QTest::newRow("alg none with a signature")
            << join(AlgNone.split(u'.')[0], parts[1], parts[2]) << 20101;
        QTest::newRow("HS256 with empty signature") << join(parts[0], parts[1], {}) << 20101;
        QTest::newRow("RS256") << sign(R"({"alg":"RS256","typ":"JWT"})", payload) << 20101;
        QTest::newRow("alg missing") << sign(R"({"typ":"JWT"})", payload) << 20101;
        QTest::newRow("1 MiB of dots and letters")
            << QString(1 << 20, u'a').replace(7, 1, u'.').replace(99, 1, u'.') << 20101;
        QTest::newRow("garbage") << u"garbage"_s << 20101;
        QTest::newRow("empty") << QString() << 20101;
        QTest::newRow("one dot") << parts[0] + u'.' + parts[1] << 20101;
        QTest::newRow("no dots") << parts[0] + parts[1] + parts[2] << 20101;
        QTest::newRow("four parts") << valid + u".x"_s << 20101;
        QTest::newRow("padding") << join(parts[0], parts[1], parts[2] + u'=') << 20101;
        QTest::newRow("standard base64 alphabet")
            << QString(HelperHs256).replace(u'-', u'+') << 20101;
        QTest::newRow("non-latin1") << valid + u"\u00e9"_s << 20101;
        QTest::newRow("header not JSON") << sign("not json", payload) << 20101;
        QTest::newRow("payload not JSON") << sign(Hs256Header, "[1,2]") << 20101;
        QTest::newRow("no data_sync grant") << sign(
            Hs256Header, claims({ { u"grants"_s, grants(u"alice"_s, QJsonValue::Undefined) } }))
                                            << 20101;
        QTest::newRow("data_sync not an object")
            << sign(Hs256Header, claims({ { u"grants"_s, grants(u"alice"_s, true) } })) << 20101;
        QTest::newRow("no identity") << sign(
            Hs256Header, claims({ { u"grants"_s, grants(QJsonValue::Undefined, QJsonObject {}) } }))
                                     << 20101;
        QTest::newRow("empty identity")
            << sign(Hs256Header, claims({ { u"grants"_s, grants(QString(), QJsonObject {}) } }))
            << 20101;
        QTest::newRow("identity 257 characters") << sign(
            Hs256Header, claims({ { u"grants"_s, grants(QString(257, u'a'), QJsonObject {}) } }))
                                                 << 20101;
        QTest::newRow("iss not an API key")
            << sign(Hs256Header, claims({ { u"iss"_s, u"alice"_s } })) << 20101;
        QTest::newRow("sub missing") << sign(Hs256Header, claims({}, { u"sub"_s })) << 20101;
        QTest::newRow("nbf in the future")
            << sign(Hs256Header, claims({ { u"nbf"_s, Iat + 200 } })) << 20101;
        QTest::newRow("exp missing") << sign(Hs256Header, claims({}, { u"exp"_s })) << 20104;
        QTest::newRow("exp not a number")
            << sign(Hs256Header, claims({ { u"exp"_s, u"soon"_s } })) << 20104;
        QTest::newRow("exp more than 24 h ahead")
            << sign(Hs256Header, claims({ { u"exp"_s, Iat + 100 + 86401 } })) << 20104;
    }
    void refused()
    {
        QFETCH(QString, token);
        QFETCH(int, code);
        const auto v = TokenAuthority(Secret).verify(token, Iat + 100);
        QVERIFY(!v.ok());
        QCOMPARE(v.errorStatus, 401);
        QCOMPARE(v.errorCode, code);
        QVERIFY(v.identity.isEmpty());
        QVERIFY(!v.message.isEmpty());
        if (token.size() > 8)
            QVERIFY(!v.message.contains(token.left(20)));
    }

    void allowedNbfAndExactly24h()
    {
        const auto v = TokenAuthority(Secret).verify(
            sign(Hs256Header, claims({ { u"nbf"_s, Iat + 100 }, { u"exp"_s, Iat + 100 + 86400 } })),
            Iat + 100);
        QVERIFY2(v.ok(), qPrintable(v.message));
    }

    void secretFromFileIsTrimmed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"secret"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("  emu-auth-test-secret-0001-0123456789abcdef \n\n");
        file.close();
        QString error;
        const QByteArray secret
            = TokenAuthority::loadOrCreateSecret(path, dir.filePath(u"data"_s), &error);
        QCOMPARE(secret, QByteArray("emu-auth-test-secret-0001-0123456789abcdef"));
        QVERIFY(error.isEmpty());
        // The file wins over the data dir: nothing is created there.
        QVERIFY(!QFile::exists(dir.filePath(u"data/token-secret"_s)));
        const TokenAuthority authority(secret);
        QVERIFY(authority.verify(authority.mint(u"alice"_s, 60)).ok());
    }

    void shortSecretFileIsAnError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"short"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(Secret + '\n'); // 25 bytes
        file.close();
        QString error;
        QVERIFY(TokenAuthority::loadOrCreateSecret(path, {}, &error).isEmpty());
        QVERIFY2(error.contains(u"at least 32 bytes"_s), qPrintable(error));
        QVERIFY(!TokenAuthority::checkSecretFile(path, &error));
    }

    void missingSecretFileIsCreated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"new-secret"_s);
        QString error;
        const QByteArray secret = TokenAuthority::loadOrCreateSecret(path, {}, &error);
        QCOMPARE(secret.size(), 64);
        QVERIFY(QFile::exists(path));
        QCOMPARE(QFile::permissions(path) & 0x0077, QFileDevice::Permissions());
        QVERIFY(QFile::permissions(path).testFlag(QFileDevice::ReadOwner));
        QCOMPARE(TokenAuthority::loadOrCreateSecret(path, {}, &error), secret);
    }

    void emptySecretFileIsAnError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"empty"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(" \n");
        file.close();
        QString error;
        QVERIFY(TokenAuthority::loadOrCreateSecret(path, {}, &error).isEmpty());
        QVERIFY(error.contains(u"empty"_s));
        QVERIFY(error.contains(path));
    }

    void unreadableSecretLocationIsAnError()
    {
        QTemporaryDir dir;
        QString error;
        const QString path = dir.filePath(u"no/such/dir/secret"_s);
        QVERIFY(TokenAuthority::loadOrCreateSecret(path, {}, &error).isEmpty());
        QVERIFY(error.contains(path));
    }

    void secretKeptInDataDir()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(u"data/nested"_s);
        QString error;
        const QByteArray first = TokenAuthority::loadOrCreateSecret({}, data, &error);
        QVERIFY2(!first.isEmpty(), qPrintable(error));
        const QString path = data + u"/token-secret"_s;
        QVERIFY(QFile::exists(path));
        QCOMPARE(QFile::permissions(path) & 0x0077, QFileDevice::Permissions());
        QCOMPARE(TokenAuthority::loadOrCreateSecret({}, data, &error), first);
        // A token minted before a "restart" still verifies after it.
        const QString token = TokenAuthority(first).mint(u"a"_s, 60);
        QVERIFY(TokenAuthority(TokenAuthority::loadOrCreateSecret({}, data, &error))
                    .verify(token)
                    .ok());
    }

    void memorySecretIsRandom()
    {
        QString error;
        const QByteArray a = TokenAuthority::loadOrCreateSecret({}, {}, &error);
        const QByteArray b = TokenAuthority::loadOrCreateSecret({}, {}, &error);
        QCOMPARE(a.size(), 64);
        QVERIFY(a != b);
        QVERIFY(QRegularExpression(u"^[0-9a-f]{64}$"_s).match(QString::fromLatin1(a)).hasMatch());
    }
};

QTEST_GUILESS_MAIN(TestTokenAuthority)
#include "tst_tokenauthority.moc"
