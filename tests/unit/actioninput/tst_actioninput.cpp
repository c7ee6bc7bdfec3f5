#include "actioninput.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SpSync;
using namespace SpSyncCli;

class TestActionInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valid();
    void invalid_data();
    void invalid();
};

void TestActionInput::valid()
{
    const QByteArray json = R"([
        {"actionType": "extension.stopSession", "additionalInfo": {"redirectURL": "https://a.b/"}},
        {"actionType": "onboarding.startIdCheck"},
        {"actionType": "extension.getDisplayCount", "additionalInfo": {"respondTo": "proctor"}}
    ])";
    const auto r = parseActionsBatch(json, ActionCatalog::builtin(), u"ES1"_s);
    QVERIFY2(isOk(r), qPrintable(error(r).message));
    const QJsonArray batch = value(r);
    QCOMPARE(batch.size(), 3);
    QCOMPARE(batch.at(0)[u"actionType"_s].toString(), u"extension.stopSession"_s);
    QCOMPARE(batch.at(0)[u"additionalInfo"_s][u"redirectURL"_s].toString(), u"https://a.b/"_s);
    QCOMPARE(batch.at(1)[u"actionType"_s].toString(), u"onboarding.startIdCheck"_s);
    QVERIFY(batch.at(1)[u"additionalInfo"_s].isObject());
    QCOMPARE(batch.at(2)[u"additionalInfo"_s][u"respondTo"_s].toString(), u"proctor"_s);
}

void TestActionInput::invalid_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mustContain");
    QTest::newRow("bad JSON") << QByteArray("[{") << u"not valid JSON"_s;
    QTest::newRow("object") << QByteArray("{}") << u"JSON array"_s;
    QTest::newRow("empty") << QByteArray("[]") << u"empty"_s;
    QTest::newRow("entry not object") << QByteArray("[1]") << u"entry 1"_s;
    QTest::newRow("no actionType") << QByteArray(R"([{"additionalInfo":{}}])") << u"actionType"_s;
    QTest::newRow("info not object")
        << QByteArray(R"([{"actionType":"extension.stopSession","additionalInfo":[]}])")
        << u"additionalInfo"_s;
    QTest::newRow("second entry unknown")
        << QByteArray(R"([{"actionType":"extension.stopSession"},{"actionType":"extension.fly"}])")
        << u"entry 2: unknown action"_s;
    QTest::newRow("missing mandatory")
        << QByteArray(R"([{"actionType":"extension.injectPassword"}])")
        << u"entry 1: the action extension.injectPassword needs the mandatory field"_s;
    QTest::newRow("bad URL") << QByteArray(
        R"([{"actionType":"extension.stopSession","additionalInfo":{"redirectURL":"x"}}])")
                             << u"redirectURL"_s;
}

void TestActionInput::invalid()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mustContain);
    const auto r = parseActionsBatch(json, ActionCatalog::builtin(), u"ES1"_s);
    QVERIFY(!isOk(r));
    QCOMPARE(error(r).kind, SyncError::Kind::InvalidInput);
    QVERIFY2(error(r).message.contains(mustContain), qPrintable(error(r).message));
}

QTEST_GUILESS_MAIN(TestActionInput)
#include "tst_actioninput.moc"
