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

    void join(const JoinRequest &request) override { joins.append(request); }
    void leave(const QString &documentId) override { leaves.append(documentId); }
    void sendActions(const QString &documentId, const QJsonArray &batch) override
    {
        sent.append({ documentId, batch });
    }
    void replaceDocument(const QString &documentId, const QJsonObject &data) override
    {
        replaced.append({ documentId, data });
    }
};
