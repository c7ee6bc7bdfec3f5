#include "actionqueue.h"

namespace SpSync::ActionQueue {

QJsonObject append(const QJsonObject &data, const QList<QPair<QString, QJsonObject>> &actions)
{
    QJsonObject result = data;
    for (const auto &entry : actions) {
        QJsonArray array = result.value(entry.first).toArray();
        array.append(entry.second);
        result.insert(entry.first, array);
    }
    return result;
}

std::optional<Claim> claimHead(const QJsonObject &data, const QString &arrayName)
{
    const QJsonValue value = data.value(arrayName);
    if (!value.isArray() || value.toArray().isEmpty())
        return std::nullopt;
    Claim claim;
    claim.claimed = value.toArray();
    claim.data = data;
    claim.data.insert(arrayName, QJsonArray());
    return claim;
}

QJsonObject shallowMerge(const QJsonObject &data, const QJsonObject &fields)
{
    QJsonObject result = data;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        result.insert(it.key(), it.value());
    return result;
}

} // namespace SpSync::ActionQueue
