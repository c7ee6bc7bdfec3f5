#include "sp/spidentity.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace SpSync;

namespace {
const QString kBody = u"0123456789abcdefABCDEF0123456789"_s; // 32 characters
const QString kEs = u"ES"_s + kBody;
const QString kPu = u"PU"_s + kBody;
const QString kPr = u"PR"_s + kBody;
} // namespace

class TestSpIdentity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void derive_data();
    void derive();
    void malformed_data();
    void malformed();
    void isValidSid_data();
    void isValidSid();
    void uniqueName_data();
    void uniqueName();
};

void TestSpIdentity::derive_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<QString>("es");
    QTest::addColumn<QString>("pu");
    QTest::addColumn<QString>("pr");
    QTest::addColumn<QString>("documentId");
    QTest::addColumn<QString>("identity");
    QTest::newRow("student") << Role::Student << kEs << QString() << QString()
                             << u"Session_"_s + kEs << kEs;
    QTest::newRow("student ignores other SIDs")
        << Role::Student << kEs << u"junk"_s << u"x"_s << u"Session_"_s + kEs << kEs;
    QTest::newRow("proctor session")
        << Role::ProctorSession << kEs << kPu << QString() << u"Session_"_s + kEs << kEs + kPu;
    QTest::newRow("proctor room") << Role::ProctorRoom << QString() << kPu << kPr
                                  << u"Proctor_Room_"_s + kPr << kPu;
}

void TestSpIdentity::derive()
{
    QFETCH(Role, role);
    QFETCH(QString, es);
    QFETCH(QString, pu);
    QFETCH(QString, pr);
    const auto r = deriveIdentity(role, es, pu, pr);
    QVERIFY2(isOk(r), qPrintable(error(r).message));
    QTEST(value(r).documentId, "documentId");
    QTEST(value(r).identity, "identity");
    QString why;
    QVERIFY2(isValidUniqueName(value(r).documentId, &why), qPrintable(why));
}

void TestSpIdentity::malformed_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<QString>("es");
    QTest::addColumn<QString>("pu");
    QTest::addColumn<QString>("pr");
    QTest::addColumn<QStringList>("mustContain");

    const QString shortEs = u"ES"_s + kBody.left(31);
    const QString longEs = kEs + u"0"_s;
    QString badChar = kEs;
    badChar[4] = u'-';
    QString accent = kPu;
    accent[33] = QChar(0xE9);
    QString lastBad = kPr;
    lastBad[33] = u'_';

    QTest::newRow("student: missing session")
        << Role::Student << QString() << QString() << QString()
        << QStringList { u"session SID"_s, u"missing"_s };
    QTest::newRow("student: wrong prefix")
        << Role::Student << kPu << QString() << QString()
        << QStringList { u"session SID"_s, u"wrong prefix"_s, u"ES"_s };
    QTest::newRow("student: lowercase prefix")
        << Role::Student << u"es"_s + kBody << QString() << QString()
        << QStringList { u"session SID"_s, u"wrong prefix"_s };
    QTest::newRow("student: too short") << Role::Student << shortEs << QString() << QString()
                                        << QStringList { u"session SID"_s, u"wrong length"_s,
                                               u"33 characters"_s, u"expected 34"_s };
    QTest::newRow("student: too long")
        << Role::Student << longEs << QString() << QString()
        << QStringList { u"session SID"_s, u"wrong length"_s, u"35 characters"_s };
    QTest::newRow("student: bad character")
        << Role::Student << badChar << QString() << QString()
        << QStringList { u"session SID"_s, u"bad character"_s, u"'-'"_s, u"position 5"_s };
    QTest::newRow("proctor session: bad session")
        << Role::ProctorSession << shortEs << kPu << QString()
        << QStringList { u"session SID"_s, u"wrong length"_s };
    QTest::newRow("proctor session: missing proctor")
        << Role::ProctorSession << kEs << QString() << QString()
        << QStringList { u"proctor SID"_s, u"missing"_s };
    QTest::newRow("proctor session: non-ASCII in proctor")
        << Role::ProctorSession << kEs << accent << QString()
        << QStringList { u"proctor SID"_s, u"bad character"_s, u"position 34"_s };
    QTest::newRow("proctor session: room SID as proctor")
        << Role::ProctorSession << kEs << kPr << QString()
        << QStringList { u"proctor SID"_s, u"wrong prefix"_s, u"PU"_s };
    QTest::newRow("room: missing room") << Role::ProctorRoom << QString() << kPu << QString()
                                        << QStringList { u"proctor room SID"_s, u"missing"_s };
    QTest::newRow("room: bad last character")
        << Role::ProctorRoom << QString() << kPu << lastBad
        << QStringList { u"proctor room SID"_s, u"position 34"_s, u"'_'"_s };
    QTest::newRow("room: session SID as room")
        << Role::ProctorRoom << QString() << kPu << kEs
        << QStringList { u"proctor room SID"_s, u"wrong prefix"_s, u"PR"_s };
    QTest::newRow("room: bad proctor") << Role::ProctorRoom << QString() << u"PU123"_s << kPr
                                       << QStringList { u"proctor SID"_s, u"wrong length"_s };
}

void TestSpIdentity::malformed()
{
    QFETCH(Role, role);
    QFETCH(QString, es);
    QFETCH(QString, pu);
    QFETCH(QString, pr);
    QFETCH(QStringList, mustContain);
    const auto r = deriveIdentity(role, es, pu, pr);
    QVERIFY(!isOk(r));
    QCOMPARE(error(r).kind, SyncError::Kind::InvalidInput);
    for (const QString &part : std::as_const(mustContain))
        QVERIFY2(error(r).message.contains(part),
            qPrintable(u"\"%1\" lacks \"%2\""_s.arg(error(r).message, part)));
}

void TestSpIdentity::isValidSid_data()
{
    QTest::addColumn<QString>("sid");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ES ok") << kEs << u"ES"_s << true;
    QTest::newRow("PU ok") << kPu << u"PU"_s << true;
    QTest::newRow("PR ok") << kPr << u"PR"_s << true;
    QTest::newRow("prefix mismatch") << kEs << u"PU"_s << false;
    QTest::newRow("space") << (u"ES "_s + kBody.left(31)) << u"ES"_s << false;
    QTest::newRow("empty") << QString() << u"ES"_s << false;
    QTest::newRow("prefix only") << u"ES"_s << u"ES"_s << false;
}

void TestSpIdentity::isValidSid()
{
    QFETCH(QString, sid);
    QFETCH(QString, prefix);
    QFETCH(bool, valid);
    QCOMPARE(SpSync::isValidSid(sid, prefix), valid);
    QCOMPARE(sidError(sid, prefix, u"SID"_s).isEmpty(), valid);
}

void TestSpIdentity::uniqueName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("reason");
    QTest::newRow("session doc") << u"Session_"_s + kEs << true << QString();
    QTest::newRow("256 chars") << QString(256, u'a') << true << QString();
    QTest::newRow("257 chars") << QString(257, u'a') << false << u"at most 256"_s;
    QTest::newRow("empty") << QString() << false << u"empty"_s;
    QTest::newRow("SP SID shape") << kEs << false << u"looks like a SID"_s;
    QTest::newRow("Twilio SID shape")
        << u"ET385281082bfdd88bca160cdaa02e932c"_s << false << u"looks like a SID"_s;
    QTest::newRow("33 chars is not a SID") << kEs.left(33) << true << QString();
}

void TestSpIdentity::uniqueName()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QFETCH(QString, reason);
    QString why;
    QCOMPARE(isValidUniqueName(name, &why), valid);
    QVERIFY2(why.contains(reason), qPrintable(why));
    QCOMPARE(why.isEmpty(), valid);
}

QTEST_GUILESS_MAIN(TestSpIdentity)
#include "tst_spidentity.moc"
