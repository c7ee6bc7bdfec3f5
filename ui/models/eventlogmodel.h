#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonObject>
#include <QSortFilterProxyModel>

class QIODevice;

// Every event the console saw (updates, actions, connection changes, errors), in arrival order.
class EventLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, KindColumn, DocumentColumn, SummaryColumn, ColumnCount };
    enum Role {
        TimeRole = Qt::UserRole + 1, // QDateTime (UTC, ms)
        KindRole, // QString, e.g. "update", "action", "consumed", "state", "error"
        DocumentRole,
        SummaryRole,
        JsonRole, // QJsonObject
    };
    Q_ENUM(Role)

    struct Event
    {
        QDateTime time;
        QString kind;
        QString document;
        QString summary;
        QJsonObject json;
    };

    explicit EventLogModel(QObject *parent = nullptr);

    void append(const Event &event);
    // Convenience: stamps the current time.
    void log(const QString &kind, const QString &document, const QString &summary,
        const QJsonObject &json = {});
    void clear();
    const Event &eventAt(int row) const { return m_events.at(row); }
    int size() const { return int(m_events.size()); }

    // Oldest events are dropped beyond this (default 100000).
    void setMaxEvents(int max);

    // Rows in `rows` (all when empty), in the given order.
    QByteArray toJson(const QList<int> &rows = {}) const;
    QByteArray toCsv(const QList<int> &rows = {}) const;
    static QString timeText(const QDateTime &time); // "hh:mm:ss.zzz" local time
    static QString isoTime(const QDateTime &time); // ISO 8601 UTC with ms
    // Translated name of an event kind ("update" -> "Update"); unknown kinds are shown as is.
    static QString kindLabel(const QString &kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<int> allRowsIf(const QList<int> &rows) const;

    QList<Event> m_events;
    int m_maxEvents = 10000; // bounds memory on long sessions (see tests/bench/consoleload)
};

// Filters by free text (kind, document, summary and JSON), by kind and by document.
class EventLogFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit EventLogFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    void setKind(const QString &kind); // empty = all
    void setDocument(const QString &document); // empty = all
    QString text() const { return m_text; }

    // Source rows currently accepted, in view order.
    QList<int> sourceRows() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QString m_kind;
    QString m_document;
};
