#pragma once

#include "syncconnection.h"

#include <QJsonObject>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <atomic>

namespace SpSync {
class SyncClient;
}
class QTimer;
class SwitchableTransport;

// How a simulated student's browser extension and onboarding UI behave; editable live.
struct StudentBehaviour
{
    enum class Reply { Answer, Delay, Never, Refuse };
    Reply reply = Reply::Answer;
    int displayCount = 1; // the answer to getDisplayCount
    int delayMs = 3000; // Reply::Delay: the answer comes this long after the action was taken
    bool online = true; // off: the student's connection drops and stays down
    QString flapField; // a boolean field toggled every flapMs (e.g. reliableConnection)
    int flapMs = 0; // 0: no flapping

    static QString replyKey(Reply reply); // "answer", "delay", "never", "refuse"
    static std::optional<Reply> replyFromKey(const QString &key);
    bool operator==(const StudentBehaviour &) const = default;
};

// One simulated student: its own client (identity <ES…>) on its session document, playing both
// executors, extension and onboarding, over one connection. It lives on the thread of the
// emulator it talks to (SimulationHost); every public function may be called from any thread.
class SimulatedStudent : public QObject
{
    Q_OBJECT
public:
    struct Setup
    {
        QUrl spApi;
        QString spToken; // the student's SP token
        QString sessionSid;
        QString studentName;
        QJsonObject initialData; // the session document when this student creates it
    };
    SimulatedStudent(const Setup &setup, QObject *parent = nullptr);
    ~SimulatedStudent() override;

    void start(); // on the student's thread
    bool isReady() const { return m_ready; }
    QString sessionSid() const { return m_setup.sessionSid; }
    QString studentName() const { return m_setup.studentName; }
    QString documentId() const;
    // Lives on the student's thread: use it there only (runOn(student, …)).
    SpSync::SyncClient *client() const;

    StudentBehaviour behaviour() const;
    void setBehaviour(const StudentBehaviour &behaviour);
    // Shallow merge into the session document (e.g. studentStatus); fieldsWritten tells how it
    // went.
    void setFields(const QJsonObject &fields);

    int taken() const { return m_taken; }
    int answered() const { return m_answered; }
    bool isOnline() const;
    // What the student's own client holds; these wait for the student's thread.
    QJsonObject document() const;
    SpSync::SyncConnection::State connectionState() const;
    int outboxCount() const;

Q_SIGNALS:
    void ready();
    void failed(const QString &message);
    void fieldsWritten(bool ok);
    // Translated, for the log.
    void handled(const QString &summary, const QJsonObject &action);

private:
    void applyBehaviour();
    void onAction(const QString &executor, const QJsonObject &action);
    void act(const QString &executor, const QJsonObject &action);
    void refuse(const QString &executor, const QJsonObject &action);
    void applyConsuming(StudentBehaviour::Reply reply);
    void flap();

    const Setup m_setup;
    mutable QMutex m_behaviourLock;
    StudentBehaviour m_behaviour; // under m_behaviourLock
    // The rest is the student's thread's, but for these counters.
    QPointer<SpSync::SyncClient> m_client;
    QPointer<SwitchableTransport> m_transport;
    QTimer *m_flapTimer;
    QString m_flapField;
    bool m_consuming = false;
    std::atomic<bool> m_ready = false;
    std::atomic<int> m_taken = 0;
    std::atomic<int> m_answered = 0;
};
