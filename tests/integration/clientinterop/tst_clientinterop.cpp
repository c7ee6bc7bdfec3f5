// Interop with the official twilio-sync JS client (tests/conformance/node_modules) on the same
// emulator: JS writes and ours reads; ours queues actions and JS sees them stamped; JS and ours
// append 100 actions each concurrently while one of our consumers drains them: all 200 arrive
// once, each writer's order kept. Skipped when node or twilio-sync is not installed.
#include "clientrig.h"
#include "syncclient.h"
#include "syncconnection.h"
#include "syncdocument.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>

using namespace SpSync;

class TestClientInterop : public QObject
{
    Q_OBJECT

    ClientRig m_rig;
    QString m_node;
    QString m_modules;

    QProcess *node(const QStringList &args)
    {
        auto *p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NODE_PATH"), m_modules);
        p->setProcessEnvironment(env);
        p->start(m_node, QStringList { QStringLiteral(SP_INTEROP_JS) } + args);
        return p;
    }
    QStringList common(const QString &identity, const QString &doc) const
    {
        return { m_rig.token(identity), m_rig.emulator.twilsockUrl().toString(),
            m_rig.emulator.cdsUrl().toString(), doc };
    }
    // Runs a short JS step to completion while our event loop keeps running.
    bool runNode(const QStringList &args, QByteArray *out = nullptr)
    {
        QProcess *p = node(args);
        const bool done
            = QTest::qWaitFor([p] { return p->state() == QProcess::NotRunning; }, 30000);
        if (out)
            *out = p->readAllStandardOutput();
        const bool ok = done && p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0;
        if (!ok)
            qWarning() << "node failed:" << p->readAllStandardError();
        p->deleteLater();
        return ok;
    }
    SyncClient *ours(const QString &identity, const QString &doc)
    {
        SyncClientConfig c;
        c.documentId = doc;
        c.identity = identity;
        c.twilioToken = m_rig.token(identity);
        c.twilsockUrl = m_rig.emulator.twilsockUrl();
        auto r = await(SyncClient::create(c, this));
        if (!isOk(r))
            qWarning() << error(r).toString();
        return isOk(r) ? value(r) : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_node = QStandardPaths::findExecutable(QStringLiteral("node"));
        m_modules = qEnvironmentVariable("SP_SOURCE_DIR")
            + QStringLiteral("/tests/conformance/node_modules");
        if (m_node.isEmpty() || !QFileInfo::exists(m_modules + QStringLiteral("/twilio-sync")))
            QSKIP("node or tests/conformance/node_modules/twilio-sync is missing");
        QVERIFY2(m_rig.start(), qPrintable(m_rig.error));
    }

    void jsWritesOursReads()
    {
        QVERIFY(runNode(QStringList { QStringLiteral("write") }
            + common(QStringLiteral("js"), QStringLiteral("Interop_A"))
            + QStringList { QStringLiteral("{\"from\":\"js\",\"n\":1}") }));
        SyncConnection c;
        c.connectToServer(m_rig.emulator.twilsockUrl(), m_rig.token(QStringLiteral("ours")));
        auto r = await(c.openDocument(QStringLiteral("Interop_A"), OpenMode::OpenExisting));
        QVERIFY2(isOk(r), qPrintable(error(r).toString()));
        QCOMPARE(value(r)->data(),
            (QJsonObject {
                { QStringLiteral("from"), QStringLiteral("js") }, { QStringLiteral("n"), 1 } }));
    }

    void oursQueuesJsSeesStampedActions()
    {
        SyncClient *c = ours(QStringLiteral("ours"), QStringLiteral("Interop_B"));
        QVERIFY(c);
        auto a = await(c->addAction(QStringLiteral("extension.stopSession"),
            QJsonObject {
                { QStringLiteral("redirectURL"), QStringLiteral("https://done.test/") } }));
        QVERIFY(isOk(a));
        QByteArray out;
        QVERIFY(runNode(QStringList { QStringLiteral("read") }
                + common(QStringLiteral("js"), QStringLiteral("Interop_B")),
            &out));
        const QJsonObject data = QJsonDocument::fromJson(out).object();
        const QJsonObject seen = data.value(u"extensionActions").toArray().first().toObject();
        QCOMPARE(seen.value(u"id").toString(), value(a).value(u"id").toString());
        QCOMPARE(seen.value(u"createdBy").toString(), QStringLiteral("ours"));
        QVERIFY(!seen.value(u"createdAt").toString().isEmpty());
        QCOMPARE(seen.value(u"redirectURL").toString(), QStringLiteral("https://done.test/"));
    }

    void concurrentWritersWithOneConsumer()
    {
        const QString doc = QStringLiteral("Interop_C");
        SyncClient *writer = ours(QStringLiteral("ours-writer"), doc);
        SyncClient *consumer = ours(QStringLiteral("ours-consumer"), doc);
        QVERIFY(writer && consumer);
        // 200 stamped actions do not fit in 16 KiB at once: the consumer drains while they arrive.
        QList<QJsonObject> got;
        connect(consumer, &SyncClient::extensionActionsAdded, this,
            [&](const QJsonObject &a) { got << a; });
        QProcess *js = node(QStringList { QStringLiteral("append") }
            + common(QStringLiteral("js"), doc) + QStringList { QStringLiteral("100") });
        // One action per write, like the JS side (each waits for the previous one).
        for (int i = 0; i < 100; ++i) {
            auto r = await(writer->addAction(QStringLiteral("extension.closeTabs"),
                               QJsonObject { { QStringLiteral("keepURL"),
                                   QStringLiteral("https://k.test/%1").arg(i) } }),
                60000);
            QVERIFY2(isOk(r), qPrintable(error(r).toString()));
        }
        QVERIFY(QTest::qWaitFor([js] { return js->state() == QProcess::NotRunning; }, 90000));
        QCOMPARE(js->exitCode(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(got.size(), 200, 30000);
        QList<int> jsOrder, ourOrder;
        QSet<QString> ourIds;
        for (const QJsonObject &a : std::as_const(got)) {
            if (a.value(u"by").toString() == u"js") {
                jsOrder << a.value(u"n").toInt();
            } else {
                ourOrder << a.value(u"keepURL").toString().section(QLatin1Char('/'), -1).toInt();
                ourIds.insert(a.value(u"id").toString());
            }
        }
        QList<int> expected;
        for (int i = 0; i < 100; ++i)
            expected << i;
        QCOMPARE(jsOrder, expected);
        QCOMPARE(ourOrder, expected);
        QCOMPARE(ourIds.size(), 100);
    }
};

QTEST_GUILESS_MAIN(TestClientInterop)
#include "tst_clientinterop.moc"
