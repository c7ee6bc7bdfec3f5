#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

// Secret fields (the catalog's "$secret" flags, e.g. injectPassword.password) stay in the
// document, which is the protocol, and nowhere else: logs, tooltips, exports, the history and
// diffs show "•••• (n chars)". The catalog is the UI's JSON form, with its "$" flags.
class SecretMask
{
public:
    SecretMask() = default;
    explicit SecretMask(const QJsonObject &catalog)
        : m_catalog(catalog)
    {
    }

    QStringList secretFields(const QString &executor, const QString &action) const;
    bool needsConfirmation(const QString &executor, const QString &action) const;
    // Whether the catalog marks any action "$confirm" (one without the flags says nothing).
    bool hasConfirmFlags() const;
    // The names of a batch's actions ({actionType, ...}) that need confirmation, in order.
    QStringList needingConfirmation(const QJsonArray &batch) const;
    bool isEmpty() const { return m_catalog.isEmpty(); }

    static QString mask(const QString &secret); // "•••• (n chars)"
    // A stored action ({action, executor, ...}).
    QJsonObject action(const QJsonObject &action) const;
    // A batch entry ({actionType, additionalInfo}).
    QJsonObject entry(const QJsonObject &entry) const;
    QJsonArray batch(const QJsonArray &batch) const;
    // A whole document: the actions in every "<executor>Actions" array.
    QJsonObject document(const QJsonObject &document) const;

private:
    QJsonObject masked(
        const QJsonObject &fields, const QString &executor, const QString &action) const;
    QJsonObject m_catalog;
};
