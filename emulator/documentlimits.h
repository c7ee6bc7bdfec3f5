// Twilio Sync limits that the emulator enforces (reference section 5).
#pragma once

#include <QJsonObject>
#include <QString>

namespace SpEmu::Limits {

constexpr qsizetype kMaxDataBytes = qsizetype(16) * 1024; // serialized JSON of `data`
constexpr qsizetype kMaxUniqueNameLength = 256; // 54302 page says 1-256 (resource page says 320)
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

// Empty, longer than 256 characters, or shaped like a SID ([A-Z]{2} + 32 hex) => invalid.
bool looksLikeSid(const QString &name);
bool uniqueNameValid(const QString &name, QString *why = nullptr);

bool ttlValid(qint64 ttlSecs);

} // namespace SpEmu::Limits
