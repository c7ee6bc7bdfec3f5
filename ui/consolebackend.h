#pragma once

#include "documentlistmodel.h"
#include "joinrequest.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

// What the console needs from the sync layer, per document. The SyncClient implementation and
// the fakes used by widget tests both provide it, so widgets and models never touch protocol.
class ConsoleBackend : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void join(const JoinRequest &request) = 0; // request is valid
    virtual void leave(const QString &documentId) = 0;
    // [{actionType, additionalInfo}, ...] appended in one write, order kept.
    virtual void sendActions(const QString &documentId, const QJsonArray &batch) = 0;
    virtual void replaceDocument(const QString &documentId, const QJsonObject &data) = 0;

Q_SIGNALS:
    void stateChanged(const QString &documentId, DocumentListModel::State state, int retryInMs,
        const QString &detail);
    void documentUpdated(
        const QString &documentId, const QJsonObject &data, const QString &revision);
    void actionsSent(const QString &documentId, const QJsonArray &storedActions);
    // The console consumed one of its own (proctor) actions, e.g. a getDisplayCount answer.
    void actionTaken(const QString &documentId, const QString &executor, const QJsonObject &action);
    // operation: "join", "send", "replace"; message is shown to the user as is.
    void failed(const QString &documentId, const QString &operation, const QString &message);
};
