// SpTokenApi: the SP token exchange and its rules (docs/identities-and-documents.md,
// docs/sp-token-exchange.md).
#include "auth/aclstore.h"
#include "auth/principals.h"
#include "auth/sptokenapi.h"
#include "auth/tokenauthority.h"
#include "sids.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

using namespace SpEmu;

namespace {

const QString EsA = SpTest::sid(u"ES", 'a');
const QString EsB = SpTest::sid(u"ES", 'b');
const QString Pu1 = SpTest::sid(u"PU", '1');
const QString Pu2 = SpTest::sid(u"PU", '2');
const QString PrX = SpTest::sid(u"PR", 'x');
const QString PrY = SpTest::sid(u"PR", 'y');

// Tokens shaped so that a careless message would echo them (one even looks like a SID).
const QString StudentTok = u"sp-student-a-7f3c9e"_s;
const QString ProctorTok = u"PUproctor1tokenXYZ"_s;
const QString StarTok = u"sp-proctor-star-1b2c"_s;

using SpTest::roomDocument;
using SpTest::sessionDocument;

QByteArray body(const QString &identity, const QString &documentId)
{
    return QJsonDocument(
        QJsonObject { { u"identity"_s, identity }, { u"documentId"_s, documentId } })
        .toJson(QJsonDocument::Compact);
}

QByteArray bearer(const QString &token) { return "Bearer " + token.toUtf8(); }

} // namespace

class TestSpTokenApi : public QObject
{
    Q_OBJECT

private:
    const QString m_conn = u"tst_sptokenapi"_s;
    std::unique_ptr<TokenAuthority> m_authority;
    std::unique_ptr<AclStore> m_acl;
    Principals m_principals;

    int grantCount() const
    {
        QSqlQuery q(QSqlDatabase::database(m_conn));
        if (!q.exec(u"SELECT COUNT(*) FROM acl_grants"_s) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    void checkError(const SpTokenApi::Response &r, int status, int code)
    {
        QCOMPARE(r.status, status);
        QCOMPARE(r.body.value(u"status").toInt(), status);
        QCOMPARE(r.body.value(u"code").toInt(), code);
        QVERIFY(!r.body.value(u"message").toString().isEmpty());
        QCOMPARE(r.body.value(u"more_info").toString(),
            u"https://www.twilio.com/docs/errors/%1"_s.arg(code));
        QVERIFY(!r.body.contains(u"token"));
    }

    void checkNoSpToken(const SpTokenApi::Response &r)
    {
        const QByteArray json = QJsonDocument(r.body).toJson();
        for (const QString &t : { StudentTok, ProctorTok, StarTok })
            QVERIFY2(!json.contains(t.toUtf8()), json.constData());
    }

private Q_SLOTS:
    void init()
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_conn);
        db.setDatabaseName(u":memory:"_s);
        QVERIFY(db.open());
        m_acl = std::make_unique<AclStore>(m_conn);
        QVERIFY(m_acl->ensureSchema());
        m_authority = std::make_unique<TokenAuthority>(TokenAuthority::randomSecret());
        QString error;
        const auto p
            = Principals::fromJson(uR"({"principals":[
                    {"spToken":"%1","student":"%4"},
                    {"spToken":"%2","proctor":"%5","rooms":["%6"],"sessions":["%4"]},
                    {"spToken":"%3","proctor":"%7","sessions":"*"}]})"_s
                                       .arg(StudentTok, ProctorTok, StarTok, EsA, Pu1, PrX, Pu2)
                                       .toUtf8(),
                &error);
        QVERIFY2(p, qPrintable(error));
        m_principals = *p;
    }
    void cleanup()
    {
        m_acl.reset();
        QSqlDatabase::database(m_conn).close();
        QSqlDatabase::removeDatabase(m_conn);
    }

    void rules_data()
    {
        QTest::addColumn<QString>("spToken");
        QTest::addColumn<QString>("identity");
        QTest::addColumn<QString>("documentId");
        QTest::addColumn<int>("status");

        QTest::newRow("student, own session") << StudentTok << EsA << sessionDocument(EsA) << 200;
        QTest::newRow("student, other session") << StudentTok << EsB << sessionDocument(EsB) << 403;
        QTest::newRow("student, own session, other identity")
            << StudentTok << EsB << sessionDocument(EsA) << 403;
        QTest::newRow("student, proctor identity")
            << StudentTok << EsA + Pu1 << sessionDocument(EsA) << 403;
        QTest::newRow("student, a room") << StudentTok << Pu1 << roomDocument(PrX) << 403;

        QTest::newRow("proctor, allowed session")
            << ProctorTok << EsA + Pu1 << sessionDocument(EsA) << 200;
        QTest::newRow("proctor, other session")
            << ProctorTok << EsB + Pu1 << sessionDocument(EsB) << 403;
        QTest::newRow("proctor, as another proctor")
            << ProctorTok << EsA + Pu2 << sessionDocument(EsA) << 403;
        QTest::newRow("proctor, identity of another session")
            << ProctorTok << EsB + Pu1 << sessionDocument(EsA) << 403;
        QTest::newRow("proctor, student identity")
            << ProctorTok << EsA << sessionDocument(EsA) << 403;
        QTest::newRow("proctor, room identity on a session document")
            << ProctorTok << Pu1 << sessionDocument(EsA) << 403;
        QTest::newRow("proctor, allowed room") << ProctorTok << Pu1 << roomDocument(PrX) << 200;
        QTest::newRow("proctor, other room") << ProctorTok << Pu1 << roomDocument(PrY) << 403;
        QTest::newRow("proctor, room as another proctor")
            << ProctorTok << Pu2 << roomDocument(PrX) << 403;
        QTest::newRow("proctor, session identity on a room")
            << ProctorTok << EsA + Pu1 << roomDocument(PrX) << 403;

        QTest::newRow("star proctor, any session")
            << StarTok << EsB + Pu2 << sessionDocument(EsB) << 200;
        QTest::newRow("star proctor, no rooms") << StarTok << Pu2 << roomDocument(PrX) << 403;

        QTest::newRow("unknown SP token") << u"sp-nobody"_s << EsA << sessionDocument(EsA) << 401;
        QTest::newRow("empty SP token") << QString() << EsA << sessionDocument(EsA) << 401;
        QTest::newRow("SP token of other case")
            << StudentTok.toUpper() << EsA << sessionDocument(EsA) << 401;

        QTest::newRow("document not SP-shaped") << StudentTok << EsA << u"Notes"_s << 400;
        QTest::newRow("malformed ES in document") << StudentTok << EsA << u"Session_ES123"_s << 400;
        QTest::newRow("malformed PR in document")
            << ProctorTok << Pu1 << u"Proctor_Room_PR!xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"_s << 400;
        QTest::newRow("malformed identity")
            << StudentTok << u"ESshort"_s << sessionDocument(EsA) << 400;
        QTest::newRow("malformed PU part")
            << ProctorTok << EsA + u"PX11111111111111111111111111111111"_s << sessionDocument(EsA)
            << 400;
        QTest::newRow("identity is the SP token")
            << ProctorTok << ProctorTok << roomDocument(PrX) << 400;
    }
    void rules()
    {
        QFETCH(QString, spToken);
        QFETCH(QString, identity);
        QFETCH(QString, documentId);
        QFETCH(int, status);
        SpTokenApi api(*m_authority, *m_acl, m_principals, 1800);
        api.setTwilsockUrl(QUrl(u"ws://127.0.0.1:4567/v3/wsconnect"_s));
        const auto r = api.handle(bearer(spToken), body(identity, documentId));
        checkNoSpToken(r);
        if (status != 200) {
            const int code = status == 401 ? 20003 : status == 403 ? 54007 : 20001;
            checkError(r, status, code);
            QCOMPARE(grantCount(), 0);
            return;
        }
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body.value(u"identity").toString(), identity);
        QCOMPARE(r.body.value(u"ttl").toInt(), 1800);
        QCOMPARE(r.body.value(u"twilsockUri").toString(), u"ws://127.0.0.1:4567/v3/wsconnect"_s);
        const auto v = m_authority->verify(r.body.value(u"token").toString());
        QVERIFY2(v.ok(), qPrintable(v.message));
        QCOMPARE(v.identity, identity);
        QVERIFY(qAbs(v.exp - v.iat - 1800) == 0);

        // Exactly one grant: read+write on that document for that identity, nothing else.
        QCOMPARE(grantCount(), 1);
        QVERIFY(m_acl->canRead(identity, documentId));
        QVERIFY(m_acl->canWrite(identity, documentId));
        for (const QString &otherDoc :
            { sessionDocument(EsA), sessionDocument(EsB), roomDocument(PrX), roomDocument(PrY) }) {
            if (otherDoc != documentId)
                QVERIFY(
                    !m_acl->canRead(identity, otherDoc) && !m_acl->canWrite(identity, otherDoc));
        }
        for (const QString &otherId : { EsA, EsB, Pu1, Pu2, EsA + Pu1, EsB + Pu2 }) {
            if (otherId != identity)
                QVERIFY(
                    !m_acl->canRead(otherId, documentId) && !m_acl->canWrite(otherId, documentId));
        }
    }

    void authorizationHeader_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<int>("status");
        QTest::newRow("none") << QByteArray() << 401;
        QTest::newRow("blank") << QByteArray("   ") << 401;
        QTest::newRow("scheme only") << QByteArray("Bearer") << 401;
        QTest::newRow("scheme and space") << QByteArray("Bearer ") << 401;
        QTest::newRow("basic") << QByteArray("Basic ") + StudentTok.toUtf8() << 401;
        QTest::newRow("token without scheme") << StudentTok.toUtf8() << 401;
        QTest::newRow("lower-case scheme") << QByteArray("bearer ") + StudentTok.toUtf8() << 200;
        QTest::newRow("extra spaces")
            << QByteArray(" Bearer   ") + StudentTok.toUtf8() + "  " << 200;
    }
    void authorizationHeader()
    {
        QFETCH(QByteArray, header);
        QFETCH(int, status);
        SpTokenApi api(*m_authority, *m_acl, m_principals, 3600);
        const auto r = api.handle(header, body(EsA, sessionDocument(EsA)));
        QCOMPARE(r.status, status);
        checkNoSpToken(r);
        if (status == 401)
            checkError(r, 401, 20003);
    }

    void malformedBody_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << u"JSON object"_s;
        QTest::newRow("not JSON") << QByteArray("identity=x") << u"JSON object"_s;
        QTest::newRow("array") << QByteArray("[]") << u"JSON object"_s;
        QTest::newRow("truncated")
            << body(EsA, sessionDocument(EsA)).chopped(2) << u"JSON object"_s;
        QTest::newRow("no identity")
            << QByteArray(R"({"documentId":"Session_x"})") << u"identity"_s;
        QTest::newRow("identity a number")
            << QByteArray(R"({"identity":5,"documentId":"x"})") << u"identity"_s;
        QTest::newRow("empty identity") << body(QString(), sessionDocument(EsA)) << u"identity"_s;
        QTest::newRow("no documentId")
            << uR"({"identity":"%1"})"_s.arg(EsA).toUtf8() << u"documentId"_s;
        QTest::newRow("documentId null")
            << uR"({"identity":"%1","documentId":null})"_s.arg(EsA).toUtf8() << u"documentId"_s;
    }
    void malformedBody()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, expected);
        SpTokenApi api(*m_authority, *m_acl, m_principals, 3600);
        const auto r = api.handle(bearer(StudentTok), payload);
        checkError(r, 400, 20001);
        QVERIFY2(r.body.value(u"message").toString().contains(expected),
            qPrintable(r.body.value(u"message").toString()));
        QCOMPARE(grantCount(), 0);
    }

    void authComesBeforeBody()
    {
        SpTokenApi api(*m_authority, *m_acl, m_principals, 3600);
        QCOMPARE(api.handle(bearer(u"nobody"_s), "garbage").status, 401);
    }

    void messagesSayWhatIsWrong_data()
    {
        QTest::addColumn<QString>("spToken");
        QTest::addColumn<QString>("identity");
        QTest::addColumn<QString>("documentId");
        QTest::addColumn<QString>("expected");
        QTest::newRow("student elsewhere") << StudentTok << EsB << sessionDocument(EsB) << EsB;
        QTest::newRow("proctor not in session")
            << ProctorTok << EsB + Pu1 << sessionDocument(EsB) << u"may not join session"_s;
        QTest::newRow("proctor room")
            << ProctorTok << Pu1 << roomDocument(PrY) << u"proctor room"_s;
        QTest::newRow("wrong identity") << ProctorTok << Pu1 << sessionDocument(EsA)
                                        << u"as identity %1%2 only"_s.arg(EsA, Pu1);
        QTest::newRow("bad SID") << StudentTok << EsA << u"Session_ESx"_s
                                 << u"not a valid ES SID"_s;
    }
    void messagesSayWhatIsWrong()
    {
        QFETCH(QString, spToken);
        QFETCH(QString, identity);
        QFETCH(QString, documentId);
        QFETCH(QString, expected);
        SpTokenApi api(*m_authority, *m_acl, m_principals, 3600);
        const QString message = api.handle(bearer(spToken), body(identity, documentId))
                                    .body.value(u"message")
                                    .toString();
        QVERIFY2(message.contains(expected), qPrintable(message));
    }

    void noTwilsockUriUnlessSet()
    {
        SpTokenApi api(*m_authority, *m_acl, m_principals, 3600);
        const auto r = api.handle(bearer(StudentTok), body(EsA, sessionDocument(EsA)));
        QCOMPARE(r.status, 200);
        QVERIFY(!r.body.contains(u"twilsockUri"));
        QCOMPARE(r.body.value(u"ttl").toInt(), 3600);
    }

    void grantsAccumulatePerDocument()
    {
        SpTokenApi api(*m_authority, *m_acl, m_principals, 3600);
        QCOMPARE(api.handle(bearer(ProctorTok), body(EsA + Pu1, sessionDocument(EsA))).status, 200);
        QCOMPARE(api.handle(bearer(ProctorTok), body(Pu1, roomDocument(PrX))).status, 200);
        QCOMPARE(
            api.handle(bearer(ProctorTok), body(Pu1, roomDocument(PrX))).status, 200); // idempotent
        QCOMPARE(grantCount(), 2);
        QVERIFY(m_acl->canWrite(EsA + Pu1, sessionDocument(EsA)));
        QVERIFY(m_acl->canWrite(Pu1, roomDocument(PrX)));
        QVERIFY(!m_acl->canRead(Pu1, sessionDocument(EsA)));
    }

    void demoPrincipalsWork()
    {
        Principals demoSet;
        const auto demo = demoSet.addDemo();
        SpTokenApi api(*m_authority, *m_acl, demoSet, 3600);
        QCOMPARE(api.handle(bearer(demo.studentSpToken),
                        body(demo.sessionSid, sessionDocument(demo.sessionSid)))
                     .status,
            200);
        QCOMPARE(api.handle(bearer(demo.proctorSpToken),
                        body(demo.sessionSid + demo.proctorSid, sessionDocument(demo.sessionSid)))
                     .status,
            200);
        QCOMPARE(api.handle(bearer(demo.proctorSpToken),
                        body(demo.proctorSid, roomDocument(demo.roomSid)))
                     .status,
            200);
        QCOMPARE(api.handle(bearer(demo.studentSpToken),
                        body(demo.proctorSid, roomDocument(demo.roomSid)))
                     .status,
            403);
    }
};

QTEST_GUILESS_MAIN(TestSpTokenApi)
#include "tst_sptokenapi.moc"
