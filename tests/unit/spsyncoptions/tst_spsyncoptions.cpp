#include "spsyncoptions.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace SpSync;
using namespace SpSyncCli;

namespace {
const QString kBody = u"0123456789abcdefABCDEF0123456789"_s;
const QString kEs = u"ES"_s + kBody;
const QString kPu = u"PU"_s + kBody;
const QString kPr = u"PR"_s + kBody;
const QStringList kConn { u"--server"_s, u"http://127.0.0.1:4040"_s, u"--twilio-token"_s,
    u"tok-123456789"_s };
const QStringList kDoc { u"--document"_s, u"Session_x"_s, u"--identity"_s, u"me"_s };

ParseResult parse(const QStringList &args) { return parseArguments(args, QProcessEnvironment()); }
} // namespace

class TestSpsyncOptions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void commands_data();
    void commands();
    void documents_data();
    void documents();
    void errors_data();
    void errors();
    void fields_data();
    void fields();
    void watchOptions();
    void tokensFromEnvironment();
    void helpAndVersion();
    void config_data();
    void config();
};

void TestSpsyncOptions::commands_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<Command>("command");
    QTest::newRow("get") << QStringList { u"get"_s } << Command::Get;
    QTest::newRow("set") << QStringList { u"set"_s, u"{\"a\":1}"_s } << Command::Set;
    QTest::newRow("replace") << QStringList { u"replace"_s, u"{}"_s } << Command::Replace;
    QTest::newRow("action") << QStringList { u"action"_s, u"extension.stopSession"_s }
                            << Command::Action;
    QTest::newRow("actions stdin") << QStringList { u"actions"_s, u"-"_s } << Command::Actions;
    QTest::newRow("actions file") << QStringList { u"actions"_s, u"/tmp/a.json"_s }
                                  << Command::Actions;
    QTest::newRow("watch") << QStringList { u"watch"_s } << Command::Watch;
    QTest::newRow("options after command")
        << QStringList { u"watch"_s, u"--count"_s, u"2"_s } << Command::Watch;
}

void TestSpsyncOptions::commands()
{
    QFETCH(QStringList, args);
    QFETCH(Command, command);
    const ParseResult r = parse(kConn + kDoc + args);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.options.command, command);
    if (command == Command::Set)
        QCOMPARE(r.options.data.value(u"a"_s).toInt(), 1);
    if (command == Command::Actions)
        QCOMPARE(r.options.actionsFile, args.at(1));
    if (command == Command::Action)
        QCOMPARE(r.options.actionType, u"extension.stopSession"_s);
}

void TestSpsyncOptions::documents_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("documentId");
    QTest::addColumn<QString>("identity");
    QTest::newRow("explicit") << kDoc << u"Session_x"_s << u"me"_s;
    QTest::newRow("student") << QStringList { u"--session"_s, kEs } << u"Session_"_s + kEs << kEs;
    QTest::newRow("proctor session") << QStringList { u"--session"_s, kEs, u"--proctor"_s, kPu }
                                     << u"Session_"_s + kEs << kEs + kPu;
    QTest::newRow("proctor room") << QStringList { u"--room"_s, kPr, u"--proctor"_s, kPu }
                                  << u"Proctor_Room_"_s + kPr << kPu;
}

void TestSpsyncOptions::documents()
{
    QFETCH(QStringList, args);
    const ParseResult r = parse(kConn + args + QStringList { u"get"_s });
    QVERIFY2(r.ok(), qPrintable(r.error));
    const auto ids = documentIdentity(r.options);
    QVERIFY(isOk(ids));
    QTEST(value(ids).documentId, "documentId");
    QTEST(value(ids).identity, "identity");
}

void TestSpsyncOptions::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mustContain");
    const QStringList get { u"get"_s };
    QTest::newRow("no command") << kConn + kDoc << u"no command"_s;
    QTest::newRow("unknown command")
        << kConn + kDoc + QStringList { u"delete"_s } << u"unknown command \"delete\""_s;
    QTest::newRow("unknown option")
        << kConn + kDoc + QStringList { u"--frobnicate"_s, u"get"_s } << u"frobnicate"_s;
    QTest::newRow("get with argument")
        << kConn + kDoc + QStringList { u"get"_s, u"x"_s } << u"takes no arguments"_s;
    QTest::newRow("set without JSON")
        << kConn + kDoc + QStringList { u"set"_s } << u"exactly one argument"_s;
    QTest::newRow("set bad JSON") << kConn + kDoc + QStringList { u"set"_s, u"{\"a\":"_s }
                                  << u"not valid JSON"_s;
    QTest::newRow("replace array")
        << kConn + kDoc + QStringList { u"replace"_s, u"[1]"_s } << u"must be a JSON object"_s;
    QTest::newRow("field on get") << kConn + kDoc + QStringList { u"get"_s, u"--field"_s, u"a=b"_s }
                                  << u"belong to the action command"_s;
    QTest::newRow("consume on set")
        << kConn + kDoc + QStringList { u"set"_s, u"{}"_s, u"--consume"_s, u"extension"_s }
        << u"belong to the watch command"_s;
    QTest::newRow("bad field") << kConn + kDoc
            + QStringList { u"action"_s, u"a.b"_s, u"--field"_s, u"novalue"_s }
                               << u"KEY=VALUE"_s;
    QTest::newRow("bad field JSON")
        << kConn + kDoc + QStringList { u"action"_s, u"a.b"_s, u"--field"_s, u"n:={"_s }
        << u"needs a JSON value"_s;
    QTest::newRow("count zero") << kConn + kDoc + QStringList { u"watch"_s, u"--count"_s, u"0"_s }
                                << u"--count"_s;
    QTest::newRow("count text") << kConn + kDoc + QStringList { u"watch"_s, u"--count"_s, u"x"_s }
                                << u"--count"_s;
    QTest::newRow("timeout negative")
        << kConn + kDoc + QStringList { u"watch"_s, u"--timeout"_s, u"-1"_s } << u"--timeout"_s;
    QTest::newRow("server twice") << kConn + QStringList { u"--server"_s, u"http://127.0.0.1:1"_s }
            + kDoc + get << u"only once"_s;
    QTest::newRow("server and base-uri")
        << kConn + QStringList { u"--base-uri"_s, u"https://a.b/v1"_s } + kDoc + get
        << u"not both"_s;
    QTest::newRow("server without token") << QStringList { u"--server"_s, u"http://127.0.0.1:1"_s }
            + kDoc + get << u"--sp-token or --twilio-token"_s;
    QTest::newRow("base-uri without token")
        << QStringList { u"--base-uri"_s, u"https://a.b/v1"_s } + kDoc + get << u"--sp-token"_s;
    QTest::newRow("sp token without server")
        << QStringList { u"--sp-token"_s, u"abc"_s } + kDoc + get << u"--base-uri"_s;
    QTest::newRow("no server at all") << kDoc + get << u"no server"_s;
    QTest::newRow("plain http to remote") << QStringList {
        u"--server"_s, u"http://192.0.2.1:80"_s, u"--twilio-token"_s, u"t"_s
    } + kDoc + get << u"only allowed to this machine"_s;
    QTest::newRow("plain ws to remote") << QStringList {
        u"--server"_s, u"ws://sync.example.com"_s, u"--twilio-token"_s, u"t"_s
    } + kDoc + get << u"only allowed to this machine"_s;
    QTest::newRow("plain http base-uri") << QStringList {
        u"--base-uri"_s, u"http://api.example.com/v1"_s, u"--sp-token"_s, u"t"_s
    } + kDoc + get << u"--base-uri"_s;
    QTest::newRow("relative server") << QStringList {
        u"--server"_s, u"127.0.0.1:4040"_s, u"--twilio-token"_s, u"t"_s
    } + kDoc + get << u"absolute URL"_s;
    QTest::newRow("no document") << kConn + get << u"no document"_s;
    QTest::newRow("document without identity")
        << kConn + QStringList { u"--document"_s, u"Session_x"_s } + get << u"go together"_s;
    QTest::newRow("document and session")
        << kConn + kDoc + QStringList { u"--session"_s, kEs } + get << u"not both"_s;
    QTest::newRow("session and room")
        << kConn + QStringList { u"--session"_s, kEs, u"--room"_s, kPr, u"--proctor"_s, kPu } + get
        << u"not both"_s;
    QTest::newRow("room without proctor")
        << kConn + QStringList { u"--room"_s, kPr } + get << u"proctor SID is missing"_s;
    QTest::newRow("bad session SID") << kConn + QStringList { u"--session"_s, u"ES12"_s } + get
                                     << u"session SID \"ES12\" has the wrong length"_s;
    QTest::newRow("proctor SID as session")
        << kConn + QStringList { u"--session"_s, kPu } + get << u"wrong prefix"_s;
    QTest::newRow("SID-shaped document")
        << kConn + QStringList { u"--document"_s, kEs, u"--identity"_s, u"me"_s } + get
        << u"looks like a SID"_s;
    QTest::newRow("CA file twice") << kConn + kDoc
            + QStringList { u"--ca-file"_s, u"a.pem"_s, u"--ca-file"_s, u"b.pem"_s }
            + get << u"--ca-file may be given only once"_s;
    QTest::newRow("bad initial data")
        << kConn + kDoc + QStringList { u"--initial-data"_s, u"nope"_s } + get
        << u"--initial-data"_s;
}

void TestSpsyncOptions::errors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mustContain);
    const ParseResult r = parse(args);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(mustContain), qPrintable(r.error));
}

void TestSpsyncOptions::fields_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("string") << u"redirectURL=https://a.b/?x=1"_s << u"redirectURL"_s
                            << QJsonValue(u"https://a.b/?x=1"_s);
    QTest::newRow("digits stay a string")
        << u"password=1234"_s << u"password"_s << QJsonValue(u"1234"_s);
    QTest::newRow("empty string") << u"note="_s << u"note"_s << QJsonValue(u""_s);
    QTest::newRow("JSON number") << u"displayCount:=2"_s << u"displayCount"_s << QJsonValue(2);
    QTest::newRow("JSON bool") << u"flag:=true"_s << u"flag"_s << QJsonValue(true);
    QTest::newRow("JSON object") << u"o:={\"a\":[1]}"_s << u"o"_s
                                 << QJsonValue(QJsonObject { { u"a"_s, QJsonArray { 1 } } });
    QTest::newRow("JSON string") << u"s:=\"x\""_s << u"s"_s << QJsonValue(u"x"_s);
}

void TestSpsyncOptions::fields()
{
    QFETCH(QString, spec);
    QString key, err;
    QJsonValue value;
    QVERIFY2(parseField(spec, &key, &value, &err), qPrintable(err));
    QTEST(key, "key");
    QTEST(value, "value");
}

void TestSpsyncOptions::watchOptions()
{
    ParseResult r = parse(kConn + kDoc
        + QStringList { u"watch"_s, u"--consume"_s, u"extension"_s, u"--consume"_s, u"proctor"_s,
            u"--count"_s, u"3"_s, u"--timeout"_s, u"1.5"_s });
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.options.consume, (QStringList { u"extension"_s, u"proctor"_s }));
    QCOMPARE(r.options.count, 3);
    QCOMPARE(r.options.timeoutMs, 1500);

    r = parse(kConn + kDoc
        + QStringList { u"action"_s, u"extension.getDisplayCount"_s, u"--respond-to"_s,
            u"proctor"_s, u"--field"_s, u"a=1"_s, u"--field"_s, u"a=2"_s });
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.options.additionalInfo.value(u"respondTo"_s).toString(), u"proctor"_s);
    QCOMPARE(r.options.additionalInfo.value(u"a"_s).toString(), u"2"_s); // last one wins

    r = parse(kConn + kDoc + QStringList { u"--ca-file"_s, u"/etc/sp/ca.pem"_s, u"get"_s });
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.options.caFile, u"/etc/sp/ca.pem"_s);
}

void TestSpsyncOptions::tokensFromEnvironment()
{
    QProcessEnvironment env;
    env.insert(u"SPSYNC_SP_TOKEN"_s, u"sp-from-env"_s);
    ParseResult r = parseArguments(QStringList { u"--base-uri"_s, u"https://api.x.com/v1"_s } + kDoc
            + QStringList { u"get"_s },
        env);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.options.spToken, u"sp-from-env"_s);
    // The flag wins over the environment.
    r = parseArguments(
        QStringList { u"--base-uri"_s, u"https://api.x.com/v1"_s, u"--sp-token"_s, u"flag"_s }
            + kDoc + QStringList { u"get"_s },
        env);
    QCOMPARE(r.options.spToken, u"flag"_s);
    env.insert(u"SPSYNC_TWILIO_TOKEN"_s, u"tw"_s);
    r = parseArguments(kDoc + QStringList { u"get"_s }, env);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.options.twilioToken, u"tw"_s);
}

void TestSpsyncOptions::helpAndVersion()
{
    QVERIFY(parse({ u"--help"_s }).options.help);
    QVERIFY(parse({ u"-h"_s }).options.help);
    QVERIFY(parse({ u"--version"_s }).options.version);
    const QString help = helpText();
    for (const QString &word : { u"--server"_s, u"--base-uri"_s, u"--twilio-token"_s, u"watch"_s,
             u"--consume"_s, u"--respond-to"_s, u"--ca-file"_s, u"Exit codes"_s })
        QVERIFY2(help.contains(word), qPrintable(word));
}

void TestSpsyncOptions::config_data()
{
    QTest::addColumn<QStringList>("conn");
    QTest::addColumn<QUrl>("baseUri");
    QTest::addColumn<QUrl>("twilsock");
    QTest::addColumn<QUrl>("cds");
    QTest::newRow("emulator + twilio token")
        << kConn << QUrl(u"http://127.0.0.1:4040/v1"_s)
        << QUrl(u"ws://127.0.0.1:4040/v3/wsconnect"_s) << QUrl(u"http://127.0.0.1:4040"_s);
    QTest::newRow("emulator + SP token: twilsock from the exchange")
        << QStringList { u"--server"_s, u"http://localhost:9/"_s, u"--sp-token"_s, u"t"_s }
        << QUrl(u"http://localhost:9/v1"_s) << QUrl() << QUrl(u"http://localhost:9"_s);
    QTest::newRow("server given as the emulator's twilsock URL") << QStringList { u"--server"_s,
        u"ws://127.0.0.1:5/v3/wsconnect"_s, u"--twilio-token"_s,
        u"t"_s } << QUrl(u"http://127.0.0.1:5/v1"_s) << QUrl(u"ws://127.0.0.1:5/v3/wsconnect"_s)
                                                                 << QUrl(u"http://127.0.0.1:5"_s);
    QTest::newRow("server given as the emulator's SP API URL")
        << QStringList { u"--server"_s, u"http://127.0.0.1:5/v1/"_s, u"--sp-token"_s, u"t"_s }
        << QUrl(u"http://127.0.0.1:5/v1"_s) << QUrl() << QUrl(u"http://127.0.0.1:5"_s);
    QTest::newRow("https server") << QStringList { u"--server"_s, u"https://sync.example.com"_s,
        u"--twilio-token"_s, u"t"_s }
                                  << QUrl(u"https://sync.example.com/v1"_s)
                                  << QUrl(u"wss://sync.example.com/v3/wsconnect"_s)
                                  << QUrl(u"https://sync.example.com"_s);
    QTest::newRow("SP API") << QStringList { u"--base-uri"_s,
        u"https://api.dev.smarterproctoring.com/v1"_s, u"--sp-token"_s, u"t"_s }
                            << QUrl(u"https://api.dev.smarterproctoring.com/v1"_s) << QUrl()
                            << QUrl();
}

void TestSpsyncOptions::config()
{
    QFETCH(QStringList, conn);
    const ParseResult r
        = parse(conn + kDoc + QStringList { u"--initial-data"_s, u"{\"a\":1}"_s, u"get"_s });
    QVERIFY2(r.ok(), qPrintable(r.error));
    const auto c = clientConfig(r.options);
    QVERIFY2(isOk(c), qPrintable(error(c).message));
    QTEST(value(c).baseUri, "baseUri");
    QTEST(value(c).twilsockUrl, "twilsock");
    QTEST(value(c).cdsUrl, "cds");
    QCOMPARE(value(c).documentId, u"Session_x"_s);
    QCOMPARE(value(c).identity, u"me"_s);
    QCOMPARE(value(c).initialData.value(u"a"_s).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestSpsyncOptions)
#include "tst_spsyncoptions.moc"
