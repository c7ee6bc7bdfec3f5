// SyncDocument: one Sync document opened over a SyncConnection (which owns it).
#pragma once

#include "syncresult.h"

#include <QDateTime>
#include <QFuture>
#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>

namespace SpSync {

class SyncConnection;
class SyncConnectionPrivate;
class SyncDocumentPrivate;

class SyncDocument : public QObject
{
    Q_OBJECT
    Q_PROPERTY(
        SubscriptionState subscriptionState READ subscriptionState NOTIFY subscriptionStateChanged)
public:
    // Live updates: whether the server confirmed the subscription on this connection.
    enum class SubscriptionState {
        Unsubscribed, // not connected, or the document was removed
        Pending, // asked for, not confirmed yet
        Established, // events flow
        Failing, // keeps failing; still retried with back-off (subscriptionError() says why)
        Failed, // refused by the server, or cancelled by it again and again; resubscribe()
    };
    Q_ENUM(SubscriptionState)

    // Where a change of contentChanged came from.
    enum class ChangeOrigin {
        Remote, // a server event (another client's write, or ours seen again)
        Local, // the reply to our own write
    };
    Q_ENUM(ChangeOrigin)

    ~SyncDocument() override;

    QString sid() const;
    QString uniqueName() const;
    QString revision() const;
    qint64 lastEventId() const;
    QJsonObject data() const;
    QUrl url() const; // the resource `url`, used for every call after opening
    QDateTime dateExpires() const;
    bool isRemoved() const;
    bool isSubscribed() const; // subscription established on the current connection
    SubscriptionState subscriptionState() const;
    SyncError subscriptionError() const; // why it is Failing or Failed
    // Starts over after Failed (or Failing): asks for the subscription again at once.
    void resubscribe();

    // GET; returns the data and updates the cache.
    QFuture<SyncResult<QJsonObject>> refresh();
    // Unconditional write (no If-Match).
    QFuture<SyncResult<QJsonObject>> set(const QJsonObject &data);
    // Conditional write: calls the mutator on the current data and writes its result with
    // If-Match; on 412 re-reads and calls it again (bounded, then Conflict). A mutator that
    // returns std::nullopt writes nothing and the call returns the current data.
    // Writes of one document (set and mutate) run one at a time, in call order.
    using Mutator = std::function<std::optional<QJsonObject>(const QJsonObject &current)>;
    QFuture<SyncResult<QJsonObject>> mutate(Mutator mutator);
    // 0 = no expiry. Returns date_expires (invalid when none).
    QFuture<SyncResult<QDateTime>> setTtl(int seconds);
    QFuture<SyncResult<bool>> remove();

Q_SIGNALS:
    void contentChanged(const QJsonObject &data, SpSync::SyncDocument::ChangeOrigin origin);
    void removed();
    void subscribed();
    void subscriptionStateChanged(SpSync::SyncDocument::SubscriptionState state);
    void errorOccurred(const SpSync::SyncError &error);

private:
    friend class SyncConnection;
    friend class SyncConnectionPrivate;
    friend class SyncDocumentPrivate;
    SyncDocument(SyncConnection *connection, const QString &sid);
    std::unique_ptr<SyncDocumentPrivate> d;
};

} // namespace SpSync
