#pragma once

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

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
// executors, extension and onboarding, over one connection.
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

    void start();
    bool isReady() const;
    QString sessionSid() const { return m_setup.sessionSid; }
    QString studentName() const { return m_setup.studentName; }
    QString documentId() const;
    SpSync::SyncClient *client() const;

    StudentBehaviour behaviour() const { return m_behaviour; }
    void setBehaviour(const StudentBehaviour &behaviour);
    // Shallow merge into the session document (e.g. studentStatus).
    void setFields(const QJsonObject &fields);

    int taken() const { return m_taken; }
    int answered() const { return m_answered; }
    bool isOnline() const;

Q_SIGNALS:
    void ready();
    void failed(const QString &message);
    // Translated, for the log.
    void handled(const QString &summary, const QJsonObject &action);

private:
    void onAction(const QString &executor, const QJsonObject &action);
    void act(const QString &executor, const QJsonObject &action);
    void refuse(const QString &executor, const QJsonObject &action);
    void applyConsuming();
    void flap();

    Setup m_setup;
    StudentBehaviour m_behaviour;
    QPointer<SpSync::SyncClient> m_client;
    QPointer<SwitchableTransport> m_transport;
    QTimer *m_flapTimer;
    bool m_consuming = false;
    int m_taken = 0;
    int m_answered = 0;
};
