// Twilio Sync limits that the emulator enforces (reference section 5).
#pragma once

#include <QJsonObject>
#include <QString>

namespace SpEmu::Limits {

constexpr qsizetype kMaxDataBytes = qsizetype(16) * 1024; // serialized JSON of `data`
constexpr qsizetype kMaxUniqueNameLength = 320; // as Twilio's own 54302 message states
constexpr int kMaxTtlSecs = 31536000; // one year; 0 = no expiry
// [emulator choice] Twilio documents no nesting limit. Data is refused (400/54008) when its
// objects and arrays nest deeper than this (`data` itself is level 1), so that every message
// carrying it (GET reply, event, a client's own wrapping) stays far inside what JSON parsers
// accept: Qt's stops at 1024 levels, and a document nested that deep could be stored but never
// delivered.
constexpr int kMaxDataDepth = 128;

// Size of `data` as compact UTF-8 JSON, the measure used for the 16 KiB limit.
qsizetype serializedSize(const QJsonObject &data);
bool dataTooLarge(const QJsonObject &data);
// How deep data nests (an object with no containers inside is 1); stops counting past limit.
int nestingDepth(const QJsonObject &data, int limit = kMaxDataDepth);
bool dataTooDeep(const QJsonObject &data);

// Twilio's 54302 message, word for word (its SDK integration tests expect it).
inline const QString kInvalidUniqueNameMessage
    = QStringLiteral("Invalid unique name. Expected a string with length 1-320 not matching the "
                     "SID pattern [A-Z]{2}[a-f0-9]{32}");

// Twilio's SID pattern: two capitals and 32 lowercase hex digits.
bool looksLikeSid(const QString &name);
// Empty, longer than 320 characters, or shaped like a SID => invalid; *why is for the log.
bool uniqueNameValid(const QString &name, QString *why = nullptr);

bool ttlValid(qint64 ttlSecs);

} // namespace SpEmu::Limits
