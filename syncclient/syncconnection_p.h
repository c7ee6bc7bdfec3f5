// Private parts of SyncConnection and SyncDocument: CDS requests and subscriptions.
#pragma once

#include "cdsreply.h"
#include "syncconnection.h"
#include "syncdocument.h"
#include "twilsockchannel.h"

#include <QPointer>
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
    void establish(const QList<SyncDocument *> &docs, int retries = 0);
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
    std::map<QString, QPointer<SyncDocument>> bySid;
    std::map<QString, QPointer<SyncDocument>> byName;
    std::map<qint64, QStringList> correlations; // establish requests awaiting their outcome
    qint64 lastCorrelationId = 0;
};

class SyncDocumentPrivate
{
public:
    SyncDocumentPrivate(SyncDocument *q, SyncConnectionPrivate *conn);

    // Applies a resource from GET (with data) or a write reply (data = what we sent).
    // Returns true when it was newer than what we had.
    bool applyResource(
        const DocumentResource &resource, const std::optional<QJsonObject> &data, bool local);
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
    SyncError removedError() const;
    // Writes run one at a time; each calls done() exactly once when finished.
    void enqueueWrite(std::function<void(std::function<void()> done)> write);
    void runNextWrite();
    void mutateRound(const SharedPromise<QJsonObject> &promise,
        const SyncDocument::Mutator &mutator, int round, const std::function<void()> &done);

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
    bool writing = false;
    std::deque<std::function<void(std::function<void()>)>> writes;
};

} // namespace SpSync
