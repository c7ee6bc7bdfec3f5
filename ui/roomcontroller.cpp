#include "roomcontroller.h"

#include "actionqueuemodel.h"
#include "consolecontroller.h"
#include "jsondiff.h"
#include "jsontreemodel.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

QString responseText(const QJsonObject &response)
{
    static const QSet<QString> skip { u"action"_s, u"executor"_s, u"id"_s, u"createdBy"_s,
        u"createdAt"_s, u"requestId"_s, u"respondTo"_s };
    QStringList parts;
    for (auto it = response.begin(); it != response.end(); ++it) {
        if (!skip.contains(it.key()))
            parts << it.key() + u": "_s + JsonDiff::compact(it.value());
    }
    return parts.join(u", "_s);
}

} // namespace

RoomController::RoomController(
    ConsoleController *controller, const QString &roomDocumentId, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_room(roomDocumentId)
    , m_tick(new QTimer(this))
{
    DocumentListModel *docs = controller->documents();
    const int row = docs->rowOf(roomDocumentId);
    // The proctor joins a room as <PU…>; its sessions as <ES…><PU…>.
    m_proctorSid = docs->index(row, 0).data(DocumentListModel::IdentityRole).toString();

    connect(controller, &ConsoleController::documentUpdated, this,
        [this](const QString &id, const QJsonObject &data) {
            if (id == m_room) {
                onRoomUpdated(data);
                return;
            }
            const QString sid = sessionOf(id);
            if (m_model.rowOf(sid) < 0)
                return;
            m_model.setSessionDocument(sid, data);
            refreshQueue(sid);
        });
    connect(controller, &ConsoleController::documentStateChanged, this,
        [this](const QString &id, DocumentListModel::State state, const QString &text) {
            m_model.setSessionState(sessionOf(id), int(state), text);
        });
    connect(controller, &ConsoleController::documentJoined, this, &RoomController::onSessionJoined);
    connect(controller, &ConsoleController::documentLeft, this, [this](const QString &id) {
        const QString sid = sessionOf(id);
        m_joinedByRoom.remove(sid);
        m_model.setSessionState(sid, -1, QString());
        m_model.setPending(sid, {});
    });
    connect(controller, &ConsoleController::actionsWritten, this,
        [this](const QString &id, const QJsonArray &stored) {
            const QString sid = sessionOf(id);
            auto it = m_tracks.find(sid);
            if (it == m_tracks.end() || it->writing <= 0)
                return;
            // Writes of one document complete in order: the last one is the latest batch.
            --it->writing;
            it->ids.clear();
            for (const QJsonValue &v : stored)
                it->ids.append(v.toObject().value(u"id"_s).toString());
            if (it->writing > 0)
                return;
            m_model.setOutcome(sid, RoomModel::Outcome::Written);
            refreshQueue(sid);
        });
    connect(controller, &ConsoleController::operationFailed, this,
        [this](const QString &id, const QString &message) {
            const QString sid = sessionOf(id);
            auto it = m_tracks.find(sid);
            if (it == m_tracks.end() || it->writing <= 0)
                return;
            --it->writing;
            m_model.setOutcome(sid, RoomModel::Outcome::Refused, message);
        });
    connect(&m_model, &QAbstractItemModel::rowsInserted, this,
        [this](const QModelIndex &, int first, int last) {
            QStringList unjoined;
            for (int r = first; r <= last; ++r) {
                const QString sid = m_model.sessionAt(r);
                if (isJoined(sid))
                    onSessionJoined(RoomModel::documentIdOf(sid));
                else if (m_autoJoin)
                    joinSessions({ sid });
                else if (!m_offered.contains(sid))
                    unjoined.append(sid);
            }
            if (!unjoined.isEmpty()) {
                for (const QString &sid : std::as_const(unjoined))
                    m_offered.insert(sid);
                Q_EMIT unjoinedListed(unjoined);
            }
        });
    connect(&m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
        [this](const QModelIndex &, int first, int last) {
            for (int r = first; r <= last; ++r) {
                const QString sid = m_model.sessionAt(r);
                m_tracks.remove(sid);
                if (m_joinedByRoom.remove(sid))
                    m_controller->leave(RoomModel::documentIdOf(sid));
            }
        });

    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, &m_model, &RoomModel::tick);
    m_tick->start();
    if (JsonTreeModel *tree = controller->tree(m_room))
        onRoomUpdated(tree->document());
}

RoomController::~RoomController() = default;

QString RoomController::sessionOf(const QString &documentId)
{
    return documentId.startsWith(u"Session_"_s) ? documentId.mid(8) : QString();
}

void RoomController::setRoomPath(const QString &path)
{
    m_model.setRoomPath(path);
    onRoomUpdated(m_roomData);
}

void RoomController::onRoomUpdated(const QJsonObject &data)
{
    m_roomData = data;
    if (data.isEmpty())
        return;
    if (!m_model.setRoomDocument(data))
        Q_EMIT roomPathInvalid(m_model.roomPath());
}

bool RoomController::isJoined(const QString &sessionSid) const
{
    return m_controller->queue(RoomModel::documentIdOf(sessionSid)) != nullptr;
}

QStringList RoomController::unjoinedSessions() const
{
    QStringList out;
    const QStringList all = m_model.sessions();
    for (const QString &sid : all) {
        if (!isJoined(sid))
            out.append(sid);
    }
    return out;
}

void RoomController::joinSessions(const QStringList &sessionSids)
{
    for (const QString &sid : sessionSids) {
        if (isJoined(sid))
            continue;
        JoinRequest r;
        r.role = JoinRequest::Role::ProctorSession;
        r.sessionSid = sid;
        r.proctorSid = m_proctorSid;
        m_joinedByRoom.insert(sid);
        m_controller->join(r);
    }
}

void RoomController::setAutoJoin(bool on)
{
    m_autoJoin = on;
    if (on)
        joinSessions(unjoinedSessions());
}

bool RoomController::addSession(const QString &sessionSid, const QString &alias)
{
    if (!m_model.addSession(sessionSid, alias))
        return false;
    joinSessions({ sessionSid.trimmed() });
    return true;
}

void RoomController::dropSession(const QString &sessionSid)
{
    m_model.dropSession(sessionSid); // leaves the document if this view joined it
}

void RoomController::onSessionJoined(const QString &documentId)
{
    const QString sid = sessionOf(documentId);
    if (m_model.rowOf(sid) < 0)
        return;
    DocumentListModel *docs = m_controller->documents();
    const QModelIndex i = docs->index(docs->rowOf(documentId), 0);
    const auto state = DocumentListModel::State(i.data(DocumentListModel::StateRole).toInt());
    m_model.setSessionState(sid, int(state), DocumentListModel::stateText(state));
    if (JsonTreeModel *tree = m_controller->tree(documentId); tree && !tree->document().isEmpty())
        m_model.setSessionDocument(sid, tree->document());
    // Consumed and answered actions change the queue without a document update of ours.
    if (ActionQueueModel *queue = m_controller->queue(documentId)) {
        disconnect(queue, nullptr, this, nullptr);
        const auto refresh = [this, sid] { refreshQueue(sid); };
        connect(queue, &ActionQueueModel::actionConsumed, this, refresh);
        connect(queue, &ActionQueueModel::responseMatched, this, refresh);
    }
    refreshQueue(sid);
}

void RoomController::refreshQueue(const QString &sessionSid)
{
    ActionQueueModel *queue = m_controller->queue(RoomModel::documentIdOf(sessionSid));
    if (!queue)
        return;
    QList<RoomModel::Pending> pending;
    QString lastResponse;
    for (int r = 0; r < queue->rowCount(); ++r) {
        const QModelIndex i = queue->index(r, 0);
        const QJsonObject response = i.data(ActionQueueModel::ResponseRole).toJsonObject();
        if (!response.isEmpty())
            lastResponse = responseText(response);
        if (i.data(ActionQueueModel::StatusRole).toInt() != int(ActionQueueModel::Status::Pending))
            continue;
        const QString executor = i.data(ActionQueueModel::ExecutorRole).toString();
        const QDateTime created = i.data(ActionQueueModel::CreatedAtRole).toDateTime();
        auto it = std::find_if(pending.begin(), pending.end(),
            [&](const RoomModel::Pending &p) { return p.executor == executor; });
        if (it == pending.end()) {
            pending.append({ executor, 1, created });
        } else {
            ++it->count;
            if (created < it->oldest)
                it->oldest = created;
        }
    }
    m_model.setPending(sessionSid, pending);
    m_model.setLastResponse(sessionSid, lastResponse);

    const auto track = m_tracks.constFind(sessionSid);
    if (track == m_tracks.cend() || track->writing > 0 || track->ids.isEmpty())
        return;
    int found = 0;
    int taken = 0;
    int expecting = 0;
    int answered = 0;
    bool refused = false;
    QString detail;
    for (const QString &id : track->ids) {
        const int row = queue->rowForId(id);
        if (row < 0)
            continue;
        ++found;
        const QModelIndex i = queue->index(row, 0);
        const QJsonObject action = i.data(ActionQueueModel::JsonRole).toJsonObject();
        if (i.data(ActionQueueModel::StatusRole).toInt() == int(ActionQueueModel::Status::Consumed))
            ++taken;
        if (!action.value(u"respondTo"_s).toString().isEmpty())
            ++expecting;
        const QJsonObject response = i.data(ActionQueueModel::ResponseRole).toJsonObject();
        if (response.isEmpty())
            continue;
        ++answered;
        if (response.value(u"refused"_s).toBool()) {
            refused = true;
            detail = response.value(u"reason"_s).toString();
        }
    }
    if (found == 0)
        return;
    RoomModel::Outcome outcome = RoomModel::Outcome::Written;
    if (refused)
        outcome = RoomModel::Outcome::Refused;
    else if (expecting > 0 && answered >= expecting)
        outcome = RoomModel::Outcome::Answered;
    else if (taken == found)
        outcome = RoomModel::Outcome::Taken;
    m_model.setOutcome(sessionSid, outcome, detail);
}

int RoomController::send(const QStringList &sessionSids, const QJsonArray &batch)
{
    if (batch.isEmpty())
        return 0;
    int sent = 0;
    QStringList skipped;
    for (const QString &sid : sessionSids) {
        if (!isJoined(sid)) {
            skipped.append(m_model.labelOf(sid));
            continue;
        }
        Track &t = m_tracks[sid];
        ++t.writing;
        m_model.setOutcome(sid, RoomModel::Outcome::Sending);
        m_controller->send(RoomModel::documentIdOf(sid), batch);
        ++sent;
    }
    if (!skipped.isEmpty())
        Q_EMIT message(tr("Not joined, nothing sent to: %1").arg(skipped.join(u", "_s)));
    return sent;
}

int RoomController::stop(const QStringList &sessionSids, const QString &redirectUrl)
{
    QJsonObject info;
    if (!redirectUrl.isEmpty())
        info.insert(u"redirectURL"_s, redirectUrl);
    return send(sessionSids,
        QJsonArray { QJsonObject {
            { u"actionType"_s, u"extension.stopSession"_s }, { u"additionalInfo"_s, info } } });
}

int RoomController::getDisplayCount(const QStringList &sessionSids)
{
    return send(sessionSids,
        QJsonArray { QJsonObject { { u"actionType"_s, u"extension.getDisplayCount"_s },
            { u"additionalInfo"_s, QJsonObject { { u"respondTo"_s, u"proctor"_s } } } } });
}
