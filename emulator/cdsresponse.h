// The HTTP result of one tunnelled CDS request, and Twilio-style error bodies.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <functional>
#include <vector>

namespace SpEmu {

// Twilio error codes the emulator answers with (reference 3.4 and 5; 54007/54009 from the Sync
// error catalogue; the ones marked [emulator choice] have no documented equivalent).
namespace ErrorCode {
    constexpr int kNotFound = 54100;
    constexpr int kRevisionMismatch = 54103;
    constexpr int kInvalidIfMatch = 54003;
    constexpr int kAccessForbidden = 54007;
    constexpr int kTooLarge = 54006;
    constexpr int kRateLimited = 54009;
    constexpr int kInvalidTtl = 54011;
    constexpr int kNameExists = 54301;
    constexpr int kInvalidName = 54302;
    constexpr int kInvalidBody = 54008; // [emulator choice] malformed request body
    constexpr int kNoRoute = 20404;
    constexpr int kServiceUnavailable = 20500; // [emulator choice] injected 503
} // namespace ErrorCode

struct CdsResponse
{
    int status = 200;
    QByteArray body; // JSON text, or empty (e.g. 204)
    // Run after the reply has been sent (fan-out, subscription outcomes), so a client sees the
    // reply to its request before the events it caused.
    std::vector<std::function<void()>> afterReply;

    static CdsResponse json(int status, const QJsonObject &body);
    // {"status","code","message","more_info"}
    static CdsResponse error(int status, int code, const QString &message);
    // 400 for a body that is not what the route expects.
    static CdsResponse invalidBody(const QString &why);
};

// Standard reason phrase ("Not Found", "Precondition Failed", ...).
QString httpStatusText(int status);

} // namespace SpEmu
