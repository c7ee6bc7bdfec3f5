#include "joinrequest.h"

#include "sp/spidentity.h"

using namespace Qt::StringLiterals;

namespace {

bool isSidChar(QChar c)
{
    return c.isDigit() || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

} // namespace

QString JoinRules::sidProblem(const QString &sid, const QString &prefix, const QString &label)
{
    if (SpSync::isValidSid(sid, prefix))
        return {};
    if (sid.isEmpty())
        return tr("%1 is missing.").arg(label);
    if (!sid.startsWith(prefix))
        return tr("%1 must start with %2 (it starts with \"%3\").").arg(label, prefix, sid.left(2));
    for (qsizetype i = 0; i < sid.size(); ++i) {
        if (!isSidChar(sid.at(i)))
            return tr("%1 has \"%2\" at position %3; only letters and digits are allowed.")
                .arg(label, sid.mid(i, 1))
                .arg(i + 1);
    }
    const int body = int(sid.size() - prefix.size());
    return tr("%1 needs 32 letters or digits after %2; it has %3.").arg(label, prefix).arg(body);
}

JoinRequest JoinRules::validate(JoinRequest r)
{
    r.sessionSid = r.sessionSid.trimmed();
    r.proctorSid = r.proctorSid.trimmed();
    r.roomSid = r.roomSid.trimmed();
    r.documentId.clear();
    r.identity.clear();
    r.errorField = JoinRequest::Field::None;
    r.error.clear();

    const bool session = r.role != JoinRequest::Role::ProctorRoom;
    const bool proctor = r.role != JoinRequest::Role::Student;
    const bool room = r.role == JoinRequest::Role::ProctorRoom;
    auto check = [&r](bool used, const QString &sid, const char *prefix, JoinRequest::Field field,
                     const QString &label) {
        if (!used || r.errorField != JoinRequest::Field::None)
            return;
        const QString problem = sidProblem(sid, QLatin1String(prefix), label);
        if (!problem.isEmpty()) {
            r.errorField = field;
            r.error = problem;
        }
    };
    check(session, r.sessionSid, "ES", JoinRequest::Field::Session, tr("Session SID"));
    check(proctor, r.proctorSid, "PU", JoinRequest::Field::Proctor, tr("Proctor SID"));
    check(room, r.roomSid, "PR", JoinRequest::Field::Room, tr("Room SID"));
    if (r.errorField != JoinRequest::Field::None)
        return r;

    const SpSync::Role role = r.role == JoinRequest::Role::ProctorRoom ? SpSync::Role::ProctorRoom
        : r.role == JoinRequest::Role::Student                         ? SpSync::Role::Student
                                               : SpSync::Role::ProctorSession;
    const auto derived = SpSync::deriveIdentity(role, r.sessionSid, r.proctorSid, r.roomSid);
    if (!SpSync::isOk(derived)) {
        // The SP layer refused what passed our checks; show its reason rather than nothing.
        r.errorField = session ? JoinRequest::Field::Session : JoinRequest::Field::Room;
        r.error = SpSync::error(derived).message;
        return r;
    }
    r.documentId = SpSync::value(derived).documentId;
    r.identity = SpSync::value(derived).identity;
    return r;
}

QJsonObject JoinRequest::toJson() const
{
    static const char *roles[] = { "proctorSession", "proctorRoom", "student" };
    QJsonObject o { { u"role"_s, QLatin1String(roles[int(role)]) } };
    if (!sessionSid.isEmpty())
        o.insert(u"sessionSid"_s, sessionSid);
    if (!proctorSid.isEmpty())
        o.insert(u"proctorSid"_s, proctorSid);
    if (!roomSid.isEmpty())
        o.insert(u"roomSid"_s, roomSid);
    return o;
}

JoinRequest JoinRequest::fromJson(const QJsonObject &json)
{
    JoinRequest r;
    const QString role = json.value(u"role"_s).toString();
    r.role = role == u"proctorRoom"_s ? Role::ProctorRoom
        : role == u"student"_s        ? Role::Student
                                      : Role::ProctorSession;
    r.sessionSid = json.value(u"sessionSid"_s).toString();
    r.proctorSid = json.value(u"proctorSid"_s).toString();
    r.roomSid = json.value(u"roomSid"_s).toString();
    return JoinRules::validate(r);
}
