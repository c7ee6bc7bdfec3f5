// SpSync::SyncClient: the SP convenience layer, bound to one Sync document
// (docs/document-schema.md).
#pragma once

#include "syncconnection.h"
#include "syncresult.h"

#include <QFuture>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QSslCertificate>
#include <QStringList>
#include <QUrl>
#include <functional>
#include <memory>

namespace SpSync {

class SyncDocument;
class SyncTransport;
class SyncClientPrivate;

struct SyncClientConfig
{
    QUrl baseUri; // SP API, e.g. https://api.dev.smarterproctoring.com/v1
    QString documentId; // Session_ES... or Proctor_Room_PR...
    QString identity;
    QString token; // SP token, exchanged via POST {baseUri}{tokenPath}
    QJsonObject initialData; // written only when this client creates the document
    QString tokenPath = QStringLiteral("/sync/token");
    QString twilioToken; // optional: a Twilio access token used directly, no exchange
    QUrl twilsockUrl; // optional override (else from the exchange, else Twilio's default)
    // Optional durable outbox: a SQLite journal of action batches not yet known written
    // (README "Durable outbox"). Empty = no journal, actions fail when they cannot be written.
    QString outboxPath;
    QUrl cdsUrl; // optional CDS base override (else derived, see SyncConnection::setCdsUrl)
    // Twilio region (us1, ie1, au1): the default Twilsock and CDS hosts when neither the config
    // nor the SP token exchange names them. Other regions need twilsockUrl and cdsUrl.
    QString region = QStringLiteral("us1");
    // create() fails with Transport if not connected by then; an open that failed for a
    // transient reason (connection lost, 429, 5xx) is retried until then too.
    int connectTimeoutMs = 15000;
    SyncTimeouts timeouts; // Twilio-layer timings (tests shorten them)
    // Extra CAs trusted by this client only (wss:// Twilsock and https:// token exchange), added
    // to the system set, e.g. for a server with a private CA. Verification is never turned off.
    QList<QSslCertificate> caCertificates;
    // Tests: makes the transport (e.g. a fake). Default: WebSocketTransport.
    std::function<std::unique_ptr<SyncTransport>()> transportFactory;
};

class SyncClient : public QObject
{
    Q_OBJECT
    Q_PROPERTY(SpSync::SyncConnection::State state READ state NOTIFY stateChanged)
public:
    // Exchanges the SP token (unless twilioToken is set), connects, opens the document
    // (creating it with initialData if missing) and subscribes to it.
    static QFuture<SyncResult<SyncClient *>> create(
        const SyncClientConfig &config, QObject *parent = nullptr);
    ~SyncClient() override;

    QJsonObject getSync() const;
    // Shallow merge with a conditional write: concurrent actions are never erased.
    QFuture<SyncResult<QJsonObject>> setSync(const QJsonObject &fields);
    // Replaces the whole document (unconditional).
    QFuture<SyncResult<QJsonObject>> replaceSync(const QJsonObject &data);
    // type is "executor.action", e.g. "extension.stopSession". Returns the stored action.
    // With an outbox the batch is journalled first and the future finishes once it is in the
    // document, however long the client is offline (or with a permanent refusal).
    QFuture<SyncResult<QJsonObject>> addAction(
        const QString &type, const QJsonObject &additionalInfo = {});
    // [{actionType, additionalInfo}, ...] in one conditional write, order kept.
    QFuture<SyncResult<QJsonArray>> addActions(const QJsonArray &batch);

    // Which executors a receiver of actionsAdded consumes. Empty (default) = every executor
    // in the catalog. Executor-specific signals always consume their own executor.
    void setConsumedExecutors(const QStringList &executors);
    QStringList consumedExecutors() const;

    // Uses a new Twilio token (sends `update`, no reconnect). Normally automatic: the client
    // re-exchanges the SP token on tokenAboutToExpire.
    void updateTwilioToken(const QString &twilioToken);

    bool hasOutbox() const;
    // Batches of this document and identity in the outbox, not yet known to be written.
    int pendingOutboxCount() const;

    SyncConnection::State state() const;
    // The last error reported through errorOccurred (NoError if none yet). When the state
    // becomes Disconnected without disconnectFromServer(), it says why: Kind::Auth or
    // Kind::Denied when the server refused the token (a new token reconnects), else the fault.
    SyncError lastError() const;
    QString documentId() const;
    QString identity() const;
    QString revision() const;
    SyncConnection *connection() const;
    SyncDocument *document() const;

Q_SIGNALS:
    void spSyncDocUpdated(const QJsonObject &data);
    void extensionActionsAdded(const QJsonObject &action);
    void onboardingActionsAdded(const QJsonObject &action);
    void proctorActionsAdded(const QJsonObject &action);
    void actionsAdded(const QString &executor, const QJsonObject &action);
    void stateChanged(SpSync::SyncConnection::State state);
    void errorOccurred(const SpSync::SyncError &error);
    void outboxCountChanged(int pending);

protected:
    void connectNotify(const QMetaMethod &signal) override;
    void disconnectNotify(const QMetaMethod &signal) override;

private:
    explicit SyncClient(const SyncClientConfig &config, QObject *parent);
    friend class SyncClientPrivate;
    std::unique_ptr<SyncClientPrivate> d;
};

} // namespace SpSync
