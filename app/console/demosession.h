#pragma once

#include "consolecontroller.h"
#include "qasimulator.h"
#include "simulationhost.h"
#include "syncclientbackend.h"

#include <QObject>
#include <QPointer>
#include <memory>

namespace SpEmu {
class EmulatorServer;
}
namespace SpSync {
class SyncClient;
}

// The embedded demo: an in-process emulator seeded with a demo proctor, student, session and
// room; the console joined to the session and the room as the proctor; the QA simulator playing
// the student's extension and onboarding UI.
class DemoSession : public QObject
{
    Q_OBJECT
public:
    explicit DemoSession(QObject *parent = nullptr);
    ~DemoSession() override;

    bool start(const QString &historyPath, QString *error);
    ConsoleController *controller() const { return m_controller.get(); }
    // On a thread of its own (SimulationHost), with the simulated students.
    SpEmu::EmulatorServer *server() const { return m_host ? m_host->server() : nullptr; }
    QString sessionDocument() const { return m_sessionDoc; }
    QaSimulator *simulator() const { return m_simulator; } // null until simulatorReady
    // Every joined session can be simulated; the demo session is on from the start.
    QaSimulatorSet *simulators() const { return m_simulators; }

    // --headless-demo: sends stopSession (with a redirect) and getDisplayCount, and finishes
    // once the simulator consumed both and the answer was matched to its request.
    void playScenario();

Q_SIGNALS:
    void simulatorReady();
    void scenarioFinished(bool ok, const QString &message);

private:
    void startSimulator();
    void checkScenario();

    std::unique_ptr<SimulationHost> m_host;
    std::unique_ptr<SyncClientBackend> m_backend;
    std::unique_ptr<ConsoleController> m_controller;
    SpSync::SyncClient *m_student = nullptr;
    QPointer<QaSimulator> m_simulator; // the simulator set deletes it when the session is left
    QaSimulatorSet *m_simulators = nullptr;
    QString m_sessionDoc;
    QString m_studentIdentity;
    QString m_studentToken;
    bool m_playing = false;
    bool m_sent = false;
};
