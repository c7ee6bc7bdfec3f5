#include "secretmask.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QStringList SecretMask::secretFields(const QString &executor, const QString &action) const
{
    QStringList out;
    const QJsonArray names = m_catalog.value(executor)
                                 .toObject()
                                 .value(action)
                                 .toObject()
                                 .value("$secret"_L1)
                                 .toArray();
    for (const QJsonValue &n : names)
        out << n.toString();
    return out;
}

bool SecretMask::needsConfirmation(const QString &executor, const QString &action) const
{
    return m_catalog.value(executor)
        .toObject()
        .value(action)
        .toObject()
        .value("$confirm"_L1)
        .toBool();
}

bool SecretMask::hasConfirmFlags() const
{
    for (const QJsonValue &executor : m_catalog) {
        const QJsonObject actions = executor.toObject();
        for (const QJsonValue &action : actions) {
            if (action.toObject().contains("$confirm"_L1))
                return true;
        }
    }
    return false;
}

QStringList SecretMask::needingConfirmation(const QJsonArray &batch) const
{
    QStringList out;
    for (const QJsonValue &v : batch) {
        const QString type = v.toObject().value("actionType"_L1).toString();
        const qsizetype dot = type.indexOf(u'.');
        if (dot > 0 && needsConfirmation(type.left(dot), type.mid(dot + 1)))
            out << type.mid(dot + 1);
    }
    return out;
}

QString SecretMask::mask(const QString &secret)
{
    return QCoreApplication::translate(
        "SecretMask", "•••• (%n chars)", nullptr, int(secret.size()));
}

QJsonObject SecretMask::masked(
    const QJsonObject &fields, const QString &executor, const QString &action) const
{
    QJsonObject out = fields;
    const QStringList secrets = secretFields(executor, action);
    for (const QString &name : secrets) {
        const QJsonValue v = out.value(name);
        if (v.isString())
            out.insert(name, mask(v.toString()));
        else if (!v.isUndefined() && !v.isNull())
            out.insert(name, mask(QString()));
    }
    return out;
}

QJsonObject SecretMask::action(const QJsonObject &action) const
{
    return masked(
        action, action.value("executor"_L1).toString(), action.value("action"_L1).toString());
}

QJsonObject SecretMask::entry(const QJsonObject &entry) const
{
    const QString type = entry.value("actionType"_L1).toString();
    const qsizetype dot = type.indexOf(u'.');
    if (dot <= 0)
        return entry;
    QJsonObject out = entry;
    out.insert("additionalInfo"_L1,
        masked(entry.value("additionalInfo"_L1).toObject(), type.left(dot), type.mid(dot + 1)));
    return out;
}

QJsonArray SecretMask::batch(const QJsonArray &batch) const
{
    QJsonArray out;
    for (const QJsonValue &v : batch)
        out.append(entry(v.toObject()));
    return out;
}

QJsonObject SecretMask::document(const QJsonObject &document) const
{
    QJsonObject out = document;
    for (auto it = document.begin(); it != document.end(); ++it) {
        if (!it.key().endsWith("Actions"_L1) || !it.value().isArray())
            continue;
        const QString executor = it.key().chopped(7);
        QJsonArray actions;
        for (const QJsonValue &a : it.value().toArray()) {
            if (!a.isObject()) {
                actions.append(a);
                continue;
            }
            // The array names the executor even when the action does not.
            const QJsonObject o = a.toObject();
            actions.append(masked(
                o, o.value("executor"_L1).toString(executor), o.value("action"_L1).toString()));
        }
        out.insert(it.key(), actions);
    }
    return out;
}
