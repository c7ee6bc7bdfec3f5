#include "jsondiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace JsonDiff {

namespace {

    void diffInto(QList<Change> &out, const QString &path, const QJsonValue &a, const QJsonValue &b)
    {
        if (a == b)
            return;
        if (a.isObject() && b.isObject()) {
            const QJsonObject oa = a.toObject();
            const QJsonObject ob = b.toObject();
            for (auto it = oa.begin(); it != oa.end(); ++it) {
                const QString p = appendPointer(path, it.key());
                if (!ob.contains(it.key()))
                    out.append({ Change::Kind::Removed, p, it.value(),
                        QJsonValue(QJsonValue::Undefined) });
                else
                    diffInto(out, p, it.value(), ob.value(it.key()));
            }
            for (auto it = ob.begin(); it != ob.end(); ++it) {
                if (!oa.contains(it.key()))
                    out.append({ Change::Kind::Added, appendPointer(path, it.key()),
                        QJsonValue(QJsonValue::Undefined), it.value() });
            }
            return;
        }
        if (a.isArray() && b.isArray()) {
            const QJsonArray aa = a.toArray();
            const QJsonArray ab = b.toArray();
            const ArraySplice s = arraySplice(aa, ab);
            const qsizetype oldMid = s.oldEnd - s.prefix;
            const qsizetype newMid = s.newEnd - s.prefix;
            const qsizetype paired = std::min(oldMid, newMid);
            for (qsizetype i = 0; i < paired; ++i)
                diffInto(out, appendPointer(path, QString::number(s.prefix + i)),
                    aa.at(s.prefix + i), ab.at(s.prefix + i));
            for (qsizetype i = s.prefix + paired; i < s.oldEnd; ++i)
                out.append({ Change::Kind::Removed, appendPointer(path, QString::number(i)),
                    aa.at(i), QJsonValue(QJsonValue::Undefined) });
            for (qsizetype i = s.prefix + paired; i < s.newEnd; ++i)
                out.append({ Change::Kind::Added, appendPointer(path, QString::number(i)),
                    QJsonValue(QJsonValue::Undefined), ab.at(i) });
            return;
        }
        out.append({ Change::Kind::Changed, path, a, b });
    }

} // namespace

ArraySplice arraySplice(const QJsonArray &before, const QJsonArray &after)
{
    const qsizetype n = before.size();
    const qsizetype m = after.size();
    qsizetype prefix = 0;
    while (prefix < n && prefix < m && before.at(prefix) == after.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < n - prefix && suffix < m - prefix
        && before.at(n - 1 - suffix) == after.at(m - 1 - suffix))
        ++suffix;
    return { prefix, n - suffix, m - suffix };
}

QList<Change> diff(const QJsonValue &before, const QJsonValue &after)
{
    QList<Change> out;
    diffInto(out, QString(), before, after);
    return out;
}

QString appendPointer(const QString &pointer, const QString &token)
{
    QString escaped = token;
    escaped.replace(u'~', u"~0"_s).replace(u'/', u"~1"_s);
    return pointer + u'/' + escaped;
}

QString compact(const QJsonValue &value)
{
    if (value.isUndefined())
        return QString();
    // Wrap in an array so scalars serialise too, then strip the brackets.
    const QByteArray json = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QString toText(const QList<Change> &changes)
{
    QStringList lines;
    for (const Change &c : changes) {
        const QString path = c.path.isEmpty() ? u"/"_s : c.path;
        switch (c.kind) {
        case Change::Kind::Added:
            lines << u"+ %1: %2"_s.arg(path, compact(c.after));
            break;
        case Change::Kind::Removed:
            lines << u"- %1: %2"_s.arg(path, compact(c.before));
            break;
        case Change::Kind::Changed:
            lines << u"~ %1: %2 -> %3"_s.arg(path, compact(c.before), compact(c.after));
            break;
        }
    }
    return lines.join(u'\n');
}

} // namespace JsonDiff
