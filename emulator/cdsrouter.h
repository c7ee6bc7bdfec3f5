// Routes tunnelled CDS requests (documents, configuration, subscriptions) to the store and the
// subscription hub. Pure logic: no sockets, so it is unit-tested directly.
#pragma once

#include "cdsrequest.h"
#include "cdsresponse.h"
#include "documentrecord.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <functional>
#include <optional>

namespace SpEmu {

class DocumentStore;
class SubscriptionHub;
class RateLimiter;
class FaultInjector;
class NotificationSink;
struct SubscriptionEvents;

struct CdsContext
{
    QString identity; // from the connection's access token
    NotificationSink *sink = nullptr; // the caller's connection, for subscriptions
};

class CdsRouter
{
public:
    // (identity, document unique name or SID, write?) -> allowed. Unset = ACL open.
    using AccessCheck = std::function<bool(const QString &, const QString &, bool)>;
    using Clock = std::function<qint64()>; // ms since the epoch

    CdsRouter(DocumentStore &store, SubscriptionHub &hub, RateLimiter &limiter, QString accountSid,
        QString serviceSid);

    void setCdsBase(const QString &base) { m_cdsBase = base; } // e.g. http://127.0.0.1:9876
    void setAccessCheck(AccessCheck check) { m_access = std::move(check); }
    void setFaults(FaultInjector *faults) { m_faults = faults; }
    void setClock(Clock clock) { m_clock = std::move(clock); }
    // ttl_in_s of subscribe replies: clients re-subscribe (reason "ttl") when it runs out.
    void setSubscriptionTtl(int seconds) { m_subscriptionTtl = seconds; }

    CdsResponse handle(const CdsRequest &request, const CdsContext &context);

    // The resource JSON of reference 3.4 (`data` only when asked, i.e. on GET).
    QJsonObject documentResource(const DocumentRecord &record, bool withData) const;
    QString documentUrl(const QString &sid) const;

private:
    CdsResponse configuration() const;
    CdsResponse getDocument(const QString &id, const CdsContext &context);
    CdsResponse createDocument(const CdsRequest &request, const CdsContext &context);
    CdsResponse updateDocument(
        const QString &id, const CdsRequest &request, const CdsContext &context);
    CdsResponse deleteDocument(
        const QString &id, const CdsRequest &request, const CdsContext &context);
    CdsResponse subscriptions(const CdsRequest &request, const CdsContext &context);
    QJsonArray cancelSubscriptions(const QJsonArray &requests, const CdsContext &context);
    void establishSubscriptions(
        const QJsonArray &requests, const CdsContext &context, SubscriptionEvents &events);
    // Why `sid` may not be subscribed ({status, code, message}), or nothing.
    std::optional<QJsonObject> subscriptionRefusal(const QString &type, const QString &sid,
        const std::optional<DocumentRecord> &record, const QString &identity) const;

    bool allowed(const QString &identity, const DocumentRecord &record, bool write) const;
    qint64 now() const;

    DocumentStore &m_store;
    SubscriptionHub &m_hub;
    RateLimiter &m_limiter;
    QString m_accountSid;
    QString m_serviceSid;
    QString m_cdsBase = QStringLiteral("http://127.0.0.1");
    AccessCheck m_access;
    FaultInjector *m_faults = nullptr;
    Clock m_clock;
    int m_subscriptionTtl = -1;
};

} // namespace SpEmu
