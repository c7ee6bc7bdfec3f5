#include "eventlogmodel.h"

#include "jsondiff.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

EventLogModel::EventLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void EventLogModel::append(const Event &event)
{
    if (m_events.size() >= m_maxEvents) {
        const int drop = int(m_events.size()) - m_maxEvents + 1;
        beginRemoveRows({}, 0, drop - 1);
        m_events.remove(0, drop);
        endRemoveRows();
    }
    const int row = int(m_events.size());
    beginInsertRows({}, row, row);
    m_events.append(event);
    endInsertRows();
}

void EventLogModel::log(
    const QString &kind, const QString &document, const QString &summary, const QJsonObject &json)
{
    append({ QDateTime::currentDateTimeUtc(), kind, document, summary, json });
}

void EventLogModel::clear()
{
    if (m_events.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_events.size()) - 1);
    m_events.clear();
    endRemoveRows();
}

void EventLogModel::setMaxEvents(int max)
{
    m_maxEvents = std::max(1, max);
    if (m_events.size() > m_maxEvents) {
        const int drop = int(m_events.size()) - m_maxEvents;
        beginRemoveRows({}, 0, drop - 1);
        m_events.remove(0, drop);
        endRemoveRows();
    }
}

QString EventLogModel::timeText(const QDateTime &time)
{
    return time.toLocalTime().toString(u"hh:mm:ss.zzz"_s);
}

QString EventLogModel::kindLabel(const QString &kind)
{
    static const QHash<QString, const char *> labels {
        { u"update"_s, QT_TR_NOOP("Update") },
        { u"send"_s, QT_TR_NOOP("Send") },
        { u"action"_s, QT_TR_NOOP("Action") },
        { u"consumed"_s, QT_TR_NOOP("Consumed") },
        { u"response"_s, QT_TR_NOOP("Response") },
        { u"alarm"_s, QT_TR_NOOP("Alarm") },
        { u"state"_s, QT_TR_NOOP("Connection") },
        { u"error"_s, QT_TR_NOOP("Error") },
        { u"simulator"_s, QT_TR_NOOP("Simulator") },
    };
    const char *label = labels.value(kind);
    return label ? tr(label) : kind;
}

QString EventLogModel::isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QList<int> EventLogModel::allRowsIf(const QList<int> &rows) const
{
    if (!rows.isEmpty())
        return rows;
    QList<int> all;
    all.reserve(m_events.size());
    for (int i = 0; i < m_events.size(); ++i)
        all.append(i);
    return all;
}

QByteArray EventLogModel::toJson(const QList<int> &rows) const
{
    QJsonArray out;
    for (int row : allRowsIf(rows)) {
        const Event &e = m_events.at(row);
        out.append(QJsonObject { { u"time"_s, isoTime(e.time) }, { u"kind"_s, e.kind },
            { u"document"_s, e.document }, { u"summary"_s, e.summary }, { u"data"_s, e.json } });
    }
    return QJsonDocument(out).toJson(QJsonDocument::Indented);
}

namespace {
// RFC 4180: quote every field, double inner quotes.
QByteArray csvField(const QString &s)
{
    QString q = s;
    q.replace(u'"', u"\"\""_s);
    return '"' + q.toUtf8() + '"';
}
} // namespace

QByteArray EventLogModel::toCsv(const QList<int> &rows) const
{
    QByteArray out = "time,kind,document,summary,json\r\n";
    for (int row : allRowsIf(rows)) {
        const Event &e = m_events.at(row);
        out += csvField(isoTime(e.time)) + ',' + csvField(e.kind) + ',' + csvField(e.document) + ','
            + csvField(e.summary) + ',' + csvField(JsonDiff::compact(e.json)) + "\r\n";
    }
    return out;
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Event &e = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return timeText(e.time);
        case KindColumn:
            return kindLabel(e.kind);
        case DocumentColumn:
            return e.document;
        case SummaryColumn:
            return e.summary;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == TimeColumn ? isoTime(e.time) : JsonDiff::compact(e.json);
    case TimeRole:
        return e.time;
    case KindRole:
        return e.kind;
    case DocumentRole:
        return e.document;
    case SummaryRole:
        return e.summary;
    case JsonRole:
        return e.json;
    default:
        return {};
    }
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case KindColumn:
        return tr("Event");
    case DocumentColumn:
        return tr("Document");
    case SummaryColumn:
        return tr("Summary");
    default:
        return {};
    }
}

EventLogFilterModel::EventLogFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void EventLogFilterModel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

void EventLogFilterModel::setKind(const QString &kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateFilter();
}

void EventLogFilterModel::setDocument(const QString &document)
{
    if (document == m_document)
        return;
    m_document = document;
    invalidateFilter();
}

QList<int> EventLogFilterModel::sourceRows() const
{
    QList<int> rows;
    rows.reserve(rowCount());
    for (int r = 0; r < rowCount(); ++r)
        rows.append(mapToSource(index(r, 0)).row());
    return rows;
}

bool EventLogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_kind.isEmpty() && idx.data(EventLogModel::KindRole).toString() != m_kind)
        return false;
    if (!m_document.isEmpty() && idx.data(EventLogModel::DocumentRole).toString() != m_document)
        return false;
    if (m_text.isEmpty())
        return true;
    for (int role :
        { EventLogModel::KindRole, EventLogModel::DocumentRole, EventLogModel::SummaryRole }) {
        if (idx.data(role).toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    if (idx.data(Qt::DisplayRole).toString().contains(m_text, Qt::CaseInsensitive))
        return true; // the translated kind
    const QJsonObject json = idx.data(EventLogModel::JsonRole).toJsonObject();
    return JsonDiff::compact(json).contains(m_text, Qt::CaseInsensitive);
}
