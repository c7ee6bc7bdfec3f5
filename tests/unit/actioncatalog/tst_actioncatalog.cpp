#include "sp/actioncatalog.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace SpSync;

class TestActionCatalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtinFromResource();
    void seedActions();
    void build_data();
    void build();
    void refusals_data();
    void refusals();
    void addedFields();
    void urlRule();
    void arrayFor();
    void extraFile();
    void extraFileErrors_data();
    void extraFileErrors();
    void fromJson();
};

void TestActionCatalog::builtinFromResource()
{
    QVERIFY(QFile::exists(u":/sp/actiontypes.json"_s));
    const ActionCatalog &c = ActionCatalog::builtin();
    QCOMPARE(&c, &ActionCatalog::builtin());
    const QStringList executors = c.executors();
    QVERIFY(executors.contains(u"extension"_s));
    QVERIFY(executors.contains(u"onboarding"_s));
    QVERIFY(executors.contains(u"proctor"_s));
    QVERIFY(!executors.contains(u"$comment"_s));
}

void TestActionCatalog::seedActions()
{
    const ActionCatalog &c = ActionCatalog::builtin();
    QVERIFY(c.fields(u"extension"_s, u"injectPassword"_s).value(u"password"_s).isNull());
    QVERIFY(c.fields(u"extension"_s, u"stopSession"_s).contains(u"redirectURL"_s));
    QVERIFY(!c.fields(u"extension"_s, u"stopSession"_s).value(u"redirectURL"_s).isNull());
    QVERIFY(c.fields(u"extension"_s, u"getDisplayCount"_s).contains(u"respondTo"_s));
    QVERIFY(c.fields(u"proctor"_s, u"getDisplayCount"_s).value(u"displayCount"_s).isNull());
    QVERIFY(c.fields(u"onboarding"_s, u"getDisplayCount"_s).value(u"displayCount"_s).isNull());
    QVERIFY(c.actions(u"onboarding"_s).size() >= 3);
}

void TestActionCatalog::build_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QJsonObject>("info");
    QTest::addColumn<QJsonObject>("expected"); // fields that must be present with these values

    QTest::newRow("stopSession default")
        << u"extension.stopSession"_s << QJsonObject()
        << QJsonObject { { u"action"_s, u"stopSession"_s }, { u"executor"_s, u"extension"_s },
               { u"redirectURL"_s, u""_s } };
    QTest::newRow("stopSession with URL")
        << u"extension.stopSession"_s
        << QJsonObject { { u"redirectURL"_s, u"https://example.com/done?x=1"_s } }
        << QJsonObject { { u"redirectURL"_s, u"https://example.com/done?x=1"_s } };
    QTest::newRow("http URL is fine for a redirect")
        << u"extension.stopSession"_s
        << QJsonObject { { u"redirectURL"_s, u"http://example.com/"_s } }
        << QJsonObject { { u"redirectURL"_s, u"http://example.com/"_s } };
    QTest::newRow("injectPassword")
        << u"extension.injectPassword"_s << QJsonObject { { u"password"_s, u"s3cret"_s } }
        << QJsonObject { { u"password"_s, u"s3cret"_s }, { u"action"_s, u"injectPassword"_s } };
    QTest::newRow("getDisplayCount respondTo proctor")
        << u"extension.getDisplayCount"_s << QJsonObject { { u"respondTo"_s, u"proctor"_s } }
        << QJsonObject { { u"respondTo"_s, u"proctor"_s } };
    QTest::newRow("response to proctor")
        << u"proctor.getDisplayCount"_s << QJsonObject { { u"displayCount"_s, 2 } }
        << QJsonObject { { u"action"_s, u"getDisplayCount"_s }, { u"executor"_s, u"proctor"_s },
               { u"displayCount"_s, 2 } };
    QTest::newRow("zero is a value, not missing")
        << u"onboarding.getDisplayCount"_s << QJsonObject { { u"displayCount"_s, 0 } }
        << QJsonObject { { u"displayCount"_s, 0 }, { u"executor"_s, u"onboarding"_s } };
    QTest::newRow("extra fields kept")
        << u"extension.stopSession"_s << QJsonObject { { u"note"_s, u"n"_s } }
        << QJsonObject { { u"note"_s, u"n"_s } };
    QTest::newRow("default overridden")
        << u"onboarding.showMessage"_s
        << QJsonObject { { u"message"_s, u"hi"_s }, { u"level"_s, u"warning"_s } }
        << QJsonObject { { u"message"_s, u"hi"_s }, { u"level"_s, u"warning"_s } };
    QTest::newRow("default kept") << u"onboarding.showMessage"_s
                                  << QJsonObject { { u"message"_s, u"hi"_s } }
                                  << QJsonObject { { u"level"_s, u"info"_s } };
    QTest::newRow("caller cannot redirect the executor")
        << u"extension.stopSession"_s
        << QJsonObject { { u"executor"_s, u"proctor"_s }, { u"action"_s, u"x"_s } }
        << QJsonObject { { u"executor"_s, u"extension"_s }, { u"action"_s, u"stopSession"_s } };
}

void TestActionCatalog::build()
{
    QFETCH(QString, type);
    QFETCH(QJsonObject, info);
    QFETCH(QJsonObject, expected);
    const auto r = ActionCatalog::builtin().buildAction(type, info, u"ESme"_s);
    QVERIFY2(isOk(r), qPrintable(error(r).message));
    const QJsonObject action = value(r);
    for (auto it = expected.begin(); it != expected.end(); ++it)
        QCOMPARE(action.value(it.key()), it.value());
}

void TestActionCatalog::refusals_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QJsonObject>("info");
    QTest::addColumn<QStringList>("mustContain");

    QTest::newRow("no dot") << u"stopSession"_s << QJsonObject()
                            << QStringList { u"EXECUTOR.ACTION"_s };
    QTest::newRow("two dots") << u"a.b.c"_s << QJsonObject()
                              << QStringList { u"EXECUTOR.ACTION"_s };
    QTest::newRow("empty action") << u"extension."_s << QJsonObject()
                                  << QStringList { u"EXECUTOR.ACTION"_s };
    QTest::newRow("unknown executor")
        << u"robot.stopSession"_s << QJsonObject()
        << QStringList { u"unknown executor"_s, u"\"robot\""_s, u"extension"_s };
    QTest::newRow("unknown action")
        << u"extension.selfDestruct"_s << QJsonObject()
        << QStringList { u"unknown action"_s, u"\"selfDestruct\""_s, u"stopSession"_s };
    QTest::newRow("missing mandatory") << u"extension.injectPassword"_s << QJsonObject()
                                       << QStringList { u"mandatory"_s, u"\"password\""_s };
    QTest::newRow("mandatory given as null")
        << u"extension.injectPassword"_s << QJsonObject { { u"password"_s, QJsonValue() } }
        << QStringList { u"mandatory"_s, u"\"password\""_s };
    QTest::newRow("mandatory given empty")
        << u"proctor.studentMessage"_s << QJsonObject { { u"message"_s, u""_s } }
        << QStringList { u"mandatory"_s, u"\"message\""_s };
    QTest::newRow("response lacks displayCount")
        << u"proctor.getDisplayCount"_s << QJsonObject()
        << QStringList { u"mandatory"_s, u"\"displayCount\""_s };
    QTest::newRow("relative URL") << u"extension.stopSession"_s
                                  << QJsonObject { { u"redirectURL"_s, u"/done"_s } }
                                  << QStringList { u"redirectURL"_s, u"absolute http(s) URL"_s };
    QTest::newRow("not a URL") << u"extension.stopSession"_s
                               << QJsonObject { { u"redirectURL"_s, u"not a url"_s } }
                               << QStringList { u"redirectURL"_s, u"absolute http(s) URL"_s };
    QTest::newRow("javascript URL")
        << u"extension.stopSession"_s
        << QJsonObject { { u"redirectURL"_s, u"javascript:alert(1)"_s } }
        << QStringList { u"redirectURL"_s };
    QTest::newRow("ftp URL") << u"extension.stopSession"_s
                             << QJsonObject { { u"redirectURL"_s, u"ftp://example.com/x"_s } }
                             << QStringList { u"redirectURL"_s };
    QTest::newRow("URL not a string")
        << u"extension.stopSession"_s << QJsonObject { { u"redirectURL"_s, 42 } }
        << QStringList { u"redirectURL"_s, u"URL string"_s };
    QTest::newRow("extra *Url field checked too")
        << u"extension.stopSession"_s << QJsonObject { { u"logoUrl"_s, u"no"_s } }
        << QStringList { u"logoUrl"_s };
    QTest::newRow("mandatory URL missing") << u"proctor.takeScreenshot"_s << QJsonObject()
                                           << QStringList { u"mandatory"_s, u"imageURL"_s };
    QTest::newRow("respondTo unknown executor")
        << u"extension.getDisplayCount"_s << QJsonObject { { u"respondTo"_s, u"nobody"_s } }
        << QStringList { u"respondTo"_s, u"\"nobody\""_s, u"not a known executor"_s };
    QTest::newRow("respondTo not a string")
        << u"extension.getDisplayCount"_s << QJsonObject { { u"respondTo"_s, 3 } }
        << QStringList { u"respondTo"_s, u"not a known executor"_s };
}

void TestActionCatalog::refusals()
{
    QFETCH(QString, type);
    QFETCH(QJsonObject, info);
    QFETCH(QStringList, mustContain);
    const auto r = ActionCatalog::builtin().buildAction(type, info, u"ESme"_s);
    QVERIFY(!isOk(r));
    QCOMPARE(error(r).kind, SyncError::Kind::InvalidInput);
    for (const QString &part : std::as_const(mustContain))
        QVERIFY2(error(r).message.contains(part),
            qPrintable(u"\"%1\" lacks \"%2\""_s.arg(error(r).message, part)));
}

void TestActionCatalog::addedFields()
{
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    const auto a
        = ActionCatalog::builtin().buildAction(u"extension.stopSession"_s, {}, u"PUproctor"_s);
    const auto b
        = ActionCatalog::builtin().buildAction(u"extension.stopSession"_s, {}, u"PUproctor"_s);
    QVERIFY(isOk(a) && isOk(b));
    const QJsonObject action = value(a);
    QCOMPARE(action.value(u"createdBy"_s).toString(), u"PUproctor"_s);
    const QUuid id = QUuid::fromString(action.value(u"id"_s).toString());
    QVERIFY(!id.isNull());
    QVERIFY(action.value(u"id"_s) != value(b).value(u"id"_s));
    const QString createdAt = action.value(u"createdAt"_s).toString();
    static const QRegularExpression iso(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"_s);
    QVERIFY2(iso.match(createdAt).hasMatch(), qPrintable(createdAt));
    const QDateTime t = QDateTime::fromString(createdAt, Qt::ISODateWithMs);
    QVERIFY(t >= before);
    QVERIFY(t <= QDateTime::currentDateTimeUtc());
}

// The rule buildAction applies, which the console's composer checks each field with.
void TestActionCatalog::urlRule()
{
    QVERIFY(ActionCatalog::isUrlField(u"redirectURL"_s));
    QVERIFY(ActionCatalog::isUrlField(u"callbackUrl"_s));
    QVERIFY(!ActionCatalog::isUrlField(u"password"_s));
    QVERIFY(ActionCatalog::isValidUrl(u"https://example.com/done?x=1"_s));
    QVERIFY(ActionCatalog::isValidUrl(u"http://example.com/"_s));
    for (const QString &bad : { u"/done"_s, u"example.com/x"_s, u"ftp://example.com/"_s,
             u"https://"_s, u"http://exa mple.com"_s, u"javascript:alert(1)"_s, QString() })
        QVERIFY2(!ActionCatalog::isValidUrl(bad), qPrintable(bad));
}

void TestActionCatalog::arrayFor()
{
    QCOMPARE(ActionCatalog::arrayFor(u"extension"_s), u"extensionActions"_s);
    QCOMPARE(ActionCatalog::arrayFor(u"onboarding"_s), u"onboardingActions"_s);
    QCOMPARE(ActionCatalog::arrayFor(u"proctor"_s), u"proctorActions"_s);
}

void TestActionCatalog::extraFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile f(dir.filePath(u"extra.json"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"$comment":"extra",
                "extension": {"zoomIn": {"factor": 2}, "stopSession": {"redirectURL": null}},
                "kiosk": {"reboot": {"delayMs": null, "reportUrl": ""}}})");
    f.close();

    ActionCatalog c = ActionCatalog::builtin();
    QString err;
    QVERIFY2(c.loadExtra(f.fileName(), &err), qPrintable(err));
    QVERIFY(c.contains(u"extension"_s, u"zoomIn"_s));
    QVERIFY(c.contains(u"extension"_s, u"injectPassword"_s)); // old ones kept
    QVERIFY(c.hasExecutor(u"kiosk"_s));
    // New executor: usable as respondTo, its array name follows the rule.
    auto r
        = c.buildAction(u"extension.getDisplayCount"_s, { { u"respondTo"_s, u"kiosk"_s } }, u"x"_s);
    QVERIFY2(isOk(r), qPrintable(error(r).message));
    r = c.buildAction(u"extension.zoomIn"_s, {}, u"x"_s);
    QVERIFY(isOk(r));
    QCOMPARE(value(r).value(u"factor"_s).toInt(), 2);
    // A replaced action: redirectURL is now mandatory.
    r = c.buildAction(u"extension.stopSession"_s, {}, u"x"_s);
    QVERIFY(!isOk(r));
    QVERIFY(error(r).message.contains(u"redirectURL"_s));
    r = c.buildAction(
        u"kiosk.reboot"_s, { { u"delayMs"_s, 10 }, { u"reportUrl"_s, u"x"_s } }, u"x"_s);
    QVERIFY(!isOk(r));
    QVERIFY(error(r).message.contains(u"reportUrl"_s));
    // The builtin catalog itself is untouched.
    QVERIFY(!ActionCatalog::builtin().hasExecutor(u"kiosk"_s));
}

void TestActionCatalog::extraFileErrors_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("mustContain");
    QTest::newRow("bad JSON") << QByteArray("{\"extension\": ") << u"offset"_s;
    QTest::newRow("array") << QByteArray("[]") << u"not a JSON object"_s;
    QTest::newRow("executor not object")
        << QByteArray(R"({"extension": 3})") << u"executor \"extension\""_s;
    QTest::newRow("action not object")
        << QByteArray(R"({"extension": {"x": []}})") << u"\"extension.x\""_s;
    QTest::newRow("bad executor name") << QByteArray(R"({"ext ension": {}})") << u"plain name"_s;
    QTest::newRow("dotted action name")
        << QByteArray(R"({"extension": {"a.b": {}}})") << u"plain name"_s;
}

void TestActionCatalog::extraFileErrors()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, mustContain);
    QTemporaryDir dir;
    QFile f(dir.filePath(u"extra.json"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    ActionCatalog c = ActionCatalog::builtin();
    const QJsonObject before = c.toJson();
    QString err;
    QVERIFY(!c.loadExtra(f.fileName(), &err));
    QVERIFY2(err.contains(mustContain), qPrintable(err));
    QVERIFY2(err.contains(f.fileName()), qPrintable(err));
    QCOMPARE(c.toJson(), before);

    QVERIFY(!c.loadExtra(dir.filePath(u"missing.json"_s), &err));
    QVERIFY(err.contains(u"cannot read"_s));
}

void TestActionCatalog::fromJson()
{
    const auto r = ActionCatalog::fromJson(R"({"a": {"b": {"c": null}}})");
    QVERIFY(isOk(r));
    QCOMPARE(value(r).executors(), QStringList { u"a"_s });
    QVERIFY(!isOk(value(r).buildAction(u"a.b"_s, {}, u"x"_s)));
    QVERIFY(isOk(value(r).buildAction(u"a.b"_s, { { u"c"_s, true } }, u"x"_s)));
    QVERIFY(!isOk(ActionCatalog::fromJson("nope")));
}

QTEST_GUILESS_MAIN(TestActionCatalog)
#include "tst_actioncatalog.moc"
