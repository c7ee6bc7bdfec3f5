#include "spidentity.h"

using namespace Qt::StringLiterals;

namespace SpSync {

namespace {

    bool isSidChar(QChar c)
    {
        const char16_t u = c.unicode();
        return (u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z');
    }

    SyncError invalid(const QString &message)
    {
        SyncError e;
        e.kind = SyncError::Kind::InvalidInput;
        e.message = message;
        return e;
    }

} // namespace

QString sidError(const QString &sid, QStringView prefix, const QString &what)
{
    const qsizetype expected = prefix.size() + kSidBodyLength;
    if (sid.isEmpty())
        return u"%1 is missing (expected %2 followed by %3 letters or digits)"_s.arg(
            what, prefix.toString(), QString::number(kSidBodyLength));
    if (!sid.startsWith(prefix))
        return u"%1 \"%2\" has the wrong prefix: it must start with %3"_s.arg(
            what, sid, prefix.toString());
    for (qsizetype i = prefix.size(); i < sid.size(); ++i) {
        if (!isSidChar(sid.at(i)))
            return u"%1 \"%2\" has a bad character '%3' at position %4 (only 0-9, A-Z and a-z are "
                   u"allowed)"_s.arg(what, sid, sid.at(i), QString::number(i + 1));
    }
    if (sid.size() != expected)
        return u"%1 \"%2\" has the wrong length: %3 characters, expected %4 (%5 + %6)"_s.arg(what,
            sid, QString::number(sid.size()), QString::number(expected), prefix.toString(),
            QString::number(kSidBodyLength));
    return {};
}

bool isValidSid(const QString &sid, QStringView prefix)
{
    if (sid.size() != prefix.size() + kSidBodyLength || !sid.startsWith(prefix))
        return false;
    for (qsizetype i = prefix.size(); i < sid.size(); ++i) {
        if (!isSidChar(sid.at(i)))
            return false;
    }
    return true;
}

SyncResult<DocumentIdentity> deriveIdentity(
    Role role, const QString &sessionSid, const QString &proctorSid, const QString &roomSid)
{
    const QString session = u"session SID"_s;
    const QString proctor = u"proctor SID"_s;
    const QString room = u"proctor room SID"_s;
    QString error;
    switch (role) {
    case Role::Student:
        error = sidError(sessionSid, kSessionPrefix, session);
        if (!error.isEmpty())
            return invalid(error);
        return DocumentIdentity { u"Session_"_s + sessionSid, sessionSid };
    case Role::ProctorSession:
        error = sidError(sessionSid, kSessionPrefix, session);
        if (error.isEmpty())
            error = sidError(proctorSid, kProctorPrefix, proctor);
        if (!error.isEmpty())
            return invalid(error);
        return DocumentIdentity { u"Session_"_s + sessionSid, sessionSid + proctorSid };
    case Role::ProctorRoom:
        error = sidError(roomSid, kRoomPrefix, room);
        if (error.isEmpty())
            error = sidError(proctorSid, kProctorPrefix, proctor);
        if (!error.isEmpty())
            return invalid(error);
        return DocumentIdentity { u"Proctor_Room_"_s + roomSid, proctorSid };
    }
    return invalid(u"unknown role"_s);
}

bool looksLikeSid(QStringView name)
{
    if (name.size() != 2 + kSidBodyLength)
        return false;
    for (qsizetype i = 0; i < 2; ++i) {
        const char16_t u = name.at(i).unicode();
        if (!((u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z')))
            return false;
    }
    for (qsizetype i = 2; i < name.size(); ++i) {
        if (!isSidChar(name.at(i)))
            return false;
    }
    return true;
}

bool isValidUniqueName(const QString &name, QString *why)
{
    QString reason;
    if (name.isEmpty())
        reason = u"the document name is empty"_s;
    else if (name.size() > kMaxUniqueNameLength)
        reason = u"the document name has %1 characters; at most %2 are allowed"_s.arg(
            QString::number(name.size()), QString::number(kMaxUniqueNameLength));
    else if (looksLikeSid(name))
        reason = u"the document name \"%1\" looks like a SID; use e.g. Session_<ES...>"_s.arg(name);
    if (why)
        *why = reason;
    return reason.isEmpty();
}

} // namespace SpSync
