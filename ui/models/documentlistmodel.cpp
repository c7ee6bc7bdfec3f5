#include "documentlistmodel.h"

#include "eventlogmodel.h"

#include <QColor>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

DocumentListModel::DocumentListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

void DocumentListModel::setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

int DocumentListModel::addDocument(const QString &documentId, const QString &identity)
{
    const int existing = rowOf(documentId);
    if (existing >= 0)
        return existing;
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    Entry e;
    e.id = documentId;
    e.identity = identity;
    m_entries.append(e);
    endInsertRows();
    return row;
}

bool DocumentListModel::removeDocument(const QString &documentId)
{
    const int row = rowOf(documentId);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
    return true;
}

void DocumentListModel::setState(
    const QString &documentId, State state, int retryInMs, const QString &detail)
{
    const int row = rowOf(documentId);
    if (row < 0)
        return;
    Entry &e = m_entries[row];
    // A negative delay means "not known here": keep a countdown already running.
    const bool keep
        = state == State::Reconnecting && retryInMs < 0 && e.state == State::Reconnecting;
    e.state = state;
    if (!keep)
        e.retryAt = state == State::Reconnecting && retryInMs >= 0 ? m_clock().addMSecs(retryInMs)
                                                                   : QDateTime();
    e.detail = detail;
    changed(row);
}

void DocumentListModel::setContent(
    const QString &documentId, const QJsonObject &data, const QString &revision)
{
    const int row = rowOf(documentId);
    if (row < 0)
        return;
    Entry &e = m_entries[row];
    e.revision = revision;
    e.label = labelOf(data);
    e.lastUpdate = m_clock();
    e.size = sizeOf(data);
    changed(row);
}

void DocumentListModel::tick()
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).state == State::Reconnecting)
            Q_EMIT dataChanged(index(row, StateColumn), index(row, StateColumn));
    }
}

void DocumentListModel::changed(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int DocumentListModel::rowOf(const QString &documentId) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == documentId)
            return row;
    }
    return -1;
}

QString DocumentListModel::documentAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).id : QString();
}

QStringList DocumentListModel::documents() const
{
    QStringList out;
    for (const Entry &e : m_entries)
        out << e.id;
    return out;
}

QString DocumentListModel::labelOf(const QJsonObject &data)
{
    for (const char *key : { "studentName", "roomName", "name" }) {
        const QString v = data.value(QLatin1String(key)).toString().simplified();
        if (!v.isEmpty())
            return v.left(80);
    }
    return {};
}

QString DocumentListModel::displayName(const QString &documentId) const
{
    const int row = rowOf(documentId);
    if (row < 0)
        return documentId;
    const Entry &e = m_entries.at(row);
    return e.label.isEmpty() ? e.id : tr("%1 — %2").arg(e.label, e.id);
}

qint64 DocumentListModel::sizeOf(const QJsonObject &data)
{
    return QJsonDocument(data).toJson(QJsonDocument::Compact).size();
}

QString DocumentListModel::stateText(State state)
{
    switch (state) {
    case State::Connecting:
        return tr("Connecting");
    case State::Connected:
        return tr("Connected");
    case State::Reconnecting:
        return tr("Reconnecting");
    case State::Denied:
        return tr("Denied");
    case State::Disconnected:
        return tr("Disconnected");
    case State::Failed:
        return tr("Failed");
    }
    return {};
}

int DocumentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int DocumentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DocumentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Entry &e = m_entries.at(index.row());
    // Data received earlier, and the connection since lost or refused: it may be old.
    const bool stale
        = e.state != State::Connected && e.state != State::Connecting && e.lastUpdate.isValid();
    // Only where it is shown: a local-time conversion per call is costly with hundreds of rows.
    const auto lastUpdate = [&e] { return e.lastUpdate.toLocalTime().toString(u"HH:mm:ss"_s); };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DocumentColumn:
            return e.label.isEmpty() ? e.id : tr("%1 — %2").arg(e.label, e.id);
        case StateColumn: {
            QString text = stateText(e.state);
            if (e.state == State::Reconnecting && e.retryAt.isValid()) {
                const qint64 s = std::max<qint64>(0, (m_clock().msecsTo(e.retryAt) + 999) / 1000);
                text = tr("Reconnecting in %n s", nullptr, int(s));
            }
            return stale ? tr("%1 · last update %2").arg(text, lastUpdate()) : text;
        }
        case RevisionColumn:
            return e.revision;
        case UpdatedColumn:
            return e.lastUpdate.isValid() ? EventLogModel::timeText(e.lastUpdate) : QString();
        case SizeColumn:
            return tr("%1 / %2 KiB (%3%)")
                .arg(double(e.size) / 1024.0, 0, 'f', 1)
                .arg(MaxDocumentBytes / 1024)
                .arg(qRound(100.0 * double(e.size) / double(MaxDocumentBytes)));
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StateColumn && !e.detail.isEmpty())
            return e.detail;
        if (stale)
            return tr("%1\nIdentity: %2\nNot connected: the data shown is from %3")
                .arg(e.id, e.identity, lastUpdate());
        return tr("%1\nIdentity: %2").arg(e.id, e.identity);
    case Qt::ForegroundRole:
        if (index.column() == StateColumn && (e.state == State::Denied || e.state == State::Failed))
            return QColor(Qt::red);
        if (stale)
            return QColor(Qt::gray);
        if (index.column() == SizeColumn && e.size > MaxDocumentBytes * 9 / 10)
            return QColor(Qt::red);
        return {};
    case DocumentIdRole:
        return e.id;
    case IdentityRole:
        return e.identity;
    case StateRole:
        return int(e.state);
    case RevisionRole:
        return e.revision;
    case LastUpdateRole:
        return e.lastUpdate;
    case SizeRole:
        return e.size;
    case SizeRatioRole:
        return double(e.size) / double(MaxDocumentBytes);
    case RetryAtRole:
        return e.retryAt;
    case DetailRole:
        return e.detail;
    case LabelRole:
        return e.label;
    case StaleRole:
        return stale;
    default:
        return {};
    }
}

QVariant DocumentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DocumentColumn:
        return tr("Document");
    case StateColumn:
        return tr("State");
    case RevisionColumn:
        return tr("Revision");
    case UpdatedColumn:
        return tr("Last update");
    case SizeColumn:
        return tr("Size");
    default:
        return {};
    }
}
