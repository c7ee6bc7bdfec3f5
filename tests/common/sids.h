// SIDs for tests: a two-letter prefix (ES session, PU proctor user, PR proctor room) and 32
// characters, as the SP layer and the emulator's rules expect, and the documents they name.
#pragma once

#include <QString>
#include <QUuid>

namespace SpTest {

// prefix + 32 x fill: sid(u"ES", 'a') is "ESaaaa…a", easy to tell apart in a failure.
inline QString sid(QStringView prefix, char fill)
{
    return prefix.toString() + QString(32, QLatin1Char(fill));
}

// prefix + n, zero-padded to 32 digits: numberedSid(u"ES", 1) is "ES000…01".
inline QString numberedSid(QStringView prefix, int n)
{
    return prefix.toString() + QString::number(n).rightJustified(32, u'0');
}

// prefix + 32 random hex digits, for a run that must not meet an earlier one's documents.
inline QString randomSid(QStringView prefix)
{
    return prefix.toString() + QUuid::createUuid().toString(QUuid::Id128);
}

// The document a session SID names: "Session_ES…".
inline QString sessionDocument(const QString &sessionSid)
{
    using namespace Qt::StringLiterals;
    return u"Session_"_s + sessionSid;
}

// The room document a proctor room SID names: "Proctor_Room_PR…".
inline QString roomDocument(const QString &roomSid)
{
    using namespace Qt::StringLiterals;
    return u"Proctor_Room_"_s + roomSid;
}

} // namespace SpTest
