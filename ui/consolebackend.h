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
    // [{actionType, additionalInfo}, ...] appended in one write, order kept. sendId names this
    // send in the delivery signals (sendWaiting, actionsSent, sendRefused).
    virtual void sendActions(
        const QString &documentId, const QString &sendId, const QJsonArray &batch)
        = 0;
    // Removes a pending action by id with a conditional write; withdrawFinished says whether it
    // was still there (false: its executor took it meanwhile).
    virtual void withdrawAction(
        const QString &documentId, const QString &executor, const QString &id)
        = 0;
    // Writes data only while the document still holds base (what the user looked at): a
    // conditional write. Otherwise nothing is written and replaceConflict says what it is now.
    virtual void replaceDocument(
        const QString &documentId, const QJsonObject &base, const QJsonObject &data)
        = 0;

Q_SIGNALS:
    void stateChanged(const QString &documentId, DocumentListModel::State state, int retryInMs,
        const QString &detail);
    void documentUpdated(
        const QString &documentId, const QJsonObject &data, const QString &revision);
    // Journalled in the outbox while offline: it goes out when the connection is back.
    void sendWaiting(const QString &documentId, const QString &sendId);
    void actionsSent(
        const QString &documentId, const QString &sendId, const QJsonArray &storedActions);
    void sendRefused(const QString &documentId, const QString &sendId, const QString &message);
    void withdrawFinished(const QString &documentId, const QString &executor, const QString &id,
        bool removed, const QString &error);
    // The console consumed one of its own (proctor) actions, e.g. a getDisplayCount answer.
    void actionTaken(const QString &documentId, const QString &executor, const QJsonObject &action);
    void replaced(const QString &documentId);
    void replaceConflict(const QString &documentId, const QJsonObject &base,
        const QJsonObject &mine, const QJsonObject &current);
    // operation: "join", "send", "replace"; message is shown to the user as is.
    void failed(const QString &documentId, const QString &operation, const QString &message);
};
