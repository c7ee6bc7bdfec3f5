// SpSync::SyncClient against the real emulator with ACL on and SP principals: the SP token
// exchange, every public call, consuming, refusals, the 16 KiB limit, two competing
// consumers, and token renewal by re-exchange.
#include "clientrig.h"
#include "syncclient.h"
#include "syncdocument.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>

using namespace SpSync;
using State = SyncConnection::State;

namespace {
const QString kSession = QStringLiteral("ES0123456789abcdef0123456789ABCDEF");
const QString kOther = QStringLiteral("ESffffffffffffffffffffffffffffffff");
const QString kProctor = QStringLiteral("PU0123456789abcdef0123456789abcdef");
const QString kStudentToken = QStringLiteral("sp-student-token-0001");
const QString kProctorToken = QStringLiteral("sp-proctor-token-0001");
} // namespace

class TestClientSp : public QObject
{
    Q_OBJECT

    ClientRig m_rig;
    QList<SyncClient *> m_clients;

    bool startRig(ClientRig &rig, QStringList extra = {})
    {
        QFile f(rig.dir.filePath(QStringLiteral("principals.json")));
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write(QJsonDocument(
            QJsonObject { { QStringLiteral("principals"),
                QJsonArray { QJsonObject { { QStringLiteral("spToken"), kStudentToken },
                                 { QStringLiteral("student"), kSession } },
                    QJsonObject { { QStringLiteral("spToken"), kProctorToken },
                        { QStringLiteral("proctor"), kProctor },
                        { QStringLiteral("sessions"), QJsonArray { kSession } } } } } })
                    .toJson());
        f.close();
        return rig.start(QStringList { QStringLiteral("--memory"), QStringLiteral("--acl"),
                             QStringLiteral("on"), QStringLiteral("--principals"), f.fileName() }
            + extra);
    }
    SyncClientConfig student(const ClientRig &rig) const
    {
        SyncClientConfig c;
        c.baseUri = rig.emulator.spApiUrl();
        c.documentId = QStringLiteral("Session_") + kSession;
        c.identity = kSession;
        c.token = kStudentToken;
        c.timeouts = fastReconnect();
        return c;
    }
    SyncClientConfig proctor(const ClientRig &rig) const
    {
        SyncClientConfig c = student(rig);
        c.identity = kSession + kProctor;
        c.token = kProctorToken;
        return c;
    }
    SyncClient *make(const SyncClientConfig &config)
    {
        auto r = await(SyncClient::create(config));
        if (!isOk(r)) {
            qWarning() << "create failed:" << error(r).toString();
            return nullptr;
        }
        m_clients << value(r);
        return value(r);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(startRig(m_rig), qPrintable(m_rig.error)); }
    void cleanup()
    {
        qDeleteAll(m_clients);
        m_clients.clear();
    }

    void everyPublicCall()
    {
        SyncClientConfig cfg = student(m_rig);
        cfg.initialData = QJsonObject { { QStringLiteral("reliableConnection"), true } };
        SyncClient *s = make(cfg);
        QVERIFY(s);
        QCOMPARE(s->state(), State::Connected);
        QCOMPARE(s->documentId(), QStringLiteral("Session_") + kSession);
        QCOMPARE(s->identity(), kSession);
        QVERIFY(!s->revision().isEmpty());
        QCOMPARE(s->getSync().value(u"reliableConnection").toBool(), true);

        SyncClient *p = make(proctor(m_rig));
        QVERIFY(p);
        QCOMPARE(p->identity(), kSession + kProctor);
        QCOMPARE(p->getSync(), s->getSync()); // initialData is not written again

        QSignalSpy updated(p, &SyncClient::spSyncDocUpdated);
        auto merged = await(
            s->setSync(QJsonObject { { QStringLiteral("status"), QStringLiteral("started") } }));
        QVERIFY2(isOk(merged), qPrintable(error(merged).toString()));
        QCOMPARE(value(merged).value(u"reliableConnection").toBool(), true);
        QTRY_COMPARE(p->getSync().value(u"status").toString(), QStringLiteral("started"));
        QVERIFY(!updated.isEmpty());
        QCOMPARE(updated.last().first().toJsonObject(), p->getSync());

        auto action = await(p->addAction(QStringLiteral("extension.stopSession"),
            QJsonObject {
                { QStringLiteral("redirectURL"), QStringLiteral("https://example.com/done") } }));
        QVERIFY2(isOk(action), qPrintable(error(action).toString()));
        QCOMPARE(value(action).value(u"createdBy").toString(), kSession + kProctor);
        QCOMPARE(value(action).value(u"action").toString(), QStringLiteral("stopSession"));
        QCOMPARE(value(action).value(u"executor").toString(), QStringLiteral("extension"));
        QTRY_COMPARE(
            s->getSync().value(u"extensionActions").toArray().size(), 1); // nobody consumes

        QJsonArray batch {
            QJsonObject {
                { QStringLiteral("actionType"), QStringLiteral("extension.getDisplayCount") },
                { QStringLiteral("additionalInfo"),
                    QJsonObject { { QStringLiteral("respondTo"), QStringLiteral("proctor") } } } },
            QJsonObject {
                { QStringLiteral("actionType"), QStringLiteral("extension.lockBrowser") } }
        };
        auto added = await(p->addActions(batch));
        QVERIFY(isOk(added));
        QCOMPARE(value(added).size(), 2);

        // The student consumes: FIFO, after the claim write.
        QStringList got;
        connect(s, &SyncClient::extensionActionsAdded, this,
            [&](const QJsonObject &a) { got << a.value(u"action").toString(); });
        QTRY_COMPARE(got,
            (QStringList { QStringLiteral("stopSession"), QStringLiteral("getDisplayCount"),
                QStringLiteral("lockBrowser") }));
        QTRY_VERIFY(p->getSync().value(u"extensionActions").toArray().isEmpty());

        // Response to the proctor through the generic signal.
        QSignalSpy responses(p, &SyncClient::actionsAdded);
        auto reply = await(s->addAction(QStringLiteral("proctor.getDisplayCount"),
            QJsonObject { { QStringLiteral("displayCount"), 2 } }));
        QVERIFY(isOk(reply));
        QTRY_COMPARE(responses.size(), 1);
        QCOMPARE(responses.first().at(0).toString(), QStringLiteral("proctor"));
        QCOMPARE(responses.first().at(1).toJsonObject().value(u"displayCount").toInt(), 2);

        auto replaced = await(s->replaceSync(QJsonObject { { QStringLiteral("fresh"), 1 } }));
        QVERIFY(isOk(replaced));
        QTRY_COMPARE(p->getSync(), (QJsonObject { { QStringLiteral("fresh"), 1 } }));
    }

    void refusals()
    {
        SyncClientConfig bad = student(m_rig);
        bad.token = QStringLiteral("sp-wrong-token-9999");
        auto r = await(SyncClient::create(bad));
        QCOMPARE(error(r).kind, SyncError::Kind::Auth);
        QCOMPARE(error(r).status, 401);

        SyncClientConfig notAllowed = proctor(m_rig);
        notAllowed.documentId = QStringLiteral("Session_") + kOther;
        notAllowed.identity = kOther + kProctor;
        r = await(SyncClient::create(notAllowed));
        QCOMPARE(error(r).kind, SyncError::Kind::Denied);
        QCOMPARE(error(r).status, 403);

        // A valid Twilio token for an identity the ACL does not grant this document.
        SyncClientConfig direct = student(m_rig);
        direct.token.clear();
        direct.twilioToken = m_rig.token(QStringLiteral("someone-else"));
        direct.twilsockUrl = m_rig.emulator.twilsockUrl();
        r = await(SyncClient::create(direct));
        QCOMPARE(error(r).kind, SyncError::Kind::Denied);
        QCOMPARE(error(r).code, 54007);

        SyncClientConfig plain = student(m_rig);
        plain.baseUri = QUrl(QStringLiteral("http://api.example.com/v1"));
        QCOMPARE(error(SyncClient::create(plain).result()).kind, SyncError::Kind::InvalidInput);

        SyncClient *s = make(student(m_rig));
        QVERIFY(s);
        QCOMPARE(error(await(s->addAction(QStringLiteral("extension.injectPassword")))).kind,
            SyncError::Kind::InvalidInput);
    }

    void tooLargeLeavesDocumentUnchanged()
    {
        SyncClient *s = make(student(m_rig));
        SyncClient *p = make(proctor(m_rig));
        QVERIFY(s && p);
        QVERIFY(isOk(await(
            s->replaceSync(QJsonObject { { QStringLiteral("keep"), QStringLiteral("me") } }))));
        QTRY_COMPARE(p->getSync().value(u"keep").toString(), QStringLiteral("me"));
        const QString revision = s->revision();
        auto r = await(s->setSync(
            QJsonObject { { QStringLiteral("blob"), QString(16 * 1024, QLatin1Char('z')) } }));
        QCOMPARE(error(r).kind, SyncError::Kind::TooLarge);
        QCOMPARE(error(r).code, 54006);
        QCOMPARE(s->getSync(), (QJsonObject { { QStringLiteral("keep"), QStringLiteral("me") } }));
        QCOMPARE(s->revision(), revision);
        auto read = await(p->document()->refresh());
        QCOMPARE(value(read), (QJsonObject { { QStringLiteral("keep"), QStringLiteral("me") } }));
    }

    void competingConsumersDeliverEachOnce()
    {
        SyncClient *producer = make(proctor(m_rig));
        SyncClient *c1 = make(student(m_rig));
        SyncClient *c2 = make(student(m_rig));
        QVERIFY(producer && c1 && c2);
        QVERIFY(isOk(await(producer->replaceSync(QJsonObject()))));
        QStringList ids1, ids2;
        connect(c1, &SyncClient::extensionActionsAdded, this,
            [&](const QJsonObject &a) { ids1 << a.value(u"id").toString(); });
        connect(c2, &SyncClient::actionsAdded, this,
            [&](const QString &executor, const QJsonObject &a) {
                if (executor == u"extension")
                    ids2 << a.value(u"id").toString();
            });
        QList<QFuture<SyncResult<QJsonObject>>> futures;
        for (int i = 0; i < 50; ++i)
            futures << producer->addAction(QStringLiteral("extension.lockBrowser"));
        QStringList produced;
        for (auto &f : futures) {
            auto r = await(f, 60000);
            QVERIFY2(isOk(r), qPrintable(error(r).toString()));
            produced << value(r).value(u"id").toString();
        }
        QTRY_COMPARE_WITH_TIMEOUT(ids1.size() + ids2.size(), 50, 60000);
        QTRY_VERIFY(producer->getSync().value(u"extensionActions").toArray().isEmpty());
        QCOMPARE(ids1.size() + ids2.size(), 50);
        QSet<QString> all(ids1.begin(), ids1.end());
        all.unite(QSet<QString>(ids2.begin(), ids2.end()));
        QCOMPARE(all, QSet<QString>(produced.begin(), produced.end()));
        // Each consumer saw its share in production order.
        const auto inOrder = [&](const QStringList &ids) {
            qsizetype last = -1;
            for (const QString &id : ids) {
                const qsizetype at = produced.indexOf(id);
                if (at < last)
                    return false;
                last = at;
            }
            return true;
        };
        QVERIFY(inOrder(ids1));
        QVERIFY(inOrder(ids2));
        qInfo() << "consumer shares:" << ids1.size() << ids2.size();
    }

    void renewsTokenByReExchange()
    {
        ClientRig rig;
        QVERIFY2(startRig(rig,
                     { QStringLiteral("--token-ttl"), QStringLiteral("7"),
                         QStringLiteral("--expiry-warning"), QStringLiteral("5") }),
            qPrintable(rig.error));
        QElapsedTimer clock;
        clock.start();
        SyncClient *s = make(student(rig));
        QVERIFY(s);
        QSignalSpy states(s, &SyncClient::stateChanged);
        QSignalSpy reconnects(s->connection(), &SyncConnection::reconnectScheduled);
        QTest::qWait(int(std::max<qint64>(0, 9500 - clock.elapsed())));
        QCOMPARE(s->state(), State::Connected);
        QCOMPARE(states.size(), 0);
        QCOMPARE(reconnects.size(), 0);
        QVERIFY(isOk(await(s->setSync(QJsonObject { { QStringLiteral("alive"), true } }))));
    }
};

QTEST_GUILESS_MAIN(TestClientSp)
#include "tst_clientsp.moc"
