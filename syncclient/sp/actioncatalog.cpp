#include "actioncatalog.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QUrl>
#include <QUuid>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace SpSync {

namespace {

    SyncError invalid(const QString &message)
    {
        SyncError e;
        e.kind = SyncError::Kind::InvalidInput;
        e.message = message;
        return e;
    }

    bool isMeta(const QString &key) { return key.startsWith(u'$'); }

    bool isName(const QString &s)
    {
        static const QRegularExpression re(u"^[A-Za-z][A-Za-z0-9_]*$"_s);
        return re.match(s).hasMatch();
    }

    // Empty when value is an absolute http(s) URL with a host.
    QString urlProblem(const QString &field, const QJsonValue &value)
    {
        if (!value.isString())
            return u"the field \"%1\" must be a URL string"_s.arg(field);
        if (!ActionCatalog::isValidUrl(value.toString()))
            return u"the field \"%1\" is not an absolute http(s) URL: \"%2\""_s.arg(
                field, value.toString());
        return {};
    }

    bool isEmptyValue(const QJsonValue &v)
    {
        return v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty());
    }

    QString validateShape(const QJsonObject &catalog)
    {
        for (auto e = catalog.begin(); e != catalog.end(); ++e) {
            if (isMeta(e.key()))
                continue;
            if (!isName(e.key()))
                return u"executor name \"%1\" is not a plain name"_s.arg(e.key());
            if (!e.value().isObject())
                return u"executor \"%1\" must map to an object of actions"_s.arg(e.key());
            const QJsonObject actions = e.value().toObject();
            for (auto a = actions.begin(); a != actions.end(); ++a) {
                if (isMeta(a.key()))
                    continue;
                if (!isName(a.key()))
                    return u"action name \"%1.%2\" is not a plain name"_s.arg(e.key(), a.key());
                if (!a.value().isObject())
                    return u"action \"%1.%2\" must map to an object of fields"_s.arg(
                        e.key(), a.key());
                const QJsonObject fields = a.value().toObject();
                const QJsonValue secret = fields.value(u"$secret"_s);
                if (!secret.isUndefined()) {
                    const QJsonArray names = secret.toArray();
                    const bool good = secret.isArray()
                        && std::all_of(names.begin(), names.end(), [&fields](const QJsonValue &n) {
                               return n.isString() && fields.contains(n.toString());
                           });
                    if (!good)
                        return u"\"$secret\" of \"%1.%2\" must list field names of the action"_s
                            .arg(e.key(), a.key());
                }
                const QJsonValue confirm = fields.value(u"$confirm"_s);
                if (!confirm.isUndefined() && !confirm.isBool())
                    return u"\"$confirm\" of \"%1.%2\" must be true or false"_s.arg(
                        e.key(), a.key());
            }
        }
        return {};
    }

    ActionCatalog loadBuiltin()
    {
        ActionCatalog catalog;
        QString error;
        // Compiled into SyncClient as a resource, so installed binaries need no data files.
        if (!catalog.loadExtra(u":/sp/actiontypes.json"_s, &error))
            qWarning("action catalog: %s", qUtf8Printable(error));
        const QString extra = qEnvironmentVariable("SP_EXTRA_ACTIONTYPES");
        if (!extra.isEmpty() && !catalog.loadExtra(extra, &error))
            qWarning("action catalog: %s", qUtf8Printable(error));
        return catalog;
    }

    ActionCatalog &builtinInstance()
    {
        static ActionCatalog catalog = loadBuiltin();
        return catalog;
    }

} // namespace

const ActionCatalog &ActionCatalog::builtin() { return builtinInstance(); }

bool ActionCatalog::loadBuiltinExtra(const QString &path, QString *error)
{
    return builtinInstance().loadExtra(path, error);
}

SyncResult<ActionCatalog> ActionCatalog::fromJson(const QByteArray &json)
{
    ActionCatalog catalog;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(u"the action catalog is not valid JSON: %1 at offset %2"_s.arg(
            parseError.errorString(), QString::number(parseError.offset)));
    if (!doc.isObject())
        return invalid(u"the action catalog must be a JSON object"_s);
    QString error;
    if (!catalog.merge(doc.object(), &error))
        return invalid(error);
    return catalog;
}

bool ActionCatalog::loadExtra(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = u"cannot read the action catalog %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = u"the action catalog %1 is not a JSON object: %2 at offset %3"_s.arg(
                path, parseError.errorString(), QString::number(parseError.offset));
        return false;
    }
    QString why;
    if (!merge(doc.object(), &why)) {
        if (error)
            *error = u"the action catalog %1 is malformed: %2"_s.arg(path, why);
        return false;
    }
    return true;
}

bool ActionCatalog::merge(const QJsonObject &catalog, QString *error)
{
    const QString problem = validateShape(catalog);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    for (auto e = catalog.begin(); e != catalog.end(); ++e) {
        if (isMeta(e.key()))
            continue;
        QJsonObject actions = m_catalog.value(e.key()).toObject();
        QJsonObject flags = m_flags.value(e.key()).toObject();
        const QJsonObject added = e.value().toObject();
        for (auto a = added.begin(); a != added.end(); ++a) {
            if (isMeta(a.key()))
                continue;
            QJsonObject fields;
            QJsonObject actionFlags;
            const QJsonObject given = a.value().toObject();
            for (auto f = given.begin(); f != given.end(); ++f) {
                if (!isMeta(f.key()))
                    fields.insert(f.key(), f.value());
                else if (f.key() == u"$secret" || f.key() == u"$confirm")
                    actionFlags.insert(f.key(), f.value());
            }
            actions.insert(a.key(), fields);
            if (actionFlags.isEmpty())
                flags.remove(a.key());
            else
                flags.insert(a.key(), actionFlags);
        }
        m_catalog.insert(e.key(), actions);
        m_flags.insert(e.key(), flags);
    }
    return true;
}

QStringList ActionCatalog::secretFields(const QString &executor, const QString &action) const
{
    QStringList out;
    const QJsonArray names
        = m_flags.value(executor).toObject().value(action).toObject().value(u"$secret"_s).toArray();
    for (const QJsonValue &n : names)
        out << n.toString();
    return out;
}

bool ActionCatalog::needsConfirmation(const QString &executor, const QString &action) const
{
    return m_flags.value(executor)
        .toObject()
        .value(action)
        .toObject()
        .value(u"$confirm"_s)
        .toBool();
}

QJsonObject ActionCatalog::toJsonWithFlags() const
{
    QJsonObject out = m_catalog;
    for (auto e = m_flags.begin(); e != m_flags.end(); ++e) {
        QJsonObject actions = out.value(e.key()).toObject();
        const QJsonObject flags = e.value().toObject();
        for (auto a = flags.begin(); a != flags.end(); ++a) {
            QJsonObject fields = actions.value(a.key()).toObject();
            const QJsonObject f = a.value().toObject();
            for (auto it = f.begin(); it != f.end(); ++it)
                fields.insert(it.key(), it.value());
            actions.insert(a.key(), fields);
        }
        out.insert(e.key(), actions);
    }
    return out;
}

QStringList ActionCatalog::executors() const { return m_catalog.keys(); }

QStringList ActionCatalog::actions(const QString &executor) const
{
    return m_catalog.value(executor).toObject().keys();
}

bool ActionCatalog::hasExecutor(const QString &executor) const
{
    return m_catalog.contains(executor);
}

bool ActionCatalog::contains(const QString &executor, const QString &action) const
{
    return m_catalog.value(executor).toObject().contains(action);
}

QJsonObject ActionCatalog::fields(const QString &executor, const QString &action) const
{
    return m_catalog.value(executor).toObject().value(action).toObject();
}

bool ActionCatalog::isUrlField(const QString &name)
{
    return name.endsWith(u"URL"_s) || name.endsWith(u"Url"_s);
}

bool ActionCatalog::isValidUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.isRelative() && (scheme == u"http" || scheme == u"https")
        && !url.host().isEmpty() && !text.contains(u' ');
}

bool ActionCatalog::splitType(const QString &type, QString *executor, QString *action)
{
    const qsizetype dot = type.indexOf(u'.');
    if (dot <= 0 || dot != type.lastIndexOf(u'.') || dot == type.size() - 1)
        return false;
    if (executor)
        *executor = type.left(dot);
    if (action)
        *action = type.mid(dot + 1);
    return true;
}

QString ActionCatalog::arrayFor(const QString &executor) { return executor + u"Actions"_s; }

SyncResult<QJsonObject> ActionCatalog::buildAction(
    const QString &type, const QJsonObject &additionalInfo, const QString &identity) const
{
    QString executor, action;
    if (!splitType(type, &executor, &action))
        return invalid(u"the action type \"%1\" must have the form EXECUTOR.ACTION, e.g. "
                       u"extension.stopSession"_s.arg(type));
    if (!hasExecutor(executor))
        return invalid(u"unknown executor \"%1\" in \"%2\"; known executors: %3"_s.arg(
            executor, type, executors().join(u", "_s)));
    if (!contains(executor, action))
        return invalid(u"unknown action \"%1\" for executor \"%2\"; known actions: %3"_s.arg(
            action, executor, actions(executor).join(u", "_s)));

    const QJsonObject templ = fields(executor, action);
    QJsonObject result = templ;
    for (auto it = additionalInfo.begin(); it != additionalInfo.end(); ++it)
        result.insert(it.key(), it.value());

    for (auto it = templ.begin(); it != templ.end(); ++it) {
        if (it.value().isNull() && isEmptyValue(result.value(it.key())))
            return invalid(u"the action %1 needs the mandatory field \"%2\""_s.arg(type, it.key()));
    }
    for (auto it = result.begin(); it != result.end(); ++it) {
        if (ActionCatalog::isUrlField(it.key()) && !isEmptyValue(it.value())) {
            const QString problem = urlProblem(it.key(), it.value());
            if (!problem.isEmpty())
                return invalid(u"the action %1 is invalid: %2"_s.arg(type, problem));
        }
    }
    const QJsonValue respondTo = result.value(u"respondTo"_s);
    if (!isEmptyValue(respondTo) && (!respondTo.isString() || !hasExecutor(respondTo.toString()))) {
        const QString shown = respondTo.isString()
            ? respondTo.toString()
            : QString::fromUtf8(
                QJsonDocument(QJsonArray { respondTo }).toJson(QJsonDocument::Compact))
                  .mid(1)
                  .chopped(1);
        return invalid(u"the action %1 has respondTo \"%2\", which is not a known executor; "
                       u"known executors: %3"_s.arg(type, shown, executors().join(u", "_s)));
    }

    result.insert(u"action"_s, action);
    result.insert(u"executor"_s, executor);
    result.insert(u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
    result.insert(u"createdBy"_s, identity);
    result.insert(u"createdAt"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    return result;
}

} // namespace SpSync
