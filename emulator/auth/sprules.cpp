#include "sprules.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace SpEmu::SpRules {

namespace {

    constexpr qsizetype SidBodyLength = 32;

    bool isAlnum(QChar c)
    {
        return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
    }

} // namespace

bool isValidSid(QStringView sid, QStringView prefix)
{
    return sidProblem(sid, prefix, u"SID").isEmpty();
}

QString sidProblem(QStringView sid, QStringView prefix, QStringView what)
{
    const QString rule = u"%1 followed by %2 letters or digits"_s.arg(prefix).arg(SidBodyLength);
    const QString shown = sid.left(40).toString();
    if (sid.isEmpty())
        return u"%1: missing (expected a %2 SID: %3)"_s.arg(what, prefix, rule);
    if (!sid.startsWith(prefix))
        return u"%1: \"%2\" is not a valid %3 SID (it must start with %3)"_s.arg(
            what, shown, prefix);
    const QStringView body = sid.mid(prefix.size());
    for (const QChar c : body) {
        if (!isAlnum(c))
            return u"%1: \"%2\" is not a valid %3 SID (%4; '%5' is not allowed)"_s.arg(
                what, shown, prefix, rule, QString(c));
    }
    if (body.size() != SidBodyLength)
        return u"%1: \"%2\" is not a valid %3 SID (%4; it has %5 after %3)"_s.arg(
            what, shown, prefix, rule, QString::number(body.size()));
    return {};
}

QString randomSid(QStringView prefix)
{
    QString sid = prefix.toString();
    auto *rng = QRandomGenerator::system();
    for (int i = 0; i < SidBodyLength; ++i)
        sid += QLatin1Char("0123456789abcdef"[rng->bounded(16)]);
    return sid;
}

bool looksLikeTwilioSid(QStringView name)
{
    if (name.size() != 2 + SidBodyLength)
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name[i];
        const bool ok = i < 2 ? (c >= u'A' && c <= u'Z')
                              : ((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'));
        if (!ok)
            return false;
    }
    return true;
}

DocumentRef parseDocument(const QString &documentName)
{
    static const QString session = u"Session_"_s;
    static const QString room = u"Proctor_Room_"_s;
    DocumentRef ref;
    if (documentName.startsWith(session)) {
        const QString es = documentName.mid(session.size());
        ref.error = sidProblem(es, u"ES", u"documentId Session_<ES…>");
        if (ref.error.isEmpty()) {
            ref.kind = DocumentRef::Kind::Session;
            ref.sid = es;
        }
    } else if (documentName.startsWith(room)) {
        const QString pr = documentName.mid(room.size());
        ref.error = sidProblem(pr, u"PR", u"documentId Proctor_Room_<PR…>");
        if (ref.error.isEmpty()) {
            ref.kind = DocumentRef::Kind::Room;
            ref.sid = pr;
        }
    } else {
        ref.error = u"documentId must be Session_<ES…> or Proctor_Room_<PR…>"_s;
    }
    return ref;
}

IdentityRef parseIdentity(const QString &identity)
{
    IdentityRef ref;
    const qsizetype sidLength = 2 + SidBodyLength;
    if (identity.startsWith(u"ES") && identity.size() == sidLength) {
        ref.error = sidProblem(identity, u"ES", u"identity");
        if (ref.error.isEmpty()) {
            ref.kind = IdentityRef::Kind::Student;
            ref.es = identity;
        }
    } else if (identity.startsWith(u"ES") && identity.size() == 2 * sidLength) {
        const QString es = identity.left(sidLength);
        const QString pu = identity.mid(sidLength);
        ref.error = sidProblem(es, u"ES", u"identity <ES…><PU…>, session part");
        if (ref.error.isEmpty())
            ref.error = sidProblem(pu, u"PU", u"identity <ES…><PU…>, proctor part");
        if (ref.error.isEmpty()) {
            ref.kind = IdentityRef::Kind::ProctorInSession;
            ref.es = es;
            ref.pu = pu;
        }
    } else if (identity.startsWith(u"PU")) {
        ref.error = sidProblem(identity, u"PU", u"identity");
        if (ref.error.isEmpty()) {
            ref.kind = IdentityRef::Kind::Proctor;
            ref.pu = identity;
        }
    } else if (identity.startsWith(u"ES")) {
        ref.error = u"identity must be <ES…> (34 characters) or <ES…><PU…> "
                    u"(68 characters); got %1 characters"_s.arg(identity.size());
    } else {
        ref.error = u"identity must be <ES…>, <ES…><PU…> or <PU…>"_s;
    }
    return ref;
}

} // namespace SpEmu::SpRules
