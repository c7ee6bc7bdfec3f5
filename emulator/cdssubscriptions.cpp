// POST /v4/Subscriptions: establish (with replay of newer state) and cancel, answered by
// twilio.sync.event notifications sent after the HTTP reply.
#include "cdsrouter.h"
#include "documentstore.h"
#include "subscriptionhub.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace SpEmu {

using namespace ErrorCode;

// The events that answer one subscriptions request, sent after the HTTP reply in this order.
struct SubscriptionEvents
{
    QJsonValue correlation; // echoed in each event when the request had one
    QList<QJsonObject> payloads;

    void add(QJsonObject payload)
    {
        if (!correlation.isUndefined())
            payload.insert(u"correlation_id"_s, correlation);
        payloads.append(payload);
    }
    void addControl(const QString &type, const QJsonArray &events)
    {
        add(QJsonObject { { u"event_type"_s, type }, { u"event_protocol_version"_s, 4 },
            { u"events"_s, events } });
    }
};

namespace {

    QJsonObject refusal(int status, int code, const QString &message)
    {
        return QJsonObject { { u"status"_s, status }, { u"code"_s, code },
            { u"message"_s, message } };
    }

} // namespace

CdsResponse CdsRouter::subscriptions(const CdsRequest &request, const CdsContext &context)
{
    QJsonObject body;
    QString why;
    if (!request.jsonBody(&body, &why))
        return CdsResponse::invalidBody(why);
    const QString action = body.value(u"action").toString();
    if (action != u"establish" && action != u"cancel")
        return CdsResponse::invalidBody(u"action must be 'establish' or 'cancel'"_s);
    if (!body.value(u"requests").isArray())
        return CdsResponse::invalidBody(u"requests must be an array"_s);
    const QJsonArray requests = body.value(u"requests").toArray();
    SubscriptionEvents events { body.value(u"correlation_id"), {} };
    if (action == u"cancel")
        events.addControl(u"subscription_canceled"_s, cancelSubscriptions(requests, context));
    else
        establishSubscriptions(requests, context, events);

    CdsResponse response = CdsResponse::json(200,
        QJsonObject { { u"estimated_delivery_in_ms"_s, 5000 }, { u"max_batch_size"_s, 100 },
            { u"ttl_in_s"_s, m_subscriptionTtl > 0 ? m_subscriptionTtl : -1 } });
    if (NotificationSink *sink = context.sink) {
        response.afterReply.push_back([sink, outbox = events.payloads] {
            for (const QJsonObject &payload : outbox)
                sink->sendNotification(SubscriptionHub::kSyncEventMessageType, payload);
        });
    }
    return response;
}

QJsonArray CdsRouter::cancelSubscriptions(const QJsonArray &requests, const CdsContext &context)
{
    QJsonArray canceled;
    for (const QJsonValue &v : requests) {
        const QJsonObject item = v.toObject();
        const QString sid = item.value(u"object_sid").toString();
        if (context.sink)
            m_hub.unsubscribe(sid, context.sink);
        canceled.append(QJsonObject { { u"object_sid"_s, sid },
            { u"object_type"_s, item.value(u"object_type").toString() } });
    }
    return canceled;
}

void CdsRouter::establishSubscriptions(
    const QJsonArray &requests, const CdsContext &context, SubscriptionEvents &events)
{
    QJsonArray established;
    QJsonArray failed;
    const qint64 t = now();
    for (const QJsonValue &v : requests) {
        const QJsonObject item = v.toObject();
        const QString sid = item.value(u"object_sid").toString();
        const QString type = item.value(u"object_type").toString();
        const auto record = type == u"document" ? m_store.find(sid, t) : std::nullopt;
        if (const auto why = subscriptionRefusal(type, sid, record, context.identity)) {
            failed.append(QJsonObject {
                { u"object_sid"_s, sid }, { u"object_type"_s, type }, { u"error"_s, *why } });
            continue;
        }
        if (context.sink)
            m_hub.subscribe(record->sid, context.sink);
        // Documents keep no history: one event with the latest state is the replay.
        const QJsonValue last = item.value(u"last_event_id");
        // Compared as doubles: a client's 1e300 must not be cast to qint64 (undefined).
        if (last.isDouble() && last.toDouble() < double(record->lastEventId))
            events.add(SubscriptionHub::updatedPayload(*record));
        established.append(QJsonObject { { u"object_sid"_s, sid }, { u"object_type"_s, type },
            { u"replay_status"_s, u"completed"_s }, { u"last_event_id"_s, record->lastEventId } });
    }
    if (!established.isEmpty())
        events.addControl(u"subscription_established"_s, established);
    if (!failed.isEmpty())
        events.addControl(u"subscription_failed"_s, failed);
}

std::optional<QJsonObject> CdsRouter::subscriptionRefusal(const QString &type, const QString &sid,
    const std::optional<DocumentRecord> &record, const QString &identity) const
{
    if (type != u"document")
        return refusal(404, kNoRoute, u"Only documents are supported by this emulator"_s);
    // As for GET: a stranger learns nothing about whether the name exists.
    if (!record && m_access && !m_access(identity, sid, false))
        return refusal(403, kAccessForbidden, u"Access forbidden for identity"_s);
    if (!record)
        return refusal(404, kNotFound, u"Document not found"_s);
    if (!allowed(identity, *record, false))
        return refusal(403, kAccessForbidden, u"Access forbidden for identity"_s);
    return std::nullopt;
}

} // namespace SpEmu
