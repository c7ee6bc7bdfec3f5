#pragma once

#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace SpSync {
class SyncClient;
}

// Plays the browser extension and the onboarding UI on a session document (QA): consumes their
// actions, answers getDisplayCount with a chosen count, acknowledges stopSession.
class QaSimulator : public QObject
{
    Q_OBJECT
public:
    explicit QaSimulator(SpSync::SyncClient *student, QObject *parent = nullptr);

    void setDisplayCount(int count) { m_displayCount = count; }
    int displayCount() const { return m_displayCount; }
    // Off: the simulator stops consuming, so actions stay queued (to watch alarms, for example).
    void setActive(bool active);
    bool isActive() const { return m_active; }

Q_SIGNALS:
    // Human-readable, translated; for the event log.
    void handled(const QString &executor, const QString &summary, const QJsonObject &action);

private:
    void onAction(const QString &executor, const QJsonObject &action);

    QPointer<SpSync::SyncClient> m_client;
    int m_displayCount = 1;
    bool m_active = false;
};
