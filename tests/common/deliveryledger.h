// What producers had acknowledged and what consumers took, and the verdict: each acknowledged
// action taken exactly once, none twice, FIFO per writer.
// Actions are keyed "writer:n" (n counts a writer's attempts, so a failed write that was
// redone is a different action).
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QStringList>

class DeliveryLedger
{
public:
    // An empty id: the writer does not know it, so the id taken is not compared.
    void acked(const QString &writer, int n, const QString &id = {});
    void failed(const QString &writer, int n);
    void consumed(const QString &consumer, const QString &writer, int n, const QString &id);
    // Ids of a claim the client could not resolve (no reply, and the document could not be
    // re-read to find its marker): reported, so a violation here.
    void uncertainClaim(const QStringList &ids);
    // Ids of the JS producer whose write was in flight when its connection dropped: the official
    // client re-sends it, so if it was consumed in between it is taken twice.
    void uncertainWrite(const QString &id) { m_uncertainWrites.insert(id); }

    int ackedCount() const { return int(m_acked.size()); }
    bool allAckedTaken() const;
    // Empty when everything holds; else one line per violation (at most 20).
    QStringList problems() const;
    QJsonObject summary() const;

private:
    static QString key(const QString &writer, int n);

    QHash<QString, QString> m_acked; // key -> id
    QSet<QString> m_failed; // keys
    QHash<QString, int> m_taken; // key -> times
    QHash<QString, QString> m_takenIds; // key -> id
    QHash<QString, QHash<QString, int>> m_lastN; // consumer -> writer -> last n
    QStringList m_fifo;
    QSet<QString> m_uncertainWrites;
    QList<QStringList> m_uncertainClaims;
};
