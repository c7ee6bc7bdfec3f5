// SpEmu::SpRules: SID checks and SP document/identity parsing on the emulator side.
#include "auth/sprules.h"

#include <QTest>

using namespace SpEmu;

namespace {
const QString Es = QStringLiteral("ES0123456789abcdefABCDEF0123456789");
const QString Pu = QStringLiteral("PUzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz");
const QString Pr = QStringLiteral("PR00000000000000000000000000000000");
} // namespace

class TestEmuSpRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sids_data()
    {
        QTest::addColumn<QString>("sid");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("problem"); // empty = valid
        QTest::newRow("ok mixed case") << Es << QStringLiteral("ES") << QString();
        QTest::newRow("ok PU") << Pu << QStringLiteral("PU") << QString();
        QTest::newRow("empty") << QString() << QStringLiteral("ES") << QStringLiteral("missing");
        QTest::newRow("wrong prefix")
            << Pu << QStringLiteral("ES") << QStringLiteral("must start with ES");
        QTest::newRow("lower-case prefix")
            << QStringLiteral("es0123456789abcdefABCDEF0123456789") << QStringLiteral("ES")
            << QStringLiteral("must start with ES");
        QTest::newRow("short") << Es.chopped(1) << QStringLiteral("ES")
                               << QStringLiteral("it has 31 after ES");
        QTest::newRow("long") << Es + u'0' << QStringLiteral("ES")
                              << QStringLiteral("it has 33 after ES");
        QTest::newRow("dash") << QStringLiteral("ES0123456789abcdef-BCDEF0123456789")
                              << QStringLiteral("ES") << QStringLiteral("'-' is not allowed");
        QTest::newRow("non-ASCII digit")
            << QStringLiteral("ES0123456789abcdef\u0661BCDEF0123456789") << QStringLiteral("ES")
            << QStringLiteral("is not allowed");
    }
    void sids()
    {
        QFETCH(QString, sid);
        QFETCH(QString, prefix);
        QFETCH(QString, problem);
        QCOMPARE(SpRules::isValidSid(sid, prefix), problem.isEmpty());
        const QString message = SpRules::sidProblem(sid, prefix, u"student");
        QCOMPARE(message.isEmpty(), problem.isEmpty());
        if (!problem.isEmpty()) {
            QVERIFY2(message.contains(problem), qPrintable(message));
            QVERIFY(message.startsWith(QStringLiteral("student: ")));
        }
    }

    void randomSids()
    {
        const QString a = SpRules::randomSid(u"ES");
        QVERIFY(SpRules::isValidSid(a, u"ES"));
        QVERIFY(SpRules::looksLikeTwilioSid(a));
        QVERIFY(a != SpRules::randomSid(u"ES"));
    }

    void twilioSidShape_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("sidLike");
        QTest::newRow("hex SID") << QStringLiteral("ET0123456789abcdef0123456789abcdef") << true;
        QTest::newRow("upper hex") << QStringLiteral("ET0123456789ABCDEF0123456789abcdef") << false;
        QTest::newRow("session name")
            << QStringLiteral("Session_ES0123456789abcdef0123456789abcdef") << false;
        QTest::newRow("short") << QStringLiteral("ET0123") << false;
        QTest::newRow("lower prefix")
            << QStringLiteral("et0123456789abcdef0123456789abcdef") << false;
    }
    void twilioSidShape()
    {
        QFETCH(QString, name);
        QFETCH(bool, sidLike);
        QCOMPARE(SpRules::looksLikeTwilioSid(name), sidLike);
    }

    void derivedNames()
    {
        QCOMPARE(SpRules::sessionDocument(Es), QStringLiteral("Session_") + Es);
        QCOMPARE(SpRules::roomDocument(Pr), QStringLiteral("Proctor_Room_") + Pr);
        QCOMPARE(SpRules::studentIdentity(Es), Es);
        QCOMPARE(SpRules::proctorSessionIdentity(Es, Pu), Es + Pu);
        QCOMPARE(SpRules::proctorRoomIdentity(Pu), Pu);
    }

    void documents_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("sid");
        using K = SpRules::DocumentRef::Kind;
        QTest::newRow("session") << QStringLiteral("Session_") + Es << int(K::Session) << Es;
        QTest::newRow("room") << QStringLiteral("Proctor_Room_") + Pr << int(K::Room) << Pr;
        QTest::newRow("session of a PR")
            << QStringLiteral("Session_") + Pr << int(K::Invalid) << QString();
        QTest::newRow("room of an ES")
            << QStringLiteral("Proctor_Room_") + Es << int(K::Invalid) << QString();
        QTest::newRow("bare SID") << Es << int(K::Invalid) << QString();
        QTest::newRow("lower-case prefix")
            << QStringLiteral("session_") + Es << int(K::Invalid) << QString();
        QTest::newRow("empty") << QString() << int(K::Invalid) << QString();
    }
    void documents()
    {
        QFETCH(QString, name);
        QFETCH(int, kind);
        QFETCH(QString, sid);
        const auto ref = SpRules::parseDocument(name);
        QCOMPARE(int(ref.kind), kind);
        QCOMPARE(ref.sid, sid);
        QCOMPARE(ref.error.isEmpty(), kind != int(SpRules::DocumentRef::Kind::Invalid));
    }

    void identities_data()
    {
        QTest::addColumn<QString>("identity");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("es");
        QTest::addColumn<QString>("pu");
        QTest::addColumn<QString>("problem");
        using K = SpRules::IdentityRef::Kind;
        QTest::newRow("student") << Es << int(K::Student) << Es << QString() << QString();
        QTest::newRow("proctor in session")
            << Es + Pu << int(K::ProctorInSession) << Es << Pu << QString();
        QTest::newRow("proctor") << Pu << int(K::Proctor) << QString() << Pu << QString();
        QTest::newRow("PU then ES") << Pu + Es << int(K::Invalid) << QString() << QString()
                                    << QStringLiteral("it has 66 after PU");
        QTest::newRow("ES + PR") << Es + Pr << int(K::Invalid) << QString() << QString()
                                 << QStringLiteral("proctor part");
        QTest::newRow("ES too short") << Es.chopped(3) << int(K::Invalid) << QString() << QString()
                                      << QStringLiteral("got 31 characters");
        QTest::newRow("bad character in ES")
            << QStringLiteral("ES0123456789abcdef_BCDEF0123456789") << int(K::Invalid) << QString()
            << QString() << QStringLiteral("'_' is not allowed");
        QTest::newRow("name") << QStringLiteral("alice") << int(K::Invalid) << QString()
                              << QString() << QStringLiteral("identity must be");
    }
    void identities()
    {
        QFETCH(QString, identity);
        QFETCH(int, kind);
        QFETCH(QString, es);
        QFETCH(QString, pu);
        QFETCH(QString, problem);
        const auto ref = SpRules::parseIdentity(identity);
        QCOMPARE(int(ref.kind), kind);
        QCOMPARE(ref.es, es);
        QCOMPARE(ref.pu, pu);
        QVERIFY2(problem.isEmpty() ? ref.error.isEmpty() : ref.error.contains(problem),
            qPrintable(ref.error));
    }
};

QTEST_GUILESS_MAIN(TestEmuSpRules)
#include "tst_emusprules.moc"
