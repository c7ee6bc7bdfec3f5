#include "sptokenapi.h"

#include "aclstore.h"
#include "principals.h"
#include "sprules.h"
#include "tokenauthority.h"

#include <QJsonDocument>

namespace SpEmu {

namespace {

    using Response = SpTokenApi::Response;
    using SpRules::DocumentRef;
    using SpRules::IdentityRef;

    Response error(int status, int code, const QString &message)
    {
        return { status,
            QJsonObject { { QStringLiteral("status"), status }, { QStringLiteral("code"), code },
                { QStringLiteral("message"), message },
                { QStringLiteral("more_info"),
                    QStringLiteral("https://www.twilio.com/docs/errors/%1").arg(code) } } };
    }

    // Empty when the principal may use this identity on this document, else why not.
    QString refusal(const Principal &p, const DocumentRef &doc, const IdentityRef &id)
    {
        if (p.role == Principal::Role::Student) {
            if (doc.kind != DocumentRef::Kind::Session)
                return QStringLiteral("a student SP token may not join a proctor room");
            if (doc.sid != p.student)
                return QStringLiteral("this SP token belongs to the student of session %1, not %2")
                    .arg(p.student, doc.sid);
            if (id.kind != IdentityRef::Kind::Student || id.es != p.student)
                return QStringLiteral("a student joins Session_%1 as identity %1 only")
                    .arg(p.student);
            return {};
        }
        if (doc.kind == DocumentRef::Kind::Session) {
            if (!p.mayUseSession(doc.sid))
                return QStringLiteral("proctor %1 may not join session %2").arg(p.proctor, doc.sid);
            if (id.kind != IdentityRef::Kind::ProctorInSession || id.es != doc.sid
                || id.pu != p.proctor)
                return QStringLiteral("proctor %1 joins Session_%2 as identity %2%1 only")
                    .arg(p.proctor, doc.sid);
            return {};
        }
        if (!p.mayUseRoom(doc.sid))
            return QStringLiteral("proctor %1 may not join proctor room %2")
                .arg(p.proctor, doc.sid);
        if (id.kind != IdentityRef::Kind::Proctor || id.pu != p.proctor)
            return QStringLiteral("proctor %1 joins Proctor_Room_%2 as identity %1 only")
                .arg(p.proctor, doc.sid);
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
            QStringLiteral("missing SP token: send \"Authorization: Bearer <SP token>\""));
    const qsizetype space = auth.indexOf(' ');
    if (space < 0 || auth.first(space).toLower() != "bearer")
        return error(401, CodeUnauthorized,
            QStringLiteral("the Authorization header must use the Bearer scheme"));
    const QString spToken = QString::fromUtf8(auth.sliced(space + 1).trimmed());
    const Principal *principal = spToken.isEmpty() ? nullptr : m_principals.find(spToken);
    if (principal == nullptr)
        return error(401, CodeUnauthorized, QStringLiteral("the SP token is not recognised"));

    // Messages below may quote the request; never let them quote the SP token.
    auto bad = [&spToken](int status, int code, QString message) {
        message.replace(spToken, QStringLiteral("<SP token>"));
        return error(status, code, message);
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return bad(400, CodeBadRequest,
            QStringLiteral("the body must be a JSON object {\"identity\":…,\"documentId\":…}"));
    const QJsonValue identityValue = doc.object().value(u"identity");
    const QJsonValue documentValue = doc.object().value(u"documentId");
    if (!identityValue.isString() || identityValue.toString().isEmpty())
        return bad(
            400, CodeBadRequest, QStringLiteral("identity: missing or not a non-empty string"));
    if (!documentValue.isString() || documentValue.toString().isEmpty())
        return bad(
            400, CodeBadRequest, QStringLiteral("documentId: missing or not a non-empty string"));
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
        return bad(500, CodeServer, QStringLiteral("could not store the document permission"));

    QJsonObject ok { { QStringLiteral("token"), m_authority.mint(identity, m_ttl) },
        { QStringLiteral("identity"), identity }, { QStringLiteral("ttl"), m_ttl } };
    if (!m_twilsockUrl.isEmpty())
        ok.insert(QStringLiteral("twilsockUri"), m_twilsockUrl.toString());
    return { 200, ok };
}

} // namespace SpEmu
