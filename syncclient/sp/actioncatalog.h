// The action catalog (docs/document-schema.md): per executor, each action type with its fields,
// null = mandatory, any other value = default. Built in from :/sp/actiontypes.json, extendable
// with an extra file at run time.
#pragma once

#include "syncresult.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace SpSync {

class ActionCatalog
{
public:
    ActionCatalog() = default;

    // The catalog compiled into the library (resources/actiontypes.json).
    // Built once on first use; $SP_EXTRA_ACTIONTYPES, when set, names an extra file merged in.
    static const ActionCatalog &builtin();
    // Merges an extra file into the builtin catalog (main thread, before clients build actions).
    static bool loadBuiltinExtra(const QString &path, QString *error = nullptr);

    // Parses a catalog document: {"<executor>": {"<action>": {"<field>": null|default}}}.
    // Keys starting with "$" are not fields: "$secret" (array of field names) and
    // "$confirm" (bool) in an action are its flags; any other (e.g. "$comment") is ignored.
    static SyncResult<ActionCatalog> fromJson(const QByteArray &json);

    // Merges a catalog file into this one: new executors and actions are added, an existing
    // action's fields are replaced. On failure *error says why and nothing changes.
    bool loadExtra(const QString &path, QString *error = nullptr);
    bool merge(const QJsonObject &catalog, QString *error = nullptr);

    QStringList executors() const;
    QStringList actions(const QString &executor) const;
    bool contains(const QString &executor, const QString &action) const;
    bool hasExecutor(const QString &executor) const;
    QJsonObject fields(const QString &executor, const QString &action) const;
    QJsonObject toJson() const { return m_catalog; }
    // Flags: fields whose value is masked and redacted everywhere but the document itself, and
    // whether the action is disruptive enough to ask before it is sent.
    QStringList secretFields(const QString &executor, const QString &action) const;
    bool needsConfirmation(const QString &executor, const QString &action) const;
    // toJson() with each action's flags put back as "$secret" / "$confirm" (for the UI).
    QJsonObject toJsonWithFlags() const;

    // Validates and builds a stored action for `type` ("executor.action"): the template merged
    // with additionalInfo, then action, executor, id (UUID), createdBy (identity) and createdAt
    // (ISO-8601 UTC, ms). Refuses (InvalidInput) an unknown executor or action, a missing
    // mandatory field, a malformed URL (fields named *URL / *Url must be absolute http(s)) and
    // a respondTo that is not a known executor.
    SyncResult<QJsonObject> buildAction(
        const QString &type, const QJsonObject &additionalInfo, const QString &identity) const;

    // Fields named *URL or *Url hold a URL, which must be absolute http(s) with a host.
    static bool isUrlField(const QString &name);
    static bool isValidUrl(const QString &text);

    // Splits "executor.action"; false when the shape is wrong.
    static bool splitType(const QString &type, QString *executor, QString *action);
    // The document array an executor owns: "extension" -> "extensionActions".
    static QString arrayFor(const QString &executor);

private:
    QJsonObject m_catalog;
    QJsonObject m_flags; // {executor: {action: {"$secret": [...], "$confirm": true}}}
};

} // namespace SpSync
