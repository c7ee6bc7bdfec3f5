// Who is subscribed to which document, and the fan-out of document events to them.
#pragma once

#include "documentrecord.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>

namespace SpEmu {

// One connection as seen by the hub (a TwilsockSession, or a fake in tests).
class NotificationSink
{
public:
    virtual ~NotificationSink() = default;
    virtual void sendNotification(const QString &messageType, const QJsonObject &payload) = 0;
};

class SubscriptionHub
{
public:
    static inline const QString kDocumentMessageType
        = QStringLiteral("com.twilio.rtd.cds.document");
    static inline const QString kSyncEventMessageType = QStringLiteral("twilio.sync.event");

    void subscribe(const QString &documentSid, NotificationSink *sink);
    void unsubscribe(const QString &documentSid, NotificationSink *sink);
    void removeSink(NotificationSink *sink);
    bool isSubscribed(const QString &documentSid, NotificationSink *sink) const;
    int subscriberCount(const QString &documentSid) const;

    // document_updated to every subscriber (the writer included).
    void publishUpdated(const DocumentRecord &record);
    // document_removed to every subscriber; the document's subscriptions end.
    void publishRemoved(const DocumentRecord &record);

    // The payloads, also used for replays (with a correlation_id added).
    static QJsonObject updatedPayload(const DocumentRecord &record);
    static QJsonObject removedPayload(const DocumentRecord &record);

private:
    QHash<QString, QSet<NotificationSink *>> m_bySid;
};

} // namespace SpEmu
