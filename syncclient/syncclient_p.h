// Private state of SpSync::SyncClient.
#pragma once

#include "syncclient.h"

#include <QPointer>
#include <QSet>

namespace SpSync {

class SpTokenExchange;
struct SpTwilioToken;

class SyncClientPrivate
{
public:
    SyncClientPrivate(SyncClient *q, const SyncClientConfig &config);

    void start(const SharedPromise<SyncClient *> &promise);
    void connectAndOpen(const QString &twilioToken, const QUrl &twilsockUrl);
    void settle(SyncResult<SyncClient *> result);
    void adoptDocument(SyncDocument *doc);
    void refreshToken();

    bool wantsConsume(const QString &executor) const;
    QStringList candidateExecutors() const;
    void checkConsume();
    void claim(const QString &executor);
    void giveBack(const QString &executor, const QJsonArray &actions);
    bool emitAction(const QString &executor, const QJsonObject &action); // false: client deleted

    SyncClient *q;
    SyncClientConfig config;
    SyncConnection *connection;
    SpTokenExchange *exchange = nullptr;
    QPointer<SyncDocument> doc;
    SharedPromise<SyncClient *> createPromise; // until create() settles
    QString identity;
    QStringList consumed;
    QSet<QString> claiming;
    bool refreshing = false;
};

} // namespace SpSync
