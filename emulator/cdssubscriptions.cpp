// POST /v4/Subscriptions: establish (with replay of newer state) and cancel, answered by
// twilio.sync.event notifications sent after the HTTP reply.
#include "cdsrouter.h"
#include "documentstore.h"
#include "subscriptionhub.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace SpEmu {

using namespace ErrorCode;

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
    const QJsonValue correlation = body.value(u"correlation_id");
    const QJsonArray requests = body.value(u"requests").toArray();
    NotificationSink *sink = context.sink;

    auto tagged = [correlation](QJsonObject payload) {
        if (!correlation.isUndefined())
            payload.insert(u"correlation_id"_s, correlation);
        return payload;
    };
    auto control = [&tagged](const QString &type, const QJsonArray &events) {
        return tagged(QJsonObject { { u"event_type"_s, type }, { u"event_protocol_version"_s, 4 },
            { u"events"_s, events } });
    };

    // Notifications to send after the reply, in order.
    QList<QJsonObject> outbox;
    if (action == u"cancel") {
        QJsonArray canceled;
        for (const QJsonValue &v : requests) {
            const QJsonObject item = v.toObject();
            const QString sid = item.value(u"object_sid").toString();
            if (sink)
                m_hub.unsubscribe(sid, sink);
            canceled.append(QJsonObject { { u"object_sid"_s, sid },
                { u"object_type"_s, item.value(u"object_type").toString() } });
        }
        outbox.append(control(u"subscription_canceled"_s, canceled));
    } else {
        QJsonArray established;
        QJsonArray failed;
        const qint64 t = now();
        for (const QJsonValue &v : requests) {
            const QJsonObject item = v.toObject();
            const QString sid = item.value(u"object_sid").toString();
            const QString type = item.value(u"object_type").toString();
            auto fail = [&](int status, int code, const QString &message) {
                failed.append(QJsonObject { { u"object_sid"_s, sid }, { u"object_type"_s, type },
                    { u"error"_s,
                        QJsonObject { { u"status"_s, status }, { u"code"_s, code },
                            { u"message"_s, message } } } });
            };
            if (type != u"document") {
                fail(404, kNoRoute, u"Only documents are supported by this emulator"_s);
                continue;
            }
            const auto record = m_store.find(sid, t);
            if (!record) {
                // As for GET: a stranger learns nothing about whether the name exists.
                if (m_access && !m_access(context.identity, sid, false))
                    fail(403, kAccessForbidden, u"Access forbidden for identity"_s);
                else
                    fail(404, kNotFound, u"Document not found"_s);
                continue;
            }
            if (!allowed(context.identity, *record, false)) {
                fail(403, kAccessForbidden, u"Access forbidden for identity"_s);
                continue;
            }
            if (sink)
                m_hub.subscribe(record->sid, sink);
            // Documents keep no history: one event with the latest state is the replay.
            const QJsonValue last = item.value(u"last_event_id");
            // Compared as doubles: a client's 1e300 must not be cast to qint64 (undefined).
            if (last.isDouble() && last.toDouble() < double(record->lastEventId))
                outbox.append(tagged(SubscriptionHub::updatedPayload(*record)));
            established.append(QJsonObject { { u"object_sid"_s, sid }, { u"object_type"_s, type },
                { u"replay_status"_s, u"completed"_s },
                { u"last_event_id"_s, record->lastEventId } });
        }
        if (!established.isEmpty())
            outbox.append(control(u"subscription_established"_s, established));
        if (!failed.isEmpty())
            outbox.append(control(u"subscription_failed"_s, failed));
    }

    CdsResponse response = CdsResponse::json(200,
        QJsonObject { { u"estimated_delivery_in_ms"_s, 5000 }, { u"max_batch_size"_s, 100 },
            { u"ttl_in_s"_s, m_subscriptionTtl > 0 ? m_subscriptionTtl : -1 } });
    if (sink) {
        response.afterReply.push_back([sink, outbox] {
            for (const QJsonObject &payload : outbox)
                sink->sendNotification(SubscriptionHub::kSyncEventMessageType, payload);
        });
    }
    return response;
}

} // namespace SpEmu
