// The HTTP result of one tunnelled CDS request, and Twilio-style error bodies.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <functional>
#include <vector>

namespace SpEmu {

// Twilio error codes and messages the emulator answers with. Each one, with when it is sent and
// where Twilio's wording comes from, is listed in docs/emulator-errors.md.
namespace ErrorCode {
    constexpr int kNotFound = 54100; // a document addressed by SID
    constexpr int kUniqueNameNotFound = 54300; // a document addressed by unique name
    constexpr int kRevisionMismatch = 54103;
    constexpr int kInvalidIfMatch = 54003;
    constexpr int kAccessForbidden = 54007;
    constexpr int kTooLarge = 54006;
    constexpr int kInvalidJson = 54008;
    constexpr int kRateLimited = 54009;
    constexpr int kInvalidTtl = 54011;
    constexpr int kNameExists = 54301;
    constexpr int kInvalidName = 54302;
    constexpr int kMethodNotAllowed = 20004;
    constexpr int kNoRoute = 20404;
    constexpr int kInternalError = 20500;
    constexpr int kServiceUnavailable = 20503;
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
    // 400/54008 for a body that is not what the route expects; `why` goes to the log only.
    static CdsResponse invalidBody(const QString &why);
};

// Standard reason phrase ("Not Found", "Precondition Failed", ...).
QString httpStatusText(int status);

} // namespace SpEmu
