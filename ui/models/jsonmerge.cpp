#include "jsonmerge.h"

#include <QJsonArray>
#include <QSet>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

QString idOf(const QJsonValue &v)
{
    return v.isObject() ? v.toObject().value("id"_L1).toString() : QString();
}

bool allHaveIds(const QJsonArray &a)
{
    for (const QJsonValue &v : a) {
        if (idOf(v).isEmpty())
            return false;
    }
    return true;
}

QSet<QString> idsOf(const QJsonArray &a)
{
    QSet<QString> out;
    for (const QJsonValue &v : a)
        out.insert(idOf(v));
    return out;
}

// Action queues: the user's list, minus what was taken meanwhile, plus what arrived meanwhile.
QJsonArray mergeById(const QJsonArray &base, const QJsonArray &mine, const QJsonArray &current)
{
    const QSet<QString> inBase = idsOf(base);
    const QSet<QString> inCurrent = idsOf(current);
    QSet<QString> inMine;
    QJsonArray out;
    for (const QJsonValue &v : mine) {
        const QString id = idOf(v);
        inMine.insert(id);
        if (inBase.contains(id) && !inCurrent.contains(id))
            continue; // taken or withdrawn meanwhile
        out.append(v);
    }
    for (const QJsonValue &v : current) {
        const QString id = idOf(v);
        if (!inBase.contains(id) && !inMine.contains(id))
            out.append(v); // arrived meanwhile
    }
    return out;
}

} // namespace

QJsonValue JsonMerge::threeWay(
    const QJsonValue &base, const QJsonValue &mine, const QJsonValue &current)
{
    if (mine == base)
        return current;
    if (current == base || current == mine)
        return mine;
    if (base.isObject() && mine.isObject() && current.isObject())
        return threeWay(base.toObject(), mine.toObject(), current.toObject());
    if (base.isArray() && mine.isArray() && current.isArray()) {
        const QJsonArray b = base.toArray(), m = mine.toArray(), c = current.toArray();
        if (allHaveIds(b) && allHaveIds(m) && allHaveIds(c))
            return mergeById(b, m, c);
    }
    return mine;
}

QJsonObject JsonMerge::threeWay(
    const QJsonObject &base, const QJsonObject &mine, const QJsonObject &current)
{
    QStringList keys = current.keys();
    for (const QString &k : mine.keys()) {
        if (!current.contains(k))
            keys.append(k);
    }
    for (const QString &k : base.keys()) {
        if (!current.contains(k) && !mine.contains(k))
            keys.append(k);
    }
    QJsonObject out;
    for (const QString &k : std::as_const(keys)) {
        const QJsonValue v = threeWay(base.value(k), mine.value(k), current.value(k));
        if (!v.isUndefined())
            out.insert(k, v);
    }
    return out;
}

namespace {

QJsonValue setIn(const QJsonValue &node, const QStringList &tokens, qsizetype at,
    const QJsonValue &value, bool *ok)
{
    if (at == tokens.size())
        return value;
    QString token = tokens.at(at);
    token.replace("~1"_L1, "/"_L1).replace("~0"_L1, "~"_L1);
    if (node.isObject()) {
        QJsonObject o = node.toObject();
        if (!o.contains(token)) {
            *ok = false;
            return node;
        }
        o.insert(token, setIn(o.value(token), tokens, at + 1, value, ok));
        return o;
    }
    if (node.isArray()) {
        QJsonArray a = node.toArray();
        bool isIndex = false;
        const qsizetype i = token.toLongLong(&isIndex);
        if (!isIndex || i < 0 || i >= a.size()) {
            *ok = false;
            return node;
        }
        a.replace(i, setIn(a.at(i), tokens, at + 1, value, ok));
        return a;
    }
    *ok = false;
    return node;
}

} // namespace

QJsonValue JsonMerge::valueAt(const QJsonObject &document, const QString &pointer)
{
    if (!pointer.startsWith(u'/'))
        return QJsonValue(QJsonValue::Undefined);
    QStringList tokens = pointer.mid(1).split(u'/');
    for (QString &token : tokens)
        token.replace("~1"_L1, "/"_L1).replace("~0"_L1, "~"_L1);
    return valueAt(QJsonValue(document), tokens);
}

QJsonValue JsonMerge::valueAt(const QJsonValue &root, const QStringList &keys)
{
    QJsonValue node = root;
    for (const QString &token : keys) {
        if (node.isObject()) {
            node = node.toObject().value(token);
        } else if (node.isArray()) {
            bool isIndex = false;
            const qsizetype i = token.toLongLong(&isIndex);
            const QJsonArray a = node.toArray();
            if (!isIndex || i < 0 || i >= a.size())
                return QJsonValue(QJsonValue::Undefined);
            node = a.at(i);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return node;
}

QJsonObject JsonMerge::setAt(
    const QJsonObject &document, const QString &pointer, const QJsonValue &value, bool *ok)
{
    bool good = pointer.startsWith(u'/');
    QJsonObject out = document;
    if (good) {
        const QStringList tokens = pointer.mid(1).split(u'/');
        out = setIn(document, tokens, 0, value, &good).toObject();
    }
    if (ok)
        *ok = good;
    return good ? out : document;
}
