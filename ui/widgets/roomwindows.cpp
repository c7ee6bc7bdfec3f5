#include "roomwindows.h"

#include "consolecontroller.h"
#include "roomcontroller.h"

#include <QMenu>
#include <QTimer>

using namespace Qt::StringLiterals;

RoomWindows::RoomWindows(ConsoleController *controller, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
{
    connect(controller, &ConsoleController::documentJoined, this, &RoomWindows::onJoined);
    connect(controller, &ConsoleController::documentLeft, this, &RoomWindows::onLeft);
    // Rooms joined before this object existed (the embedded demo).
    const QStringList ids = controller->documents()->documents();
    for (const QString &id : ids)
        onJoined(id);
}

RoomWindows::~RoomWindows()
{
    for (const auto &v : std::as_const(m_views))
        delete v.data();
    qDeleteAll(m_rooms);
}

void RoomWindows::setSettings(QSettings *settings, const QString &profile)
{
    m_settings = settings;
    m_profile = profile;
    for (const auto &v : std::as_const(m_views)) {
        if (v)
            v->setSettings(settings, profile);
    }
}

void RoomWindows::expectRoom(const QString &roomDocumentId, bool autoJoin)
{
    m_expected.insert(roomDocumentId, autoJoin);
}

RoomView *RoomWindows::view(const QString &roomDocumentId) const
{
    return m_views.value(roomDocumentId).data();
}

RoomController *RoomWindows::room(const QString &roomDocumentId) const
{
    return m_rooms.value(roomDocumentId);
}

void RoomWindows::onJoined(const QString &documentId)
{
    if (!documentId.startsWith(u"Proctor_Room_"_s) || m_rooms.contains(documentId))
        return;
    auto *room = new RoomController(m_controller, documentId);
    m_rooms.insert(documentId, room);
    if (m_expected.take(documentId))
        room->setAutoJoin(true);
    show(documentId);
}

void RoomWindows::onLeft(const QString &documentId)
{
    if (QPointer<RoomView> v = m_views.take(documentId))
        delete v.data();
    delete m_rooms.take(documentId);
}

RoomView *RoomWindows::show(const QString &roomDocumentId)
{
    RoomController *room = m_rooms.value(roomDocumentId);
    if (!room)
        return nullptr;
    RoomView *v = m_views.value(roomDocumentId);
    if (!v) {
        v = new RoomView(room);
        v->setAttribute(Qt::WA_DeleteOnClose);
        if (room->autoJoin())
            v->setJoinOffer(RoomView::JoinOffer::Always);
        v->setSettings(m_settings, m_profile);
        connect(v, &RoomView::sessionActivated, this, &RoomWindows::sessionActivated);
        m_views.insert(roomDocumentId, v);
        Q_EMIT roomOpened(v);
        // Sessions listed before the view existed: offer them once it is on screen.
        if (!room->unjoinedSessions().isEmpty())
            QTimer::singleShot(0, v, &RoomView::offerListed);
    }
    v->show();
    v->raise();
    v->activateWindow();
    return v;
}

void RoomWindows::fillMenu(QMenu *menu)
{
    menu->clear();
    if (m_rooms.isEmpty()) {
        menu->addAction(tr("No proctor room joined"))->setEnabled(false);
        return;
    }
    QStringList ids = m_rooms.keys();
    ids.sort();
    for (const QString &id : std::as_const(ids))
        menu->addAction(tr("Room view: %1").arg(id), this, [this, id] { show(id); });
}
