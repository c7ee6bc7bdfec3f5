#pragma once

#include "scenario.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <functional>

namespace SpEmu {
class EmulatorServer;
}
class ConsoleController;
class RoomController;
class SimulatedRoom;
class QTimer;

// Runs a scenario: simulates its room on the embedded emulator, joins it as the console's
// proctor (every session under its composite identity), then plays the steps at their times and
// checks the expectations. Everything that happens is reported as one JSON object per line.
class ScenarioRunner : public QObject
{
    Q_OBJECT
public:
    struct Environment
    {
        SpEmu::EmulatorServer *server = nullptr;
        ConsoleController *console = nullptr;
        QString proctorSid;
        QString proctorSpToken;
        // The room controller of a joined room document (the GUI's room view has one); called
        // right after the console joined the room.
        std::function<RoomController *(const QString &roomDocumentId)> roomFor;
    };

    ScenarioRunner(const Scenario &scenario, const Environment &env, QObject *parent = nullptr);
    ~ScenarioRunner() override;

    void start();
    bool isFinished() const { return m_finished; }
    int failures() const { return m_failures; }
    SimulatedRoom *room() const { return m_room; }

Q_SIGNALS:
    void line(const QJsonObject &event); // "t" (seconds since the room was ready), "event", …
    void finished(bool ok);

private:
    void emitLine(QJsonObject event);
    void onRoomReady();
    void checkJoined();
    void runStep(const Scenario::Step &step);
    void check(int stepIndex);
    QString failure(const Scenario::Step &step) const; // empty when the expectation holds
    QList<int> studentsOf(const Scenario::Step &step) const;
    void watchModel();
    void maybeFinish();
    void finish(bool ok, const QString &why = {});

    Scenario m_scenario;
    Environment m_env;
    SimulatedRoom *m_room = nullptr;
    QPointer<RoomController> m_controller;
    QElapsedTimer m_clock;
    QElapsedTimer m_setupClock;
    QTimer *m_timeout;
    QTimer *m_joinPoll;
    QHash<int, QElapsedTimer> m_waiting; // expectation index in steps -> started
    QHash<QString, QString> m_lastOutcome;
    QSet<QString> m_alarmed;
    int m_pendingSteps = 0;
    int m_failures = 0;
    bool m_started = false;
    bool m_finished = false;
};
