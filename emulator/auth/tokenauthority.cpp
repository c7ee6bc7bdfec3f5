#include "tokenauthority.h"

#include "emulatorlogging.h"
#include "fileprivacy.h"
#include "sprules.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace SpEmu {

namespace {

    constexpr int InvalidToken = 20101;
    constexpr int ExpiredToken = 20104;
    constexpr qint64 MaxTtlSecs = qint64(24) * 3600; // Twilio refuses longer-lived tokens
    constexpr qsizetype MaxIdentityLength = 256;
    constexpr auto B64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

    // A NumericDate claim as seconds. Clamped first: casting a double outside qint64 (a signed
    // token may say 1e300) is undefined behaviour; 1e15 s still fails every range check below.
    qint64 numericDate(const QJsonValue &v)
    {
        return static_cast<qint64>(std::clamp(v.toDouble(), -1e15, 1e15));
    }

    QByteArray b64url(const QByteArray &raw) { return raw.toBase64(B64Url); }

    // Strict base64url: only the URL alphabet, no padding, canonical trailing bits.
    bool fromB64url(QByteArrayView text, QByteArray *out)
    {
        const QByteArray bytes = text.toByteArray();
        auto decoded = QByteArray::fromBase64Encoding(
            bytes, B64Url | QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || b64url(*decoded) != bytes)
            return false;
        *out = *decoded;
        return true;
    }

    // JSON text of one string value, the way JSON.stringify writes it.
    QByteArray jsonString(const QString &s)
    {
        const QByteArray array = QJsonDocument(QJsonArray { s }).toJson(QJsonDocument::Compact);
        return array.mid(1, array.size() - 2);
    }

    bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
    {
        if (a.size() != b.size())
            return false;
        unsigned char diff = 0;
        for (qsizetype i = 0; i < a.size(); ++i)
            diff |= static_cast<unsigned char>(a[i] ^ b[i]);
        return diff == 0;
    }

    bool algorithmFor(const QString &alg, QCryptographicHash::Algorithm *out)
    {
        if (alg == u"HS256")
            *out = QCryptographicHash::Sha256;
        else if (alg == u"HS384")
            *out = QCryptographicHash::Sha384;
        else if (alg == u"HS512")
            *out = QCryptographicHash::Sha512;
        else
            return false;
        return true;
    }

    TokenAuthority::Verified refuse(int code, const QString &detail)
    {
        TokenAuthority::Verified v;
        v.errorStatus = 401;
        v.errorCode = code;
        const QString base = code == ExpiredToken
            ? u"Access Token expired or expiration date invalid"_s
            : u"Invalid Access Token"_s;
        v.message = detail.isEmpty() ? base : base + u": "_s + detail;
        return v;
    }

    bool readSecretFile(const QString &path, QByteArray *secret, QString *error, bool warn = true)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = u"cannot read secret file %1: %2"_s.arg(path, file.errorString());
            return false;
        }
        *secret = file.readAll().trimmed();
        if (secret->isEmpty()) {
            *error = u"secret file %1 is empty"_s.arg(path);
            return false;
        }
        if (secret->size() < TokenAuthority::kMinSecretBytes) {
            *error = u"secret file %1 holds a %2-byte secret; at least %3 bytes "
                     u"are needed (e.g. openssl rand -hex 32)"_s.arg(path)
                         .arg(secret->size())
                         .arg(TokenAuthority::kMinSecretBytes);
            secret->clear();
            return false;
        }
        if (warn && FilePrivacy::readableByOthers(path))
            qCWarning(lcServer).noquote()
                << u"secret file %1 is readable by other users; anyone who reads "
                   u"it can mint tokens (chmod 600 %1)"_s.arg(path);
        return true;
    }

    // Writes a new random secret to path with mode 0600 (temp file + rename, so a crash never
    // leaves a half-written secret); if another process won the race, reads theirs.
    bool createSecretFile(const QString &path, QByteArray *secret, QString *error)
    {
        const QByteArray fresh = TokenAuthority::randomSecret();
        const QString temp = path + u".tmp-%1"_s.arg(QRandomGenerator::system()->generate());
        QFile file(temp);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            *error = u"cannot create secret file %1: %2"_s.arg(path, file.errorString());
            return false;
        }
        const bool written = file.write(fresh + '\n') == fresh.size() + 1 && file.flush();
        file.close();
        if (!written || !QFile::rename(temp, path)) {
            QFile::remove(temp);
            if (QFileInfo::exists(path))
                return readSecretFile(path, secret, error);
            *error = u"cannot write secret file %1"_s.arg(path);
            return false;
        }
        *secret = fresh;
        return true;
    }

} // namespace

QString TokenAuthority::defaultAccountSid() { return u"AC00000000000000000000000000000e00"_s; }

QString TokenAuthority::defaultApiKeySid() { return u"SK00000000000000000000000000000e00"_s; }

QString TokenAuthority::defaultServiceSid() { return u"IS00000000000000000000000000000e00"_s; }

TokenAuthority::TokenAuthority(
    QByteArray secret, QString accountSid, QString apiKeySid, QString serviceSid)
    : m_secret(std::move(secret))
    , m_accountSid(std::move(accountSid))
    , m_apiKeySid(std::move(apiKeySid))
    , m_serviceSid(std::move(serviceSid))
{
}

QByteArray TokenAuthority::randomSecret()
{
    QByteArray raw(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    return raw.toHex();
}

bool TokenAuthority::checkSecretFile(const QString &secretFile, QString *error)
{
    QByteArray secret;
    return !QFileInfo::exists(secretFile) || readSecretFile(secretFile, &secret, error, false);
}

QByteArray TokenAuthority::loadOrCreateSecret(
    const QString &secretFile, const QString &dataDir, QString *error)
{
    QString ignored;
    QString &err = error != nullptr ? *error : ignored;
    QByteArray secret;
    if (!secretFile.isEmpty()) {
        const bool ok = QFileInfo::exists(secretFile) ? readSecretFile(secretFile, &secret, &err)
                                                      : createSecretFile(secretFile, &secret, &err);
        return ok ? secret : QByteArray();
    }
    if (!dataDir.isEmpty()) {
        if (!QDir().mkpath(dataDir)) {
            err = u"cannot create data directory %1"_s.arg(dataDir);
            return {};
        }
        const QString path = QDir(dataDir).filePath(u"token-secret"_s);
        const bool ok = QFileInfo::exists(path) ? readSecretFile(path, &secret, &err)
                                                : createSecretFile(path, &secret, &err);
        return ok ? secret : QByteArray();
    }
    return randomSecret();
}

QString TokenAuthority::mint(const QString &identity, int ttlSeconds) const
{
    return mint(identity, ttlSeconds, QDateTime::currentSecsSinceEpoch());
}

QString TokenAuthority::mint(const QString &identity, int ttlSeconds, qint64 nowSecs) const
{
    // Built by hand to keep the helper library's key order byte for byte.
    static const QByteArray header
        = b64url(R"({"alg":"HS256","typ":"JWT","cty":"twilio-fpa;v=1"})");
    const QByteArray iat = QByteArray::number(nowSecs);
    const QByteArray payload = "{\"jti\":"
        + jsonString(m_apiKeySid + u'-' + QString::fromLatin1(iat)) + ",\"grants\":{\"identity\":"
        + jsonString(identity) + ",\"data_sync\":{\"service_sid\":" + jsonString(m_serviceSid)
        + "}}" + ",\"iat\":" + iat + ",\"exp\":" + QByteArray::number(nowSecs + ttlSeconds)
        + ",\"iss\":" + jsonString(m_apiKeySid) + ",\"sub\":" + jsonString(m_accountSid) + '}';
    const QByteArray signingInput = header + '.' + b64url(payload);
    const QByteArray signature
        = QMessageAuthenticationCode::hash(signingInput, m_secret, QCryptographicHash::Sha256);
    return QString::fromLatin1(signingInput + '.' + b64url(signature));
}

TokenAuthority::Verified TokenAuthority::verify(const QString &jwt) const
{
    return verify(jwt, QDateTime::currentSecsSinceEpoch());
}

TokenAuthority::Verified TokenAuthority::verify(const QString &jwt, qint64 nowSecs) const
{
    const QByteArray token = jwt.toLatin1();
    if (jwt.isEmpty())
        return refuse(InvalidToken, u"the token is empty"_s);
    if (QString::fromLatin1(token) != jwt || token.count('.') != 2)
        return refuse(InvalidToken, u"not a JWT (three base64url parts joined by dots)"_s);
    const qsizetype dot1 = token.indexOf('.');
    const qsizetype dot2 = token.indexOf('.', dot1 + 1);
    const QByteArrayView headerPart = QByteArrayView(token).first(dot1);
    const QByteArrayView payloadPart = QByteArrayView(token).sliced(dot1 + 1, dot2 - dot1 - 1);
    const QByteArrayView signaturePart = QByteArrayView(token).sliced(dot2 + 1);

    QByteArray headerJson, payloadJson, signature;
    if (!fromB64url(headerPart, &headerJson) || !fromB64url(payloadPart, &payloadJson)
        || !fromB64url(signaturePart, &signature))
        return refuse(InvalidToken, u"a part is not valid base64url"_s);
    const QJsonDocument headerDoc = QJsonDocument::fromJson(headerJson);
    if (!headerDoc.isObject())
        return refuse(InvalidToken, u"the JOSE header is not a JSON object"_s);
    QCryptographicHash::Algorithm algorithm;
    if (!algorithmFor(headerDoc.object().value(u"alg").toString(), &algorithm))
        return refuse(InvalidToken, u"alg must be HS256, HS384 or HS512"_s);
    if (signature.isEmpty())
        return refuse(InvalidToken, u"the signature is missing"_s);
    const QByteArray expected
        = QMessageAuthenticationCode::hash(token.first(dot2), m_secret, algorithm);
    if (!constantTimeEquals(expected, signature))
        return refuse(InvalidToken, u"signature does not match"_s);

    // Signed by us from here on; still check every claim's shape.
    const QJsonDocument payloadDoc = QJsonDocument::fromJson(payloadJson);
    if (!payloadDoc.isObject())
        return refuse(InvalidToken, u"the payload is not a JSON object"_s);
    const QJsonObject claims = payloadDoc.object();
    const QJsonValue exp = claims.value(u"exp");
    if (!exp.isDouble())
        return refuse(ExpiredToken, u"exp is missing or not a number"_s);
    const qint64 expSecs = numericDate(exp);
    if (nowSecs >= expSecs)
        return refuse(ExpiredToken, {});
    if (expSecs - nowSecs > MaxTtlSecs)
        return refuse(ExpiredToken, u"exp is more than 24 hours ahead"_s);
    const QJsonValue nbf = claims.value(u"nbf");
    if (!nbf.isUndefined() && (!nbf.isDouble() || numericDate(nbf) > nowSecs))
        return refuse(InvalidToken, u"the token is not valid yet (nbf)"_s);
    const QJsonValue iat = claims.value(u"iat");
    if (!iat.isUndefined() && !iat.isDouble())
        return refuse(InvalidToken, u"iat is not a number"_s);
    const QString iss = claims.value(u"iss").toString();
    if (!SpRules::isValidSid(iss, u"SK"))
        return refuse(InvalidToken, u"iss must be an API key SID (SK…)"_s);
    const QString sub = claims.value(u"sub").toString();
    if (!SpRules::isValidSid(sub, u"AC"))
        return refuse(InvalidToken, u"sub must be an account SID (AC…)"_s);

    const QJsonObject grants = claims.value(u"grants").toObject();
    const QJsonValue identity = grants.value(u"identity");
    if (!identity.isString() || identity.toString().isEmpty())
        return refuse(InvalidToken, u"grants.identity is missing"_s);
    if (identity.toString().size() > MaxIdentityLength)
        return refuse(InvalidToken, u"grants.identity is longer than 256 characters"_s);
    const QJsonValue dataSync = grants.value(u"data_sync");
    if (!dataSync.isObject())
        return refuse(InvalidToken, u"the token has no Sync grant (grants.data_sync)"_s);
    const QJsonValue serviceSid = dataSync.toObject().value(u"service_sid");
    if (!serviceSid.isUndefined() && !serviceSid.isString())
        return refuse(InvalidToken, u"grants.data_sync.service_sid is not a string"_s);

    Verified v;
    v.identity = identity.toString();
    v.serviceSid = serviceSid.toString();
    v.endpointId = dataSync.toObject().value(u"endpoint_id").toString();
    v.iat = numericDate(iat);
    v.exp = expSecs;
    return v;
}

} // namespace SpEmu
