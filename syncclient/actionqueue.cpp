#include "actionqueue_p.h"

using namespace Qt::StringLiterals;

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

std::optional<Claim> claimHead(
    const QJsonObject &data, const QString &arrayName, const QString &claimId)
{
    const QJsonValue value = data.value(arrayName);
    if (!value.isArray() || value.toArray().isEmpty())
        return std::nullopt;
    Claim claim;
    claim.claimed = value.toArray();
    claim.data = data;
    claim.data.insert(arrayName, QJsonArray());
    if (!claimId.isEmpty())
        claim.data = recordMark(claim.data, claimId);
    return claim;
}

QString marksField() { return u"actionMarks"_s; }

QString markFor(const QString &writeId)
{
    QString mark = writeId;
    mark.remove(u'-');
    return mark.left(16); // 64 random bits: enough to tell 32 recent writes apart
}

QJsonObject recordMark(const QJsonObject &data, const QString &writeId)
{
    QJsonArray marks = data.value(marksField()).toArray();
    marks.append(markFor(writeId));
    while (marks.size() > kMarkHistory)
        marks.removeFirst();
    QJsonObject result = data;
    result.insert(marksField(), marks);
    return result;
}

bool hasMark(const QJsonObject &data, const QString &writeId)
{
    return data.value(marksField()).toArray().contains(markFor(writeId));
}

QJsonObject shallowMerge(const QJsonObject &data, const QJsonObject &fields)
{
    QJsonObject result = data;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        result.insert(it.key(), it.value());
    return result;
}

} // namespace SpSync::ActionQueue
