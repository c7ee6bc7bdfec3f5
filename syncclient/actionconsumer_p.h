// ActionConsumer: takes (claims) the actions of the executors a SyncClient's receivers consume,
// resolves claims whose reply was lost, gives back what no receiver wants any more, and emits
// each action once, in order (README "Consuming actions").
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QMetaMethod>
#include <QSet>
#include <QString>
#include <QStringList>
#include <deque>

namespace SpSync {

class SyncClientPrivate;

class ActionConsumer
{
public:
    explicit ActionConsumer(SyncClientPrivate &client);

    void setExecutors(const QStringList &executors) { m_consumed = executors; }
    QStringList executors() const { return m_consumed; }

    // Claims the head of every consumed executor's array that has actions and a receiver.
    void check();

    // Whether a connection to this signal of SyncClient may start consuming.
    static bool isActionSignal(const QMetaMethod &signal);

private:
    bool wants(const QString &executor) const;
    QStringList candidates() const;
    void claim(const QString &executor);
    // A claim without reply: re-read, look for its mark, then deliver or release.
    void resolveClaim(
        const QString &executor, const QString &claimId, const QJsonArray &claimed, int attempt);
    void claimApplied(const QString &executor, const QJsonArray &claimed);
    void giveBack(const QString &executor, const QJsonArray &actions);
    bool firstDelivery(const QJsonObject &action); // false: this id was emitted already
    bool emitAction(const QString &executor, const QJsonObject &action); // false: client deleted

    SyncClientPrivate &c;
    QStringList m_consumed;
    QSet<QString> m_claiming;
    QSet<QString> m_emittedIds; // recent action ids emitted, bounded by m_emittedOrder
    std::deque<QString> m_emittedOrder;
};

} // namespace SpSync
