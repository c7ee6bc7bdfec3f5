#pragma once

#include "consolebackend.h"

// Records what the console asks for; the test plays the server by emitting the signals.
class FakeBackend : public ConsoleBackend
{
    Q_OBJECT
public:
    using ConsoleBackend::ConsoleBackend;

    QList<JoinRequest> joins;
    QStringList leaves;
    QList<QPair<QString, QJsonArray>> sent;
    QList<QPair<QString, QJsonObject>> replaced;
    QStringList sendIds;
    QList<QPair<QString, QString>> withdrawals;

    void join(const JoinRequest &request) override { joins.append(request); }
    void leave(const QString &documentId) override { leaves.append(documentId); }
    void sendActions(
        const QString &documentId, const QString &sendId, const QJsonArray &batch) override
    {
        sent.append({ documentId, batch });
        sendIds.append(sendId);
    }
    void withdrawAction(
        const QString &documentId, const QString &executor, const QString &id) override
    {
        withdrawals.append({ documentId, executor + u'/' + id });
    }
    void replaceDocument(
        const QString &documentId, const QJsonObject &, const QJsonObject &data) override
    {
        replaced.append({ documentId, data });
    }
};
