#pragma once

#include "secretmask.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <functional>

// The action queues of one document, across executors. Fed whole document snapshots: an action
// that appears is pending, one that leaves its array was consumed at that moment. Responses
// (e.g. getDisplayCount with respondTo) are matched to their request by id, else by action name.
class ActionQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ExecutorColumn,
        ActionColumn,
        StatusColumn,
        AgeColumn,
        ConsumedColumn,
        ResponseColumn,
        IdColumn,
        ColumnCount
    };
    // Delivery, in order: Sending / Outbox (waiting offline) -> Pending (written, in the
    // document) -> Consumed (taken by its executor; "answered" once a response matched).
    // Refused: the write was refused. Withdrawn: removed by the proctor before anyone took it.
    enum class Status { Pending, Consumed, Outbox, Sending, Refused, Withdrawn };
    Q_ENUM(Status)
    enum Role {
        ExecutorRole = Qt::UserRole + 1,
        ActionRole,
        IdRole,
        StatusRole, // Status as int
        AgeRole, // qint64 ms waited so far (pending) or until consumed
        CreatedAtRole, // QDateTime
        ConsumedAtRole, // QDateTime, invalid while pending
        ResponseRole, // QJsonObject of the matched response (requests only)
        AnswersRole, // id of the request this response answers (responses only)
        AlarmRole, // bool: waited longer than the threshold
        JsonRole, // QJsonObject of the action
        DetailRole, // why it was refused
        SendIdRole, // the console's send the row came from (rows not yet written)
        WithdrawableRole, // bool: written, not taken, not being withdrawn
    };
    Q_ENUM(Role)

    explicit ActionQueueModel(QObject *parent = nullptr);

    void updateFromDocument(const QJsonObject &document);
    void clear();
    // An action this console consumed itself: marked consumed now, added first if no snapshot
    // showed it (a fast claim), and matched to its request like any other.
    void markConsumed(const QString &executor, const QJsonObject &action);
    // Actions of one send before they are in the document: rows keyed by sendId, shown as
    // sending or waiting offline. written() turns them into the stored actions.
    void addOutgoing(const QString &sendId, const QJsonArray &batch, bool offline);
    void setOutgoingOffline(const QString &sendId);
    void setRefused(const QString &sendId, const QString &reason);
    void written(const QString &sendId, const QJsonArray &stored);
    // Withdrawal: while it runs the row stays pending even when it leaves the document; then
    // it is Withdrawn, or Consumed when the executor had taken it first.
    bool beginWithdraw(const QString &executor, const QString &id);
    void finishWithdraw(const QString &executor, const QString &id, bool removed);
    void cancelWithdraw(const QString &executor, const QString &id); // the write failed
    // Masks secret fields in tooltips.
    void setSecretMask(const SecretMask &mask) { m_mask = mask; }
    static QString statusText(Status status, bool answered = false, const QString &executor = {});
    // Re-evaluates ages and alarms; call from a timer.
    void tick();

    // Consumed actions kept per executor (oldest dropped first); pending ones are always kept.
    void setConsumedKept(int perExecutor);
    int consumedKept() const { return m_consumedKept; }

    void setAlarmThreshold(qint64 ms);
    qint64 alarmThreshold() const { return m_alarmMs; }
    void setClock(std::function<QDateTime()> clock);

    int pendingCount(const QString &executor = {}) const;
    QStringList executors() const;
    int rowForId(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void alarmRaised(const QString &executor, const QString &id, qint64 ageMs);
    void actionConsumed(const QString &executor, const QJsonObject &action);
    void responseMatched(const QString &requestId, const QJsonObject &response);

private:
    struct Entry
    {
        QString executor;
        QString key; // id, or the compact JSON when the action has none
        QJsonObject json;
        QDateTime createdAt;
        QDateTime consumedAt;
        Status status = Status::Pending;
        QString answers; // request key
        QJsonObject response;
        bool alarmed = false;
        bool withdrawing = false;
        QString sendId; // until written
        QString detail;
    };
    int removeRow(int row);
    bool adoptOutgoing(const QString &executor, const QString &id, const QJsonObject &action,
        const QDateTime &now);
    qint64 ageMs(const Entry &e, const QDateTime &now) const;
    int appendEntry(const QString &executor, const QString &key, const QJsonObject &action,
        const QDateTime &now); // a new pending row, matched to its request if it answers one
    void setConsumed(int row, const QDateTime &now);
    void matchResponse(int row);
    void checkAlarm(int row, const QDateTime &now);
    static QString responseSummary(const QJsonObject &response);
    void prune();
    void reindex();

    QList<Entry> m_entries;
    QHash<QString, int> m_rowByKey; // executor + '\n' + key
    qint64 m_alarmMs = 30000;
    int m_consumedKept = 200; // bounds memory on long sessions (see tests/bench/consoleload)
    std::function<QDateTime()> m_clock;
    SecretMask m_mask;
};
