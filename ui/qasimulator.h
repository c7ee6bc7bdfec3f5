#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <functional>

namespace SpSync {
class SyncClient;
}
class ConsoleController;

// Plays the browser extension and the onboarding UI on a session document (QA): consumes their
// actions, answers getDisplayCount with a chosen count, acknowledges stopSession.
class QaSimulator : public QObject
{
    Q_OBJECT
public:
    // client: the student's own client (the embedded demo) or the console's client of the
    // document; either way only extension and onboarding actions are taken.
    explicit QaSimulator(SpSync::SyncClient *client, QObject *parent = nullptr);

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

// One simulator per joined session document that the tester switched on; logs what they do to
// the controller's event log. Off by default, except for a simulator adopted from the demo.
class QaSimulatorSet : public QObject
{
    Q_OBJECT
public:
    using ClientLookup = std::function<SpSync::SyncClient *(const QString &documentId)>;
    QaSimulatorSet(
        ConsoleController *controller, ClientLookup clientFor, QObject *parent = nullptr);

    // Session documents that can be simulated (joined "Session_…" documents), in list order.
    QStringList sessions() const;
    bool isSimulated(const QString &documentId) const;
    // Returns false when the document has no connected client yet.
    bool setSimulated(const QString &documentId, bool on);
    // The embedded demo plays its session with the student's own client.
    void adopt(const QString &documentId, QaSimulator *simulator);

    void setDisplayCount(int count);
    int displayCount() const { return m_displayCount; }

Q_SIGNALS:
    void changed(); // sessions or their on/off state

private:
    QaSimulator *simulatorFor(const QString &documentId);

    ConsoleController *m_controller;
    ClientLookup m_clientFor;
    QHash<QString, QPointer<QaSimulator>> m_simulators;
    int m_displayCount = 1;
};
