#include "documentlimits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace SpEmu::Limits {

qsizetype serializedSize(const QJsonObject &data)
{
    return QJsonDocument(data).toJson(QJsonDocument::Compact).size();
}

bool dataTooLarge(const QJsonObject &data) { return serializedSize(data) > kMaxDataBytes; }

namespace {

    // Depth of v counting v itself; returns as soon as it is past limit.
    int depthOf(const QJsonValue &v, int limit)
    {
        if (!v.isObject() && !v.isArray())
            return 0;
        if (limit <= 0)
            return 1;
        int deepest = 0;
        const auto visit = [&](const QJsonValue &child) {
            deepest = std::max(deepest, depthOf(child, limit - 1));
            return deepest < limit;
        };
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end() && visit(it.value()); ++it) { }
        } else {
            const QJsonArray a = v.toArray();
            for (auto it = a.begin(); it != a.end() && visit(*it); ++it) { }
        }
        return deepest + 1;
    }

} // namespace

int nestingDepth(const QJsonObject &data, int limit) { return depthOf(data, limit); }

bool dataTooDeep(const QJsonObject &data) { return nestingDepth(data) > kMaxDataDepth; }

bool looksLikeSid(const QString &name)
{
    static const QRegularExpression sid(u"^[A-Z]{2}[a-f0-9]{32}$"_s);
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
        return fail(u"Unique name must not be empty"_s);
    if (name.size() > kMaxUniqueNameLength)
        return fail(u"Unique name is longer than %1 characters"_s.arg(kMaxUniqueNameLength));
    if (looksLikeSid(name))
        return fail(u"Unique name must not look like a SID"_s);
    return true;
}

bool ttlValid(qint64 ttlSecs) { return ttlSecs >= 0 && ttlSecs <= kMaxTtlSecs; }

} // namespace SpEmu::Limits
