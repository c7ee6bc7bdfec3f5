#pragma once

#include "roommodel.h"

#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QSet>

class ConsoleController;
class QTimer;

// A proctor room as the proctor sees it: the RoomModel fed from the room document, the session
// documents, their connection states and action queues. Joins sessions under the proctor's
// composite identity (<ES…><PU…>) and sends one batch per selected session, following each
// batch to its outcome (written, taken, answered, refused). No widgets here.
class RoomController : public QObject
{
    Q_OBJECT
public:
    RoomController(
        ConsoleController *controller, const QString &roomDocumentId, QObject *parent = nullptr);
    ~RoomController() override;

    RoomModel *model() { return &m_model; }
    ConsoleController *console() const { return m_controller; }
    QString roomDocument() const { return m_room; }
    QString proctorSid() const { return m_proctorSid; }

    // Listed sessions whose documents this console has not joined.
    QStringList unjoinedSessions() const;
    bool isJoined(const QString &sessionSid) const;
    void joinSessions(const QStringList &sessionSids);
    // On: sessions that appear in the room document are joined as they appear, and documents of
    // sessions that leave it are left.
    void setAutoJoin(bool on);
    bool autoJoin() const { return m_autoJoin; }
    // By hand; a session added by hand is joined at once.
    bool addSession(const QString &sessionSid, const QString &alias = {});
    void dropSession(const QString &sessionSid);

    // Each session gets its own batch ([{actionType, additionalInfo}]). Returns how many were
    // sent (sessions not joined are skipped and reported).
    int send(const QStringList &sessionSids, const QJsonArray &batch);
    int stop(const QStringList &sessionSids, const QString &redirectUrl);
    int getDisplayCount(const QStringList &sessionSids);

    void setRoomPath(const QString &path);

Q_SIGNALS:
    // The room document listed sessions this console has not joined (the view offers to join).
    void unjoinedListed(const QStringList &sessionSids);
    void roomPathInvalid(const QString &path);
    void message(const QString &text);

private:
    struct Track
    {
        QStringList ids; // stored action ids of the last batch written
        int writing = 0; // batches sent, not yet written or refused
    };
    void onRoomUpdated(const QJsonObject &data);
    void onSessionJoined(const QString &documentId);
    void refreshQueue(const QString &sessionSid);
    static QString sessionOf(const QString &documentId);

    ConsoleController *m_controller;
    QString m_room;
    QString m_proctorSid;
    RoomModel m_model;
    QJsonObject m_roomData;
    QHash<QString, Track> m_tracks;
    QSet<QString> m_joinedByRoom; // sessions this view joined (left when they leave the room)
    QSet<QString> m_offered;
    QTimer *m_tick;
    bool m_autoJoin = false;
};
