// The emulator's access-token parser (TokenAuthority::verify). The first input byte picks a mode:
// even = the rest is a token as a client would send it; odd = the rest is "<JOSE header JSON>\n
// <claims JSON>", signed here with the emulator's secret so the claim checks behind the signature
// are reached too. A token is either refused (401, 20101 or 20104, a message that never quotes
// the token) or yields claims that obey the documented limits.
#include "auth/tokenauthority.h"
#include "fuzzcommon.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

using SpEmu::TokenAuthority;

namespace {

constexpr qint64 kNow = 1'700'000'000;
const QByteArray kSecret("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");

QByteArray b64url(const QByteArray &raw)
{
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString signedToken(const QByteArray &headerJson, const QByteArray &claimsJson)
{
    const QString alg = QJsonDocument::fromJson(headerJson).object().value(u"alg").toString();
    const auto hash = alg == u"HS384" ? QCryptographicHash::Sha384
        : alg == u"HS512"             ? QCryptographicHash::Sha512
                                      : QCryptographicHash::Sha256;
    const QByteArray input = b64url(headerJson) + '.' + b64url(claimsJson);
    return QString::fromLatin1(
        input + '.' + b64url(QMessageAuthenticationCode::hash(input, kSecret, hash)));
}

void checkVerdict(const TokenAuthority::Verified &v, const QString &token)
{
    if (!v.ok()) {
        SP_FUZZ_CHECK(v.errorStatus == 401);
        SP_FUZZ_CHECK(v.errorCode == 20101 || v.errorCode == 20104);
        SP_FUZZ_CHECK(!v.message.isEmpty());
        SP_FUZZ_CHECK(v.identity.isEmpty());
        // Never echo the token (or its signature) into a message that gets logged.
        const QString signature = token.section(u'.', 2);
        SP_FUZZ_CHECK(token.size() < 8 || !v.message.contains(token));
        SP_FUZZ_CHECK(signature.size() < 8 || !v.message.contains(signature));
        return;
    }
    SP_FUZZ_CHECK(v.errorCode == 0 && v.message.isEmpty());
    SP_FUZZ_CHECK(!v.identity.isEmpty() && v.identity.size() <= 256);
    SP_FUZZ_CHECK(v.exp > kNow && v.exp - kNow <= 24 * 3600);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const TokenAuthority authority(kSecret);
    const QByteArray rest = SpFuzz::bytes(data + 1, size - 1);

    if ((data[0] & 1) == 0) {
        const QString token = QString::fromUtf8(rest);
        const TokenAuthority::Verified v = authority.verify(token, kNow);
        checkVerdict(v, token);
        return 0;
    }

    const QList<QByteArray> parts = SpFuzz::splitLines(rest, 2);
    if (parts.size() != 2)
        return 0;
    const QString token = signedToken(parts[0], parts[1]);
    const TokenAuthority::Verified v = authority.verify(token, kNow);
    checkVerdict(v, token);
    // The signature is what makes a token ours: another secret never accepts it.
    SP_FUZZ_CHECK(!TokenAuthority(kSecret + "x").verify(token, kNow).ok());
    if (!v.ok())
        return 0;
    const QJsonObject claims = QJsonDocument::fromJson(parts[1]).object();
    const QJsonObject grants = claims.value(u"grants").toObject();
    SP_FUZZ_CHECK(v.identity == grants.value(u"identity").toString());
    SP_FUZZ_CHECK(
        v.serviceSid == grants.value(u"data_sync").toObject().value(u"service_sid").toString());
    // What verify accepts, mint reproduces: a fresh token for the same identity and lifetime.
    const QString minted = authority.mint(v.identity, int(v.exp - kNow), kNow);
    const TokenAuthority::Verified again = authority.verify(minted, kNow);
    SP_FUZZ_CHECK(again.ok() && again.identity == v.identity && again.exp == v.exp);
    return 0;
}
