#include "deliveryledger.h"

using namespace Qt::StringLiterals;

QString DeliveryLedger::key(const QString &writer, int n)
{
    return writer + u':' + QString::number(n);
}

void DeliveryLedger::acked(const QString &writer, int n, const QString &id)
{
    m_acked.insert(key(writer, n), id);
}

void DeliveryLedger::failed(const QString &writer, int n) { m_failed.insert(key(writer, n)); }

void DeliveryLedger::consumed(
    const QString &consumer, const QString &writer, int n, const QString &id)
{
    const QString k = key(writer, n);
    m_taken[k] += 1;
    m_takenIds.insert(k, id);
    // A consumer claims the head of the array each time, so per writer it sees write order.
    auto &last = m_lastN[consumer];
    if (last.contains(writer) && n <= last.value(writer))
        m_fifo << u"%1 took %2 after %3:%4"_s.arg(consumer, k, writer).arg(last.value(writer));
    last.insert(writer, n);
}

void DeliveryLedger::uncertainClaim(const QStringList &ids) { m_uncertainClaims << ids; }

bool DeliveryLedger::allAckedTaken() const
{
    for (auto it = m_acked.begin(); it != m_acked.end(); ++it) {
        if (!m_taken.contains(it.key()))
            return false;
    }
    return true;
}

QStringList DeliveryLedger::problems() const
{
    QStringList p;
    for (auto it = m_acked.begin(); it != m_acked.end(); ++it) {
        if (!m_taken.contains(it.key()))
            p << u"lost: %1 (id %2) was acknowledged, never taken"_s.arg(it.key(), it.value());
    }
    for (auto it = m_taken.begin(); it != m_taken.end(); ++it) {
        const QString id = m_takenIds.value(it.key());
        if (it.value() > 1 && !(it.value() == 2 && m_uncertainWrites.contains(id)))
            p << u"duplicated: %1 taken %2 times"_s.arg(it.key()).arg(it.value());
        if (!m_acked.contains(it.key()) && !m_failed.contains(it.key()))
            p << u"unknown: %1 was taken but never written"_s.arg(it.key());
        const QString ackedId = m_acked.value(it.key());
        if (!ackedId.isEmpty() && ackedId != id)
            p << u"changed: %1 has id %2, acknowledged as %3"_s.arg(it.key(), id, ackedId);
    }
    p << m_fifo;
    for (const QStringList &ids : m_uncertainClaims)
        p << u"unresolved claim: %1"_s.arg(ids.join(u','));
    if (p.size() > 20)
        p = p.mid(0, 20) << u"... %1 more"_s.arg(p.size() - 20);
    return p;
}

QJsonObject DeliveryLedger::summary() const
{
    int takenTotal = 0, unackedTaken = 0, jsTwice = 0;
    for (auto it = m_taken.begin(); it != m_taken.end(); ++it) {
        takenTotal += it.value();
        unackedTaken += m_failed.contains(it.key()) ? 1 : 0;
        jsTwice += it.value() == 2 ? 1 : 0;
    }
    return { { u"acked"_s, int(m_acked.size()) }, { u"failedWrites"_s, int(m_failed.size()) },
        { u"taken"_s, takenTotal }, { u"unackedTaken"_s, unackedTaken },
        { u"unresolvedClaims"_s, int(m_uncertainClaims.size()) },
        { u"jsUncertainWrites"_s, int(m_uncertainWrites.size()) }, { u"takenTwice"_s, jsTwice } };
}
