#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonObject>
#include <functional>

// Joined documents with their connection state, revision, last update and size.
class DocumentListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr qint64 MaxDocumentBytes = 16 * 1024; // Twilio's limit for document data

    enum Column {
        DocumentColumn,
        StateColumn,
        RevisionColumn,
        UpdatedColumn,
        SizeColumn,
        ColumnCount
    };
    enum class State { Connecting, Connected, Reconnecting, Denied, Disconnected, Failed };
    Q_ENUM(State)
    enum Role {
        DocumentIdRole = Qt::UserRole + 1,
        IdentityRole,
        StateRole, // State as int
        RevisionRole,
        LastUpdateRole, // QDateTime
        SizeRole, // qint64 bytes of compact JSON
        SizeRatioRole, // double, size / MaxDocumentBytes
        RetryAtRole, // QDateTime of the next reconnect attempt (Reconnecting only)
        DetailRole, // error text for Denied/Failed
        LabelRole, // the student's or room's name when the document carries one
        StaleRole, // bool: not connected, so the data shown may be old
    };
    Q_ENUM(Role)

    explicit DocumentListModel(QObject *parent = nullptr);

    // Returns the row; an already joined document keeps its row.
    int addDocument(const QString &documentId, const QString &identity);
    bool removeDocument(const QString &documentId);
    // retryInMs < 0 while Reconnecting keeps the countdown already shown.
    void setState(
        const QString &documentId, State state, int retryInMs = 0, const QString &detail = {});
    void setContent(const QString &documentId, const QJsonObject &data, const QString &revision);
    // Refreshes reconnect countdowns; call from a timer.
    void tick();
    void setClock(std::function<QDateTime()> clock);

    int rowOf(const QString &documentId) const;
    QString documentAt(int row) const;
    QStringList documents() const;
    static qint64 sizeOf(const QJsonObject &data);
    static QString stateText(State state);
    // "Ada Lovelace — Session_ES…" when a label is known, else the id.
    QString displayName(const QString &documentId) const;
    // The name a document carries in its data (studentName, roomName or name).
    static QString labelOf(const QJsonObject &data);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        QString id;
        QString identity;
        State state = State::Connecting;
        QDateTime retryAt;
        QString detail;
        QString revision;
        QString label;
        QDateTime lastUpdate;
        qint64 size = 0;
    };
    void changed(int row);

    QList<Entry> m_entries;
    std::function<QDateTime()> m_clock;
};
