#pragma once

#include "documentlistmodel.h"
#include "eventlogmodel.h"
#include "joinrequest.h"
#include "revisionhistory.h"
#include "secretmask.h"

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
    // cleanly), then joins `rejoin` (what the user chose) through `backend`. Not owned.
    void switchBackend(
        ConsoleBackend *backend, const QString &profileName, const QList<JoinRequest> &rejoin);
    // The joined documents' requests, in the list's order.
    QList<JoinRequest> joinedRequests() const;
    // The UI form of the catalog, with its "$secret" / "$confirm" flags.
    void setCatalog(const QJsonObject &catalog)
    {
        m_catalog = catalog;
        m_mask = SecretMask(catalog);
    }
    const SecretMask &secrets() const { return m_mask; }
    // "Don't ask again" for the catalog's disruptive actions, kept per profile in QSettings;
    // every window that sends (main window, room view) asks the same question.
    void setProfileId(const QString &id) { m_profileId = id; }
    bool confirmationSkipped() const;
    void skipConfirmation();

public Q_SLOTS:
    void join(const JoinRequest &request);
    void leave(const QString &documentId);
    // Writes one value, conditional on base. When the document changed meanwhile but not at
    // that value, the edit is re-applied on the current revision; otherwise staleWrite.
    void setValue(const QString &documentId, const QJsonObject &base, const QString &pointer,
        const QJsonValue &value);
    // Returns the send's id (empty when nothing was sent); its delivery is told by
    // deliveryMessage and shown per action in the document's queue.
    QString send(const QString &documentId, const QJsonArray &batch);
    // Removes a written action nobody has taken yet (conditional, by id).
    void withdraw(const QString &documentId, const QString &executor, const QString &id);
    // Leaves and joins the document again with the same request (after a refusal or failure).
    void retry(const QString &documentId);
    // Conditional on base, the document as the user saw it (see staleWrite).
    void replace(const QString &documentId, const QJsonObject &base, const QJsonObject &data);

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
    // What became of a send, for the composer: waiting offline, written, refused.
    void deliveryMessage(const QString &documentId, const QString &sendId, const QString &message);
    // A write based on a document that changed meanwhile: nothing was written.
    void staleWrite(const QString &documentId, const QJsonObject &base, const QJsonObject &mine,
        const QJsonObject &current);

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
    SecretMask m_mask;
    QString m_profileId;
    struct ValueEdit
    {
        QString pointer;
        QJsonValue value;
        QJsonObject data;
    };
    QHash<QString, ValueEdit> m_valueEdits; // by document: the single-value write in flight
    QTimer *m_tick;
};
