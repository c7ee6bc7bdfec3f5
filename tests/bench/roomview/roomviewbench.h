#pragma once

#include "../consoleload/stallmeter.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <memory>

namespace SpEmu {
class EmulatorServer;
}
class ConsoleController;
class MainWindow;
class RoomView;
class RoomWindows;
class SimulatedRoom;
class SimulationHost;
class SyncClientBackend;

struct RoomViewOptions
{
    int sessions = 500;
    double rate = 100; // session document updates per second, all students together
    int seconds = 60;
    QString screenshot; // PNG of the room view at the end, when set
};

// The console as the QA workbench runs it: embedded emulator, a simulated room of N students
// (one client each, in this process, on the emulator's thread), the console joined to the room and
// every session through the room view, while the students write `rate` updates per second in all.
// Prints room_view.
class RoomViewBench : public QObject
{
    Q_OBJECT
public:
    explicit RoomViewBench(const RoomViewOptions &options, QObject *parent = nullptr);
    ~RoomViewBench() override;

    bool start(QString *error);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void onRoomReady();
    void checkJoined();
    void startUpdates();
    void writeOne();
    void drainThenReport();
    void report();
    void abort(const QString &why);
    int connectedRows() const;

    RoomViewOptions m_options;
    std::unique_ptr<SimulationHost> m_host;
    SpEmu::EmulatorServer *m_server = nullptr; // on the host's thread
    std::unique_ptr<SyncClientBackend> m_backend;
    std::unique_ptr<ConsoleController> m_controller;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<RoomWindows> m_rooms;
    SimulatedRoom *m_room = nullptr;
    RoomView *m_view = nullptr;
    QElapsedTimer m_joinClock;
    QElapsedTimer m_runClock;
    QTimer m_poll;
    QTimer m_writer;
    StallMeter m_meter;
    double m_setupSeconds = 0;
    double m_joinSeconds = 0;
    double m_rssJoinedMb = 0;
    qint64 m_sent = 0;
    qint64 m_acked = 0;
    qint64 m_seen = 0;
    qint64 m_rowsChanged = 0;
    int m_next = 0;
    bool m_measuring = false;
    bool m_ended = false;
};
