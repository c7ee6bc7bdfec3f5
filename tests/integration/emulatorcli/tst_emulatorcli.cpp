// The sp-sync-emulator process as tools see it: the JSON start line, mint-token, --demo, the SP
// token API with ACL on, rate limits, SIGTERM, and durability across SIGKILL with --data.
#include "emulatorprocess.h"
#include "twilsocktestclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QByteArray jsonBytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

struct HttpResult
{
    int status = 0;
    QJsonObject body;
};

HttpResult httpPost(const QUrl &url, const QByteArray &authorization, const QByteArray &body)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    QNetworkReply *reply = nam.post(request, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);
    HttpResult r { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
        QJsonDocument::fromJson(reply->readAll()).object() };
    reply->deleteLater();
    return r;
}

const QString kStudent = u"ES0123456789abcdefABCDEF0123456789"_s;
} // namespace

class TestEmulatorCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString secretFile() const { return m_dir.filePath(u"secret"_s); }
    QString token(const QString &identity) const
    {
        return EmulatorProcess::mintToken(identity, 3600, { u"--secret-file"_s, secretFile() });
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void startLineIsExactlyDocumented()
    {
        QProcess p;
        p.start(EmulatorProcess::executable(), { u"--listen"_s, u"127.0.0.1:0"_s, u"--memory"_s });
        QVERIFY(p.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(p.canReadLine(), 15000);
        const QByteArray line = p.readLine();
        static const QRegularExpression shape(
            u"^\\{\"twilsock\":\"ws://127\\.0\\.0\\.1:(\\d+)/v3/"
            u"wsconnect\",\"cds\":\"http://127\\.0\\.0\\.1:(\\d+)\","
            u"\"spApi\":\"http://127\\.0\\.0\\.1:(\\d+)/v1\"\\}\n$"_s);
        const auto m = shape.match(QString::fromUtf8(line));
        QVERIFY2(m.hasMatch(), line.constData());
        QCOMPARE(m.captured(1), m.captured(2));
        QCOMPARE(m.captured(1), m.captured(3));
        QVERIFY(m.captured(1).toInt() > 0);
        // SIGTERM: clean exit.
        p.terminate();
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
    }

    void badUsageExits2()
    {
        QProcess p;
        p.start(EmulatorProcess::executable(), { u"--acl"_s, u"sometimes"_s });
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(!p.readAllStandardError().isEmpty());
    }

    void mintTokenPrintsOnlyAToken()
    {
        QProcess p;
        p.start(EmulatorProcess::executable(),
            { u"mint-token"_s, u"--identity"_s, u"alice"_s, u"--secret-file"_s, secretFile() });
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        const QByteArray out = p.readAllStandardOutput();
        QVERIFY(QRegularExpression(u"^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\n$"_s)
                    .match(QString::fromLatin1(out))
                    .hasMatch());
        QVERIFY(p.readAllStandardError().isEmpty());
    }

    void demoPrintsSpTokensAndSids()
    {
        EmulatorProcess emu;
        QString error;
        QVERIFY2(emu.start({ u"--memory"_s, u"--demo"_s }, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(emu.process().canReadLine(), 10000);
        const QJsonObject demo
            = QJsonDocument::fromJson(emu.process().readLine()).object().value(u"demo").toObject();
        QVERIFY(demo.value(u"session").toString().startsWith(u"ES"));
        QVERIFY(demo.value(u"proctor").toString().startsWith(u"PU"));
        QVERIFY(demo.value(u"room").toString().startsWith(u"PR"));
        QVERIFY(!demo.value(u"proctorSpToken").toString().isEmpty());
        QVERIFY(!demo.value(u"studentSpToken").toString().isEmpty());
        // The student's SP token buys a Twilio token for its own session document.
        const QString session = demo.value(u"session").toString();
        const HttpResult r = httpPost(QUrl(emu.spApiUrl().toString() + u"/sync/token"_s),
            "Bearer " + demo.value(u"studentSpToken").toString().toUtf8(),
            jsonBytes(
                { { u"identity"_s, session }, { u"documentId"_s, u"Session_"_s + session } }));
        QCOMPARE(r.status, 200);
        QVERIFY(!r.body.value(u"token").toString().isEmpty());
    }

    void aclWithSpTokenApi()
    {
        const QString principals = m_dir.filePath(u"principals.json"_s);
        QFile f(principals);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(jsonBytes({ { u"principals"_s,
            QJsonArray { QJsonObject {
                { u"spToken"_s, u"student-sp-token"_s }, { u"student"_s, kStudent } } } } }));
        f.close();
        EmulatorProcess emu;
        QString error;
        QVERIFY2(emu.start({ u"--memory"_s, u"--principals"_s, principals, u"--secret-file"_s,
                               secretFile() },
                     &error),
            qPrintable(error));
        const QUrl tokenUrl(emu.spApiUrl().toString() + u"/sync/token"_s);
        const QString doc = u"Session_"_s + kStudent;

        QCOMPARE(httpPost(tokenUrl, "Bearer wrong",
                     jsonBytes({ { u"identity"_s, kStudent }, { u"documentId"_s, doc } }))
                     .status,
            401);
        const HttpResult ok = httpPost(tokenUrl, "Bearer student-sp-token",
            jsonBytes({ { u"identity"_s, kStudent }, { u"documentId"_s, doc } }));
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.body.value(u"twilsockUri").toString(), emu.twilsockUrl().toString());

        TwilsockTestClient student;
        QVERIFY(student.connectAndInit(emu.twilsockUrl(), ok.body.value(u"token").toString()));
        auto reply = student.request(
            u"POST"_s, u"/v3/Documents"_s, jsonBytes({ { u"unique_name"_s, doc } }));
        QVERIFY(reply);
        QCOMPARE(TwilsockTestClient::httpStatus(*reply), 201);
        const QString sid = TwilsockTestClient::json(*reply).value(u"sid").toString();
        reply = student.request(u"GET"_s, u"/v3/Documents/"_s + sid); // by SID: mapped to its name
        QVERIFY(reply);
        QCOMPARE(TwilsockTestClient::httpStatus(*reply), 200);
        reply = student.request(
            u"POST"_s, u"/v3/Documents"_s, jsonBytes({ { u"unique_name"_s, u"Other_doc"_s } }));
        QVERIFY(reply);
        QCOMPARE(TwilsockTestClient::httpStatus(*reply), 403);
        QCOMPARE(TwilsockTestClient::json(*reply).value(u"code").toInt(), 54007);

        // A valid Twilio token without a grant reads nothing.
        TwilsockTestClient stranger;
        QVERIFY(stranger.connectAndInit(emu.twilsockUrl(), token(u"stranger"_s)));
        reply = stranger.request(u"GET"_s, u"/v3/Documents/"_s + doc);
        QVERIFY(reply);
        QCOMPARE(TwilsockTestClient::httpStatus(*reply), 403);
        QCOMPARE(TwilsockTestClient::json(*reply).value(u"code").toInt(), 54007);
    }

    void rateLimits_data()
    {
        QTest::addColumn<bool>("limited");
        QTest::newRow("on") << true;
        QTest::newRow("off") << false;
    }
    void rateLimits()
    {
        QFETCH(bool, limited);
        EmulatorProcess emu;
        QString error;
        QVERIFY2(emu.start({ u"--memory"_s, u"--acl"_s, u"open"_s, u"--secret-file"_s, secretFile(),
                               u"--rate-limits"_s, limited ? u"on"_s : u"off"_s },
                     &error),
            qPrintable(error));
        TwilsockTestClient c;
        QVERIFY(c.connectAndInit(emu.twilsockUrl(), token(u"alice"_s)));
        auto reply = c.request(
            u"POST"_s, u"/v3/Documents"_s, jsonBytes({ { u"unique_name"_s, u"Hot"_s } }));
        QVERIFY(reply);
        // Pipelined, so the burst reaches the server faster than the limiter refills.
        QStringList ids;
        for (int i = 0; i < 300; ++i)
            ids.append(c.sendRequest(u"POST"_s, u"/v3/Documents/Hot"_s,
                jsonBytes({ { u"data"_s, QJsonObject { { u"i"_s, i } } } })));
        int refused = 0;
        int lastOk = -1;
        for (int i = 0; i < ids.size(); ++i) {
            reply = c.waitReply(ids.at(i));
            QVERIFY(reply);
            const int status = TwilsockTestClient::httpStatus(*reply);
            if (status == 429) {
                ++refused;
                QCOMPARE(TwilsockTestClient::json(*reply).value(u"code").toInt(), 54009);
            } else {
                QCOMPARE(status, 200);
                lastOk = i;
            }
        }
        if (limited)
            QVERIFY(refused > 0);
        else
            QCOMPARE(refused, 0);
        // Refused writes changed nothing.
        reply = c.request(u"GET"_s, u"/v3/Documents/Hot"_s);
        QVERIFY(reply);
        QCOMPARE(
            TwilsockTestClient::json(*reply).value(u"data").toObject().value(u"i").toInt(), lastOk);
    }

    void acknowledgedWritesSurviveSigkill()
    {
        const QString data = m_dir.filePath(u"data"_s);
        EmulatorProcess emu;
        QString error;
        QVERIFY2(
            emu.start({ u"--data"_s, data, u"--acl"_s, u"open"_s }, &error), qPrintable(error));
        const QString jwt = EmulatorProcess::mintToken(u"alice"_s, 3600, { u"--data"_s, data });
        QJsonObject last;
        {
            TwilsockTestClient c;
            QVERIFY(c.connectAndInit(emu.twilsockUrl(), jwt));
            QVERIFY(c.request(
                u"POST"_s, u"/v3/Documents"_s, jsonBytes({ { u"unique_name"_s, u"Durable"_s } })));
            for (int i = 0; i < 50; ++i) {
                const auto reply = c.request(u"POST"_s, u"/v3/Documents/Durable"_s,
                    jsonBytes({ { u"data"_s, QJsonObject { { u"i"_s, i } } } }));
                QVERIFY(reply);
                QCOMPARE(TwilsockTestClient::httpStatus(*reply), 200);
                last = TwilsockTestClient::json(*reply);
            }
            emu.kill(); // SIGKILL right after the last acknowledgement
            QVERIFY(c.waitDisconnected());
        }
        QVERIFY2(emu.restart(&error), qPrintable(error));
        TwilsockTestClient c;
        QVERIFY(c.connectAndInit(emu.twilsockUrl(), jwt)); // same secret from the data dir
        const auto reply = c.request(u"GET"_s, u"/v3/Documents/Durable"_s);
        QVERIFY(reply);
        QCOMPARE(TwilsockTestClient::httpStatus(*reply), 200);
        const QJsonObject now = TwilsockTestClient::json(*reply);
        QCOMPARE(now.value(u"data").toObject().value(u"i").toInt(), 49);
        QCOMPARE(now.value(u"revision"), last.value(u"revision"));
        QCOMPARE(now.value(u"last_event_id"), last.value(u"last_event_id"));
        QCOMPARE(now.value(u"sid"), last.value(u"sid"));
    }
};

QTEST_GUILESS_MAIN(TestEmulatorCli)
#include "tst_emulatorcli.moc"
