// Principals: the --principals file (SP token -> student or proctor) and the demo principals.
#include "auth/principals.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using SpEmu::Principal;
using SpEmu::Principals;

namespace {

const QString Es1 = QStringLiteral("ES0123456789abcdefABCDEF0123456789");
const QString Es2 = QStringLiteral("ESbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb");
const QString Pu1 = QStringLiteral("PUcccccccccccccccccccccccccccccccc");
const QString Pr1 = QStringLiteral("PRdddddddddddddddddddddddddddddddd");
const QString Pr2 = QStringLiteral("PReeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee");

QByteArray goodFile()
{
    return QStringLiteral(R"({"principals":[
        {"spToken":"tok-student-1","student":"%1"},
        {"spToken":"tok-proctor-1","proctor":"%2","rooms":["%3","%4"],"sessions":["%1"]},
        {"spToken":"tok-proctor-star","proctor":"%2","sessions":"*"},
        {"spToken":"tok-proctor-bare","proctor":"%2"}]})")
        .arg(Es1, Pu1, Pr1, Pr2)
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

        const Principal *student = p->find(QStringLiteral("tok-student-1"));
        QVERIFY(student);
        QCOMPARE(student->role, Principal::Role::Student);
        QCOMPARE(student->student, Es1);
        QVERIFY(!student->mayUseSession(Es1)); // students do not join as proctors

        const Principal *proctor = p->find(QStringLiteral("tok-proctor-1"));
        QVERIFY(proctor);
        QCOMPARE(proctor->role, Principal::Role::Proctor);
        QCOMPARE(proctor->proctor, Pu1);
        QCOMPARE(proctor->rooms, QStringList({ Pr1, Pr2 }));
        QVERIFY(proctor->mayUseSession(Es1));
        QVERIFY(!proctor->mayUseSession(Es2));
        QVERIFY(proctor->mayUseRoom(Pr2));
        QVERIFY(!proctor->mayUseRoom(QStringLiteral("PRffffffffffffffffffffffffffffffff")));

        const Principal *star = p->find(QStringLiteral("tok-proctor-star"));
        QVERIFY(star);
        QVERIFY(star->allSessions);
        QVERIFY(star->mayUseSession(Es1));
        QVERIFY(star->mayUseSession(Es2));
        QVERIFY(!star->mayUseRoom(Pr1));

        const Principal *bare = p->find(QStringLiteral("tok-proctor-bare"));
        QVERIFY(bare);
        QVERIFY(!bare->mayUseSession(Es1));
        QVERIFY(!bare->mayUseRoom(Pr1));
    }

    void unknownTokens_data()
    {
        QTest::addColumn<QString>("token");
        QTest::newRow("empty") << QString();
        QTest::newRow("unknown") << QStringLiteral("tok-nobody");
        QTest::newRow("prefix") << QStringLiteral("tok-student");
        QTest::newRow("longer") << QStringLiteral("tok-student-10");
        QTest::newRow("case") << QStringLiteral("TOK-STUDENT-1");
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
        const QString tokenKey = QStringLiteral(R"("spToken":"secret-tok-9")");
        QTest::newRow("not JSON") << QStringLiteral("{\"principals\":[")
                                  << QStringLiteral("not valid JSON");
        QTest::newRow("array root")
            << QStringLiteral("[]") << QStringLiteral("{\"principals\":[…]}");
        QTest::newRow("principals not array")
            << QStringLiteral(R"({"principals":{}})") << QStringLiteral("{\"principals\":[…]}");
        QTest::newRow("entry not object") << QStringLiteral(R"({"principals":[1]})")
                                          << QStringLiteral("principals[0]: must be an object");
        QTest::newRow("missing spToken")
            << QStringLiteral(R"({"principals":[{"student":"%1"}]})").arg(Es1)
            << QStringLiteral("principals[0].spToken");
        QTest::newRow("empty spToken")
            << QStringLiteral(R"({"principals":[{"spToken":"","student":"%1"}]})").arg(Es1)
            << QStringLiteral("principals[0].spToken");
        QTest::newRow("spToken with space")
            << QStringLiteral(R"({"principals":[{"spToken":"secret tok-9","student":"%1"}]})")
                   .arg(Es1)
            << QStringLiteral("principals[0].spToken: must be printable ASCII");
        QTest::newRow("neither role") << QStringLiteral(R"({"principals":[{%1}]})").arg(tokenKey)
                                      << QStringLiteral("principals[0]: needs exactly one");
        QTest::newRow("both roles")
            << QStringLiteral(R"({"principals":[{%1,"student":"%2","proctor":"%3"}]})")
                   .arg(tokenKey, Es1, Pu1)
            << QStringLiteral("principals[0]: needs exactly one");
        QTest::newRow("short ES")
            << QStringLiteral(R"({"principals":[{%1,"student":"ES123"}]})").arg(tokenKey)
            << QStringLiteral("principals[0].student: \"ES123\" is not a valid ES SID");
        QTest::newRow("student given a PU")
            << QStringLiteral(R"({"principals":[{%1,"student":"%2"}]})").arg(tokenKey, Pu1)
            << QStringLiteral("principals[0].student");
        QTest::newRow("student not a string")
            << QStringLiteral(R"({"principals":[{%1,"student":7}]})").arg(tokenKey)
            << QStringLiteral("principals[0].student");
        QTest::newRow("bad PU character") << QStringLiteral(
            R"({"principals":[{%1,"proctor":"PUcccccccccccccccccccccccccccccc-c"}]})")
                                                 .arg(tokenKey)
                                          << QStringLiteral("principals[0].proctor");
        QTest::newRow("bad PR in second entry")
            << QStringLiteral(R"({"principals":[{"spToken":"a","student":"%1"},)"
                              R"({%2,"proctor":"%3","rooms":["%4","PRnope"]}]})")
                   .arg(Es1, tokenKey, Pu1, Pr1)
            << QStringLiteral("principals[1].rooms[1]: \"PRnope\" is not a valid PR SID");
        QTest::newRow("room not a string")
            << QStringLiteral(R"({"principals":[{%1,"proctor":"%2","rooms":[1]}]})")
                   .arg(tokenKey, Pu1)
            << QStringLiteral("principals[0].rooms[0]: must be a string");
        QTest::newRow("rooms \"*\"")
            << QStringLiteral(R"({"principals":[{%1,"proctor":"%2","rooms":"*"}]})")
                   .arg(tokenKey, Pu1)
            << QStringLiteral("principals[0].rooms: must be an array");
        QTest::newRow("sessions other string")
            << QStringLiteral(R"({"principals":[{%1,"proctor":"%2","sessions":"all"}]})")
                   .arg(tokenKey, Pu1)
            << QStringLiteral("principals[0].sessions: must be an array of ES SIDs or \"*\"");
        QTest::newRow("bad ES in sessions")
            << QStringLiteral(R"({"principals":[{%1,"proctor":"%2","sessions":["%3"]}]})")
                   .arg(tokenKey, Pu1, Pr1)
            << QStringLiteral("principals[0].sessions[0]");
        QTest::newRow("student with rooms")
            << QStringLiteral(R"({"principals":[{%1,"student":"%2","rooms":[]}]})")
                   .arg(tokenKey, Es1)
            << QStringLiteral("a student has no");
        QTest::newRow("unknown key")
            << QStringLiteral(R"({"principals":[{%1,"proctor":"%2","session":["%3"]}]})")
                   .arg(tokenKey, Pu1, Es1)
            << QStringLiteral("principals[0]: unknown key \"session\"");
        QTest::newRow("duplicate token")
            << QStringLiteral(R"({"principals":[{%1,"student":"%2"},{%1,"proctor":"%3"}]})")
                   .arg(tokenKey, Es1, Pu1)
            << QStringLiteral("principals[1].spToken: the same SP token as principals[0]");
    }
    void malformed()
    {
        QFETCH(QString, json);
        QFETCH(QString, expected);
        QString error;
        const auto p = Principals::fromJson(json.toUtf8(), &error);
        QVERIFY(!p);
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("tok-9")), qPrintable(error));
    }

    void loadFromFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("principals.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(goodFile());
        file.close();
        QString error;
        const auto p = Principals::load(path, &error);
        QVERIFY2(p, qPrintable(error));
        QVERIFY(p->find(QStringLiteral("tok-proctor-1")));
    }

    void loadErrorsNameTheFile()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("missing.json"));
        QString error;
        QVERIFY(!Principals::load(missing, &error));
        QVERIFY2(error.contains(missing), qPrintable(error));

        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"principals":[{"spToken":"x","student":"ESshort"}]})");
        file.close();
        QVERIFY(!Principals::load(bad, &error));
        QVERIFY2(error.contains(bad) && error.contains(QStringLiteral("principals[0].student")),
            qPrintable(error));
    }

    void demo()
    {
        Principals p;
        const Principals::Demo demo = p.addDemo();
        const QRegularExpression sid(QStringLiteral("^[A-Z]{2}[0-9a-f]{32}$"));
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
