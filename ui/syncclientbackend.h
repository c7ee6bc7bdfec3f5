#pragma once

#include "consolebackend.h"
#include "consoleprofile.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QUrl>

namespace SpSync {
class SyncClient;
struct SyncError;
} // namespace SpSync

// ConsoleBackend over SpSync::SyncClient: one client per joined document.
class SyncClientBackend : public ConsoleBackend
{
    Q_OBJECT
public:
    explicit SyncClientBackend(const ConsoleProfile &profile, QObject *parent = nullptr);
    ~SyncClientBackend() override;

    void join(const JoinRequest &request) override;
    void leave(const QString &documentId) override;
    void sendActions(const QString &documentId, const QJsonArray &batch) override;
    void replaceDocument(const QString &documentId, const QJsonObject &data) override;

    SpSync::SyncClient *client(const QString &documentId) const;
    static QString errorText(const SpSync::SyncError &error); // translated

Q_SIGNALS:
    void clientReady(const QString &documentId, SpSync::SyncClient *client);

private:
    void attach(const QString &documentId, SpSync::SyncClient *client);

    ConsoleProfile m_profile;
    QHash<QString, QPointer<SpSync::SyncClient>> m_clients;
    QSet<QString> m_pending; // joins in progress
};
