// SpSync::SyncClient against FakeSyncServer: create, getSync/setSync/replaceSync, addAction(s)
// and the consume-claim rules of docs/document-schema.md.
#include "await.h"
#include "faketransport.h"
#include "sids.h"
#include "syncclient.h"
#include "syncdocument.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace SpSync;

namespace {

QJsonArray serverArray(FakeSyncServer &server, const QString &name)
{
    return server.docs.isEmpty() ? QJsonArray() : server.docs.first().data.value(name).toArray();
}

} // namespace

class TestSyncClient : public QObject
{
    Q_OBJECT

    FakeSyncServer *m_server = nullptr;
    QList<SyncClient *> m_clients;

    SyncClientConfig config(const QJsonObject &initial = {})
    {
        SyncClientConfig c;
        c.documentId = SpTest::sessionDocument(SpTest::numberedSid(u"ES", 1));
        c.identity = u"tester"_s;
        c.twilioToken = u"fake.twilio.token"_s;
        c.twilsockUrl = QUrl(u"ws://127.0.0.1:1/v3/wsconnect"_s);
        c.initialData = initial;
        c.timeouts.backoffMinMs = 10;
        c.timeouts.mutateBackoffMs = 1;
        c.timeouts.mutateRetries = 50;
        FakeSyncServer *server = m_server;
        c.transportFactory = [server] { return server->makeTransport(); };
        return c;
    }
    SyncClient *client(const QJsonObject &initial = {})
    {
        auto r = await(SyncClient::create(config(initial)));
        if (!isOk(r)) {
            qWarning() << error(r).toString();
            return nullptr;
        }
        m_clients << value(r);
        return value(r);
    }

private Q_SLOTS:
    void init() { m_server = new FakeSyncServer; }
    void cleanup()
    {
        qDeleteAll(m_clients);
        m_clients.clear();
        delete m_server;
    }

    void createOpensWithInitialData()
    {
        const QJsonObject initial { { u"reliableConnection"_s, true } };
        SyncClient *c = client(initial);
        QVERIFY(c);
        QCOMPARE(c->state(), SyncConnection::State::Connected);
        QCOMPARE(c->getSync(), initial);
        QCOMPARE(m_server->docs.first().data, initial);
        QVERIFY(c->document()->isSubscribed());
        QCOMPARE(c->identity(), u"tester"_s);
        // A second client does not overwrite it.
        SyncClient *c2 = client(QJsonObject { { u"other"_s, 1 } });
        QVERIFY(c2);
        QCOMPARE(c2->getSync(), initial);
    }

    void createRefusedToken()
    {
        m_server->initStatus = 401;
        auto r = await(SyncClient::create(config()));
        QCOMPARE(error(r).kind, SyncError::Kind::Auth);
        QCOMPARE(error(r).code, 20101);
    }

    void createRefusesPlainRemoteUrl()
    {
        SyncClientConfig c = config();
        c.twilsockUrl = QUrl(u"ws://example.com/v3/wsconnect"_s);
        auto f = SyncClient::create(c);
        QVERIFY(f.isFinished());
        QCOMPARE(error(f.result()).kind, SyncError::Kind::InvalidInput);
        c = config();
        c.twilioToken.clear();
        c.token = u"sp"_s;
        c.baseUri = QUrl(u"http://api.example.com/v1"_s);
        QCOMPARE(error(SyncClient::create(c).result()).kind, SyncError::Kind::InvalidInput);
    }

    void createTimesOutWithoutConnection()
    {
        SyncClientConfig c = config();
        c.connectTimeoutMs = 300;
        c.transportFactory = [] {
            auto t = std::make_unique<FakeTransport>();
            t->autoConnect = false;
            return std::unique_ptr<SyncTransport>(std::move(t));
        };
        auto r = await(SyncClient::create(c));
        QCOMPARE(error(r).kind, SyncError::Kind::Transport);
        QVERIFY(error(r).message.contains(u"no connection within 300 ms"_s));
    }

    void addActionsKeepOrderAndStamp()
    {
        SyncClient *c = client();
        QVERIFY(c);
        auto one = await(c->addAction(u"extension.stopSession"_s,
            QJsonObject { { u"redirectURL"_s, u"https://x.test/"_s } }));
        QVERIFY2(isOk(one), qPrintable(error(one).toString()));
        QCOMPARE(value(one).value(u"createdBy").toString(), u"tester"_s);
        QVERIFY(!value(one).value(u"id").toString().isEmpty());
        QVERIFY(!value(one).value(u"createdAt").toString().isEmpty());
        QJsonArray batch;
        for (int i = 0; i < 3; ++i)
            batch.append(QJsonObject { { u"actionType"_s, u"proctor.studentMessage"_s },
                { u"additionalInfo"_s, QJsonObject { { u"message"_s, QString::number(i) } } } });
        const int writesBefore = m_server->writes;
        auto many = await(c->addActions(batch));
        QVERIFY2(isOk(many), qPrintable(error(many).toString()));
        QCOMPARE(m_server->writes, writesBefore + 1); // one atomic write
        const QJsonArray stored = serverArray(*m_server, u"proctorActions"_s);
        QCOMPARE(stored.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(stored.at(i).toObject().value(u"message").toString(), QString::number(i));
        QCOMPARE(serverArray(*m_server, u"extensionActions"_s).size(), 1);
        QCOMPARE(c->getSync().value(u"proctorActions").toArray().size(), 3);
    }

    void invalidActionsWriteNothing()
    {
        SyncClient *c = client();
        QVERIFY(c);
        const int writes = m_server->writes;
        QCOMPARE(error(await(c->addAction(u"nobody.stopSession"_s))).kind,
            SyncError::Kind::InvalidInput);
        QCOMPARE(error(await(c->addAction(u"extension.injectPassword"_s))).kind,
            SyncError::Kind::InvalidInput); // mandatory password missing
        QJsonArray batch { QJsonObject { { u"actionType"_s, u"extension.lockBrowser"_s } },
            QJsonObject { { u"actionType"_s, u"extension.stopSession"_s },
                { u"additionalInfo"_s, QJsonObject { { u"redirectURL"_s, u"not a url"_s } } } } };
        auto r = await(c->addActions(batch));
        QCOMPARE(error(r).kind, SyncError::Kind::InvalidInput);
        QVERIFY(error(r).message.contains(u"action 2"_s));
        QCOMPARE(m_server->writes, writes);
    }

    void setSyncMergesReplaceSyncReplaces()
    {
        SyncClient *a = client(QJsonObject { { u"keep"_s, 1 } });
        SyncClient *b = client();
        QVERIFY(a && b);
        // Concurrent: b appends an action while a merges fields; neither is lost.
        auto f1 = b->addAction(u"extension.lockBrowser"_s);
        auto f2 = a->setSync(QJsonObject { { u"status"_s, u"live"_s } });
        QVERIFY(isOk(await(f1)));
        QVERIFY(isOk(await(f2)));
        const QJsonObject data = m_server->docs.first().data;
        QCOMPARE(data.value(u"keep").toInt(), 1);
        QCOMPARE(data.value(u"status").toString(), u"live"_s);
        QCOMPARE(data.value(u"extensionActions").toArray().size(), 1);
        QVERIFY(isOk(await(a->replaceSync(QJsonObject { { u"only"_s, true } }))));
        QCOMPARE(m_server->docs.first().data, (QJsonObject { { u"only"_s, true } }));
        QTRY_COMPARE(b->getSync(), (QJsonObject { { u"only"_s, true } }));
    }

    void noReceiverLeavesActions()
    {
        SyncClient *producer = client();
        SyncClient *bystander = client();
        QVERIFY(producer && bystander);
        QSignalSpy updated(bystander, &SyncClient::spSyncDocUpdated);
        QVERIFY(isOk(await(producer->addAction(u"extension.lockBrowser"_s))));
        QTRY_COMPARE(updated.size(), 1);
        QTest::qWait(50);
        QCOMPARE(serverArray(*m_server, u"extensionActions"_s).size(), 1);
    }

    void consumeClaimsThenEmitsFifo()
    {
        SyncClient *producer = client();
        SyncClient *consumer = client();
        QVERIFY(producer && consumer);
        QJsonArray batch;
        for (int i = 0; i < 4; ++i)
            batch.append(QJsonObject { { u"actionType"_s, u"extension.closeTabs"_s },
                { u"additionalInfo"_s,
                    QJsonObject { { u"keepURL"_s, u"https://k.test/%1"_s.arg(i) } } } });
        QVERIFY(isOk(await(producer->addActions(batch))));
        QStringList got;
        bool claimedBeforeEmit = true;
        connect(consumer, &SyncClient::extensionActionsAdded, this, [&](const QJsonObject &a) {
            got << a.value(u"keepURL").toString();
            // Emitted only after the removing write succeeded on the server.
            claimedBeforeEmit
                = claimedBeforeEmit && serverArray(*m_server, u"extensionActions"_s).isEmpty();
        });
        QSignalSpy generic(consumer, &SyncClient::actionsAdded);
        QTRY_COMPARE(got.size(), 4);
        QCOMPARE(got,
            (QStringList { u"https://k.test/0"_s, u"https://k.test/1"_s, u"https://k.test/2"_s,
                u"https://k.test/3"_s }));
        QVERIFY(claimedBeforeEmit);
        QCOMPARE(generic.size(), 4); // actionsAdded is emitted too
        QCOMPARE(generic.first().at(0).toString(), u"extension"_s);
        QVERIFY(serverArray(*m_server, u"extensionActions"_s).isEmpty());
        // New actions keep arriving.
        QVERIFY(isOk(await(producer->addAction(u"extension.lockBrowser"_s))));
        QTRY_COMPARE(got.size(), 5);
    }

    void genericReceiverHonoursExecutorFilter()
    {
        SyncClient *producer = client();
        SyncClient *consumer = client();
        QVERIFY(producer && consumer);
        consumer->setConsumedExecutors({ u"proctor"_s });
        QSignalSpy generic(consumer, &SyncClient::actionsAdded);
        QVERIFY(isOk(await(producer->addAction(u"extension.lockBrowser"_s))));
        QVERIFY(isOk(await(producer->addAction(
            u"proctor.studentMessage"_s, QJsonObject { { u"message"_s, u"hi"_s } }))));
        QTRY_COMPARE(generic.size(), 1);
        QCOMPARE(generic.first().at(0).toString(), u"proctor"_s);
        QTest::qWait(50);
        QCOMPARE(serverArray(*m_server, u"extensionActions"_s).size(), 1);
        QVERIFY(serverArray(*m_server, u"proctorActions"_s).isEmpty());
    }

    void disconnectedReceiverStopsConsuming()
    {
        SyncClient *producer = client();
        SyncClient *consumer = client();
        QVERIFY(producer && consumer);
        int got = 0;
        auto conn = connect(consumer, &SyncClient::onboardingActionsAdded, this,
            [&](const QJsonObject &) { ++got; });
        QVERIFY(isOk(await(producer->addAction(u"onboarding.startIdCheck"_s))));
        QTRY_COMPARE(got, 1);
        disconnect(conn);
        QVERIFY(isOk(await(producer->addAction(u"onboarding.startIdCheck"_s))));
        QTRY_COMPARE(consumer->getSync().value(u"onboardingActions").toArray().size(), 1);
        QTest::qWait(50);
        QCOMPARE(got, 1);
        QCOMPARE(serverArray(*m_server, u"onboardingActions"_s).size(), 1);
    }

    void receiverLeavingMidClaimGetsActionsBack()
    {
        SyncClient *producer = client();
        SyncClient *consumer = client();
        QVERIFY(producer && consumer);
        QJsonArray batch;
        for (int i = 0; i < 2; ++i)
            batch.append(QJsonObject { { u"actionType"_s, u"extension.closeTabs"_s },
                { u"additionalInfo"_s,
                    QJsonObject { { u"keepURL"_s, u"https://k.test/%1"_s.arg(i) } } } });
        QVERIFY(isOk(await(producer->addActions(batch))));
        QTRY_COMPARE(consumer->getSync().value(u"extensionActions").toArray().size(), 2);
        m_server->replyDelayMs = 1000;
        const int writes = m_server->writes;
        int got = 0;
        auto conn = connect(consumer, &SyncClient::extensionActionsAdded, this,
            [&](const QJsonObject &) { ++got; });
        QTest::qWait(50); // the claim is on its way
        disconnect(conn);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->writes, writes + 2, 5000); // claim, then give back
        const QJsonArray back = serverArray(*m_server, u"extensionActions"_s);
        QCOMPARE(back.size(), 2);
        QCOMPARE(back.at(0).toObject().value(u"keepURL").toString(), u"https://k.test/0"_s);
        QCOMPARE(back.at(1).toObject().value(u"keepURL").toString(), u"https://k.test/1"_s);
        QCOMPARE(got, 0);
    }

    void receiverMayDeleteTheClient()
    {
        SyncClient *producer = client();
        QVERIFY(producer);
        auto r = await(SyncClient::create(config()));
        QVERIFY(isOk(r));
        QPointer<SyncClient> consumer = value(r);
        QJsonArray batch;
        for (int i = 0; i < 3; ++i)
            batch.append(QJsonObject { { u"actionType"_s, u"extension.lockBrowser"_s } });
        QVERIFY(isOk(await(producer->addActions(batch))));
        int got = 0;
        connect(
            consumer.data(), &SyncClient::extensionActionsAdded, this, [&](const QJsonObject &) {
                ++got;
                delete consumer.data();
            });
        QTRY_VERIFY(consumer.isNull());
        QTest::qWait(50);
        QCOMPARE(got, 1); // the rest were claimed but the client is gone: no use after free
    }

    void competingConsumersGetEachActionOnce()
    {
        SyncClient *producer = client();
        SyncClient *c1 = client();
        SyncClient *c2 = client();
        QVERIFY(producer && c1 && c2);
        QStringList ids1, ids2;
        connect(c1, &SyncClient::extensionActionsAdded, this,
            [&](const QJsonObject &a) { ids1 << a.value(u"id").toString(); });
        connect(c2, &SyncClient::extensionActionsAdded, this,
            [&](const QJsonObject &a) { ids2 << a.value(u"id").toString(); });
        QList<QFuture<SyncResult<QJsonObject>>> futures;
        for (int i = 0; i < 50; ++i)
            futures << producer->addAction(u"extension.lockBrowser"_s);
        QSet<QString> produced;
        for (auto &f : futures) {
            auto r = await(f);
            QVERIFY(isOk(r));
            produced.insert(value(r).value(u"id").toString());
        }
        QTRY_COMPARE_WITH_TIMEOUT(ids1.size() + ids2.size(), 50, 20000);
        QTest::qWait(100);
        QCOMPARE(ids1.size() + ids2.size(), 50);
        QSet<QString> all(ids1.begin(), ids1.end());
        all.unite(QSet<QString>(ids2.begin(), ids2.end()));
        QCOMPARE(all, produced); // each exactly once
        QVERIFY(serverArray(*m_server, u"extensionActions"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSyncClient)
#include "tst_syncclient.moc"
