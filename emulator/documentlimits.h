// Twilio Sync limits that the emulator enforces (reference section 5).
#pragma once

#include <QJsonObject>
#include <QString>

namespace SpEmu::Limits {

constexpr qsizetype kMaxDataBytes = 16 * 1024; // serialized JSON of `data`
constexpr qsizetype kMaxUniqueNameLength = 256; // 54302 page says 1-256 (resource page says 320)
constexpr int kMaxTtlSecs = 31536000; // one year; 0 = no expiry

// Size of `data` as compact UTF-8 JSON, the measure used for the 16 KiB limit.
qsizetype serializedSize(const QJsonObject &data);
bool dataTooLarge(const QJsonObject &data);

// Empty, longer than 256 characters, or shaped like a SID ([A-Z]{2} + 32 hex) => invalid.
bool looksLikeSid(const QString &name);
bool uniqueNameValid(const QString &name, QString *why = nullptr);

bool ttlValid(qint64 ttlSecs);

} // namespace SpEmu::Limits
