// What a session needs to know about an access token, decoupled from how it is verified.
#pragma once

#include <QString>
#include <functional>

namespace SpEmu {

struct TokenCheck
{
    QString identity;
    qint64 exp = 0; // seconds since the epoch
    int errorStatus = 0; // 0 ok, else 401
    int errorCode = 0; // 20101 invalid, 20104 expired
    QString message; // our detail, for the log; the wire carries Twilio's fixed description
    QString serviceSid; // grants.data_sync.service_sid; empty = the default service
    bool ok() const { return errorStatus == 0; }
};

using TokenVerifier = std::function<TokenCheck(const QString &jwt)>;

} // namespace SpEmu
