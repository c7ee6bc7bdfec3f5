// The whole emulator on one port: Twilsock WebSocket upgrade (any path), the SP token API and
// GET /health over plain HTTP. Embeddable: the console runs one in-process.
#pragma once

#include "auth/principals.h"
#include "emulatoroptions.h"
#include "sendbudget.h"

#include <QObject>
#include <QSet>
#include <QUrl>
#include <memory>
#include <optional>

namespace SpEmu {

class AclStore;
class EmulatorHttpServer;
class CdsRouter;
class DocumentStore;
class FaultInjector;
class RateLimiter;
class SpTokenApi;
class SubscriptionHub;
class TokenAuthority;
class TwilsockSession;

class EmulatorServer : public QObject
{
    Q_OBJECT
public:
    explicit EmulatorServer(const EmulatorOptions &options, QObject *parent = nullptr);
    ~EmulatorServer() override;

    // Opens storage, loads the secret and principals, listens. False + error on any failure.
    bool start(QString *error);

    QUrl twilsockUrl() const; // ws://HOST:P/v3/wsconnect
    QUrl cdsUrl() const; // http://HOST:P
    QUrl spApiUrl() const; // http://HOST:P/v1
    quint16 port() const { return m_port; }
    // The JSON line printed on start: {"twilsock":…,"cds":…,"spApi":…}
    QByteArray startLine() const;

    // A Twilio access token this server accepts (never log it).
    QString mintToken(const QString &identity, int ttlSecs = 3600) const;
    // Adds a demo proctor, student, session and room to the principals (SP tokens inside).
    Principals::Demo seedDemo();
    // More SP principals while running (simulated rooms); see Principals::grantProctor.
    void addPrincipal(const Principal &principal);
    bool grantProctor(
        const QString &proctorSid, const QStringList &rooms, const QStringList &sessions);
    // The demo seeded by start() with options.demo.
    const std::optional<Principals::Demo> &demo() const { return m_demo; }
    // {"demo":{"proctorSpToken":…,"studentSpToken":…,"session":…,"proctor":…,"room":…}}
    QByteArray demoLine() const;
    // Aborts every Twilsock connection without a close frame (clients reconnect).
    void dropAllConnections();
    int connectionCount() const { return int(m_sessions.size()); }
    // Bytes queued for WebSocket peers that have not read them yet, over all connections.
    qint64 queuedBytes() const { return m_sendBudget.queued; }

    const EmulatorOptions &options() const { return m_options; }
    AclStore *aclStore() const { return m_acl.get(); }

Q_SIGNALS:
    void connectionCountChanged(int count);

private:
    void onNewWebSocket();
    void sweepExpired();

    EmulatorOptions m_options;
    quint16 m_port = 0;
    QString m_host;
    std::unique_ptr<DocumentStore> m_store;
    std::unique_ptr<SubscriptionHub> m_hub;
    std::unique_ptr<RateLimiter> m_limiter;
    std::unique_ptr<FaultInjector> m_faults;
    std::unique_ptr<TokenAuthority> m_authority;
    std::unique_ptr<AclStore> m_acl;
    Principals m_principals;
    std::unique_ptr<SpTokenApi> m_spApi;
    std::unique_ptr<CdsRouter> m_router;
    std::unique_ptr<EmulatorHttpServer> m_http;
    QSet<TwilsockSession *> m_sessions;
    QString m_storageId;
    std::optional<Principals::Demo> m_demo;
    SendBudget m_sendBudget;
};

} // namespace SpEmu
