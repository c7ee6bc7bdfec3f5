// Runs the built spsync binary ($SPSYNC) against spawned emulators: one with ACL open and a
// minted Twilio token, one with ACL on and an SP principals file.
#include "emulatorprocess.h"
#include "testsecret.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kBody = u"0123456789abcdefABCDEF0123456789"_s;
const QString kEs = u"ES"_s + kBody;
const QString kEsOther = u"ES"_s + u"99999999999999999999999999999999"_s;
const QString kPu = u"PU"_s + kBody;
const QString kPr = u"PR"_s + kBody;
const QString kStudentSp = u"sp-student-secret-0001"_s;
const QString kProctorSp = u"sp-proctor-secret-0002"_s;

struct Run
{
    int exitCode = -1;
    QList<QByteArray> lines; // stdout
    QByteArray err;
    QJsonObject json(int i = 0) const { return QJsonDocument::fromJson(lines.value(i)).object(); }
};

} // namespace

class TestSpsync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void getCreatesWithInitialData();
    void setMergesAndReplaceReplaces();
    void actionIsStoredWithMetadata();
    void actionsFromFileAndStdin();
    void badInputWritesNothing_data();
    void badInputWritesNothing();
    void oversizeIsRefused();
    void watchConsumesCountActions();
    void watchCountNeverLosesActions();
    void watchCountsDocumentUpdates();
    void watchTimeouts();
    void plainUrlToRemoteHostIsRefused_data();
    void plainUrlToRemoteHostIsRefused();
    void spTokenFlow();
    void deniedAndBadTokens_data();
    void deniedAndBadTokens();
    void noConnectionIsNetworkError();
    void slowServerTimesOut();
    void unresolvableConflictIsLimit();
    void extraCatalogAddsTypes();
    void cleanupTestCase();

private:
    Run run(const QStringList &args, const QByteArray &input = {},
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    QProcess *startWatch(const QStringList &args);
    QStringList open(const QString &document) const;
    Run get(const QString &document) { return run(open(document) + QStringList { u"get"_s }); }

    QTemporaryDir m_dir;
    TestSecret m_secret { m_dir.path(), "spsync-test-secret-0123456789abcdef0123456789" };
    EmulatorProcess m_open; // ACL open
    EmulatorProcess m_acl; // ACL on, principals
    QString m_token; // Twilio token for identity "tester" on m_open
    QStringList m_secrets; // every token used: must never be printed
    QList<QByteArray> m_allOutput;
};

void TestSpsync::initTestCase()
{
    QVERIFY(!qEnvironmentVariableIsEmpty("SPSYNC"));
    QVERIFY(m_dir.isValid());
    QVERIFY(m_secret.write());
    const QString principals = m_dir.filePath(u"principals.json"_s);
    QFile p(principals);
    QVERIFY(p.open(QIODevice::WriteOnly));
    p.write(QJsonDocument(
        QJsonObject { { u"principals"_s,
            QJsonArray { QJsonObject { { u"spToken"_s, kStudentSp }, { u"student"_s, kEs } },
                QJsonObject { { u"spToken"_s, kProctorSp }, { u"proctor"_s, kPu },
                    { u"rooms"_s, QJsonArray { kPr } },
                    { u"sessions"_s, QJsonArray { kEs } } } } } })
                .toJson());
    p.close();

    QString error;
    QVERIFY2(m_open.start({ u"--memory"_s, u"--acl"_s, u"open"_s, u"--secret-file"_s,
                              m_secret.path(), u"--rate-limits"_s, u"off"_s },
                 &error),
        qPrintable(error));
    QVERIFY2(m_acl.start({ u"--memory"_s, u"--acl"_s, u"on"_s, u"--secret-file"_s, m_secret.path(),
                             u"--principals"_s, principals, u"--rate-limits"_s, u"off"_s },
                 &error),
        qPrintable(error));
    m_token = m_secret.token(u"tester"_s);
    QVERIFY(!m_token.isEmpty());
    m_secrets = { m_token, kStudentSp, kProctorSp };
}

QStringList TestSpsync::open(const QString &document) const
{
    return { u"--server"_s, m_open.cdsUrl().toString(), u"--twilio-token"_s, m_token,
        u"--document"_s, document, u"--identity"_s, u"tester"_s };
}

Run TestSpsync::run(
    const QStringList &args, const QByteArray &input, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("SPSYNC"), args);
    if (!p.waitForStarted(10000))
        return {};
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    // Blocking is fine here: spsync is another process.
    p.waitForFinished(60000);
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    const QByteArray out = p.readAllStandardOutput();
    r.lines = out.split('\n');
    if (!r.lines.isEmpty() && r.lines.constLast().isEmpty())
        r.lines.removeLast();
    r.err = p.readAllStandardError();
    m_allOutput << out << r.err;
    return r;
}

QProcess *TestSpsync::startWatch(const QStringList &args)
{
    auto *p = new QProcess(this);
    p->start(qEnvironmentVariable("SPSYNC"), args);
    return p;
}

void TestSpsync::getCreatesWithInitialData()
{
    const Run r = run(open(u"Session_get"_s)
        + QStringList { u"--initial-data"_s, u"{\"reliableConnection\":true}"_s, u"get"_s });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.lines.size(), 1);
    QCOMPARE(r.json(), (QJsonObject { { u"reliableConnection"_s, true } }));
    // Initial data is only for creation.
    const Run again = run(
        open(u"Session_get"_s) + QStringList { u"--initial-data"_s, u"{\"other\":1}"_s, u"get"_s });
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.json(), (QJsonObject { { u"reliableConnection"_s, true } }));
}

void TestSpsync::setMergesAndReplaceReplaces()
{
    const QString doc = u"Session_set"_s;
    Run r = run(open(doc) + QStringList { u"set"_s, u"{\"a\":1,\"b\":{\"x\":1}}"_s });
    QCOMPARE(r.exitCode, 0);
    r = run(open(doc) + QStringList { u"set"_s, u"{\"b\":{\"y\":2},\"c\":3}"_s });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject merged { { u"a"_s, 1 }, { u"b"_s, QJsonObject { { u"y"_s, 2 } } },
        { u"c"_s, 3 } };
    QCOMPARE(r.json(), merged);
    QCOMPARE(get(doc).json(), merged);
    r = run(open(doc) + QStringList { u"replace"_s, u"{\"only\":true}"_s });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(get(doc).json(), (QJsonObject { { u"only"_s, true } }));
}

void TestSpsync::actionIsStoredWithMetadata()
{
    const QString doc = u"Session_action"_s;
    const Run r = run(open(doc)
        + QStringList { u"action"_s, u"extension.stopSession"_s, u"--field"_s,
            u"redirectURL=https://example.com/done"_s });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.lines.size(), 1);
    const QJsonObject action = r.json();
    QCOMPARE(action[u"action"_s].toString(), u"stopSession"_s);
    QCOMPARE(action[u"executor"_s].toString(), u"extension"_s);
    QCOMPARE(action[u"redirectURL"_s].toString(), u"https://example.com/done"_s);
    QCOMPARE(action[u"createdBy"_s].toString(), u"tester"_s);
    QVERIFY(!action[u"id"_s].toString().isEmpty());
    QVERIFY(action[u"createdAt"_s].toString().endsWith(u'Z'));

    const Run answer = run(open(doc)
        + QStringList {
            u"action"_s, u"extension.getDisplayCount"_s, u"--respond-to"_s, u"proctor"_s });
    QCOMPARE(answer.exitCode, 0);
    const QJsonArray queue = get(doc).json()[u"extensionActions"_s].toArray();
    QCOMPARE(queue.size(), 2);
    QCOMPARE(queue.at(0)[u"id"_s], action[u"id"_s]);
    QCOMPARE(queue.at(1)[u"respondTo"_s].toString(), u"proctor"_s);
}

void TestSpsync::actionsFromFileAndStdin()
{
    const QString doc = u"Session_batch"_s;
    const QByteArray batch = R"([
        {"actionType":"extension.lockBrowser"},
        {"actionType":"onboarding.showMessage","additionalInfo":{"message":"hello"}},
        {"actionType":"extension.stopSession","additionalInfo":{"redirectURL":"https://x.y/"}}])";
    const QString path = m_dir.filePath(u"batch.json"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(batch);
    f.close();
    Run r = run(open(doc) + QStringList { u"actions"_s, path });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.lines.size(), 3);
    QCOMPARE(r.json(0)[u"action"_s].toString(), u"lockBrowser"_s);
    QCOMPARE(r.json(1)[u"message"_s].toString(), u"hello"_s);
    QCOMPARE(r.json(2)[u"action"_s].toString(), u"stopSession"_s);
    r = run(open(doc) + QStringList { u"actions"_s, u"-"_s }, batch);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.lines.size(), 3);
    const QJsonObject data = get(doc).json();
    const QJsonArray ext = data[u"extensionActions"_s].toArray();
    QCOMPARE(ext.size(), 4);
    QCOMPARE(ext.at(0)[u"action"_s].toString(), u"lockBrowser"_s);
    QCOMPARE(ext.at(1)[u"action"_s].toString(), u"stopSession"_s);
    QCOMPARE(ext.at(2)[u"action"_s].toString(), u"lockBrowser"_s);
    QCOMPARE(data[u"onboardingActions"_s].toArray().size(), 2);
}

void TestSpsync::badInputWritesNothing_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("mustContain");
    QTest::newRow("set bad JSON") << QStringList { u"set"_s, u"{\"a\":"_s } << QByteArray()
                                  << u"not valid JSON"_s;
    QTest::newRow("replace not an object")
        << QStringList { u"replace"_s, u"[]"_s } << QByteArray() << u"JSON object"_s;
    QTest::newRow("unknown action") << QStringList { u"action"_s, u"extension.selfDestruct"_s }
                                    << QByteArray() << u"unknown action"_s;
    QTest::newRow("unknown executor") << QStringList { u"action"_s, u"robot.stopSession"_s }
                                      << QByteArray() << u"unknown executor"_s;
    QTest::newRow("missing mandatory field")
        << QStringList { u"action"_s, u"extension.injectPassword"_s } << QByteArray()
        << u"mandatory field \"password\""_s;
    QTest::newRow("malformed URL") << QStringList { u"action"_s, u"extension.stopSession"_s,
        u"--field"_s, u"redirectURL=not-a-url"_s }
                                   << QByteArray() << u"redirectURL"_s;
    QTest::newRow("actions bad JSON")
        << QStringList { u"actions"_s, u"-"_s } << QByteArray("[{") << u"not valid JSON"_s;
    QTest::newRow("actions with one bad entry")
        << QStringList { u"actions"_s, u"-"_s }
        << QByteArray(
               R"([{"actionType":"extension.lockBrowser"},{"actionType":"extension.injectPassword"}])")
        << u"entry 2"_s;
}

void TestSpsync::badInputWritesNothing()
{
    QFETCH(QStringList, command);
    QFETCH(QByteArray, input);
    QFETCH(QString, mustContain);
    const QString doc = u"Session_bad"_s;
    QCOMPARE(run(open(doc) + QStringList { u"replace"_s, u"{\"keep\":1}"_s }).exitCode, 0);
    const Run r = run(open(doc) + command, input);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.lines.isEmpty());
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(QString::fromUtf8(r.err).contains(mustContain), r.err.constData());
    QCOMPARE(get(doc).json(), (QJsonObject { { u"keep"_s, 1 } }));
}

void TestSpsync::oversizeIsRefused()
{
    const QString doc = u"Session_big"_s;
    QCOMPARE(run(open(doc) + QStringList { u"replace"_s, u"{\"keep\":1}"_s }).exitCode, 0);
    const QString big = u"{\"big\":\"%1\"}"_s.arg(QString(17 * 1024, u'x'));
    Run r = run(open(doc) + QStringList { u"set"_s, big });
    QCOMPARE(r.exitCode, 5);
    QCOMPARE(r.err.count('\n'), 1);
    r = run(open(doc) + QStringList { u"replace"_s, big });
    QCOMPARE(r.exitCode, 5);
    QCOMPARE(get(doc).json(), (QJsonObject { { u"keep"_s, 1 } }));
}

void TestSpsync::watchConsumesCountActions()
{
    const QString doc = u"Session_consume"_s;
    QCOMPARE(run(open(doc) + QStringList { u"replace"_s, u"{}"_s }).exitCode, 0);
    QProcess *watch = startWatch(open(doc)
        + QStringList { u"watch"_s, u"--consume"_s, u"extension"_s, u"--count"_s, u"2"_s,
            u"--timeout"_s, u"60"_s });
    QTRY_VERIFY_WITH_TIMEOUT(watch->canReadLine(), 20000);
    const QJsonObject first = QJsonDocument::fromJson(watch->readLine()).object();
    QCOMPARE(first[u"event"_s].toString(), u"spSyncDocUpdated"_s);
    QVERIFY(first[u"data"_s].isObject());

    QCOMPARE(
        run(open(doc) + QStringList { u"actions"_s, u"-"_s },
            R"([{"actionType":"extension.lockBrowser"},{"actionType":"onboarding.startIdCheck"},
                     {"actionType":"extension.getDisplayCount","additionalInfo":{"respondTo":"proctor"}}])")
            .exitCode,
        0);
    QTRY_COMPARE_WITH_TIMEOUT(watch->state(), QProcess::NotRunning, 30000);
    QCOMPARE(watch->exitCode(), 0);
    const QByteArray out = watch->readAllStandardOutput();
    m_allOutput << out << watch->readAllStandardError();
    QList<QJsonObject> taken;
    for (const QByteArray &line : out.split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o[u"event"_s].toString() == u"actionsAdded"_s)
            taken << o;
    }
    QCOMPARE(taken.size(), 2);
    QCOMPARE(taken.at(0)[u"executor"_s].toString(), u"extension"_s);
    QCOMPARE(taken.at(0)[u"action"_s][u"action"_s].toString(), u"lockBrowser"_s);
    QCOMPARE(taken.at(1)[u"action"_s][u"action"_s].toString(), u"getDisplayCount"_s);
    QVERIFY(out.startsWith("{\"event\":"));
    // Taken actions left the document; other executors' did not.
    const QJsonObject data = get(doc).json();
    QCOMPARE(data[u"extensionActions"_s].toArray().size(), 0);
    QCOMPARE(data[u"onboardingActions"_s].toArray().size(), 1);
}

void TestSpsync::watchCountNeverLosesActions()
{
    // Three queued actions, a consumer that wants one: whatever it took is printed, the rest
    // stays queued; none vanishes.
    const QString doc = u"Session_conserve"_s;
    QCOMPARE(run(open(doc) + QStringList { u"replace"_s, u"{}"_s }).exitCode, 0);
    const Run queued = run(open(doc) + QStringList { u"actions"_s, u"-"_s },
        R"([{"actionType":"extension.lockBrowser"},
                               {"actionType":"extension.unlockBrowser"},
                               {"actionType":"extension.closeTabs"}])");
    QCOMPARE(queued.exitCode, 0);
    QSet<QString> ids;
    for (int i = 0; i < queued.lines.size(); ++i)
        ids.insert(queued.json(i)[u"id"_s].toString());
    QCOMPARE(ids.size(), 3);

    const Run watch = run(open(doc)
        + QStringList { u"watch"_s, u"--consume"_s, u"extension"_s, u"--count"_s, u"1"_s,
            u"--timeout"_s, u"30"_s });
    QCOMPARE(watch.exitCode, 0);
    QSet<QString> seen;
    QStringList order;
    for (int i = 0; i < watch.lines.size(); ++i) {
        const QJsonObject o = watch.json(i);
        if (o[u"event"_s].toString() == u"actionsAdded"_s) {
            seen.insert(o[u"action"_s][u"id"_s].toString());
            order << o[u"action"_s][u"action"_s].toString();
        }
    }
    QVERIFY(!seen.isEmpty());
    QCOMPARE(order.first(), u"lockBrowser"_s); // FIFO
    const QJsonArray left = get(doc).json()[u"extensionActions"_s].toArray();
    for (const QJsonValue &a : left) {
        QVERIFY(!seen.contains(a[u"id"_s].toString()));
        seen.insert(a[u"id"_s].toString());
    }
    QCOMPARE(seen, ids);
}

void TestSpsync::watchCountsDocumentUpdates()
{
    const QString doc = u"Session_watch"_s;
    QCOMPARE(run(open(doc) + QStringList { u"replace"_s, u"{\"n\":0}"_s }).exitCode, 0);
    QProcess *watch = startWatch(
        open(doc) + QStringList { u"watch"_s, u"--count"_s, u"1"_s, u"--timeout"_s, u"60"_s });
    QTRY_VERIFY_WITH_TIMEOUT(watch->canReadLine(), 20000);
    QCOMPARE(QJsonDocument::fromJson(watch->readLine()).object()[u"data"_s][u"n"_s].toInt(), 0);
    QCOMPARE(run(open(doc) + QStringList { u"set"_s, u"{\"n\":1}"_s }).exitCode, 0);
    QTRY_COMPARE_WITH_TIMEOUT(watch->state(), QProcess::NotRunning, 30000);
    QCOMPARE(watch->exitCode(), 0);
    const QJsonObject update = QJsonDocument::fromJson(watch->readLine()).object();
    m_allOutput << watch->readAll();
    QCOMPARE(update[u"event"_s].toString(), u"spSyncDocUpdated"_s);
    QCOMPARE(update[u"data"_s][u"n"_s].toInt(), 1);
    // Without --consume nothing is taken.
    QCOMPARE(run(open(doc) + QStringList { u"action"_s, u"extension.lockBrowser"_s }).exitCode, 0);
    QCOMPARE(get(doc).json()[u"extensionActions"_s].toArray().size(), 1);
}

void TestSpsync::watchTimeouts()
{
    const QString doc = u"Session_quiet"_s;
    Run r
        = run(open(doc) + QStringList { u"watch"_s, u"--count"_s, u"1"_s, u"--timeout"_s, u"1"_s });
    QCOMPARE(r.exitCode, 7);
    QCOMPARE(r.lines.size(), 1); // the current document only
    r = run(open(doc) + QStringList { u"watch"_s, u"--timeout"_s, u"1"_s });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.lines.size(), 1);
}

void TestSpsync::plainUrlToRemoteHostIsRefused_data()
{
    QTest::addColumn<QStringList>("connection");
    QTest::newRow("ws server") << QStringList { u"--server"_s, u"ws://192.0.2.10:9000"_s,
        u"--twilio-token"_s, u"TOKEN"_s };
    QTest::newRow("http server") << QStringList { u"--server"_s, u"http://sync.example.com"_s,
        u"--twilio-token"_s, u"TOKEN"_s };
    QTest::newRow("http SP API") << QStringList { u"--base-uri"_s, u"http://api.example.com/v1"_s,
        u"--sp-token"_s, kStudentSp };
}

void TestSpsync::plainUrlToRemoteHostIsRefused()
{
    QFETCH(QStringList, connection);
    connection.replaceInStrings(u"TOKEN"_s, m_token);
    const Run r = run(connection + QStringList { u"--session"_s, kEs, u"get"_s });
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.lines.isEmpty());
    QVERIFY2(r.err.contains("only allowed to this machine"), r.err.constData());
}

void TestSpsync::spTokenFlow()
{
    const QString server = m_acl.cdsUrl().toString();
    Run r = run({ u"--server"_s, server, u"--sp-token"_s, kStudentSp, u"--session"_s, kEs, u"set"_s,
        u"{\"student\":\"here\"}"_s });
    QCOMPARE(r.exitCode, 0);
    r = run(
        { u"--server"_s, server, u"--sp-token"_s, kProctorSp, u"--session"_s, kEs, u"--proctor"_s,
            kPu, u"action"_s, u"extension.getDisplayCount"_s, u"--respond-to"_s, u"proctor"_s });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json()[u"createdBy"_s].toString(), kEs + kPu);
    r = run({ u"--base-uri"_s, m_acl.spApiUrl().toString(), u"--sp-token"_s, kProctorSp,
        u"--room"_s, kPr, u"--proctor"_s, kPu, u"action"_s, u"proctor.getDisplayCount"_s,
        u"--field"_s, u"displayCount:=2"_s });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json()[u"displayCount"_s].toInt(), 2);
    r = run({ u"--server"_s, server, u"--sp-token"_s, kStudentSp, u"--session"_s, kEs, u"get"_s });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json()[u"student"_s].toString(), u"here"_s);
    QCOMPARE(r.json()[u"extensionActions"_s].toArray().size(), 1);
}

void TestSpsync::deniedAndBadTokens_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("unknown SP token")
        << QStringList { u"--sp-token"_s, u"not-a-known-token"_s, u"--session"_s, kEs };
    QTest::newRow("student of another session")
        << QStringList { u"--sp-token"_s, kStudentSp, u"--session"_s, kEsOther };
    QTest::newRow("proctor in a room not theirs") << QStringList { u"--sp-token"_s, kProctorSp,
        u"--room"_s, u"PR"_s + QString(32, u'7'), u"--proctor"_s, kPu };
    QTest::newRow("Twilio token on a document not granted") << QStringList { u"--twilio-token"_s,
        u"ACLTOKEN"_s, u"--document"_s, u"Session_x"_s, u"--identity"_s, u"tester"_s };
}

void TestSpsync::deniedAndBadTokens()
{
    QFETCH(QStringList, args);
    const QString token = m_secret.token(u"tester"_s);
    m_secrets << token;
    args.replaceInStrings(u"ACLTOKEN"_s, token);
    const Run r = run(
        QStringList { u"--server"_s, m_acl.cdsUrl().toString() } + args + QStringList { u"get"_s });
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.lines.isEmpty());
    QCOMPARE(r.err.count('\n'), 1);
}

void TestSpsync::noConnectionIsNetworkError()
{
    // A port that nothing listens on: after the 15 s connect budget, exit 6.
    EmulatorProcess gone;
    QVERIFY(gone.start());
    const QString server = gone.cdsUrl().toString();
    gone.kill();
    const Run r = run(
        { u"--server"_s, server, u"--twilio-token"_s, m_token, u"--session"_s, kEs, u"get"_s });
    QCOMPARE(r.exitCode, 6);
    QCOMPARE(r.err.count('\n'), 1);
}

void TestSpsync::slowServerTimesOut()
{
    EmulatorProcess slow;
    QString error;
    QVERIFY2(slow.start({ u"--memory"_s, u"--acl"_s, u"open"_s, u"--secret-file"_s, m_secret.path(),
                            u"--fault"_s, u"delay=20000"_s },
                 &error),
        qPrintable(error));
    const Run r = run(
        { u"--server"_s, slow.cdsUrl().toString(), u"--twilio-token"_s, m_token, u"--document"_s,
            u"Session_slow"_s, u"--identity"_s, u"tester"_s, u"--timeout"_s, u"1"_s, u"get"_s });
    QCOMPARE(r.exitCode, 7);
    QVERIFY(r.lines.isEmpty());
    QCOMPARE(r.err.count('\n'), 1);
}

void TestSpsync::unresolvableConflictIsLimit()
{
    EmulatorProcess busy;
    QString error;
    QVERIFY2(busy.start({ u"--memory"_s, u"--acl"_s, u"open"_s, u"--secret-file"_s, m_secret.path(),
                            u"--fault"_s, u"412=1"_s },
                 &error),
        qPrintable(error));
    const QStringList conn { u"--server"_s, busy.cdsUrl().toString(), u"--twilio-token"_s, m_token,
        u"--document"_s, u"Session_busy"_s, u"--identity"_s, u"tester"_s };
    // Every conditional write is refused with 412: setSync gives up after its retries.
    const Run r = run(conn + QStringList { u"set"_s, u"{\"a\":1}"_s });
    QCOMPARE(r.exitCode, 5);
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(!run(conn + QStringList { u"get"_s }).json().contains(u"a"_s));
}

void TestSpsync::extraCatalogAddsTypes()
{
    const QString path = m_dir.filePath(u"extra-actions.json"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"kiosk": {"reboot": {"delayMs": null, "reportURL": ""}}})");
    f.close();
    const QString doc = u"Session_catalog"_s;
    Run r = run(open(doc) + QStringList { u"action"_s, u"kiosk.reboot"_s });
    QCOMPARE(r.exitCode, 2); // unknown without the extra file
    r = run(open(doc) + QStringList { u"--catalog"_s, path, u"action"_s, u"kiosk.reboot"_s });
    QCOMPARE(r.exitCode, 2); // known, but delayMs is mandatory
    QVERIFY2(r.err.contains("delayMs"), r.err.constData());
    r = run(open(doc)
        + QStringList { u"--catalog"_s, path, u"action"_s, u"kiosk.reboot"_s, u"--field"_s,
            u"delayMs:=500"_s });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json()[u"executor"_s].toString(), u"kiosk"_s);
    QCOMPARE(r.json()[u"delayMs"_s].toInt(), 500);
    QCOMPARE(get(doc).json()[u"kioskActions"_s].toArray().size(), 1);
    // The same file through the environment: new types with no code change and no flag.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"SP_EXTRA_ACTIONTYPES"_s, path);
    r = run(
        open(doc) + QStringList { u"action"_s, u"kiosk.reboot"_s, u"--field"_s, u"delayMs:=1"_s },
        {}, env);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(get(doc).json()[u"kioskActions"_s].toArray().size(), 2);
}

void TestSpsync::cleanupTestCase()
{
    // No output line of any run ever contained a token.
    QVERIFY(!m_allOutput.isEmpty());
    for (const QByteArray &output : std::as_const(m_allOutput)) {
        for (const QString &secret : std::as_const(m_secrets))
            QVERIFY2(!output.contains(secret.toUtf8()), "a token was printed");
    }
}

QTEST_GUILESS_MAIN(TestSpsync)
#include "tst_spsync.moc"
