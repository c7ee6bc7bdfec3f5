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
    void sendActions(
        const QString &documentId, const QString &sendId, const QJsonArray &batch) override;
    void withdrawAction(
        const QString &documentId, const QString &executor, const QString &id) override;
    void replaceDocument(
        const QString &documentId, const QJsonObject &base, const QJsonObject &data) override;

    SpSync::SyncClient *client(const QString &documentId) const;
    // The profile's outbox file in dir, named by its stable id. A file named after the profile's
    // label (as before ids) is moved to it once, so actions waiting offline are never orphaned.
    static QString outboxFile(const ConsoleProfile &profile, const QString &dir);
    static QString errorText(const SpSync::SyncError &error); // translated

Q_SIGNALS:
    void clientReady(const QString &documentId, SpSync::SyncClient *client);

private:
    void attach(const QString &documentId, SpSync::SyncClient *client);

    ConsoleProfile m_profile;
    QHash<QString, QPointer<SpSync::SyncClient>> m_clients;
    QSet<QString> m_pending; // joins in progress
    QHash<QString, QSet<QString>> m_inFlight; // document -> sends not yet written
};
