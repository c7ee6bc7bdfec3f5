#pragma once

#include "jsondiff.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <optional>

// Every revision the console saw, per document, kept in SQLite so it survives restarts.
class RevisionHistory : public QObject
{
    Q_OBJECT
public:
    struct Revision
    {
        qint64 seq = 0; // order seen
        QString revision;
        QDateTime seenAt;
        qint64 size = 0;
    };

    explicit RevisionHistory(QObject *parent = nullptr);
    ~RevisionHistory() override;

    // path: SQLite file (created with its directory), or ":memory:".
    bool open(const QString &path, QString *error = nullptr);
    bool isOpen() const;
    void close();

    // Returns true when this revision is new for the document.
    bool record(const QString &documentId, const QString &revision, const QJsonObject &data,
        const QDateTime &seenAt = QDateTime::currentDateTimeUtc());
    QList<Revision> revisions(const QString &documentId) const;
    // The newest revision of a document (cheap: no list of every revision).
    std::optional<Revision> latest(const QString &documentId) const;
    QStringList documents() const;
    std::optional<QJsonObject> data(const QString &documentId, const QString &revision) const;
    // Changes from `from` to `to`; empty if either is unknown.
    QList<JsonDiff::Change> diff(
        const QString &documentId, const QString &from, const QString &to) const;

Q_SIGNALS:
    void revisionRecorded(const QString &documentId, const QString &revision);

private:
    QString m_connection;
};

// The revisions of one document in a RevisionHistory, oldest first.
class RevisionListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { RevisionColumn, SeenColumn, SizeColumn, ColumnCount };
    enum Role { RevisionRole = Qt::UserRole + 1, SeenAtRole, SizeRole };

    explicit RevisionListModel(RevisionHistory *history, QObject *parent = nullptr);
    void setDocument(const QString &documentId);
    QString document() const { return m_document; }
    QString revisionAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void onRecorded(const QString &documentId, const QString &revision);

    RevisionHistory *m_history;
    QString m_document;
    QList<RevisionHistory::Revision> m_revisions;
};
