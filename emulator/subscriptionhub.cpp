#include "subscriptionhub.h"

using namespace Qt::StringLiterals;

namespace SpEmu {

void SubscriptionHub::subscribe(const QString &documentSid, NotificationSink *sink)
{
    m_bySid[documentSid].insert(sink);
}

void SubscriptionHub::unsubscribe(const QString &documentSid, NotificationSink *sink)
{
    auto it = m_bySid.find(documentSid);
    if (it == m_bySid.end())
        return;
    it->remove(sink);
    if (it->isEmpty())
        m_bySid.erase(it);
}

void SubscriptionHub::removeSink(NotificationSink *sink)
{
    for (auto it = m_bySid.begin(); it != m_bySid.end();) {
        it->remove(sink);
        if (it->isEmpty())
            it = m_bySid.erase(it);
        else
            ++it;
    }
}

bool SubscriptionHub::isSubscribed(const QString &documentSid, NotificationSink *sink) const
{
    return m_bySid.value(documentSid).contains(sink);
}

int SubscriptionHub::subscriberCount(const QString &documentSid) const
{
    return int(m_bySid.value(documentSid).size());
}

QJsonObject SubscriptionHub::updatedPayload(const DocumentRecord &record)
{
    QJsonObject event { { u"id"_s, record.lastEventId }, { u"document_sid"_s, record.sid },
        { u"document_revision"_s, record.revisionString() }, { u"document_data"_s, record.data },
        { u"date_created"_s, isoDate(record.updatedMs) } };
    if (!record.uniqueName.isEmpty())
        event.insert(u"document_unique_name"_s, record.uniqueName);
    if (record.expiresMs != 0)
        event.insert(u"date_expires"_s, isoDate(record.expiresMs));
    return QJsonObject { { u"event_type"_s, u"document_updated"_s },
        { u"event_protocol_version"_s, 4 }, { u"event"_s, event } };
}

QJsonObject SubscriptionHub::removedPayload(const DocumentRecord &record)
{
    QJsonObject event { { u"id"_s, record.lastEventId }, { u"document_sid"_s, record.sid },
        { u"date_created"_s, isoDate(record.updatedMs) } };
    if (!record.uniqueName.isEmpty())
        event.insert(u"document_unique_name"_s, record.uniqueName);
    return QJsonObject { { u"event_type"_s, u"document_removed"_s },
        { u"event_protocol_version"_s, 4 }, { u"event"_s, event } };
}

void SubscriptionHub::publishUpdated(const DocumentRecord &record)
{
    const QJsonObject payload = updatedPayload(record);
    // Copy: a sink may unsubscribe (e.g. drop its connection) while we iterate.
    const QSet<NotificationSink *> sinks = m_bySid.value(record.sid);
    for (NotificationSink *sink : sinks) {
        if (isSubscribed(record.sid, sink))
            sink->sendNotification(kDocumentMessageType, payload);
    }
}

void SubscriptionHub::publishRemoved(const DocumentRecord &record)
{
    const QJsonObject payload = removedPayload(record);
    const QSet<NotificationSink *> sinks = m_bySid.take(record.sid);
    for (NotificationSink *sink : sinks)
        sink->sendNotification(kDocumentMessageType, payload);
}

} // namespace SpEmu
