#include "commands.h"
#include "redact.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SpSyncCli;

namespace {
const QString kJwt = u"eyJhbGciOiJIUzI1NiJ9.eyJncmFudHMiOnt9fQ.c2lnbmF0dXJlLWJ5dGVz"_s;
}

class TestCommandRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void eventLineKeepsOrder();
    void jsonLineRedactsOwnTokens();
    void errorLineIsOneRedactedLine();
    void refusesBeforeConnecting_data();
    void refusesBeforeConnecting();
};

void TestCommandRunner::eventLineKeepsOrder()
{
    const QByteArray line = CommandRunner::eventLine(
        { { u"event"_s, u"actionsAdded"_s }, { u"executor"_s, u"extension"_s },
            { u"action"_s, QJsonObject { { u"b"_s, 1 }, { u"a"_s, u"x\"y"_s } } } });
    QCOMPARE(line,
        R"({"event":"actionsAdded","executor":"extension","action":{"a":"x\"y","b":1}})"
        "\n");
    QVERIFY(QJsonDocument::fromJson(line).isObject());
}

void TestCommandRunner::jsonLineRedactsOwnTokens()
{
    SpSync::registerSecret(u"my-sp-token-123"_s);
    const QByteArray line = CommandRunner::jsonLine(
        { { u"note"_s, u"my-sp-token-123"_s }, { u"jwtLikeData"_s, kJwt } });
    QVERIFY(!line.contains("my-sp-token-123"));
    // Document data that merely looks like a JWT is data, not our token: kept.
    QVERIFY(line.contains(kJwt.toUtf8()));
    QVERIFY(line.endsWith('\n'));
    QCOMPARE(line.count('\n'), 1);
}

void TestCommandRunner::errorLineIsOneRedactedLine()
{
    const QByteArray line = CommandRunner::errorLine(u"bad token %1\nsecond line"_s.arg(kJwt));
    QVERIFY(line.startsWith("spsync: "));
    QCOMPARE(line.count('\n'), 1);
    QVERIFY(line.endsWith('\n'));
    QVERIFY(!line.contains(kJwt.toUtf8()));
    QVERIFY(line.contains("<redacted>"));
}

void TestCommandRunner::refusesBeforeConnecting_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("file"); // for actions FILE
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mustContain");
    QTest::newRow("unknown action") << QStringList { u"action"_s, u"extension.fly"_s }
                                    << QByteArray() << 2 << u"unknown action"_s;
    QTest::newRow("missing mandatory") << QStringList { u"action"_s, u"extension.injectPassword"_s }
                                       << QByteArray() << 2 << u"password"_s;
    QTest::newRow("bad respondTo")
        << QStringList { u"action"_s, u"extension.getDisplayCount"_s, u"--respond-to"_s, u"x"_s }
        << QByteArray() << 2 << u"respondTo"_s;
    QTest::newRow("bad actions file")
        << QStringList { u"actions"_s, u"FILE"_s } << QByteArray("[{") << 2 << u"not valid JSON"_s;
    QTest::newRow("missing actions file") << QStringList { u"actions"_s, u"/nonexistent/a.json"_s }
                                          << QByteArray() << 2 << u"cannot read"_s;
    QTest::newRow("consume unknown executor") << QStringList { u"watch"_s, u"--consume"_s,
        u"robot"_s } << QByteArray() << 2 << u"unknown executor \"robot\""_s;
    QTest::newRow("missing catalog")
        << QStringList { u"--catalog"_s, u"/nonexistent/c.json"_s, u"get"_s } << QByteArray() << 2
        << u"cannot read"_s;
}

void TestCommandRunner::refusesBeforeConnecting()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, file);
    QFETCH(int, exitCode);
    QFETCH(QString, mustContain);
    // A listening server that must never see a connection.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"actions.json"_s);
    if (!file.isEmpty()) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(file);
    }
    args.replaceInStrings(u"FILE"_s, path);
    const ParseResult parsed = parseArguments(
        QStringList { u"--server"_s, u"http://127.0.0.1:%1"_s.arg(server.serverPort()),
            u"--twilio-token"_s, kJwt, u"--document"_s, u"Session_x"_s, u"--identity"_s, u"me"_s }
            + args,
        QProcessEnvironment());
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    CommandRunner runner(parsed.options);
    QBuffer out, err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    runner.setOutput(&out, &err);
    QSignalSpy finished(&runner, &CommandRunner::finished);
    runner.start();
    QCOMPARE(finished.size(), 1); // refused synchronously, before any network traffic
    QCOMPARE(finished.first().first().toInt(), exitCode);
    QCOMPARE(runner.exitCode(), exitCode);
    QVERIFY(out.data().isEmpty());
    QVERIFY2(QString::fromUtf8(err.data()).contains(mustContain), err.data().constData());
    QCOMPARE(err.data().count('\n'), 1);
    QVERIFY(!err.data().contains(kJwt.toUtf8()));
    QVERIFY(!server.hasPendingConnections());
}

QTEST_GUILESS_MAIN(TestCommandRunner)
#include "tst_commandrunner.moc"
