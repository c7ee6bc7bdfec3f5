// The SP token exchange (docs/sp-token-exchange.md): POST {base}/sync/token with
// "Authorization: Bearer <SP token>" and {"identity","documentId"} gives a Twilio access token
// for that identity and grants it read+write on that one document. Pure: the HTTP server calls
// handle() and writes the Response.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QUrl>

namespace SpEmu {

class AclStore;
class Principals;
class TokenAuthority;

class SpTokenApi
{
public:
    // Twilio-style error codes used in error bodies.
    static constexpr int CodeUnauthorized = 20003; // 401: missing or unknown SP token
    static constexpr int CodeBadRequest = 20001; // 400: malformed body, fields or SIDs
    static constexpr int CodeForbidden = 54007; // 403: principal may not use identity/document
    static constexpr int CodeServer = 20500; // 500: could not store the grant

    SpTokenApi(const TokenAuthority &authority, AclStore &acl, const Principals &principals,
        int ttlSeconds = 3600);
    void setTwilsockUrl(const QUrl &url); // reported as twilsockUri; omitted when empty

    struct Response
    {
        int status = 0;
        QJsonObject body; // 200 {token, identity, ttl, twilsockUri} or
                          // {status, code, message, more_info}
    };
    // authorizationHeader: the raw value of the Authorization header (may be empty).
    Response handle(const QByteArray &authorizationHeader, const QByteArray &body) const;

private:
    const TokenAuthority &m_authority;
    AclStore &m_acl;
    const Principals &m_principals;
    int m_ttl;
    QUrl m_twilsockUrl;
};

} // namespace SpEmu
