// Issue 13: a server that answers with garbage on every connection is reported as a protocol
// error with its cause (spsync exit 1), not retried until "timed out".
#include "hostileserver.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

using namespace Qt::StringLiterals;

class TestProtocolGarbage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(!qEnvironmentVariableIsEmpty("SPSYNC")); }

    void garbageOnEveryConnectionExitsOneWithTheCause_data()
    {
        QTest::addColumn<QByteArray>("garbage");
        QTest::addColumn<QString>("cause");
        QTest::newRow("bad preamble") << QByteArray("HTTP/1.1 200 OK\r\n\r\n") << u"malformed"_s;
        QTest::newRow("empty frame") << QByteArray() << u"malformed"_s;
    }
    void garbageOnEveryConnectionExitsOneWithTheCause()
    {
        QFETCH(QByteArray, garbage);
        QFETCH(QString, cause);
        HostileServer server;
        QVERIFY(server.listen());
        server.script = [garbage](const HostileServer::Request &r) {
            if (r.socket)
                r.socket->sendBinaryMessage(garbage);
            return true;
        };
        QProcess p;
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(qEnvironmentVariable("SPSYNC"),
            { u"--server"_s, server.baseUrl().toString(), u"--twilio-token"_s, u"tok"_s,
                u"--document"_s, server.name, u"--identity"_s, u"tester"_s, u"get"_s });
        QVERIFY(finished.wait(60000));
        const QByteArray err = p.readAllStandardError();
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(err.contains(cause.toUtf8()), err.constData());
        QVERIFY2(!err.contains("within"), err.constData()); // not a timeout
        QCOMPARE(server.connections, 3);
    }
};

QTEST_GUILESS_MAIN(TestProtocolGarbage)
#include "tst_protocolgarbage.moc"
