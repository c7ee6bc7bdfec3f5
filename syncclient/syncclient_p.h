// Private state of SpSync::SyncClient.
#pragma once

#include "syncclient.h"
#include "syncresult_p.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <deque>
#include <memory>
#include <optional>

namespace SpSync {

class ActionOutbox;
struct OutboxEntry;
class SpTokenExchange;
struct SpTwilioToken;

class SyncClientPrivate
{
public:
    SyncClientPrivate(SyncClient *q, const SyncClientConfig &config);
    ~SyncClientPrivate();

    void start(const SharedPromise<SyncClient *> &promise);
    void connectAndOpen(const QString &twilioToken, const QUrl &twilsockUrl);
    // Opens (or creates) the document; a transient failure (connection lost, 429, 5xx, timeout)
    // is retried with back-off until connectTimeoutMs has passed since connectAndOpen.
    void openDocument(int attempt);
    void settle(SyncResult<SyncClient *> result);
    void adoptDocument(SyncDocument *doc);
    void refreshToken();
    void reportError(const SyncError &error); // sets lastError, emits errorOccurred

    bool wantsConsume(const QString &executor) const;
    QStringList candidateExecutors() const;
    void checkConsume();
    void claim(const QString &executor);
    // A claim without reply: re-read, look for its mark, then deliver or release.
    void resolveClaim(
        const QString &executor, const QString &claimId, const QJsonArray &claimed, int attempt);
    void claimApplied(const QString &executor, const QJsonArray &claimed);
    void giveBack(const QString &executor, const QJsonArray &actions);
    bool emitAction(const QString &executor, const QJsonObject &action); // false: client deleted
    bool firstDelivery(const QJsonObject &action); // false: this id was emitted already

    // Durable outbox (syncclient_outbox.cpp).
    std::optional<SyncError> openOutbox();
    QFuture<SyncResult<QJsonArray>> enqueueOutbox(
        const QList<QPair<QString, QJsonObject>> &actions);
    void pumpOutbox();
    void sendOutboxEntry(const std::shared_ptr<OutboxEntry> &entry);
    void outboxWritten(const OutboxEntry &entry);
    void outboxRefused(const OutboxEntry &entry, const SyncError &e);
    void observeOutbox(const QJsonObject &data);
    void setOutboxCount(int count);

    SyncClient *q;
    SyncClientConfig config;
    SyncConnection *connection;
    SpTokenExchange *exchange = nullptr;
    QPointer<SyncDocument> doc;
    SharedPromise<SyncClient *> createPromise; // until create() settles
    QElapsedTimer openClock; // since connectAndOpen, bounds openDocument's retries
    QString identity;
    SyncError lastError;
    QStringList consumed;
    QSet<QString> claiming;
    bool refreshing = false;
    QSet<QString> emittedIds; // recent action ids emitted, bounded by emittedOrder
    std::deque<QString> emittedOrder;

    std::shared_ptr<ActionOutbox> outbox;
    QHash<QString, SharedPromise<QJsonArray>> outboxPromises; // by batch id (this run's adds)
    std::shared_ptr<OutboxEntry> outboxHead; // the batch being written (until written/refused)
    int outboxRetries = 0;
    int outboxCount = 0;
    bool outboxSending = false;
    bool outboxRetryScheduled = false;
    bool outboxBroken = false; // the journal failed; stop flushing
};

} // namespace SpSync
