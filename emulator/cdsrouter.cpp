#include "cdsrouter.h"

#include "documentlimits.h"
#include "documentstore.h"
#include "emulatorlogging.h"
#include "faultinjector.h"
#include "ratelimiter.h"
#include "subscriptionhub.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>
#include <cmath>

namespace SpEmu {

namespace {

    using namespace ErrorCode;

    // Twilio tells the two lookups apart: 54100 for a SID, 54300 for a unique name.
    CdsResponse notFound(const QString &id)
    {
        if (Limits::looksLikeSid(id))
            return CdsResponse::error(404, kNotFound, QStringLiteral("Document not found"));
        return CdsResponse::error(
            404, kUniqueNameNotFound, QStringLiteral("Unique name not found"));
    }

    CdsResponse forbidden()
    {
        return CdsResponse::error(
            403, kAccessForbidden, QStringLiteral("Access forbidden for identity"));
    }

    CdsResponse rateLimited()
    {
        return CdsResponse::error(429, kRateLimited, QStringLiteral("Rate limit exceeded"));
    }

    CdsResponse tooLarge()
    {
        return CdsResponse::error(413, kTooLarge, QStringLiteral("Request entity too large"));
    }

    // `ttl` from a body: absent = nullopt; invalid sets *bad.
    std::optional<int> parseTtl(const QJsonObject &body, bool *bad)
    {
        *bad = false;
        const QJsonValue v = body.value(u"ttl");
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        qint64 ttl = -1;
        if (v.isDouble()) {
            // Range first: casting a double outside qint64 (e.g. 1e300) is undefined behaviour.
            const double d = v.toDouble();
            if (std::abs(d) <= double(Limits::kMaxTtlSecs) + 1 && d == std::trunc(d))
                ttl = qint64(d);
        } else if (v.isString()) {
            bool ok = false;
            ttl = v.toString().toLongLong(&ok);
            if (!ok)
                ttl = v.toString().isEmpty() ? 0 : -1;
        }
        if (!Limits::ttlValid(ttl)) {
            *bad = true;
            return std::nullopt;
        }
        return int(ttl);
    }

    // Twilio's answer to deep nesting is not known: its "Invalid JSON" code, with why.
    CdsResponse tooDeep()
    {
        return CdsResponse::error(400, kInvalidJson,
            QStringLiteral("Invalid JSON: data is nested deeper than %1 levels")
                .arg(Limits::kMaxDataDepth));
    }

    // The rate-limit key: the unique name outlives a delete and re-create, the SID does not.
    QString rateKey(const DocumentRecord &record)
    {
        return record.uniqueName.isEmpty() ? record.sid : u"name:"_qs + record.uniqueName;
    }

    // If-Match, when sent, must be a non-empty string (a revision); nullopt = valid or absent.
    std::optional<CdsResponse> invalidIfMatch(const CdsRequest &request)
    {
        const QString key = u"if-match"_qs;
        if (!request.headers.contains(key))
            return std::nullopt;
        if (request.nonStringHeaders.contains(key) || request.header(key).trimmed().isEmpty())
            return CdsResponse::error(
                400, kInvalidIfMatch, QStringLiteral("Invalid If-Match header"));
        return std::nullopt;
    }

    CdsResponse invalidTtl()
    {
        return CdsResponse::error(400, kInvalidTtl, QStringLiteral("Invalid TTL"));
    }

    CdsResponse invalidName()
    {
        return CdsResponse::error(400, kInvalidName, Limits::kInvalidUniqueNameMessage);
    }

    CdsResponse revisionMismatch()
    {
        return CdsResponse::error(
            412, kRevisionMismatch, QStringLiteral("Document revision mismatch"));
    }

    CdsResponse storageFailure()
    {
        return CdsResponse::error(500, kInternalError, QStringLiteral("Internal Server Error"));
    }

} // namespace

CdsRouter::CdsRouter(DocumentStore &store, SubscriptionHub &hub, RateLimiter &limiter,
    QString accountSid, QString serviceSid)
    : m_store(store)
    , m_hub(hub)
    , m_limiter(limiter)
    , m_accountSid(std::move(accountSid))
    , m_serviceSid(std::move(serviceSid))
{
}

qint64 CdsRouter::now() const { return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch(); }

QString CdsRouter::documentUrl(const QString &sid) const
{
    return m_cdsBase + QStringLiteral("/v3/Services/") + m_serviceSid
        + QStringLiteral("/Documents/") + sid;
}

QJsonObject CdsRouter::documentResource(const DocumentRecord &record, bool withData) const
{
    QJsonObject o { { u"sid"_qs, record.sid },
        { u"unique_name"_qs,
            record.uniqueName.isEmpty() ? QJsonValue(QJsonValue::Null)
                                        : QJsonValue(record.uniqueName) },
        { u"account_sid"_qs, m_accountSid }, { u"service_sid"_qs, m_serviceSid },
        { u"url"_qs, documentUrl(record.sid) }, { u"revision"_qs, record.revisionString() },
        { u"last_event_id"_qs, record.lastEventId },
        { u"date_created"_qs, isoDate(record.createdMs) },
        { u"date_updated"_qs, isoDate(record.updatedMs) },
        { u"date_expires"_qs,
            record.expiresMs ? QJsonValue(isoDate(record.expiresMs))
                             : QJsonValue(QJsonValue::Null) },
        { u"created_by"_qs, record.createdBy } };
    if (withData)
        o.insert(u"data"_qs, record.data);
    return o;
}

bool CdsRouter::allowed(const QString &identity, const DocumentRecord &record, bool write) const
{
    if (!m_access)
        return true;
    return m_access(identity, record.uniqueName.isEmpty() ? record.sid : record.uniqueName, write);
}

CdsResponse CdsRouter::handle(const CdsRequest &request, const CdsContext &context)
{
    const QStringList parts = request.path.split(u'/', Qt::SkipEmptyParts);
    const QString &m = request.method;

    if (m_faults && m_faults->roll503())
        return CdsResponse::error(503, kServiceUnavailable, QStringLiteral("Service unavailable"));

    if (parts.size() == 2 && parts[0] == u"v3" && parts[1] == u"Configuration" && m == u"GET")
        return configuration();
    if (parts.size() == 2 && parts[0] == u"v4" && parts[1] == u"Subscriptions" && m == u"POST")
        return subscriptions(request, context);
    if (parts.size() == 2 && parts[0] == u"v3" && parts[1] == u"Documents" && m == u"POST")
        return createDocument(request, context);

    // /v3/Documents/{id} or /v3/Services/{IS}/Documents/{id}
    QString id;
    if (parts.size() == 3 && parts[0] == u"v3" && parts[1] == u"Documents")
        id = parts[2];
    else if (parts.size() == 5 && parts[0] == u"v3" && parts[1] == u"Services"
        && parts[3] == u"Documents" && parts[2] == m_serviceSid)
        id = parts[4];
    if (!id.isEmpty()) {
        id = QUrl::fromPercentEncoding(id.toUtf8());
        if (m == u"GET")
            return getDocument(id, context);
        if (m == u"POST")
            return updateDocument(id, request, context);
        if (m == u"DELETE")
            return deleteDocument(id, request, context);
        return CdsResponse::error(405, kMethodNotAllowed, QStringLiteral("Method not allowed"));
    }
    qCInfo(lcCds) << "no route for" << m << request.path;
    return CdsResponse::error(
        404, kNoRoute, QStringLiteral("The requested resource %1 was not found").arg(request.path));
}

CdsResponse CdsRouter::configuration() const
{
    const QString b = m_cdsBase + QStringLiteral("/v3");
    const QString s = m_cdsBase + QStringLiteral("/v3/Services/") + m_serviceSid;
    return CdsResponse::json(200,
        QJsonObject { { u"links"_qs,
            QJsonObject {
                { u"subscriptions"_qs, m_cdsBase + QStringLiteral("/v4/Subscriptions") },
                { u"documents"_qs, b + QStringLiteral("/Documents") },
                { u"maps"_qs, b + QStringLiteral("/Maps") },
                { u"lists"_qs, b + QStringLiteral("/Lists") },
                { u"streams"_qs, b + QStringLiteral("/Streams") },
                { u"map_items"_qs, s + QStringLiteral("/Maps/{mapId}/Items") },
                { u"map_item"_qs, s + QStringLiteral("/Maps/{mapId}/Items/{itemId}") },
                { u"list_items"_qs, s + QStringLiteral("/Lists/{listId}/Items") },
                { u"list_item"_qs, s + QStringLiteral("/Lists/{listId}/Items/{itemId}") },
                { u"stream_messages"_qs, s + QStringLiteral("/Streams/{streamId}/Messages") },
                { u"insights_items"_qs, b + QStringLiteral("/Insights/{indexName}/Items") },
            } } });
}

CdsResponse CdsRouter::getDocument(const QString &id, const CdsContext &context)
{
    const auto record = m_store.find(id, now());
    if (!record) {
        // Do not reveal to a stranger whether a name exists: refuse before "not found".
        if (m_access && !m_access(context.identity, id, false))
            return forbidden();
        return notFound(id);
    }
    if (!allowed(context.identity, *record, false))
        return forbidden();
    return CdsResponse::json(200, documentResource(*record, true));
}

CdsResponse CdsRouter::createDocument(const CdsRequest &request, const CdsContext &context)
{
    QJsonObject body;
    QString why;
    if (!request.jsonBody(&body, &why))
        return CdsResponse::invalidBody(why);
    const QJsonValue nameValue = body.value(u"unique_name");
    QString name;
    if (!nameValue.isUndefined() && !nameValue.isNull()) {
        if (!nameValue.isString())
            return invalidName();
        name = nameValue.toString();
        if (!Limits::uniqueNameValid(name, &why)) {
            qCInfo(lcCds) << "unique name refused:" << why;
            return invalidName();
        }
    }
    const QJsonValue dataValue = body.value(u"data");
    if (!dataValue.isUndefined() && !dataValue.isNull() && !dataValue.isObject())
        return CdsResponse::invalidBody(QStringLiteral("data must be a JSON object"));
    const QJsonObject data = dataValue.toObject();
    bool badTtl = false;
    const auto ttl = parseTtl(body, &badTtl);
    if (badTtl)
        return invalidTtl();
    if (Limits::dataTooLarge(data))
        return tooLarge();
    if (Limits::dataTooDeep(data))
        return tooDeep();
    if (m_access && (name.isEmpty() || !m_access(context.identity, name, true)))
        return forbidden();
    const qint64 t = now();
    // Creates have their own bucket per identity; the name's bucket (updates and deletes)
    // carries over to a re-created document of the same name.
    if (!m_limiter.tryAcquire(u"creates:"_qs + context.identity, t))
        return rateLimited();

    const auto result = m_store.create(name, data, ttl, context.identity, t);
    switch (result.error) {
    case DocumentStore::Error::None:
        break;
    case DocumentStore::Error::Duplicate:
        return CdsResponse::error(409, kNameExists, QStringLiteral("Unique name already exists"));
    default:
        return storageFailure();
    }
    qCDebug(lcCds) << "created" << result.record.sid << name;
    return CdsResponse::json(201, documentResource(result.record, false));
}

CdsResponse CdsRouter::updateDocument(
    const QString &id, const CdsRequest &request, const CdsContext &context)
{
    QJsonObject body;
    QString why;
    if (!request.jsonBody(&body, &why))
        return CdsResponse::invalidBody(why);
    const QJsonValue dataValue = body.value(u"data");
    std::optional<QJsonObject> data;
    if (!dataValue.isUndefined() && !dataValue.isNull()) {
        if (!dataValue.isObject())
            return CdsResponse::invalidBody(QStringLiteral("data must be a JSON object"));
        data = dataValue.toObject();
    }
    bool badTtl = false;
    const auto ttl = parseTtl(body, &badTtl);
    if (badTtl)
        return invalidTtl();

    const qint64 t = now();
    const auto current = m_store.find(id, t);
    if (!current) {
        if (m_access && !m_access(context.identity, id, true))
            return forbidden();
        return notFound(id);
    }
    if (!allowed(context.identity, *current, true))
        return forbidden();
    if (data && Limits::dataTooLarge(*data))
        return tooLarge();
    if (data && Limits::dataTooDeep(*data))
        return tooDeep();
    if (auto bad = invalidIfMatch(request))
        return *bad;
    const QString ifMatch = request.header(u"if-match"_qs);
    if (m_faults && !ifMatch.isEmpty() && m_faults->roll412())
        return revisionMismatch();
    if ((m_faults && m_faults->roll429()) || !m_limiter.tryAcquire(rateKey(*current), t))
        return rateLimited();

    const auto result = m_store.update(current->sid, data, ttl, ifMatch, t);
    switch (result.error) {
    case DocumentStore::Error::None:
        break;
    case DocumentStore::Error::NotFound:
        return notFound(current->sid);
    case DocumentStore::Error::RevisionMismatch:
        return revisionMismatch();
    default:
        return storageFailure();
    }
    CdsResponse response = CdsResponse::json(200, documentResource(result.record, false));
    SubscriptionHub *hub = &m_hub;
    const DocumentRecord record = result.record;
    response.afterReply.push_back([hub, record] { hub->publishUpdated(record); });
    return response;
}

CdsResponse CdsRouter::deleteDocument(
    const QString &id, const CdsRequest &request, const CdsContext &context)
{
    // The body is ignored: twilio-sync 4.0.1 sends "data_sync" labelled as JSON here.
    const qint64 t = now();
    const auto current = m_store.find(id, t);
    if (!current) {
        if (m_access && !m_access(context.identity, id, true))
            return forbidden();
        return notFound(id);
    }
    if (!allowed(context.identity, *current, true))
        return forbidden();
    if (auto bad = invalidIfMatch(request))
        return *bad;
    if ((m_faults && m_faults->roll429()) || !m_limiter.tryAcquire(rateKey(*current), t))
        return rateLimited();
    const auto result = m_store.remove(current->sid, request.header(u"if-match"_qs), t);
    switch (result.error) {
    case DocumentStore::Error::None:
        break;
    case DocumentStore::Error::NotFound:
        return notFound(current->sid);
    case DocumentStore::Error::RevisionMismatch:
        return revisionMismatch();
    default:
        return storageFailure();
    }
    // A SID is never reused; a unique name keeps its bucket so delete + re-create is no way
    // around the limit.
    if (current->uniqueName.isEmpty())
        m_limiter.forget(current->sid);
    CdsResponse response;
    response.status = 204;
    SubscriptionHub *hub = &m_hub;
    const DocumentRecord record = result.record;
    response.afterReply.push_back([hub, record] { hub->publishRemoved(record); });
    return response;
}

} // namespace SpEmu
