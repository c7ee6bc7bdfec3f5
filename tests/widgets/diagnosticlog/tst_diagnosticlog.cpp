// Help → Save diagnostic log: the console records every client's frames from start-up and saves
// them redacted; the menu item is there.
#include "consolecontroller.h"
#include "diagnosticlog.h"
#include "fakebackend.h"
#include "faketransport.h"
#include "mainwindow.h"
#include "sids.h"
#include "syncclient.h"
#include "wirelog.h"

#include <QAction>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace SpSync;
using namespace Qt::StringLiterals;

class TestDiagnosticLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void recordsAndSavesRedacted()
    {
        QVERIFY(!DiagnosticLog::isRecording());
        DiagnosticLog::start();
        QVERIFY(DiagnosticLog::isRecording());

        FakeSyncServer server;
        SyncClientConfig c;
        c.documentId = SpTest::sessionDocument(SpTest::numberedSid(u"ES", 1));
        c.identity = SpTest::numberedSid(u"ES", 1);
        c.twilioToken = u"console-diagnostic-token-0001"_s;
        c.twilsockUrl = QUrl(u"ws://127.0.0.1:1/v3/wsconnect"_s);
        c.transportFactory = [&server] { return server.makeTransport(); };
        auto created = SyncClient::create(c);
        QTRY_VERIFY(created.isFinished());
        QVERIFY(isOk(created.result()));
        std::unique_ptr<SyncClient> client(value(created.result()));
        auto action = client->addAction(u"extension.injectPassword"_s,
            QJsonObject { { u"password"_s, u"console-secret-password-0042"_s } });
        QTRY_VERIFY(action.isFinished());
        QVERIFY(isOk(action.result()));

        QTemporaryDir dir;
        const QString path = dir.filePath(u"diagnostic.jsonl"_s);
        QString error;
        QVERIFY2(DiagnosticLog::saveTo(path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray saved = f.readAll();
        QVERIFY(saved.contains("\"method\":\"init\""));
        QVERIFY(saved.contains("\"password\":\"<redacted>\""));
        QVERIFY(!saved.contains("console-diagnostic-token-0001"));
        QVERIFY(!saved.contains("console-secret-password-0042"));
        client.reset();
    }

    void helpMenuHasTheItem()
    {
        FakeBackend backend;
        ConsoleController controller(&backend);
        MainWindow w(&controller);
        auto *item = w.findChild<QAction *>(u"saveDiagnosticLogAction"_s);
        QVERIFY(item);
        QVERIFY(item->text().contains(u"diagnostic log"_s));
    }
};

QTEST_MAIN(TestDiagnosticLog)
#include "tst_diagnosticlog.moc"
