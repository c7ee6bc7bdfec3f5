// Mints and verifies Twilio access tokens (HS256 JWT, the layout of the `twilio` helper's
// AccessToken with a SyncGrant). Pure: no I/O except loadOrCreateSecret().
#pragma once

#include <QByteArray>
#include <QString>

namespace SpEmu {

class TokenAuthority
{
public:
    // Fixed, format-valid SIDs the emulator uses when nothing else is configured.
    static QString defaultAccountSid(); // AC…
    static QString defaultApiKeySid(); // SK…
    static QString defaultServiceSid(); // IS…

    explicit TokenAuthority(QByteArray secret, QString accountSid = defaultAccountSid(),
        QString apiKeySid = defaultApiKeySid(), QString serviceSid = defaultServiceSid());

    // The API key secret that signs tokens, as text bytes (the helper library uses the secret
    // string's UTF-8 bytes as the HMAC key):
    // - secretFile set: its content, trimmed. A missing file is created with a new random secret
    //   (mode 0600) so that other tools can mint with it; an empty file or a secret shorter
    //   than kMinSecretBytes is an error.
    // - else dataDir set: <dataDir>/token-secret, created (mode 0600) with a random secret the
    //   first time, reused afterwards (dataDir is created if needed).
    // - else: a random secret kept in memory only.
    // Returns an empty array and fills *error on failure.
    static QByteArray loadOrCreateSecret(
        const QString &secretFile, const QString &dataDir, QString *error);
    static QByteArray randomSecret(); // 64 hex characters
    // Shorter secrets are refused: an HMAC key is only as strong as its length.
    static constexpr int kMinSecretBytes = 32;
    // An existing secret file must be readable and hold at least kMinSecretBytes (one that is
    // readable by other users gets a warning on stderr). A missing one is fine (created later).
    static bool checkSecretFile(const QString &secretFile, QString *error);

    // Token in Twilio's layout: header {"alg":"HS256","typ":"JWT","cty":"twilio-fpa;v=1"},
    // claims in the helper's order jti (<SK>-<iat>), grants {identity, data_sync{service_sid}},
    // iat, exp (= iat + ttl, not clamped: ttl <= 0 mints an expired token), iss, sub.
    QString mint(const QString &identity, int ttlSeconds) const;
    QString mint(const QString &identity, int ttlSeconds, qint64 nowSecs) const;

    struct Verified
    {
        QString identity;
        QString serviceSid; // as in the token (may differ from ours; not refused)
        QString endpointId; // grants.data_sync.endpoint_id when present
        qint64 iat = 0;
        qint64 exp = 0;
        int errorStatus = 0; // 0 ok, 401
        int errorCode = 0; // 20101 invalid, 20104 expired or expiration invalid
        QString message; // English, never contains the token
        bool ok() const { return errorStatus == 0; }
    };
    // Checks structure, base64url, alg (HS256/HS384/HS512 only), signature (constant time),
    // exp (now >= exp -> 20104; exp more than 24 h ahead -> 20104), nbf (future -> 20101),
    // iss (SK + 32 alnum), sub (AC + 32 alnum), grants.identity (1..256 chars),
    // grants.data_sync (an object; service_sid, when present, a string).
    Verified verify(const QString &jwt, qint64 nowSecs) const;
    Verified verify(const QString &jwt) const; // now = current UTC time

    QString accountSid() const { return m_accountSid; }
    QString apiKeySid() const { return m_apiKeySid; }
    QString serviceSid() const { return m_serviceSid; }

private:
    QByteArray m_secret;
    QString m_accountSid, m_apiKeySid, m_serviceSid;
};

} // namespace SpEmu
