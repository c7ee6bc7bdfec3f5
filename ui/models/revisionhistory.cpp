#include "revisionhistory.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
int g_instance = 0;
}

RevisionHistory::RevisionHistory(QObject *parent)
    : QObject(parent)
    , m_connection(u"revisionhistory-%1"_s.arg(++g_instance))
{
}

RevisionHistory::~RevisionHistory() { close(); }

bool RevisionHistory::open(const QString &path, QString *error)
{
    close();
    if (path != u":memory:"_s)
        QDir().mkpath(QFileInfo(path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(path);
    if (!db.open()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    const bool ok
        = q.exec(u"CREATE TABLE IF NOT EXISTS revisions ("
                 u" seq INTEGER PRIMARY KEY AUTOINCREMENT, document TEXT NOT NULL,"
                 u" revision TEXT NOT NULL, seen_at INTEGER NOT NULL, size INTEGER NOT NULL,"
                 u" data TEXT NOT NULL, UNIQUE(document, revision))"_s)
        && q.exec(u"PRAGMA journal_mode=WAL"_s);
    if (!ok && error)
        *error = q.lastError().text();
    return ok;
}

bool RevisionHistory::isOpen() const
{
    return QSqlDatabase::contains(m_connection)
        && QSqlDatabase::database(m_connection, false).isOpen();
}

void RevisionHistory::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool RevisionHistory::record(const QString &documentId, const QString &revision,
    const QJsonObject &data, const QDateTime &seenAt)
{
    if (!isOpen())
        return false;
    const QByteArray json = QJsonDocument(data).toJson(QJsonDocument::Compact);
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"INSERT OR IGNORE INTO revisions (document, revision, seen_at, size,"
              u" data) VALUES (?, ?, ?, ?, ?)"_s);
    q.addBindValue(documentId);
    q.addBindValue(revision);
    q.addBindValue(seenAt.toMSecsSinceEpoch());
    q.addBindValue(json.size());
    q.addBindValue(QString::fromUtf8(json));
    if (!q.exec() || q.numRowsAffected() != 1)
        return false;
    Q_EMIT revisionRecorded(documentId, revision);
    return true;
}

std::optional<RevisionHistory::Revision> RevisionHistory::latest(const QString &documentId) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"SELECT seq, revision, seen_at, size FROM revisions WHERE document = ?"
              u" ORDER BY seq DESC LIMIT 1"_s);
    q.addBindValue(documentId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Revision { q.value(0).toLongLong(), q.value(1).toString(),
        QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC), q.value(3).toLongLong() };
}

QList<RevisionHistory::Revision> RevisionHistory::revisions(const QString &documentId) const
{
    QList<Revision> out;
    if (!isOpen())
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"SELECT seq, revision, seen_at, size FROM revisions WHERE document = ?"
              u" ORDER BY seq"_s);
    q.addBindValue(documentId);
    q.exec();
    while (q.next()) {
        out.append({ q.value(0).toLongLong(), q.value(1).toString(),
            QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC),
            q.value(3).toLongLong() });
    }
    return out;
}

QStringList RevisionHistory::documents() const
{
    QStringList out;
    if (!isOpen())
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.exec(u"SELECT DISTINCT document FROM revisions ORDER BY document"_s);
    while (q.next())
        out << q.value(0).toString();
    return out;
}

std::optional<QJsonObject> RevisionHistory::data(
    const QString &documentId, const QString &revision) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"SELECT data FROM revisions WHERE document = ? AND revision = ?"_s);
    q.addBindValue(documentId);
    q.addBindValue(revision);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
}

QList<JsonDiff::Change> RevisionHistory::diff(
    const QString &documentId, const QString &from, const QString &to) const
{
    const auto a = data(documentId, from);
    const auto b = data(documentId, to);
    if (!a || !b)
        return {};
    return JsonDiff::diff(*a, *b);
}

RevisionListModel::RevisionListModel(RevisionHistory *history, QObject *parent)
    : QAbstractTableModel(parent)
    , m_history(history)
{
    connect(history, &RevisionHistory::revisionRecorded, this, &RevisionListModel::onRecorded);
}

void RevisionListModel::setDocument(const QString &documentId)
{
    beginResetModel();
    m_document = documentId;
    m_revisions = documentId.isEmpty() ? QList<RevisionHistory::Revision>()
                                       : m_history->revisions(documentId);
    endResetModel();
}

void RevisionListModel::onRecorded(const QString &documentId, const QString &revision)
{
    if (documentId != m_document)
        return;
    // Only the new row is read: reading every revision on each update grew with the session.
    const std::optional<RevisionHistory::Revision> last = m_history->latest(documentId);
    if (!last || last->revision != revision)
        return setDocument(documentId);
    const int row = int(m_revisions.size());
    beginInsertRows({}, row, row);
    m_revisions.append(*last);
    endInsertRows();
}

QString RevisionListModel::revisionAt(int row) const
{
    return row >= 0 && row < m_revisions.size() ? m_revisions.at(row).revision : QString();
}

int RevisionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_revisions.size());
}

int RevisionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RevisionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const RevisionHistory::Revision &r = m_revisions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RevisionColumn:
            return r.revision;
        case SeenColumn:
            return r.seenAt.toLocalTime().toString(u"hh:mm:ss.zzz"_s);
        case SizeColumn:
            return tr("%n byte(s)", nullptr, int(r.size));
        }
        return {};
    case Qt::ToolTipRole:
        return r.seenAt.toLocalTime().toString(u"yyyy-MM-dd hh:mm:ss.zzz"_s);
    case RevisionRole:
        return r.revision;
    case SeenAtRole:
        return r.seenAt;
    case SizeRole:
        return r.size;
    default:
        return {};
    }
}

QVariant RevisionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RevisionColumn:
        return tr("Revision");
    case SeenColumn:
        return tr("Seen");
    case SizeColumn:
        return tr("Size");
    default:
        return {};
    }
}
