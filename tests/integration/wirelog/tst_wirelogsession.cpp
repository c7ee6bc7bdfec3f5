// Wire logs of real sessions against the emulator hold the frames but no token and no secret
// action field: a library session that refreshed its token and queued an injectPassword, and
// `spsync --wire-log`. The logs are kept under <build>/Testing/WireLogs, where
// scripts/check-no-tokens.sh scans them again after the suite.
#include "clientrig.h"
#include "redact.h"
#include "syncclient.h"
#include "wirelog.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

using namespace SpSync;
using namespace Qt::StringLiterals;

namespace {

const QString kPassword = u"wirelog-secret-password-4711"_s;

QString wireLogDir()
{
    // The test runs in <build>/tests; the logs go where check-no-tokens.sh looks.
    const QString dir = QDir::current().absoluteFilePath(u"../Testing/WireLogs"_s);
    QDir().mkpath(dir);
    return dir;
}

QList<QJsonObject> frames(const QByteArray &log)
{
    QList<QJsonObject> out;
    for (const QByteArray &line : log.split('\n')) {
        if (!line.isEmpty())
            out << QJsonDocument::fromJson(line).object();
    }
    return out;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestWireLogSession : public QObject
{
    Q_OBJECT
    ClientRig m_rig;

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_rig.start(), qPrintable(m_rig.error)); }
    void cleanup() { WireLog::setGlobal(nullptr); }

    void tokenUpdateAndInjectPasswordAreRedacted()
    {
        const QString path = wireLogDir() + u"/library-session.jsonl"_s;
        const QString first = m_rig.token(u"ESwirelog0000000000000000000000001"_s);
        const QString second = m_rig.token(u"ESwirelog0000000000000000000000001"_s, 7200);
        QVERIFY(!first.isEmpty() && !second.isEmpty() && first != second);
        {
            WireLog log;
            QString error;
            QVERIFY2(log.openFile(path, &error), qPrintable(error));
            WireLog::setGlobal(&log);

            SyncClientConfig c;
            c.documentId = u"Session_ESwirelog0000000000000000000000001"_s;
            c.identity = u"ESwirelog0000000000000000000000001"_s;
            c.twilioToken = first;
            c.twilsockUrl = m_rig.emulator.twilsockUrl();
            c.cdsUrl = m_rig.emulator.cdsUrl();
            auto created = await(SyncClient::create(c));
            QVERIFY2(isOk(created), qPrintable(SpSync::error(created).toString()));
            std::unique_ptr<SyncClient> client(value(created));
            client->updateTwilioToken(second);
            const auto action = await(client->addAction(
                u"extension.injectPassword"_s, QJsonObject { { u"password"_s, kPassword } }));
            QVERIFY2(isOk(action), qPrintable(SpSync::error(action).toString()));
            // The document itself keeps the password: only the log redacts it.
            QCOMPARE(client->getSync()
                         .value(u"extensionActions"_s)
                         .toArray()
                         .last()
                         .toObject()
                         .value(u"password"_s)
                         .toString(),
                kPassword);
            QTRY_VERIFY(readAll(path).contains("\"method\":\"update\""));
        }
        const QByteArray log = readAll(path);
        QVERIFY(!log.contains(first.toUtf8()));
        QVERIFY(!log.contains(second.toUtf8()));
        QVERIFY(!log.contains(kPassword.toUtf8()));
        QVERIFY(!log.contains("eyJ"));

        bool sawInit = false, sawUpdate = false, sawUpdateReply = false, sawAction = false;
        QString updateId;
        for (const QJsonObject &line : frames(log)) {
            QVERIFY(line.contains(u"t"));
            const QString method = line.value(u"method").toString();
            const QJsonObject header = line.value(u"header").toObject();
            if (method == u"init") {
                sawInit = true;
                QCOMPARE(header.value(u"token").toString(), u"<redacted>"_s);
            }
            if (method == u"update") {
                sawUpdate = true;
                updateId = line.value(u"id").toString();
                QCOMPARE(header.value(u"token").toString(), u"<redacted>"_s);
            }
            if (method == u"reply" && !updateId.isEmpty()
                && line.value(u"id").toString() == updateId)
                sawUpdateReply = header.value(u"status").toObject().value(u"code").toInt() == 200;
            const QJsonArray actions = line.value(u"payload")
                                           .toObject()
                                           .value(u"data")
                                           .toObject()
                                           .value(u"extensionActions")
                                           .toArray();
            for (const QJsonValue &a : actions) {
                if (a.toObject().value(u"action") == u"injectPassword"_s) {
                    sawAction = true;
                    QCOMPARE(a.toObject().value(u"password").toString(), u"<redacted>"_s);
                }
            }
        }
        QVERIFY(sawInit);
        QVERIFY(sawUpdate);
        QVERIFY(sawUpdateReply);
        QVERIFY(sawAction);
    }

    void spsyncWritesAWireLog()
    {
        const QString spsync = qEnvironmentVariable("SPSYNC");
        if (spsync.isEmpty())
            QSKIP("SPSYNC is not set");
        const QString path = wireLogDir() + u"/spsync-action.jsonl"_s;
        const QString token = m_rig.token(u"ESwirelog0000000000000000000000002"_s);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"SPSYNC_TWILIO_TOKEN"_s, token);
        p.setProcessEnvironment(env);
        QUrl server = m_rig.emulator.cdsUrl();
        server.setPath({});
        p.start(spsync,
            { u"--server"_s, server.toString(), u"--session"_s,
                u"ESwirelog0000000000000000000000002"_s, u"--wire-log"_s, path, u"action"_s,
                u"extension.injectPassword"_s, u"--field"_s, u"password="_s + kPassword });
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QByteArray log = readAll(path);
        QVERIFY(log.contains("\"method\":\"init\""));
        QVERIFY(log.contains("\"password\":\"<redacted>\""));
        QVERIFY(!log.contains(token.toUtf8()));
        QVERIFY(!log.contains(kPassword.toUtf8()));

        // A log that cannot be written is a usage error, before anything is sent.
        p.start(spsync,
            { u"--server"_s, server.toString(), u"--session"_s,
                u"ESwirelog0000000000000000000000002"_s, u"--wire-log"_s,
                u"/nonexistent-dir/x.jsonl"_s, u"get"_s });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(!p.readAllStandardError().contains(token.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestWireLogSession)
#include "tst_wirelogsession.moc"
