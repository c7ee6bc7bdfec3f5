#include "emulatorserver.h"

#include "auth/aclstore.h"
#include "auth/sptokenapi.h"
#include "auth/tokenauthority.h"
#include "cdsrouter.h"
#include "documentstore.h"
#include "emulatorhttpserver.h"
#include "emulatorlogging.h"
#include "faultinjector.h"
#include "ratelimiter.h"
#include "subscriptionhub.h"
#include "twilsocksession.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <QUuid>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace SpEmu {

EmulatorServer::EmulatorServer(const EmulatorOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_store(std::make_unique<DocumentStore>())
    , m_hub(std::make_unique<SubscriptionHub>())
    , m_limiter(std::make_unique<RateLimiter>())
    , m_faults(std::make_unique<FaultInjector>())
    , m_storageId(QString::fromLatin1(QUuid::createUuid().toRfc4122().toHex()))
{
    m_limiter->setEnabled(options.rateLimits);
    m_sendBudget.perConnection = options.maxQueuedBytes;
    m_sendBudget.total = options.maxTotalQueuedBytes;
}

EmulatorServer::~EmulatorServer()
{
    // Sessions (also those waiting for deleteLater) use the hub and router: delete them first.
    m_sessions.clear();
    const auto sessions = findChildren<TwilsockSession *>(QString(), Qt::FindDirectChildrenOnly);
    qDeleteAll(sessions);
    m_http.reset();
}

bool EmulatorServer::start(QString *error)
{
    installTokenSafeLogging();
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QString why;
    if (!m_faults->configure(m_options.faults, m_options.seed, m_options.seedGiven, &why))
        return fail(why);

    const QString dataDir = m_options.effectiveDataDir();
    if (!m_store->open(dataDir, &why))
        return fail(why);
    const QByteArray secret
        = TokenAuthority::loadOrCreateSecret(m_options.secretFile, dataDir, &why);
    if (secret.isEmpty())
        return fail(why.isEmpty() ? u"no token secret"_s : why);
    m_authority = std::make_unique<TokenAuthority>(secret);
    m_acl = std::make_unique<AclStore>(m_store->connectionName());
    if (!m_acl->ensureSchema(&why))
        return fail(u"ACL table: %1"_s.arg(why));
    if (!m_options.principalsFile.isEmpty()) {
        auto loaded = Principals::load(m_options.principalsFile, &why);
        if (!loaded)
            return fail(why);
        m_principals = std::move(*loaded);
    }
    m_spApi
        = std::make_unique<SpTokenApi>(*m_authority, *m_acl, m_principals, m_options.tokenTtlSecs);

    m_router = std::make_unique<CdsRouter>(
        *m_store, *m_hub, *m_limiter, m_authority->accountSid(), m_authority->serviceSid());
    if (m_options.aclEnabled) {
        AclStore *acl = m_acl.get();
        m_router->setAccessCheck([acl](const QString &identity, const QString &name, bool write) {
            return write ? acl->canWrite(identity, name) : acl->canRead(identity, name);
        });
    }
    if (m_faults->active())
        m_router->setFaults(m_faults.get());

    m_http = std::make_unique<EmulatorHttpServer>(
        [this](const QByteArray &method, const QString &path, const QByteArray &authorization,
            const QByteArray &body) {
            EmulatorHttpServer::Reply reply { 0, {} };
            if (method == "POST" && path == m_options.spTokenPath) {
                const SpTokenApi::Response r = m_spApi->handle(authorization, body);
                qCInfo(lcServer) << "SP token API ->" << r.status;
                reply = { r.status, r.body };
            } else if (method == "GET" && path == u"/health") {
                reply = { 200,
                    QJsonObject { { u"status"_s, u"ok"_s }, { u"connections"_s, connectionCount() },
                        { u"queuedBytes"_s, double(queuedBytes()) } } };
            }
            return reply;
        },
        m_options.http);
    connect(m_http.get(), &EmulatorHttpServer::newWebSocketConnection, this,
        &EmulatorServer::onNewWebSocket);

    m_port = m_http->listenLowDelay(m_options.listenAddress, m_options.listenPort);
    if (m_port == 0)
        return fail(u"cannot listen on %1:%2"_s.arg(m_options.listenAddress.toString())
                        .arg(m_options.listenPort));
    const QHostAddress a = m_options.listenAddress;
    if (a == QHostAddress::Any || a == QHostAddress::AnyIPv4)
        m_host = u"127.0.0.1"_s;
    else if (a == QHostAddress::AnyIPv6)
        m_host = u"[::1]"_s;
    else if (a.protocol() == QAbstractSocket::IPv6Protocol)
        m_host = u'[' + a.toString() + u']';
    else
        m_host = a.toString();
    if (!a.isLoopback())
        qCWarning(lcServer) << "listening on a non-loopback address:" << a.toString();

    m_router->setCdsBase(cdsUrl().toString());
    m_router->setSubscriptionTtl(m_options.subscriptionTtlSecs);
    m_spApi->setTwilsockUrl(twilsockUrl());

    auto *sweep = new QTimer(this);
    connect(sweep, &QTimer::timeout, this, &EmulatorServer::sweepExpired);
    sweep->start(std::chrono::seconds(2));

    if (m_options.demo) {
        m_demo = seedDemo();
        // The demo room lists its session (the room document assumption, docs/rooms.md).
        const QJsonObject room { { u"sessions"_s,
            QJsonArray { QJsonObject { { u"sessionSid"_s, m_demo->sessionSid },
                { u"studentName"_s, u"Demo Student"_s } } } } };
        m_store->create(u"Proctor_Room_"_s + m_demo->roomSid, room, std::nullopt,
            m_demo->proctorSid, QDateTime::currentMSecsSinceEpoch());
    }
    qCInfo(lcServer) << "listening on port" << m_port
                     << (m_options.memory ? "(in memory)" : "with data in") << dataDir << "ACL"
                     << (m_options.aclEnabled ? "on" : "open") << "rate limits"
                     << (m_options.rateLimits ? "on" : "off");
    return true;
}

QUrl EmulatorServer::twilsockUrl() const
{
    return QUrl(u"ws://%1:%2/v3/wsconnect"_s.arg(m_host).arg(m_port));
}

QUrl EmulatorServer::cdsUrl() const { return QUrl(u"http://%1:%2"_s.arg(m_host).arg(m_port)); }

QUrl EmulatorServer::spApiUrl() const
{
    QString path = m_options.spTokenPath;
    const QString suffix = u"/sync/token"_s;
    if (path.endsWith(suffix))
        path.chop(suffix.size());
    else
        path.clear();
    return QUrl(u"http://%1:%2%3"_s.arg(m_host).arg(m_port).arg(path));
}

QByteArray EmulatorServer::startLine() const
{
    // Built by hand to keep the documented key order (QJsonObject would sort the keys).
    auto quoted = [](const QUrl &url) {
        return QJsonDocument(QJsonArray { url.toString() })
            .toJson(QJsonDocument::Compact)
            .mid(1)
            .chopped(1);
    };
    return "{\"twilsock\":" + quoted(twilsockUrl()) + ",\"cds\":" + quoted(cdsUrl())
        + ",\"spApi\":" + quoted(spApiUrl()) + "}";
}

QString EmulatorServer::mintToken(const QString &identity, int ttlSecs) const
{
    return m_authority ? m_authority->mint(identity, ttlSecs) : QString();
}

Principals::Demo EmulatorServer::seedDemo() { return m_principals.addDemo(); }

void EmulatorServer::addPrincipal(const Principal &principal) { m_principals.add(principal); }

bool EmulatorServer::grantProctor(
    const QString &proctorSid, const QStringList &rooms, const QStringList &sessions)
{
    return m_principals.grantProctor(proctorSid, rooms, sessions);
}

QByteArray EmulatorServer::demoLine() const
{
    if (!m_demo)
        return {};
    return QJsonDocument(
        QJsonObject { { u"demo"_s,
            QJsonObject { { u"proctorSpToken"_s, m_demo->proctorSpToken },
                { u"studentSpToken"_s, m_demo->studentSpToken },
                { u"session"_s, m_demo->sessionSid }, { u"proctor"_s, m_demo->proctorSid },
                { u"room"_s, m_demo->roomSid } } } })
        .toJson(QJsonDocument::Compact);
}

void EmulatorServer::dropAllConnections()
{
    const auto sessions = m_sessions;
    for (TwilsockSession *s : sessions)
        s->drop();
}

void EmulatorServer::onNewWebSocket()
{
    while (m_http->hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = m_http->nextPendingWebSocketConnection();
        if (!socket)
            continue;
        TwilsockSession::Config config;
        config.accountSid = m_authority->accountSid();
        config.serviceSid = m_authority->serviceSid();
        config.storageId = m_storageId;
        config.pingIntervalSecs = m_options.pingIntervalSecs;
        config.expiryWarningSecs = m_options.expiryWarningSecs;
        config.maxMessageBytes = m_options.maxMessageBytes;
        config.budget = &m_sendBudget;
        TokenAuthority *authority = m_authority.get();
        auto verifier = [authority](const QString &jwt) {
            const TokenAuthority::Verified v = authority->verify(jwt);
            return TokenCheck { v.identity, v.exp, v.errorStatus, v.errorCode, v.message,
                v.serviceSid };
        };
        auto *session = new TwilsockSession(std::move(socket), config, *m_router, *m_hub,
            m_faults->active() ? m_faults.get() : nullptr, verifier, this);
        m_sessions.insert(session);
        connect(session, &TwilsockSession::finished, this, [this](TwilsockSession *s) {
            if (m_sessions.remove(s)) {
                s->deleteLater();
                Q_EMIT connectionCountChanged(connectionCount());
            }
        });
        Q_EMIT connectionCountChanged(connectionCount());
    }
}

void EmulatorServer::sweepExpired()
{
    const auto expired = m_store->removeExpired(QDateTime::currentMSecsSinceEpoch());
    for (const DocumentRecord &record : expired) {
        qCInfo(lcServer) << "document" << record.sid << "expired";
        m_hub->publishRemoved(record);
    }
}

} // namespace SpEmu
