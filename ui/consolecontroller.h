#pragma once

#include "documentlistmodel.h"
#include "eventlogmodel.h"
#include "joinrequest.h"
#include "revisionhistory.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <memory>

class ActionQueueModel;
class ConsoleBackend;
class JsonTreeModel;
class QTimer;

// Glue between a ConsoleBackend and the models: one tree and one queue model per document, the
// document list, the event log and the revision history. No widgets here.
class ConsoleController : public QObject
{
    Q_OBJECT
public:
    explicit ConsoleController(ConsoleBackend *backend, QObject *parent = nullptr);
    ~ConsoleController() override;

    // Opens the history database (":memory:" for tests). Without it revisions are not kept.
    bool openHistory(const QString &path, QString *error = nullptr);

    DocumentListModel *documents() { return &m_documents; }
    EventLogModel *events() { return &m_events; }
    RevisionHistory *history() { return &m_history; }
    JsonTreeModel *tree(const QString &documentId) const;
    ActionQueueModel *queue(const QString &documentId) const;
    QJsonObject catalog() const { return m_catalog; }
    ConsoleBackend *backend() const { return m_backend; }
    // Another connection profile: leaves every document on the current backend (clients close
    // cleanly), then joins the same documents through `backend`. Not owned.
    void switchBackend(ConsoleBackend *backend, const QString &profileName);
    void setCatalog(const QJsonObject &catalog) { m_catalog = catalog; }

public Q_SLOTS:
    void join(const JoinRequest &request);
    void leave(const QString &documentId);
    void send(const QString &documentId, const QJsonArray &batch);
    void replace(const QString &documentId, const QJsonObject &data);

Q_SIGNALS:
    void documentJoined(const QString &documentId);
    void documentLeft(const QString &documentId);
    void userMessage(const QString &message); // for the status bar
    // Per document, for views that follow many documents at once (the room view).
    void documentUpdated(const QString &documentId, const QJsonObject &data);
    void documentStateChanged(
        const QString &documentId, DocumentListModel::State state, const QString &text);
    void actionsWritten(const QString &documentId, const QJsonArray &storedActions);
    void operationFailed(const QString &documentId, const QString &message);

private:
    struct Doc;
    void connectBackend();
    void onState(const QString &documentId, DocumentListModel::State state, int retryInMs,
        const QString &detail);
    void onUpdate(const QString &documentId, const QJsonObject &data, const QString &revision);

    ConsoleBackend *m_backend;
    DocumentListModel m_documents;
    EventLogModel m_events;
    RevisionHistory m_history;
    QHash<QString, std::shared_ptr<Doc>> m_docs;
    QJsonObject m_catalog;
    QTimer *m_tick;
};
