#include "roommodel.h"

#include "jsonmerge.h"

#include <QColor>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// RFC 6901; a path without a leading '/' is read as dot-separated keys.
QJsonValue resolve(const QJsonValue &root, const QString &path)
{
    if (path.isEmpty() || path == u"/"_s)
        return path.isEmpty() ? root : QJsonValue(QJsonValue::Undefined);
    QStringList tokens;
    if (path.startsWith(u'/')) {
        tokens = path.mid(1).split(u'/');
        for (QString &t : tokens)
            t.replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s);
    } else {
        tokens = path.split(u'.');
    }
    return JsonMerge::valueAt(root, tokens);
}

QString ageText(qint64 ms)
{
    if (ms < 0)
        return {};
    const qint64 s = ms / 1000;
    if (s < 60)
        return RoomModel::tr("%1 s").arg(s);
    if (s < 3600)
        return RoomModel::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return RoomModel::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

} // namespace

RoomModel::RoomModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

void RoomModel::setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

void RoomModel::setRoomPath(const QString &path)
{
    m_roomPath = path.trimmed().isEmpty() ? u"sessions"_s : path.trimmed();
}

void RoomModel::setLabelPointer(const QString &pointer)
{
    if (pointer == m_labelPointer)
        return;
    m_labelPointer = pointer;
    // The label comes with the next session update; typed aliases and room names stay.
}

void RoomModel::setPointerColumns(const QStringList &pointers)
{
    if (pointers == m_pointers)
        return;
    beginResetModel();
    m_pointers = pointers;
    for (Row &r : m_rows)
        r.values = QStringList(m_pointers.size(), QString());
    endResetModel();
}

void RoomModel::setAlarmThresholdMs(qint64 ms)
{
    m_alarmMs = std::max<qint64>(1000, ms);
    tick();
}

bool RoomModel::isSessionSid(const QString &text)
{
    static const QRegularExpression re(u"^ES[0-9A-Za-z]{32}$"_s);
    return re.match(text).hasMatch();
}

QString RoomModel::documentIdOf(const QString &sessionSid) { return u"Session_"_s + sessionSid; }

QList<QPair<QString, QString>> RoomModel::listedSessions(
    const QJsonObject &room, const QString &path, bool *ok)
{
    QList<QPair<QString, QString>> out;
    const QJsonValue list = resolve(room, path);
    if (ok)
        *ok = list.isArray() || list.isUndefined() || list.isNull();
    if (!list.isArray())
        return out;
    QSet<QString> seen;
    const QJsonArray a = list.toArray();
    for (const QJsonValue &v : a) {
        QString sid;
        QString name;
        if (v.isString()) {
            sid = v.toString().trimmed();
        } else if (v.isObject()) {
            sid = v.toObject().value(u"sessionSid"_s).toString().trimmed();
            name = v.toObject().value(u"studentName"_s).toString();
        }
        if (!isSessionSid(sid) || seen.contains(sid))
            continue;
        seen.insert(sid);
        out.append({ sid, name });
    }
    return out;
}

bool RoomModel::setRoomDocument(const QJsonObject &room)
{
    bool ok = false;
    const auto listed = listedSessions(room, m_roomPath, &ok);
    if (!ok)
        return false;
    QHash<QString, QString> names;
    for (const auto &[sid, name] : listed)
        names.insert(sid, name);
    // Dropped by hand: hidden while listed; forgotten once the room no longer lists it.
    for (auto it = m_dropped.begin(); it != m_dropped.end();) {
        if (names.contains(*it))
            ++it;
        else
            it = m_dropped.erase(it);
    }
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        Row &r = m_rows[row];
        const bool still = names.contains(r.sid);
        if (!still && r.listed && !r.manual) {
            removeAt(row);
            continue;
        }
        r.listed = still;
        if (still && names.value(r.sid) != r.roomName) {
            r.roomName = names.value(r.sid);
            cellChanged(row, Kind::Label);
        }
    }
    for (const auto &[sid, name] : listed) {
        if (m_rowBySid.contains(sid) || m_dropped.contains(sid))
            continue;
        Row r;
        r.sid = sid;
        r.roomName = name;
        r.listed = true;
        insertRow(std::move(r));
    }
    return true;
}

bool RoomModel::addSession(const QString &sessionSid, const QString &alias)
{
    const QString sid = sessionSid.trimmed();
    if (!isSessionSid(sid))
        return false;
    m_dropped.remove(sid);
    const int existing = rowOf(sid);
    if (existing >= 0) {
        m_rows[existing].manual = true;
        if (!alias.isEmpty())
            setAlias(sid, alias);
        return true;
    }
    Row r;
    r.sid = sid;
    r.alias = alias.trimmed();
    r.manual = true;
    insertRow(std::move(r));
    return true;
}

bool RoomModel::dropSession(const QString &sessionSid)
{
    const int row = rowOf(sessionSid);
    if (row < 0)
        return false;
    if (m_rows.at(row).listed)
        m_dropped.insert(sessionSid);
    removeAt(row);
    return true;
}

void RoomModel::setAlias(const QString &sessionSid, const QString &alias)
{
    const int row = rowOf(sessionSid);
    if (row < 0 || m_rows.at(row).alias == alias.trimmed())
        return;
    m_rows[row].alias = alias.trimmed();
    cellChanged(row, Kind::Label);
}

void RoomModel::insertRow(Row row)
{
    const int at = int(m_rows.size());
    row.values = QStringList(m_pointers.size(), QString());
    beginInsertRows({}, at, at);
    m_rowBySid.insert(row.sid, at);
    m_rows.append(std::move(row));
    endInsertRows();
}

void RoomModel::removeAt(int row)
{
    beginRemoveRows({}, row, row);
    m_rowBySid.remove(m_rows.at(row).sid);
    m_rows.removeAt(row);
    reindex(row);
    endRemoveRows();
}

void RoomModel::reindex(int from)
{
    for (int i = from; i < m_rows.size(); ++i)
        m_rowBySid.insert(m_rows.at(i).sid, i);
}

void RoomModel::cellChanged(int row, Kind kind, int pointerIndex)
{
    const QModelIndex i = index(row, columnOf(kind, pointerIndex));
    Q_EMIT dataChanged(i, i);
}

QString RoomModel::valueText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return v.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    }
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

void RoomModel::setSessionDocument(const QString &sessionSid, const QJsonObject &data)
{
    const int row = rowOf(sessionSid);
    if (row < 0)
        return;
    Row &r = m_rows[row];
    const QString label = valueText(resolve(data, m_labelPointer));
    if (label != r.docLabel) {
        r.docLabel = label;
        cellChanged(row, Kind::Label);
    }
    int first = -1;
    int last = -1;
    for (int p = 0; p < m_pointers.size(); ++p) {
        const QString text = valueText(resolve(data, m_pointers.at(p)));
        if (text == r.values.at(p))
            continue;
        r.values[p] = text;
        if (first < 0)
            first = p;
        last = p;
    }
    if (first >= 0)
        Q_EMIT dataChanged(
            index(row, columnOf(Kind::Pointer, first)), index(row, columnOf(Kind::Pointer, last)));
    r.lastUpdate = m_clock();
    cellChanged(row, Kind::Updated);
}

void RoomModel::setSessionState(const QString &sessionSid, int state, const QString &text)
{
    const int row = rowOf(sessionSid);
    if (row < 0)
        return;
    Row &r = m_rows[row];
    if (r.state == state && r.stateText == text)
        return;
    r.state = state;
    r.stateText = text;
    cellChanged(row, Kind::State);
}

void RoomModel::setPending(const QString &sessionSid, const QList<Pending> &pending)
{
    const int row = rowOf(sessionSid);
    if (row < 0)
        return;
    Row &r = m_rows[row];
    const auto same = [](const QList<Pending> &a, const QList<Pending> &b) {
        if (a.size() != b.size())
            return false;
        for (int i = 0; i < a.size(); ++i) {
            if (a[i].executor != b[i].executor || a[i].count != b[i].count
                || a[i].oldest != b[i].oldest)
                return false;
        }
        return true;
    };
    if (same(r.pending, pending))
        return;
    r.pending = pending;
    cellChanged(row, Kind::Pending);
    updateAlarm(row, m_clock());
}

void RoomModel::setLastResponse(const QString &sessionSid, const QString &text)
{
    const int row = rowOf(sessionSid);
    if (row < 0 || m_rows.at(row).lastResponse == text)
        return;
    m_rows[row].lastResponse = text;
    cellChanged(row, Kind::Response);
}

void RoomModel::setOutcome(const QString &sessionSid, Outcome outcome, const QString &detail)
{
    const int row = rowOf(sessionSid);
    if (row < 0)
        return;
    Row &r = m_rows[row];
    if (r.outcome == outcome && r.outcomeDetail == detail)
        return;
    r.outcome = outcome;
    r.outcomeDetail = detail;
    cellChanged(row, Kind::Outcome);
}

qint64 RoomModel::oldestPendingMs(const Row &r, const QDateTime &now) const
{
    qint64 oldest = -1;
    for (const Pending &p : r.pending) {
        if (p.count > 0 && p.oldest.isValid())
            oldest = std::max(oldest, p.oldest.msecsTo(now));
    }
    return oldest;
}

bool RoomModel::updateAlarm(int row, const QDateTime &now)
{
    Row &r = m_rows[row];
    const bool alarm = oldestPendingMs(r, now) >= m_alarmMs;
    if (alarm == r.alarm)
        return false;
    r.alarm = alarm;
    cellChanged(row, Kind::Alarm);
    cellChanged(row, Kind::Pending); // its colour follows the alarm
    if (alarm)
        Q_EMIT alarmRaised(r.sid);
    return true;
}

void RoomModel::tick()
{
    if (m_rows.isEmpty())
        return;
    const QDateTime now = m_clock();
    const int last = int(m_rows.size()) - 1;
    bool anyPending = false;
    for (int row = 0; row <= last; ++row) {
        updateAlarm(row, now);
        anyPending = anyPending || !m_rows.at(row).pending.isEmpty();
    }
    const int updated = columnOf(Kind::Updated);
    Q_EMIT dataChanged(index(0, updated), index(last, updated), { Qt::DisplayRole, SortRole });
    if (anyPending) {
        const int pending = columnOf(Kind::Pending);
        Q_EMIT dataChanged(index(0, pending), index(last, pending), { Qt::DisplayRole, SortRole });
    }
}

QString RoomModel::sessionAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).sid : QString();
}

QStringList RoomModel::sessions() const
{
    QStringList out;
    out.reserve(m_rows.size());
    for (const Row &r : m_rows)
        out.append(r.sid);
    return out;
}

QString RoomModel::labelOf(const QString &sessionSid) const
{
    const int row = rowOf(sessionSid);
    if (row < 0)
        return {};
    const Row &r = m_rows.at(row);
    if (!r.alias.isEmpty())
        return r.alias;
    if (!r.docLabel.isEmpty())
        return r.docLabel;
    if (!r.roomName.isEmpty())
        return r.roomName;
    return r.sid.left(10) + u'…';
}

bool RoomModel::hasAlarm(const QString &sessionSid) const
{
    const int row = rowOf(sessionSid);
    return row >= 0 && m_rows.at(row).alarm;
}

RoomModel::Outcome RoomModel::outcomeOf(const QString &sessionSid) const
{
    const int row = rowOf(sessionSid);
    return row >= 0 ? m_rows.at(row).outcome : Outcome::None;
}

RoomModel::Kind RoomModel::kindOf(int column) const
{
    const int p = int(m_pointers.size());
    if (column < 3)
        return column == 0 ? Kind::Label : column == 1 ? Kind::Sid : Kind::State;
    if (column < 3 + p)
        return Kind::Pointer;
    static constexpr Kind tail[] { Kind::Pending, Kind::Updated, Kind::Response, Kind::Outcome,
        Kind::Alarm };
    return tail[std::clamp(column - 3 - p, 0, 4)];
}

int RoomModel::columnOf(Kind kind, int pointerIndex) const
{
    const int p = int(m_pointers.size());
    switch (kind) {
    case Kind::Label:
        return 0;
    case Kind::Sid:
        return 1;
    case Kind::State:
        return 2;
    case Kind::Pointer:
        return 3 + pointerIndex;
    case Kind::Pending:
        return 3 + p;
    case Kind::Updated:
        return 4 + p;
    case Kind::Response:
        return 5 + p;
    case Kind::Outcome:
        return 6 + p;
    case Kind::Alarm:
        return 7 + p;
    }
    return 0;
}

QString RoomModel::outcomeText(Outcome outcome)
{
    switch (outcome) {
    case Outcome::None:
        return {};
    case Outcome::Sending:
        return tr("sending");
    case Outcome::Written:
        return tr("written");
    case Outcome::Taken:
        return tr("taken");
    case Outcome::Answered:
        return tr("answered");
    case Outcome::Refused:
        return tr("refused");
    }
    return {};
}

int RoomModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RoomModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 8 + int(m_pointers.size());
}

QString RoomModel::pendingText(const Row &r, const QDateTime &now) const
{
    QStringList parts;
    for (const Pending &p : r.pending) {
        if (p.count <= 0)
            continue;
        parts << tr("%1: %2 (%3)")
                     .arg(p.executor)
                     .arg(p.count)
                     .arg(ageText(p.oldest.isValid() ? p.oldest.msecsTo(now) : -1));
    }
    return parts.join(u", "_s);
}

QVariant RoomModel::display(const Row &r, int column, const QDateTime &now) const
{
    switch (kindOf(column)) {
    case Kind::Label:
        return labelOf(r.sid);
    case Kind::Sid:
        return r.sid.left(2) + r.sid.mid(2, 6) + u'…';
    case Kind::State:
        return r.state < 0 ? tr("not joined") : r.stateText;
    case Kind::Pointer:
        return r.values.value(column - 3);
    case Kind::Pending:
        return pendingText(r, now);
    case Kind::Updated:
        return r.lastUpdate.isValid() ? ageText(r.lastUpdate.msecsTo(now)) : QString();
    case Kind::Response:
        return r.lastResponse;
    case Kind::Outcome:
        return outcomeText(r.outcome);
    case Kind::Alarm:
        return r.alarm ? tr("ALARM") : QString();
    }
    return {};
}

QVariant RoomModel::sortValue(const Row &r, int column, const QDateTime &now) const
{
    switch (kindOf(column)) {
    case Kind::Pending:
        return oldestPendingMs(r, now);
    case Kind::Updated:
        return r.lastUpdate.isValid() ? r.lastUpdate.msecsTo(now)
                                      : std::numeric_limits<qint64>::max();
    case Kind::Alarm:
        return r.alarm ? 1 : 0;
    case Kind::State:
        return r.state;
    case Kind::Outcome:
        return int(r.outcome);
    default:
        return display(r, column, now).toString().toCaseFolded();
    }
}

QVariant RoomModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(r, column, m_clock());
    case Qt::ToolTipRole:
        if (kindOf(column) == Kind::Sid)
            return r.sid;
        if (kindOf(column) == Kind::Outcome && !r.outcomeDetail.isEmpty())
            return r.outcomeDetail;
        if (kindOf(column) == Kind::Label)
            return r.manual && !r.listed ? tr("%1 (added by hand)").arg(r.sid) : r.sid;
        return display(r, column, m_clock());
    case Qt::ForegroundRole:
        if ((kindOf(column) == Kind::Alarm || kindOf(column) == Kind::Pending) && r.alarm)
            return QColor(0xc6, 0x28, 0x28);
        if (kindOf(column) == Kind::Outcome && r.outcome == Outcome::Refused)
            return QColor(0xc6, 0x28, 0x28);
        return {};
    case Qt::BackgroundRole: // a tint that reads on light and dark palettes
        return r.alarm ? QColor(0xd3, 0x2f, 0x2f, 56) : QVariant();
    case Qt::DecorationRole: // the red flag
        return kindOf(column) == Kind::Alarm && r.alarm ? QColor(0xd3, 0x2f, 0x2f) : QVariant();
    case SessionSidRole:
        return r.sid;
    case DocumentIdRole:
        return documentIdOf(r.sid);
    case SortRole:
        return sortValue(r, column, m_clock());
    case AlarmRole:
        return r.alarm;
    case StateRole:
        return r.state;
    case OutcomeRole:
        return int(r.outcome);
    case ListedRole:
        return r.listed;
    default:
        return {};
    }
}

QVariant RoomModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (role == Qt::ToolTipRole && kindOf(section) == Kind::Pointer)
        return tr("JSON pointer %1 in the session document").arg(m_pointers.at(section - 3));
    if (role != Qt::DisplayRole)
        return {};
    switch (kindOf(section)) {
    case Kind::Label:
        return tr("Student");
    case Kind::Sid:
        return tr("Session");
    case Kind::State:
        return tr("Connection");
    case Kind::Pointer: {
        const QString p = m_pointers.at(section - 3);
        return p.startsWith(u'/') ? p.mid(1) : p;
    }
    case Kind::Pending:
        return tr("Pending (oldest)");
    case Kind::Updated:
        return tr("Last update");
    case Kind::Response:
        return tr("Last response");
    case Kind::Outcome:
        return tr("Outcome");
    case Kind::Alarm:
        return tr("Alarm");
    }
    return {};
}
