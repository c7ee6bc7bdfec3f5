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

using namespace Qt::StringLiterals;

namespace SpEmu {

namespace {

    using namespace ErrorCode;

    // Twilio tells the two lookups apart: 54100 for a SID, 54300 for a unique name.
    CdsResponse notFound(const QString &id)
    {
        if (Limits::looksLikeSid(id))
            return CdsResponse::error(404, kNotFound, u"Document not found"_s);
        return CdsResponse::error(404, kUniqueNameNotFound, u"Unique name not found"_s);
    }

    CdsResponse forbidden()
    {
        return CdsResponse::error(403, kAccessForbidden, u"Access forbidden for identity"_s);
    }

    CdsResponse rateLimited()
    {
        return CdsResponse::error(429, kRateLimited, u"Rate limit exceeded"_s);
    }

    CdsResponse tooLarge()
    {
        return CdsResponse::error(413, kTooLarge, u"Request entity too large"_s);
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
            u"Invalid JSON: data is nested deeper than %1 levels"_s.arg(Limits::kMaxDataDepth));
    }

    // The rate-limit key: the unique name outlives a delete and re-create, the SID does not.
    QString rateKey(const DocumentRecord &record)
    {
        return record.uniqueName.isEmpty() ? record.sid : u"name:"_s + record.uniqueName;
    }

    // If-Match, when sent, must be a non-empty string (a revision); nullopt = valid or absent.
    std::optional<CdsResponse> invalidIfMatch(const CdsRequest &request)
    {
        const QString key = u"if-match"_s;
        if (!request.headers.contains(key))
            return std::nullopt;
        if (request.nonStringHeaders.contains(key) || request.header(key).trimmed().isEmpty())
            return CdsResponse::error(400, kInvalidIfMatch, u"Invalid If-Match header"_s);
        return std::nullopt;
    }

    CdsResponse invalidTtl() { return CdsResponse::error(400, kInvalidTtl, u"Invalid TTL"_s); }

    CdsResponse invalidName()
    {
        return CdsResponse::error(400, kInvalidName, Limits::kInvalidUniqueNameMessage);
    }

    CdsResponse revisionMismatch()
    {
        return CdsResponse::error(412, kRevisionMismatch, u"Document revision mismatch"_s);
    }

    CdsResponse storageFailure()
    {
        return CdsResponse::error(500, kInternalError, u"Internal Server Error"_s);
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
    return m_cdsBase + u"/v3/Services/"_s + m_serviceSid + u"/Documents/"_s + sid;
}

QJsonObject CdsRouter::documentResource(const DocumentRecord &record, bool withData) const
{
    QJsonObject o { { u"sid"_s, record.sid },
        { u"unique_name"_s,
            record.uniqueName.isEmpty() ? QJsonValue(QJsonValue::Null)
                                        : QJsonValue(record.uniqueName) },
        { u"account_sid"_s, m_accountSid }, { u"service_sid"_s, m_serviceSid },
        { u"url"_s, documentUrl(record.sid) }, { u"revision"_s, record.revisionString() },
        { u"last_event_id"_s, record.lastEventId },
        { u"date_created"_s, isoDate(record.createdMs) },
        { u"date_updated"_s, isoDate(record.updatedMs) },
        { u"date_expires"_s,
            record.expiresMs ? QJsonValue(isoDate(record.expiresMs))
                             : QJsonValue(QJsonValue::Null) },
        { u"created_by"_s, record.createdBy } };
    if (withData)
        o.insert(u"data"_s, record.data);
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
        return CdsResponse::error(503, kServiceUnavailable, u"Service unavailable"_s);

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
        return CdsResponse::error(405, kMethodNotAllowed, u"Method not allowed"_s);
    }
    qCInfo(lcCds) << "no route for" << m << request.path;
    return CdsResponse::error(
        404, kNoRoute, u"The requested resource %1 was not found"_s.arg(request.path));
}

CdsResponse CdsRouter::configuration() const
{
    const QString b = m_cdsBase + u"/v3"_s;
    const QString s = m_cdsBase + u"/v3/Services/"_s + m_serviceSid;
    return CdsResponse::json(200,
        QJsonObject { { u"links"_s,
            QJsonObject {
                { u"subscriptions"_s, m_cdsBase + u"/v4/Subscriptions"_s },
                { u"documents"_s, b + u"/Documents"_s },
                { u"maps"_s, b + u"/Maps"_s },
                { u"lists"_s, b + u"/Lists"_s },
                { u"streams"_s, b + u"/Streams"_s },
                { u"map_items"_s, s + u"/Maps/{mapId}/Items"_s },
                { u"map_item"_s, s + u"/Maps/{mapId}/Items/{itemId}"_s },
                { u"list_items"_s, s + u"/Lists/{listId}/Items"_s },
                { u"list_item"_s, s + u"/Lists/{listId}/Items/{itemId}"_s },
                { u"stream_messages"_s, s + u"/Streams/{streamId}/Messages"_s },
                { u"insights_items"_s, b + u"/Insights/{indexName}/Items"_s },
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
        return CdsResponse::invalidBody(u"data must be a JSON object"_s);
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
    if (!m_limiter.tryAcquire(u"creates:"_s + context.identity, t))
        return rateLimited();

    const auto result = m_store.create(name, data, ttl, context.identity, t);
    switch (result.error) {
    case DocumentStore::Error::None:
        break;
    case DocumentStore::Error::Duplicate:
        return CdsResponse::error(409, kNameExists, u"Unique name already exists"_s);
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
            return CdsResponse::invalidBody(u"data must be a JSON object"_s);
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
    const QString ifMatch = request.header(u"if-match"_s);
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
    const auto result = m_store.remove(current->sid, request.header(u"if-match"_s), t);
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
