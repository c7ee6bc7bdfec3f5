#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <functional>

// One row per student session of a proctor room. Rows come from the room document (a list at a
// configurable path, default `sessions`: SIDs or {sessionSid, studentName}) and from sessions
// added by hand. Cells are updated in place; only the cells that changed are signalled, so the
// model stays cheap with hundreds of rows and frequent session updates.
class RoomModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Outcome { None, Sending, Written, Taken, Answered, Refused };
    Q_ENUM(Outcome)
    enum Role {
        SessionSidRole = Qt::UserRole + 1,
        DocumentIdRole, // Session_<ES…>
        SortRole, // raw value for sorting (numbers for ages and counts)
        AlarmRole, // bool
        StateRole, // connection state as int (DocumentListModel::State), -1 = not joined
        OutcomeRole, // Outcome as int
        ListedRole, // bool: listed by the room document (else added by hand)
    };
    Q_ENUM(Role)
    enum class Kind { Label, Sid, State, Pointer, Pending, Updated, Response, Outcome, Alarm };

    struct Pending
    {
        QString executor;
        int count = 0;
        QDateTime oldest; // createdAt of the oldest pending action
    };

    explicit RoomModel(QObject *parent = nullptr);

    // Where the room document lists its sessions: a JSON pointer ("/sessions") or a dotted path
    // ("sessions", "exam.sessions"). Default "sessions".
    void setRoomPath(const QString &path);
    QString roomPath() const { return m_roomPath; }
    // JSON pointer into the session document for the student label. Default "/studentName".
    void setLabelPointer(const QString &pointer);
    QString labelPointer() const { return m_labelPointer; }
    // Extra columns, one per JSON pointer. Default /studentStatus, /reliableConnection.
    void setPointerColumns(const QStringList &pointers);
    QStringList pointerColumns() const { return m_pointers; }
    void setAlarmThresholdMs(qint64 ms);
    qint64 alarmThresholdMs() const { return m_alarmMs; }
    void setClock(std::function<QDateTime()> clock);

    // Applies the room document's list: new sessions get rows, sessions no longer listed lose
    // theirs (unless added by hand). Returns false when the path holds something else than a
    // list of sessions (nothing changes then). Entries that are not valid ES SIDs are skipped.
    bool setRoomDocument(const QJsonObject &room);
    // Reads the list at `path` of a room document; invalid entries skipped.
    static QList<QPair<QString, QString>> listedSessions(
        const QJsonObject &room, const QString &path, bool *ok = nullptr);
    // By hand: the row stays whatever the room document says. A session dropped by hand stays
    // hidden while the room document still lists it.
    bool addSession(const QString &sessionSid, const QString &alias = {});
    bool dropSession(const QString &sessionSid);
    void setAlias(const QString &sessionSid, const QString &alias);

    void setSessionDocument(const QString &sessionSid, const QJsonObject &data);
    void setSessionState(const QString &sessionSid, int state, const QString &text);
    void setPending(const QString &sessionSid, const QList<Pending> &pending);
    void setLastResponse(const QString &sessionSid, const QString &text);
    void setOutcome(const QString &sessionSid, Outcome outcome, const QString &detail = {});
    // Ages and alarms move with time; call from a timer (one signal per changed column range).
    void tick();

    int rowOf(const QString &sessionSid) const { return m_rowBySid.value(sessionSid, -1); }
    QString sessionAt(int row) const;
    QStringList sessions() const;
    QString labelOf(const QString &sessionSid) const;
    bool hasAlarm(const QString &sessionSid) const;
    Outcome outcomeOf(const QString &sessionSid) const;
    Kind kindOf(int column) const;
    int columnOf(Kind kind, int pointerIndex = 0) const;
    static QString outcomeText(Outcome outcome);
    static QString documentIdOf(const QString &sessionSid);
    static bool isSessionSid(const QString &text);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void alarmRaised(const QString &sessionSid);

private:
    struct Row
    {
        QString sid;
        QString roomName; // studentName in the room document
        QString docLabel; // from the session document
        QString alias; // typed by the proctor
        bool listed = false;
        bool manual = false;
        int state = -1;
        QString stateText;
        QStringList values; // one per pointer column
        QList<Pending> pending;
        QDateTime lastUpdate;
        QString lastResponse;
        Outcome outcome = Outcome::None;
        QString outcomeDetail;
        bool alarm = false;
    };
    void insertRow(Row row);
    void removeAt(int row);
    void reindex(int from);
    void cellChanged(int row, Kind kind, int pointerIndex = 0);
    bool updateAlarm(int row, const QDateTime &now);
    qint64 oldestPendingMs(const Row &r, const QDateTime &now) const;
    QString pendingText(const Row &r, const QDateTime &now) const;
    QVariant display(const Row &r, int column, const QDateTime &now) const;
    QVariant sortValue(const Row &r, int column, const QDateTime &now) const;
    static QString valueText(const QJsonValue &v);

    QList<Row> m_rows;
    QHash<QString, int> m_rowBySid;
    QSet<QString> m_dropped; // listed sessions the proctor dropped by hand
    QString m_roomPath = QStringLiteral("sessions");
    QString m_labelPointer = QStringLiteral("/studentName");
    QStringList m_pointers { QStringLiteral("/studentStatus"),
        QStringLiteral("/reliableConnection") };
    qint64 m_alarmMs = 30000;
    std::function<QDateTime()> m_clock;
};
