// Keeps tokens out of logs and output: JWT-shaped strings and registered secrets are
// replaced by "<redacted>".
#pragma once

#include <QString>

namespace SpSync {

inline constexpr QLatin1StringView kRedacted("<redacted>");

// Process-wide registry of secrets (SP tokens, Twilio tokens). Thread-safe. Strings shorter
// than 8 characters are ignored (too likely to match ordinary text).
void registerSecret(const QString &secret);
void unregisterSecret(const QString &secret);
void clearSecrets();

// Replaces every JWT-shaped string (three base64url parts separated by dots, the first
// starting with "eyJ") and every registered secret by "<redacted>".
QString redactSecrets(QString text);
// Replaces only the registered secrets: for output that may legitimately hold JWT-shaped
// data (document contents), which must still never show our own tokens.
QString redactRegisteredSecrets(QString text);

} // namespace SpSync
