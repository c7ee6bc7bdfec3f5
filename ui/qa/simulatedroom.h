#pragma once

#include "simulatedstudent.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

namespace SpEmu {
class EmulatorServer;
}
namespace SpSync {
class SyncClient;
}

// A simulated proctor room on the embedded emulator: a room document listing N sessions, the N
// session documents with plausible state (studentName, studentStatus, reliableConnection), and
// one simulated student (extension + onboarding, one connection) per session. The console's
// proctor is granted the room and every session. The room is used from the thread that made it;
// its students and the room document's client run on the emulator's thread.
class SimulatedRoom : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxStudents = 500;

    struct Setup
    {
        SpEmu::EmulatorServer *server = nullptr;
        QString proctorSid; // the console's proctor (PU…), granted the room and sessions
        QString proctorSpToken; // used to write the room document
        int students = 30;
    };
    explicit SimulatedRoom(const Setup &setup, QObject *parent = nullptr);
    ~SimulatedRoom() override;

    // Creates principals and starts every student and the room document. False (error set,
    // nothing started) for a count outside 1..500 or a missing server.
    bool start(QString *error);
    bool isReady() const { return m_ready; }
    QString roomSid() const { return m_roomSid; }
    QString roomDocument() const;
    QString proctorSid() const { return m_setup.proctorSid; }
    QList<SimulatedStudent *> students() const { return m_students; }
    SimulatedStudent *student(int index) const { return m_students.value(index); }
    SimulatedStudent *studentBySid(const QString &sessionSid) const;
    int readyCount() const { return m_readyCount; }
    double startSeconds() const { return m_startSeconds; }

    // Sessions the room document could not list: past ~440 sessions the list would exceed the
    // 16 KiB document limit. Add them to the room view by hand.
    QStringList overflow() const { return m_overflow; }
    // Edits the room document's list: sessions appear in and disappear from the room.
    void listInRoom(const QList<SimulatedStudent *> &students, bool listed);

Q_SIGNALS:
    void progress(int ready, int total);
    void ready();
    void failed(const QString &message);

private:
    void onStudentReady();
    void writeRoomList();
    QJsonObject roomData() const;

    Setup m_setup;
    QString m_roomSid;
    QList<SimulatedStudent *> m_students;
    QHash<QString, SimulatedStudent *> m_bySid;
    QSet<QString> m_unlisted;
    mutable QStringList m_overflow;
    QObject *m_worker = nullptr; // on the emulator's thread: owns the students and room client
    QPointer<SpSync::SyncClient> m_roomClient; // touched on that thread only
    QElapsedTimer m_clock;
    double m_startSeconds = 0;
    int m_readyCount = 0;
    bool m_roomReady = false;
    bool m_ready = false;
};
