// Private state of SpSync::SyncClient.
#pragma once

#include "actionconsumer_p.h"
#include "outboxpump_p.h"
#include "syncclient.h"
#include "syncresult_p.h"

#include <QElapsedTimer>
#include <QPointer>
#include <memory>

namespace SpSync {

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
    bool hasReceiver(const QMetaMethod &signal) const { return q->isSignalConnected(signal); }

    SyncClient *q;
    SyncClientConfig config;
    SyncConnection *connection;
    SpTokenExchange *exchange = nullptr;
    QPointer<SyncDocument> doc;
    SharedPromise<SyncClient *> createPromise; // until create() settles
    QElapsedTimer openClock; // since connectAndOpen, bounds openDocument's retries
    QString identity;
    SyncError lastError;
    bool refreshing = false; // an SP token exchange for a new Twilio token is under way
    ActionConsumer consumer; // takes the actions receivers consume
    OutboxPump pump; // the durable outbox, when configured
};

} // namespace SpSync
