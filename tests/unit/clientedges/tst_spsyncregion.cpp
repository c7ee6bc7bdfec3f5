// spsync --region (DESIGN section 7): known regions pick Twilio's hosts, others are refused.
#include "spsyncoptions.h"

#include <QTest>

using namespace SpSyncCli;
using namespace Qt::StringLiterals;

class TestSpsyncRegion : public QObject
{
    Q_OBJECT

    static QStringList args(const QStringList &extra)
    {
        return QStringList { u"--twilio-token"_s, u"tok"_s, u"--document"_s, u"Session_X"_s,
            u"--identity"_s, u"tester"_s }
        + extra + QStringList { u"get"_s };
    }

private Q_SLOTS:
    void regionGoesIntoTheConfig_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("region");
        QTest::newRow("default") << QStringList {} << u"us1"_s;
        QTest::newRow("ie1") << QStringList { u"--region"_s, u"ie1"_s } << u"ie1"_s;
        QTest::newRow("au1") << QStringList { u"--region"_s, u"au1"_s } << u"au1"_s;
    }
    void regionGoesIntoTheConfig()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, region);
        const ParseResult r = parseArguments(args(extra), QProcessEnvironment());
        QVERIFY2(r.ok(), qPrintable(r.error));
        const auto c = clientConfig(r.options);
        QVERIFY(SpSync::isOk(c));
        QCOMPARE(SpSync::value(c).region, region);
        QVERIFY(SpSync::value(c).twilsockUrl.isEmpty()); // built from the region by the client
    }

    void unknownRegionIsAUsageError()
    {
        const ParseResult r
            = parseArguments(args({ u"--region"_s, u"eu2"_s }), QProcessEnvironment());
        QVERIFY(!r.ok());
        QVERIFY2(
            r.error.contains(u"--region"_s) && r.error.contains(u"eu2"_s), qPrintable(r.error));
        QVERIFY(!parseArguments(
            args({ u"--region"_s, u"ie1"_s, u"--region"_s, u"au1"_s }), QProcessEnvironment())
                     .ok());
    }

    void helpMentionsRegion() { QVERIFY(helpText().contains(u"--region"_s)); }
};

QTEST_GUILESS_MAIN(TestSpsyncRegion)
#include "tst_spsyncregion.moc"
