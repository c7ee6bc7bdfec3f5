#include "documentlimits.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace SpEmu::Limits {

qsizetype serializedSize(const QJsonObject &data)
{
    return QJsonDocument(data).toJson(QJsonDocument::Compact).size();
}

bool dataTooLarge(const QJsonObject &data) { return serializedSize(data) > kMaxDataBytes; }

bool looksLikeSid(const QString &name)
{
    static const QRegularExpression sid(QStringLiteral("^[A-Z]{2}[0-9a-fA-F]{32}$"));
    return sid.match(name).hasMatch();
}

bool uniqueNameValid(const QString &name, QString *why)
{
    auto fail = [why](const QString &text) {
        if (why)
            *why = text;
        return false;
    };
    if (name.isEmpty())
        return fail(QStringLiteral("Unique name must not be empty"));
    if (name.size() > kMaxUniqueNameLength)
        return fail(
            QStringLiteral("Unique name is longer than %1 characters").arg(kMaxUniqueNameLength));
    if (looksLikeSid(name))
        return fail(QStringLiteral("Unique name must not look like a SID"));
    return true;
}

bool ttlValid(qint64 ttlSecs) { return ttlSecs >= 0 && ttlSecs <= kMaxTtlSecs; }

} // namespace SpEmu::Limits
