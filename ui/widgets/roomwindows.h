#pragma once

#include "roomview.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

class ConsoleController;
class QMenu;
class QSettings;
class RoomController;

// Opens a room view, in a window of its own, for every proctor room the console joins, and
// keeps the room controllers alive while their documents are joined.
class RoomWindows : public QObject
{
    Q_OBJECT
public:
    explicit RoomWindows(ConsoleController *controller, QObject *parent = nullptr);
    ~RoomWindows() override;

    // Settings and profile name for the views' columns and sort; not owned.
    void setSettings(QSettings *settings, const QString &profile);
    // The next join of this room joins every listed session without asking (simulated rooms).
    void expectRoom(const QString &roomDocumentId, bool autoJoin);
    RoomView *view(const QString &roomDocumentId) const;
    RoomController *room(const QString &roomDocumentId) const;
    // Shows (or reopens) the view of a joined room.
    RoomView *show(const QString &roomDocumentId);
    // Fills a Rooms menu with one entry per joined room.
    void fillMenu(QMenu *menu);

Q_SIGNALS:
    void sessionActivated(const QString &documentId);
    void roomOpened(RoomView *view);

private:
    void onJoined(const QString &documentId);
    void onLeft(const QString &documentId);

    ConsoleController *m_controller;
    QHash<QString, RoomController *> m_rooms;
    QHash<QString, QPointer<RoomView>> m_views;
    QHash<QString, bool> m_expected;
    QSettings *m_settings = nullptr;
    QString m_profile;
};
