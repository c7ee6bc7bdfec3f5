#pragma once

#include "simulatedstudent.h"

#include <QPointer>
#include <QWidget>

namespace SpEmu {
class EmulatorServer;
}
class ConsoleController;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;
class RoomWindows;
class ScenarioRunner;
class SimulatedRoom;

// What a QA tester drives: simulated rooms of 1–500 students on the embedded emulator, each
// student's behaviour edited live, and scenario files.
class QaWorkbench : public QWidget
{
    Q_OBJECT
public:
    struct Environment
    {
        SpEmu::EmulatorServer *server = nullptr;
        ConsoleController *console = nullptr;
        RoomWindows *rooms = nullptr;
        QString proctorSid;
        QString proctorSpToken;
    };
    explicit QaWorkbench(const Environment &env, QWidget *parent = nullptr);
    ~QaWorkbench() override;

    // Creates the room, its documents and students; once they are ready the console joins the
    // room and every listed session, and the room view opens.
    SimulatedRoom *simulateRoom(int students);
    SimulatedRoom *currentRoom() const;
    void runScenario(const QString &path);
    // "Simulate a room with N students…" and "Run scenario…".
    void fillMenu(QMenu *menu);

    // Applies the editor's behaviour to these students.
    void applyBehaviour(const QList<SimulatedStudent *> &students, const StudentBehaviour &b);

public Q_SLOTS:
    void askAndSimulate();
    void askAndRunScenario();

Q_SIGNALS:
    void roomReady(SimulatedRoom *room);

private:
    void fillTable();
    void refreshRow(int row);
    void onSelectionChanged();
    void applyToSelected();
    void log(const QString &line);
    StudentBehaviour editorBehaviour() const;
    QList<SimulatedStudent *> selectedStudents() const;

    Environment m_env;
    QPointer<SimulatedRoom> m_room;
    QPointer<ScenarioRunner> m_runner;
    QSpinBox *m_count;
    QLabel *m_progress;
    QTableWidget *m_table;
    QComboBox *m_reply;
    QSpinBox *m_displayCount;
    QSpinBox *m_delay;
    QCheckBox *m_online;
    QLineEdit *m_flapField;
    QSpinBox *m_flapMs;
    QPlainTextEdit *m_log;
};
