// SpEmu::SpRules: SID checks and SP document/identity parsing on the emulator side.
#include "auth/sprules.h"

#include <QTest>

using namespace Qt::StringLiterals;

using namespace SpEmu;

namespace {
const QString Es = u"ES0123456789abcdefABCDEF0123456789"_s;
const QString Pu = u"PUzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"_s;
const QString Pr = u"PR00000000000000000000000000000000"_s;
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
        QTest::newRow("ok mixed case") << Es << u"ES"_s << QString();
        QTest::newRow("ok PU") << Pu << u"PU"_s << QString();
        QTest::newRow("empty") << QString() << u"ES"_s << u"missing"_s;
        QTest::newRow("wrong prefix") << Pu << u"ES"_s << u"must start with ES"_s;
        QTest::newRow("lower-case prefix")
            << u"es0123456789abcdefABCDEF0123456789"_s << u"ES"_s << u"must start with ES"_s;
        QTest::newRow("short") << Es.chopped(1) << u"ES"_s << u"it has 31 after ES"_s;
        QTest::newRow("long") << Es + u'0' << u"ES"_s << u"it has 33 after ES"_s;
        QTest::newRow("dash") << u"ES0123456789abcdef-BCDEF0123456789"_s << u"ES"_s
                              << u"'-' is not allowed"_s;
        QTest::newRow("non-ASCII digit")
            << u"ES0123456789abcdef\u0661BCDEF0123456789"_s << u"ES"_s << u"is not allowed"_s;
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
            QVERIFY(message.startsWith(u"student: "_s));
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
        QTest::newRow("hex SID") << u"ET0123456789abcdef0123456789abcdef"_s << true;
        QTest::newRow("upper hex") << u"ET0123456789ABCDEF0123456789abcdef"_s << false;
        QTest::newRow("session name") << u"Session_ES0123456789abcdef0123456789abcdef"_s << false;
        QTest::newRow("short") << u"ET0123"_s << false;
        QTest::newRow("lower prefix") << u"et0123456789abcdef0123456789abcdef"_s << false;
    }
    void twilioSidShape()
    {
        QFETCH(QString, name);
        QFETCH(bool, sidLike);
        QCOMPARE(SpRules::looksLikeTwilioSid(name), sidLike);
    }

    void derivedNames()
    {
        QCOMPARE(SpRules::sessionDocument(Es), u"Session_"_s + Es);
        QCOMPARE(SpRules::roomDocument(Pr), u"Proctor_Room_"_s + Pr);
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
        QTest::newRow("session") << u"Session_"_s + Es << int(K::Session) << Es;
        QTest::newRow("room") << u"Proctor_Room_"_s + Pr << int(K::Room) << Pr;
        QTest::newRow("session of a PR") << u"Session_"_s + Pr << int(K::Invalid) << QString();
        QTest::newRow("room of an ES") << u"Proctor_Room_"_s + Es << int(K::Invalid) << QString();
        QTest::newRow("bare SID") << Es << int(K::Invalid) << QString();
        QTest::newRow("lower-case prefix") << u"session_"_s + Es << int(K::Invalid) << QString();
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
        QTest::newRow("PU then ES")
            << Pu + Es << int(K::Invalid) << QString() << QString() << u"it has 66 after PU"_s;
        QTest::newRow("ES + PR") << Es + Pr << int(K::Invalid) << QString() << QString()
                                 << u"proctor part"_s;
        QTest::newRow("ES too short")
            << Es.chopped(3) << int(K::Invalid) << QString() << QString() << u"got 31 characters"_s;
        QTest::newRow("bad character in ES")
            << u"ES0123456789abcdef_BCDEF0123456789"_s << int(K::Invalid) << QString() << QString()
            << u"'_' is not allowed"_s;
        QTest::newRow("name") << u"alice"_s << int(K::Invalid) << QString() << QString()
                              << u"identity must be"_s;
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
