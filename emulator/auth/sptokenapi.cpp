#include "sptokenapi.h"

#include "aclstore.h"
#include "principals.h"
#include "sprules.h"
#include "tokenauthority.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace SpEmu {

namespace {

    using Response = SpTokenApi::Response;
    using SpRules::DocumentRef;
    using SpRules::IdentityRef;

    Response error(int status, int code, const QString &message)
    {
        return { status,
            QJsonObject { { u"status"_s, status }, { u"code"_s, code }, { u"message"_s, message },
                { u"more_info"_s, u"https://www.twilio.com/docs/errors/%1"_s.arg(code) } } };
    }

    // Empty when the principal may use this identity on this document, else why not.
    QString refusal(const Principal &p, const DocumentRef &doc, const IdentityRef &id)
    {
        if (p.role == Principal::Role::Student) {
            if (doc.kind != DocumentRef::Kind::Session)
                return u"a student SP token may not join a proctor room"_s;
            if (doc.sid != p.student)
                return u"this SP token belongs to the student of session %1, not %2"_s.arg(
                    p.student, doc.sid);
            if (id.kind != IdentityRef::Kind::Student || id.es != p.student)
                return u"a student joins Session_%1 as identity %1 only"_s.arg(p.student);
            return {};
        }
        if (doc.kind == DocumentRef::Kind::Session) {
            if (!p.mayUseSession(doc.sid))
                return u"proctor %1 may not join session %2"_s.arg(p.proctor, doc.sid);
            if (id.kind != IdentityRef::Kind::ProctorInSession || id.es != doc.sid
                || id.pu != p.proctor)
                return u"proctor %1 joins Session_%2 as identity %2%1 only"_s.arg(
                    p.proctor, doc.sid);
            return {};
        }
        if (!p.mayUseRoom(doc.sid))
            return u"proctor %1 may not join proctor room %2"_s.arg(p.proctor, doc.sid);
        if (id.kind != IdentityRef::Kind::Proctor || id.pu != p.proctor)
            return u"proctor %1 joins Proctor_Room_%2 as identity %1 only"_s.arg(
                p.proctor, doc.sid);
        return {};
    }

} // namespace

SpTokenApi::SpTokenApi(
    const TokenAuthority &authority, AclStore &acl, const Principals &principals, int ttlSeconds)
    : m_authority(authority)
    , m_acl(acl)
    , m_principals(principals)
    , m_ttl(ttlSeconds)
{
}

void SpTokenApi::setTwilsockUrl(const QUrl &url) { m_twilsockUrl = url; }

SpTokenApi::Response SpTokenApi::handle(
    const QByteArray &authorizationHeader, const QByteArray &body) const
{
    const QByteArray auth = authorizationHeader.trimmed();
    if (auth.isEmpty())
        return error(401, CodeUnauthorized,
            u"missing SP token: send \"Authorization: Bearer <SP token>\""_s);
    const qsizetype space = auth.indexOf(' ');
    if (space < 0 || auth.first(space).toLower() != "bearer")
        return error(
            401, CodeUnauthorized, u"the Authorization header must use the Bearer scheme"_s);
    const QString spToken = QString::fromUtf8(auth.sliced(space + 1).trimmed());
    const Principal *principal = spToken.isEmpty() ? nullptr : m_principals.find(spToken);
    if (principal == nullptr)
        return error(401, CodeUnauthorized, u"the SP token is not recognised"_s);

    // Messages below may quote the request; never let them quote the SP token.
    auto bad = [&spToken](int status, int code, QString message) {
        message.replace(spToken, u"<SP token>"_s);
        return error(status, code, message);
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return bad(400, CodeBadRequest,
            u"the body must be a JSON object {\"identity\":…,\"documentId\":…}"_s);
    const QJsonValue identityValue = doc.object().value(u"identity");
    const QJsonValue documentValue = doc.object().value(u"documentId");
    if (!identityValue.isString() || identityValue.toString().isEmpty())
        return bad(400, CodeBadRequest, u"identity: missing or not a non-empty string"_s);
    if (!documentValue.isString() || documentValue.toString().isEmpty())
        return bad(400, CodeBadRequest, u"documentId: missing or not a non-empty string"_s);
    const QString identity = identityValue.toString();
    const QString documentId = documentValue.toString();
    const DocumentRef docRef = SpRules::parseDocument(documentId);
    if (docRef.kind == DocumentRef::Kind::Invalid)
        return bad(400, CodeBadRequest, docRef.error);
    const IdentityRef idRef = SpRules::parseIdentity(identity);
    if (idRef.kind == IdentityRef::Kind::Invalid)
        return bad(400, CodeBadRequest, idRef.error);

    const QString why = refusal(*principal, docRef, idRef);
    if (!why.isEmpty())
        return bad(403, CodeForbidden, why);
    if (!m_acl.grant(identity, documentId, true, true))
        return bad(500, CodeServer, u"could not store the document permission"_s);

    QJsonObject ok { { u"token"_s, m_authority.mint(identity, m_ttl) }, { u"identity"_s, identity },
        { u"ttl"_s, m_ttl } };
    if (!m_twilsockUrl.isEmpty())
        ok.insert(u"twilsockUri"_s, m_twilsockUrl.toString());
    return { 200, ok };
}

} // namespace SpEmu
