// Private parts of SyncConnection and SyncDocument: CDS requests and subscriptions.
#pragma once

#include "cdsreply_p.h"
#include "syncconnection.h"
#include "syncdocument.h"
#include "twilsockchannel_p.h"

#include <QPointer>
#include <QTimer>
#include <deque>
#include <functional>
#include <map>
#include <optional>

namespace SpSync {

class SyncConnectionPrivate
{
public:
    explicit SyncConnectionPrivate(SyncConnection *q);

    // An upstream CDS call with the JS client's headers. body = nullopt sends no payload.
    QFuture<SyncResult<HttpReply>> cds(const QString &method, const QUrl &url,
        const std::optional<QJsonObject> &body = std::nullopt, const QString &ifMatch = {});
    QUrl cdsBase() const;
    QUrl documentsUrl() const;
    QUrl documentUrl(const QString &uniqueNameOrSid) const;
    QUrl subscriptionsUrl() const;

    void openStep(const SharedPromise<SyncDocument *> &promise, const QString &name, OpenMode mode,
        const QJsonObject &initialData, int restarts);
    SyncDocument *adopt(const DocumentResource &resource, const QJsonObject &data);
    // reason: "ttl" when re-poking because the subscription TTL ran out (JS).
    void establish(const QList<SyncDocument *> &docs, const QString &reason = {});
    // Marks doc as waiting for establish `cid`; returns its entry of the request.
    QJsonObject markEstablishing(SyncDocument *doc, qint64 cid);
    void establishReplied(qint64 cid, const SyncResult<HttpReply> &reply);
    // The establish `cid` failed or was not confirmed: retry each of its documents with
    // back-off, for ever (both SDKs), and report one that keeps failing.
    void establishFailed(qint64 cid, const SyncError &error);
    // evenIfSubscribed: after a server cancel, a confirmation of an older request is no proof.
    void scheduleEstablish(SyncDocument *doc, int delayMs, bool evenIfSubscribed = false);
    void startTtlTimer(const QJsonObject &reply);
    void cancel(SyncDocument *doc);
    void forget(SyncDocument *doc);
    void onStateChanged(SyncConnection::State state);
    void onNotification(const QString &messageType, const QJsonObject &payload);
    void onSubscriptionEvent(const QString &eventType, const QJsonObject &payload);
    void routeDocumentEvent(const QString &eventType, const QJsonObject &event);
    // A notification the channel could not parse: an error on the document it names (read from
    // its envelope), or on the connection when it names none. The link stays up.
    void onUnreadableNotification(
        const QString &messageType, const QByteArray &payload, const QString &why);
    qint64 nextCorrelationId();

    SyncConnection *q;
    TwilsockChannel *channel;
    QUrl twilsockUrl;
    QUrl cdsUrl; // explicit override, else derived
    SyncError refusal; // why connectToServer() did not even start
    std::map<QString, QPointer<SyncDocument>> bySid;
    std::map<QString, QPointer<SyncDocument>> byName;
    std::map<qint64, QStringList> correlations; // establish requests awaiting their outcome
    qint64 lastCorrelationId = 0;
    QTimer *ttlTimer = nullptr; // the server's subscription ttl_in_s, re-poke when it fires
};

class SyncDocumentPrivate
{
public:
    SyncDocumentPrivate(SyncDocument *q, SyncConnectionPrivate *conn);

    // Applies a resource from GET (with data) or a write reply (data = what we sent).
    // Returns true when it was newer than what we had.
    bool applyResource(const DocumentResource &resource, const std::optional<QJsonObject> &data,
        SyncDocument::ChangeOrigin origin);
    // A GET of this document: the validated resource with its data, or a Protocol error (also
    // for a resource naming another document).
    SyncResult<DocumentResource> readReply(const QByteArray &body) const;
    // A write reply (no data needed) for this document.
    SyncResult<DocumentResource> writeReply(const QByteArray &body) const;
    SyncResult<DocumentResource> checkedReply(const QByteArray &body, bool requireData) const;
    void applyEvent(const QJsonObject &event);
    // Reports a server message about this document that could not be used.
    void reportProtocolError(const SyncError &error);
    void markRemoved();
    void setSubscriptionState(SyncDocument::SubscriptionState state, const SyncError &error = {});
    SyncError removedError() const;
    // Writes run one at a time; each calls done() exactly once when finished.
    void enqueueWrite(std::function<void(std::function<void()> done)> write);
    void runNextWrite();
    // One mutate(): write the mutator's result with If-Match; on 412 re-read and go again.
    struct MutateState
    {
        SharedPromise<QJsonObject> promise;
        SyncDocument::Mutator mutator;
        std::function<void()> done; // frees the write queue
        int round = 0;
        QJsonObject written; // what this round sent
    };
    using MutateJob = std::shared_ptr<MutateState>;
    void mutateRound(const MutateJob &job);
    void mutateWritten(const MutateJob &job, const SyncResult<HttpReply> &reply);
    void mutateReread(const MutateJob &job, const SyncResult<HttpReply> &reply);
    void mutateLater(const MutateJob &job, int delayMs); // the next round after delayMs
    void finishMutate(const MutateJob &job, SyncResult<QJsonObject> result);

    SyncDocument *q;
    SyncConnectionPrivate *conn;
    QString sid;
    QString uniqueName;
    QString revision;
    QUrl url;
    qint64 lastEventId = 0;
    QJsonObject data;
    QDateTime dateExpires;
    bool removed = false;
    bool subscribed = false;
    SyncDocument::SubscriptionState subscriptionState
        = SyncDocument::SubscriptionState::Unsubscribed;
    SyncError subscriptionError;
    int establishFailures = 0; // in a row, since the last confirmation
    int backendCancels = 0; // subscription_canceled without correlation_id, this connection
    qint64 pendingCorrelation = 0; // the establish this document waits for
    quint64 establishGeneration = 0; // bumped per establish; stale retry timers do nothing
    bool writing = false;
    std::deque<std::function<void(std::function<void()>)>> writes;
};

} // namespace SpSync
