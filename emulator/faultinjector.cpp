#include "faultinjector.h"

using namespace Qt::StringLiterals;

namespace SpEmu {

namespace {
    bool parseFraction(const QString &text, double *out)
    {
        bool ok = false;
        const double v = text.toDouble(&ok);
        if (!ok || v < 0.0 || v > 1.0)
            return false;
        *out = v;
        return true;
    }

    bool parseMs(const QString &text, int *out)
    {
        bool ok = false;
        const int v = text.toInt(&ok);
        if (!ok || v < 0 || v > 600000)
            return false;
        *out = v;
        return true;
    }
} // namespace

bool FaultInjector::configure(
    const QStringList &specs, quint32 seed, bool seedGiven, QString *error)
{
    m_rng = seedGiven ? QRandomGenerator(seed)
                      : QRandomGenerator(QRandomGenerator::global()->generate());
    for (const QString &spec : specs) {
        const qsizetype eq = spec.indexOf(u'=');
        const QString key = eq < 0 ? spec : spec.left(eq);
        const QString value = eq < 0 ? QString() : spec.mid(eq + 1);
        bool ok = false;
        if (key == u"drop-after") {
            m_dropAfter = value.toInt(&ok);
            ok = ok && m_dropAfter > 0;
        } else if (key == u"drop-prob") {
            ok = parseFraction(value, &m_dropProb);
        } else if (key == u"delay") {
            const qsizetype dash = value.indexOf(u'-');
            if (dash < 0) {
                ok = parseMs(value, &m_delayMin);
                m_delayMax = m_delayMin;
            } else {
                ok = parseMs(value.left(dash), &m_delayMin)
                    && parseMs(value.mid(dash + 1), &m_delayMax) && m_delayMin <= m_delayMax;
            }
        } else if (key == u"412") {
            ok = parseFraction(value, &m_f412);
        } else if (key == u"429") {
            ok = parseFraction(value, &m_f429);
        } else if (key == u"503") {
            ok = parseFraction(value, &m_f503);
        } else if (key == u"stall") {
            ok = parseMs(value, &m_stallMs);
        }
        if (!ok) {
            if (error)
                *error = u"bad --fault spec '%1' (see faultinjector.h)"_s.arg(spec);
            return false;
        }
        m_active = true;
    }
    return true;
}

int FaultInjector::replyDelayMs()
{
    if (m_delayMax <= 0)
        return 0;
    if (m_delayMin == m_delayMax)
        return m_delayMin;
    return m_delayMin + int(m_rng.bounded(quint32(m_delayMax - m_delayMin + 1)));
}

bool FaultInjector::roll(double fraction)
{
    if (fraction <= 0.0)
        return false;
    if (fraction >= 1.0)
        return true;
    return m_rng.generateDouble() < fraction;
}

} // namespace SpEmu
