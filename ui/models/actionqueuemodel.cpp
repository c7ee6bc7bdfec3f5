#include "actionqueuemodel.h"

#include "eventlogmodel.h"
#include "jsondiff.h"

#include <QColor>
#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

const QLatin1String kSuffix("Actions");

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QString mapKey(const QString &executor, const QString &key) { return executor + u'\n' + key; }

} // namespace

ActionQueueModel::ActionQueueModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

void ActionQueueModel::setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

void ActionQueueModel::setAlarmThreshold(qint64 ms)
{
    m_alarmMs = ms;
    tick();
}

void ActionQueueModel::setConsumedKept(int perExecutor)
{
    m_consumedKept = std::max(0, perExecutor);
    prune();
}

void ActionQueueModel::clear()
{
    beginResetModel();
    m_entries.clear();
    m_rowByKey.clear();
    endResetModel();
}

void ActionQueueModel::updateFromDocument(const QJsonObject &document)
{
    const QDateTime now = m_clock();
    QSet<QString> present;
    for (auto it = document.begin(); it != document.end(); ++it) {
        if (!it.key().endsWith(kSuffix) || !it.value().isArray())
            continue;
        const QString executor = it.key().chopped(kSuffix.size());
        const QJsonArray actions = it.value().toArray();
        for (const QJsonValue &v : actions) {
            const QJsonObject action = v.toObject();
            QString key = str(action, "id");
            const bool hasId = !key.isEmpty();
            if (!hasId)
                key = JsonDiff::compact(action);
            const QString k = mapKey(executor, key);
            present.insert(k);
            const int known = m_rowByKey.value(k, -1);
            // An id-less action equal to a consumed one is a new action; ids are unique.
            if (known >= 0 && (hasId || m_entries.at(known).status == Status::Pending))
                continue;
            if (hasId && adoptOutgoing(executor, key, action, now))
                continue; // our own send, seen in the document before its write reply
            appendEntry(executor, key, action, now);
        }
    }
    for (int row = 0; row < m_entries.size(); ++row) {
        const Entry &e = m_entries.at(row);
        if (e.status == Status::Pending && !e.withdrawing
            && !present.contains(mapKey(e.executor, e.key)))
            setConsumed(row, now);
        else
            checkAlarm(row, now);
    }
    prune();
}

int ActionQueueModel::appendEntry(
    const QString &executor, const QString &key, const QJsonObject &action, const QDateTime &now)
{
    Entry e;
    e.executor = executor;
    e.key = key;
    e.json = action;
    e.createdAt = QDateTime::fromString(str(action, "createdAt"), Qt::ISODateWithMs);
    if (!e.createdAt.isValid())
        e.createdAt = now;
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(e);
    m_rowByKey.insert(mapKey(executor, key), row);
    endInsertRows();
    matchResponse(row);
    return row;
}

void ActionQueueModel::setConsumed(int row, const QDateTime &now)
{
    Entry &e = m_entries[row];
    e.status = Status::Consumed;
    e.consumedAt = now;
    e.alarmed = false;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT actionConsumed(e.executor, e.json);
}

void ActionQueueModel::addOutgoing(const QString &sendId, const QJsonArray &batch, bool offline)
{
    const QDateTime now = m_clock();
    for (qsizetype i = 0; i < batch.size(); ++i) {
        const QJsonObject entry = batch.at(i).toObject();
        const QString type = entry.value(u"actionType"_s).toString();
        const qsizetype dot = type.indexOf(u'.');
        Entry e;
        e.executor = type.left(dot);
        e.key = u"send:%1:%2"_s.arg(sendId).arg(i);
        e.json = entry.value(u"additionalInfo"_s).toObject();
        e.json.insert(u"action"_s, type.mid(dot + 1));
        e.json.insert(u"executor"_s, e.executor);
        e.createdAt = now;
        e.sendId = sendId;
        e.status = offline ? Status::Outbox : Status::Sending;
        const int row = int(m_entries.size());
        beginInsertRows({}, row, row);
        m_entries.append(e);
        m_rowByKey.insert(mapKey(e.executor, e.key), row);
        endInsertRows();
    }
}

void ActionQueueModel::setOutgoingOffline(const QString &sendId)
{
    for (int row = 0; row < m_entries.size(); ++row) {
        Entry &e = m_entries[row];
        if (e.sendId == sendId && e.status == Status::Sending) {
            e.status = Status::Outbox;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

void ActionQueueModel::setRefused(const QString &sendId, const QString &reason)
{
    for (int row = 0; row < m_entries.size(); ++row) {
        Entry &e = m_entries[row];
        if (e.sendId == sendId && (e.status == Status::Sending || e.status == Status::Outbox)) {
            e.status = Status::Refused;
            e.detail = reason;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

void ActionQueueModel::written(const QString &sendId, const QJsonArray &stored)
{
    QList<int> rows;
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).sendId == sendId)
            rows.append(row);
    }
    const QDateTime now = m_clock();
    // Backwards, so removing a row keeps the earlier indexes valid.
    for (qsizetype i = rows.size() - 1; i >= 0; --i) {
        const int row = rows.at(i);
        const QJsonObject action = i < stored.size() ? stored.at(i).toObject() : QJsonObject();
        const QString id = str(action, "id");
        Entry &e = m_entries[row];
        if (id.isEmpty() || m_rowByKey.contains(mapKey(e.executor, id))) {
            removeRow(row); // the document update showed it already
            continue;
        }
        m_rowByKey.remove(mapKey(e.executor, e.key));
        e.key = id;
        e.json = action;
        e.sendId.clear();
        e.status = Status::Pending;
        e.createdAt = QDateTime::fromString(str(action, "createdAt"), Qt::ISODateWithMs);
        if (!e.createdAt.isValid())
            e.createdAt = now;
        m_rowByKey.insert(mapKey(e.executor, e.key), row);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        matchResponse(row);
    }
}

bool ActionQueueModel::adoptOutgoing(
    const QString &executor, const QString &id, const QJsonObject &action, const QDateTime &now)
{
    for (int row = 0; row < m_entries.size(); ++row) {
        Entry &e = m_entries[row];
        if (e.sendId.isEmpty() || e.executor != executor
            || (e.status != Status::Sending && e.status != Status::Outbox))
            continue;
        bool same = true;
        for (auto it = e.json.begin(); it != e.json.end() && same; ++it)
            same = action.value(it.key()) == it.value();
        if (!same)
            continue;
        m_rowByKey.remove(mapKey(e.executor, e.key));
        e.key = id;
        e.json = action;
        e.sendId.clear();
        e.status = Status::Pending;
        e.createdAt = QDateTime::fromString(str(action, "createdAt"), Qt::ISODateWithMs);
        if (!e.createdAt.isValid())
            e.createdAt = now;
        m_rowByKey.insert(mapKey(e.executor, e.key), row);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        matchResponse(row);
        return true;
    }
    return false;
}

int ActionQueueModel::removeRow(int row)
{
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
    reindex();
    return row;
}

bool ActionQueueModel::beginWithdraw(const QString &executor, const QString &id)
{
    const int row = m_rowByKey.value(mapKey(executor, id), -1);
    if (row < 0 || m_entries.at(row).status != Status::Pending || m_entries.at(row).withdrawing)
        return false;
    m_entries[row].withdrawing = true;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

void ActionQueueModel::finishWithdraw(const QString &executor, const QString &id, bool removed)
{
    const int row = m_rowByKey.value(mapKey(executor, id), -1);
    if (row < 0)
        return;
    Entry &e = m_entries[row];
    e.withdrawing = false;
    if (e.status != Status::Pending) {
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    if (removed) {
        e.status = Status::Withdrawn;
        e.consumedAt = m_clock();
        e.alarmed = false;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else {
        setConsumed(row, m_clock()); // its executor took it first
    }
}

void ActionQueueModel::cancelWithdraw(const QString &executor, const QString &id)
{
    const int row = m_rowByKey.value(mapKey(executor, id), -1);
    if (row < 0 || !m_entries.at(row).withdrawing)
        return;
    m_entries[row].withdrawing = false;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QString ActionQueueModel::statusText(Status status, bool answered, const QString &executor)
{
    switch (status) {
    case Status::Sending:
        return tr("Sending");
    case Status::Outbox:
        return tr("Waiting offline (outbox)");
    case Status::Pending:
        return tr("Written, not taken yet");
    case Status::Consumed:
        if (answered)
            return tr("Answered");
        return executor.isEmpty() ? tr("Taken") : tr("Taken by %1").arg(executor);
    case Status::Refused:
        return tr("Refused");
    case Status::Withdrawn:
        return tr("Withdrawn");
    }
    return {};
}

// Drops the oldest consumed entries beyond m_consumedKept per executor, in contiguous runs so
// views get one rowsRemoved per run.
void ActionQueueModel::prune()
{
    QHash<QString, int> consumed;
    for (const Entry &e : std::as_const(m_entries)) {
        if (e.status == Status::Consumed)
            ++consumed[e.executor];
    }
    QHash<QString, int> excess;
    for (auto it = consumed.cbegin(); it != consumed.cend(); ++it) {
        if (it.value() > m_consumedKept)
            excess.insert(it.key(), it.value() - m_consumedKept);
    }
    if (excess.isEmpty())
        return;
    QList<bool> drop(m_entries.size(), false);
    for (int row = 0; row < m_entries.size(); ++row) {
        const Entry &e = m_entries.at(row);
        int &left = excess[e.executor];
        if (e.status == Status::Consumed && left > 0) {
            drop[row] = true;
            --left;
        }
    }
    for (int row = int(m_entries.size()) - 1; row >= 0;) {
        if (!drop.at(row)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && drop.at(first - 1))
            --first;
        beginRemoveRows({}, first, row);
        m_entries.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
    reindex();
}

void ActionQueueModel::reindex()
{
    m_rowByKey.clear();
    for (int row = 0; row < m_entries.size(); ++row) {
        const Entry &e = m_entries.at(row);
        m_rowByKey.insert(mapKey(e.executor, e.key), row);
    }
}

void ActionQueueModel::markConsumed(const QString &executor, const QJsonObject &action)
{
    const QDateTime now = m_clock();
    QString key = str(action, "id");
    if (key.isEmpty())
        key = JsonDiff::compact(action);
    const QString k = mapKey(executor, key);
    int row = m_rowByKey.value(k, -1);
    if (row < 0)
        row = appendEntry(executor, key, action, now);
    if (m_entries.at(row).status == Status::Consumed)
        return;
    setConsumed(row, now);
    prune();
}

void ActionQueueModel::matchResponse(int row)
{
    Entry &resp = m_entries[row];
    const QString action = str(resp.json, "action");
    int request = -1;
    for (const char *field : { "requestId", "inResponseTo", "respondingTo" }) {
        const QString id = str(resp.json, field);
        if (id.isEmpty())
            continue;
        for (int r = 0; r < row && request < 0; ++r) {
            if (m_entries.at(r).key == id)
                request = r;
        }
    }
    if (request < 0) {
        // The oldest unanswered request for this action whose respondTo names this executor.
        for (int r = 0; r < row; ++r) {
            const Entry &req = m_entries.at(r);
            if (req.executor != resp.executor && req.response.isEmpty() && req.answers.isEmpty()
                && str(req.json, "respondTo") == resp.executor
                && str(req.json, "action") == action) {
                request = r;
                break;
            }
        }
    }
    if (request < 0)
        return;
    resp.answers = m_entries.at(request).key;
    m_entries[request].response = resp.json;
    Q_EMIT dataChanged(index(request, 0), index(request, ColumnCount - 1));
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT responseMatched(m_entries.at(request).key, resp.json);
}

qint64 ActionQueueModel::ageMs(const Entry &e, const QDateTime &now) const
{
    const QDateTime end = e.status == Status::Consumed ? e.consumedAt : now;
    return std::max<qint64>(0, e.createdAt.msecsTo(end));
}

void ActionQueueModel::checkAlarm(int row, const QDateTime &now)
{
    Entry &e = m_entries[row];
    const bool alarm = e.status == Status::Pending && ageMs(e, now) > m_alarmMs;
    if (alarm == e.alarmed)
        return;
    e.alarmed = alarm;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (alarm)
        Q_EMIT alarmRaised(e.executor, e.key, ageMs(e, now));
}

void ActionQueueModel::tick()
{
    const QDateTime now = m_clock();
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).status != Status::Pending)
            continue;
        Q_EMIT dataChanged(index(row, AgeColumn), index(row, AgeColumn));
        checkAlarm(row, now);
    }
}

int ActionQueueModel::pendingCount(const QString &executor) const
{
    int n = 0;
    for (const Entry &e : m_entries) {
        const bool waiting = e.status == Status::Pending || e.status == Status::Outbox
            || e.status == Status::Sending;
        if (waiting && (executor.isEmpty() || e.executor == executor))
            ++n;
    }
    return n;
}

QStringList ActionQueueModel::executors() const
{
    QStringList out;
    for (const Entry &e : m_entries) {
        if (!out.contains(e.executor))
            out.append(e.executor);
    }
    return out;
}

int ActionQueueModel::rowForId(const QString &id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).key == id)
            return row;
    }
    return -1;
}

QString ActionQueueModel::responseSummary(const QJsonObject &response)
{
    static const QSet<QString> standard { u"action"_s, u"executor"_s, u"id"_s, u"createdBy"_s,
        u"createdAt"_s, u"requestId"_s, u"respondTo"_s, u"inResponseTo"_s };
    QStringList parts;
    for (auto it = response.begin(); it != response.end(); ++it) {
        if (!standard.contains(it.key()))
            parts << it.key() + u": "_s + JsonDiff::compact(it.value());
    }
    return parts.join(u", "_s);
}

int ActionQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ActionQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Entry &e = m_entries.at(index.row());
    const QDateTime now = m_clock();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ExecutorColumn:
            return e.executor;
        case ActionColumn:
            return str(e.json, "action");
        case StatusColumn:
            if (!e.answers.isEmpty())
                return e.status == Status::Pending ? tr("Response (pending)")
                                                   : tr("Response (read)");
            if (e.withdrawing)
                return tr("Withdrawing…");
            if (e.status == Status::Refused && !e.detail.isEmpty())
                return tr("Refused: %1").arg(e.detail);
            return statusText(e.status, !e.response.isEmpty(), e.executor);
        case AgeColumn:
            return tr("%1 s").arg(double(ageMs(e, now)) / 1000.0, 0, 'f', 1);
        case ConsumedColumn:
            return e.consumedAt.isValid() ? EventLogModel::timeText(e.consumedAt) : QString();
        case ResponseColumn:
            if (!e.answers.isEmpty())
                return tr("answers %1").arg(e.answers.left(8));
            return e.response.isEmpty() ? QString() : responseSummary(e.response);
        case IdColumn:
            return e.key;
        }
        return {};
    case Qt::ToolTipRole:
        return JsonDiff::compact(m_mask.action(e.json));
    case Qt::ForegroundRole:
        return e.alarmed || e.status == Status::Refused ? QVariant::fromValue(QColor(Qt::red))
                                                        : QVariant();
    case ExecutorRole:
        return e.executor;
    case ActionRole:
        return str(e.json, "action");
    case IdRole:
        return e.key;
    case StatusRole:
        return int(e.status);
    case AgeRole:
        return ageMs(e, now);
    case CreatedAtRole:
        return e.createdAt;
    case ConsumedAtRole:
        return e.consumedAt;
    case ResponseRole:
        return e.response;
    case AnswersRole:
        return e.answers;
    case AlarmRole:
        return e.alarmed;
    case JsonRole:
        return e.json;
    case DetailRole:
        return e.detail;
    case SendIdRole:
        return e.sendId;
    case WithdrawableRole:
        return e.status == Status::Pending && !e.withdrawing && e.answers.isEmpty();
    default:
        return {};
    }
}

QVariant ActionQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ExecutorColumn:
        return tr("Executor");
    case ActionColumn:
        return tr("Action");
    case StatusColumn:
        return tr("Status");
    case AgeColumn:
        return tr("Waited");
    case ConsumedColumn:
        return tr("Consumed at");
    case ResponseColumn:
        return tr("Response");
    case IdColumn:
        return tr("Id");
    default:
        return {};
    }
}
