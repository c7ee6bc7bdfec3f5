// Principals: the --principals file (SP token -> student or proctor) and the demo principals.
#include "auth/principals.h"
#include "sids.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using SpEmu::Principal;
using SpEmu::Principals;

namespace {

const QString Es1 = u"ES0123456789abcdefABCDEF0123456789"_s;
const QString Es2 = SpTest::sid(u"ES", 'b');
const QString Pu1 = SpTest::sid(u"PU", 'c');
const QString Pr1 = SpTest::sid(u"PR", 'd');
const QString Pr2 = SpTest::sid(u"PR", 'e');

QByteArray goodFile()
{
    return uR"({"principals":[
        {"spToken":"tok-student-1","student":"%1"},
        {"spToken":"tok-proctor-1","proctor":"%2","rooms":["%3","%4"],"sessions":["%1"]},
        {"spToken":"tok-proctor-star","proctor":"%2","sessions":"*"},
        {"spToken":"tok-proctor-bare","proctor":"%2"}]})"_s.arg(Es1, Pu1, Pr1, Pr2)
        .toUtf8();
}

} // namespace

class TestPrincipals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesGoodFile()
    {
        QString error;
        const auto p = Principals::fromJson(goodFile(), &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->all().size(), 4);

        const Principal *student = p->find(u"tok-student-1"_s);
        QVERIFY(student);
        QCOMPARE(student->role, Principal::Role::Student);
        QCOMPARE(student->student, Es1);
        QVERIFY(!student->mayUseSession(Es1)); // students do not join as proctors

        const Principal *proctor = p->find(u"tok-proctor-1"_s);
        QVERIFY(proctor);
        QCOMPARE(proctor->role, Principal::Role::Proctor);
        QCOMPARE(proctor->proctor, Pu1);
        QCOMPARE(proctor->rooms, QStringList({ Pr1, Pr2 }));
        QVERIFY(proctor->mayUseSession(Es1));
        QVERIFY(!proctor->mayUseSession(Es2));
        QVERIFY(proctor->mayUseRoom(Pr2));
        QVERIFY(!proctor->mayUseRoom(SpTest::sid(u"PR", 'f')));

        const Principal *star = p->find(u"tok-proctor-star"_s);
        QVERIFY(star);
        QVERIFY(star->allSessions);
        QVERIFY(star->mayUseSession(Es1));
        QVERIFY(star->mayUseSession(Es2));
        QVERIFY(!star->mayUseRoom(Pr1));

        const Principal *bare = p->find(u"tok-proctor-bare"_s);
        QVERIFY(bare);
        QVERIFY(!bare->mayUseSession(Es1));
        QVERIFY(!bare->mayUseRoom(Pr1));
    }

    void unknownTokens_data()
    {
        QTest::addColumn<QString>("token");
        QTest::newRow("empty") << QString();
        QTest::newRow("unknown") << u"tok-nobody"_s;
        QTest::newRow("prefix") << u"tok-student"_s;
        QTest::newRow("longer") << u"tok-student-10"_s;
        QTest::newRow("case") << u"TOK-STUDENT-1"_s;
    }
    void unknownTokens()
    {
        QFETCH(QString, token);
        const auto p = Principals::fromJson(goodFile(), nullptr);
        QVERIFY(p);
        QVERIFY(!p->find(token));
        QVERIFY(!Principals().find(token));
    }

    void emptyListIsValid()
    {
        QString error;
        const auto p = Principals::fromJson(R"({"principals":[]})", &error);
        QVERIFY2(p, qPrintable(error));
        QVERIFY(p->all().isEmpty());
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("expected"); // part of the error message
        const QString tokenKey = uR"("spToken":"secret-tok-9")"_s;
        QTest::newRow("not JSON") << u"{\"principals\":["_s << u"not valid JSON"_s;
        QTest::newRow("array root") << u"[]"_s << u"{\"principals\":[…]}"_s;
        QTest::newRow("principals not array")
            << uR"({"principals":{}})"_s << u"{\"principals\":[…]}"_s;
        QTest::newRow("entry not object")
            << uR"({"principals":[1]})"_s << u"principals[0]: must be an object"_s;
        QTest::newRow("missing spToken")
            << uR"({"principals":[{"student":"%1"}]})"_s.arg(Es1) << u"principals[0].spToken"_s;
        QTest::newRow("empty spToken")
            << uR"({"principals":[{"spToken":"","student":"%1"}]})"_s.arg(Es1)
            << u"principals[0].spToken"_s;
        QTest::newRow("spToken with space")
            << uR"({"principals":[{"spToken":"secret tok-9","student":"%1"}]})"_s.arg(Es1)
            << u"principals[0].spToken: must be printable ASCII"_s;
        QTest::newRow("neither role")
            << uR"({"principals":[{%1}]})"_s.arg(tokenKey) << u"principals[0]: needs exactly one"_s;
        QTest::newRow("both roles")
            << uR"({"principals":[{%1,"student":"%2","proctor":"%3"}]})"_s.arg(tokenKey, Es1, Pu1)
            << u"principals[0]: needs exactly one"_s;
        QTest::newRow("short ES") << uR"({"principals":[{%1,"student":"ES123"}]})"_s.arg(tokenKey)
                                  << u"principals[0].student: \"ES123\" is not a valid ES SID"_s;
        QTest::newRow("student given a PU") << uR"({"principals":[{%1,"student":"%2"}]})"_s.arg(
            tokenKey, Pu1) << u"principals[0].student"_s;
        QTest::newRow("student not a string") << uR"({"principals":[{%1,"student":7}]})"_s.arg(
            tokenKey) << u"principals[0].student"_s;
        QTest::newRow("bad PU character")
            << uR"({"principals":[{%1,"proctor":"PUcccccccccccccccccccccccccccccc-c"}]})"_s.arg(
                   tokenKey)
            << u"principals[0].proctor"_s;
        QTest::newRow("bad PR in second entry")
            << uR"({"principals":[{"spToken":"a","student":"%1"},)"
               uR"({%2,"proctor":"%3","rooms":["%4","PRnope"]}]})"_s.arg(Es1, tokenKey, Pu1, Pr1)
            << u"principals[1].rooms[1]: \"PRnope\" is not a valid PR SID"_s;
        QTest::newRow("room not a string")
            << uR"({"principals":[{%1,"proctor":"%2","rooms":[1]}]})"_s.arg(tokenKey, Pu1)
            << u"principals[0].rooms[0]: must be a string"_s;
        QTest::newRow("rooms \"*\"")
            << uR"({"principals":[{%1,"proctor":"%2","rooms":"*"}]})"_s.arg(tokenKey, Pu1)
            << u"principals[0].rooms: must be an array"_s;
        QTest::newRow("sessions other string")
            << uR"({"principals":[{%1,"proctor":"%2","sessions":"all"}]})"_s.arg(tokenKey, Pu1)
            << u"principals[0].sessions: must be an array of ES SIDs or \"*\""_s;
        QTest::newRow("bad ES in sessions")
            << uR"({"principals":[{%1,"proctor":"%2","sessions":["%3"]}]})"_s.arg(
                   tokenKey, Pu1, Pr1)
            << u"principals[0].sessions[0]"_s;
        QTest::newRow("student with rooms")
            << uR"({"principals":[{%1,"student":"%2","rooms":[]}]})"_s.arg(tokenKey, Es1)
            << u"a student has no"_s;
        QTest::newRow("unknown key")
            << uR"({"principals":[{%1,"proctor":"%2","session":["%3"]}]})"_s.arg(tokenKey, Pu1, Es1)
            << u"principals[0]: unknown key \"session\""_s;
        QTest::newRow("duplicate token")
            << uR"({"principals":[{%1,"student":"%2"},{%1,"proctor":"%3"}]})"_s.arg(
                   tokenKey, Es1, Pu1)
            << u"principals[1].spToken: the same SP token as principals[0]"_s;
    }
    void malformed()
    {
        QFETCH(QString, json);
        QFETCH(QString, expected);
        QString error;
        const auto p = Principals::fromJson(json.toUtf8(), &error);
        QVERIFY(!p);
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(!error.contains(u"tok-9"_s), qPrintable(error));
    }

    void loadFromFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"principals.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(goodFile());
        file.close();
        QString error;
        const auto p = Principals::load(path, &error);
        QVERIFY2(p, qPrintable(error));
        QVERIFY(p->find(u"tok-proctor-1"_s));
    }

    void loadErrorsNameTheFile()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(u"missing.json"_s);
        QString error;
        QVERIFY(!Principals::load(missing, &error));
        QVERIFY2(error.contains(missing), qPrintable(error));

        const QString bad = dir.filePath(u"bad.json"_s);
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"principals":[{"spToken":"x","student":"ESshort"}]})");
        file.close();
        QVERIFY(!Principals::load(bad, &error));
        QVERIFY2(
            error.contains(bad) && error.contains(u"principals[0].student"_s), qPrintable(error));
    }

    void demo()
    {
        Principals p;
        const Principals::Demo demo = p.addDemo();
        const QRegularExpression sid(u"^[A-Z]{2}[0-9a-f]{32}$"_s);
        QVERIFY(sid.match(demo.sessionSid).hasMatch() && demo.sessionSid.startsWith(u"ES"));
        QVERIFY(sid.match(demo.proctorSid).hasMatch() && demo.proctorSid.startsWith(u"PU"));
        QVERIFY(sid.match(demo.roomSid).hasMatch() && demo.roomSid.startsWith(u"PR"));
        QVERIFY(demo.proctorSpToken.size() >= 20);
        QVERIFY(demo.proctorSpToken != demo.studentSpToken);

        const Principal *proctor = p.find(demo.proctorSpToken);
        QVERIFY(proctor);
        QCOMPARE(proctor->proctor, demo.proctorSid);
        QVERIFY(proctor->mayUseSession(demo.sessionSid));
        QVERIFY(proctor->mayUseRoom(demo.roomSid));
        QVERIFY(!proctor->allSessions);
        const Principal *student = p.find(demo.studentSpToken);
        QVERIFY(student);
        QCOMPARE(student->role, Principal::Role::Student);
        QCOMPARE(student->student, demo.sessionSid);

        // Each call is fresh.
        const Principals::Demo other = p.addDemo();
        QVERIFY(other.sessionSid != demo.sessionSid);
        QVERIFY(other.proctorSpToken != demo.proctorSpToken);
        QCOMPARE(p.all().size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestPrincipals)
#include "tst_principals.moc"
