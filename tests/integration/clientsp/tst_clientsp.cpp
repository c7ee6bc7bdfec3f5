// SpSync::SyncClient against the real emulator with ACL on and SP principals: the SP token
// exchange, every public call, consuming, refusals, the 16 KiB limit, two competing
// consumers, and token renewal by re-exchange.
#include "clientrig.h"
#include "sids.h"
#include "syncclient.h"
#include "syncdocument.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

using namespace SpSync;
using State = SyncConnection::State;

namespace {
const QString kSession = u"ES0123456789abcdef0123456789ABCDEF"_s;
const QString kOther = SpTest::sid(u"ES", 'f');
const QString kProctor = u"PU0123456789abcdef0123456789abcdef"_s;
const QString kStudentToken = u"sp-student-token-0001"_s;
const QString kProctorToken = u"sp-proctor-token-0001"_s;
} // namespace

class TestClientSp : public QObject
{
    Q_OBJECT

    ClientRig m_rig;
    QList<SyncClient *> m_clients;

    bool startRig(ClientRig &rig, QStringList extra = {})
    {
        QFile f(rig.dir.filePath(u"principals.json"_s));
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write(QJsonDocument(
            QJsonObject { { u"principals"_s,
                QJsonArray {
                    QJsonObject { { u"spToken"_s, kStudentToken }, { u"student"_s, kSession } },
                    QJsonObject { { u"spToken"_s, kProctorToken }, { u"proctor"_s, kProctor },
                        { u"sessions"_s, QJsonArray { kSession } } } } } })
                    .toJson());
        f.close();
        return rig.start(
            QStringList { u"--memory"_s, u"--acl"_s, u"on"_s, u"--principals"_s, f.fileName() }
            + extra);
    }
    SyncClientConfig student(const ClientRig &rig) const
    {
        SyncClientConfig c;
        c.baseUri = rig.emulator.spApiUrl();
        c.documentId = SpTest::sessionDocument(kSession);
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
        cfg.initialData = QJsonObject { { u"reliableConnection"_s, true } };
        SyncClient *s = make(cfg);
        QVERIFY(s);
        QCOMPARE(s->state(), State::Connected);
        QCOMPARE(s->documentId(), SpTest::sessionDocument(kSession));
        QCOMPARE(s->identity(), kSession);
        QVERIFY(!s->revision().isEmpty());
        QCOMPARE(s->getSync().value(u"reliableConnection").toBool(), true);

        SyncClient *p = make(proctor(m_rig));
        QVERIFY(p);
        QCOMPARE(p->identity(), kSession + kProctor);
        QCOMPARE(p->getSync(), s->getSync()); // initialData is not written again

        QSignalSpy updated(p, &SyncClient::spSyncDocUpdated);
        auto merged = await(s->setSync(QJsonObject { { u"status"_s, u"started"_s } }));
        QVERIFY2(isOk(merged), qPrintable(error(merged).toString()));
        QCOMPARE(value(merged).value(u"reliableConnection").toBool(), true);
        QTRY_COMPARE(p->getSync().value(u"status").toString(), u"started"_s);
        QVERIFY(!updated.isEmpty());
        QCOMPARE(updated.last().first().toJsonObject(), p->getSync());

        auto action = await(p->addAction(u"extension.stopSession"_s,
            QJsonObject { { u"redirectURL"_s, u"https://example.com/done"_s } }));
        QVERIFY2(isOk(action), qPrintable(error(action).toString()));
        QCOMPARE(value(action).value(u"createdBy").toString(), kSession + kProctor);
        QCOMPARE(value(action).value(u"action").toString(), u"stopSession"_s);
        QCOMPARE(value(action).value(u"executor").toString(), u"extension"_s);
        QTRY_COMPARE(
            s->getSync().value(u"extensionActions").toArray().size(), 1); // nobody consumes

        QJsonArray batch {
            QJsonObject { { u"actionType"_s, u"extension.getDisplayCount"_s },
                { u"additionalInfo"_s, QJsonObject { { u"respondTo"_s, u"proctor"_s } } } },
            QJsonObject { { u"actionType"_s, u"extension.lockBrowser"_s } }
        };
        auto added = await(p->addActions(batch));
        QVERIFY(isOk(added));
        QCOMPARE(value(added).size(), 2);

        // The student consumes: FIFO, after the claim write.
        QStringList got;
        connect(s, &SyncClient::extensionActionsAdded, this,
            [&](const QJsonObject &a) { got << a.value(u"action").toString(); });
        QTRY_COMPARE(
            got, (QStringList { u"stopSession"_s, u"getDisplayCount"_s, u"lockBrowser"_s }));
        QTRY_VERIFY(p->getSync().value(u"extensionActions").toArray().isEmpty());

        // Response to the proctor through the generic signal.
        QSignalSpy responses(p, &SyncClient::actionsAdded);
        auto reply = await(
            s->addAction(u"proctor.getDisplayCount"_s, QJsonObject { { u"displayCount"_s, 2 } }));
        QVERIFY(isOk(reply));
        QTRY_COMPARE(responses.size(), 1);
        QCOMPARE(responses.first().at(0).toString(), u"proctor"_s);
        QCOMPARE(responses.first().at(1).toJsonObject().value(u"displayCount").toInt(), 2);

        auto replaced = await(s->replaceSync(QJsonObject { { u"fresh"_s, 1 } }));
        QVERIFY(isOk(replaced));
        QTRY_COMPARE(p->getSync(), (QJsonObject { { u"fresh"_s, 1 } }));
    }

    void refusals()
    {
        SyncClientConfig bad = student(m_rig);
        bad.token = u"sp-wrong-token-9999"_s;
        auto r = await(SyncClient::create(bad));
        QCOMPARE(error(r).kind, SyncError::Kind::Auth);
        QCOMPARE(error(r).status, 401);

        SyncClientConfig notAllowed = proctor(m_rig);
        notAllowed.documentId = SpTest::sessionDocument(kOther);
        notAllowed.identity = kOther + kProctor;
        r = await(SyncClient::create(notAllowed));
        QCOMPARE(error(r).kind, SyncError::Kind::Denied);
        QCOMPARE(error(r).status, 403);

        // A valid Twilio token for an identity the ACL does not grant this document.
        SyncClientConfig direct = student(m_rig);
        direct.token.clear();
        direct.twilioToken = m_rig.token(u"someone-else"_s);
        direct.twilsockUrl = m_rig.emulator.twilsockUrl();
        r = await(SyncClient::create(direct));
        QCOMPARE(error(r).kind, SyncError::Kind::Denied);
        QCOMPARE(error(r).code, 54007);

        SyncClientConfig plain = student(m_rig);
        plain.baseUri = QUrl(u"http://api.example.com/v1"_s);
        QCOMPARE(error(SyncClient::create(plain).result()).kind, SyncError::Kind::InvalidInput);

        SyncClient *s = make(student(m_rig));
        QVERIFY(s);
        QCOMPARE(error(await(s->addAction(u"extension.injectPassword"_s))).kind,
            SyncError::Kind::InvalidInput);
    }

    void tooLargeLeavesDocumentUnchanged()
    {
        SyncClient *s = make(student(m_rig));
        SyncClient *p = make(proctor(m_rig));
        QVERIFY(s && p);
        QVERIFY(isOk(await(s->replaceSync(QJsonObject { { u"keep"_s, u"me"_s } }))));
        QTRY_COMPARE(p->getSync().value(u"keep").toString(), u"me"_s);
        const QString revision = s->revision();
        auto r = await(
            s->setSync(QJsonObject { { u"blob"_s, QString(16 * 1024, QLatin1Char('z')) } }));
        QCOMPARE(error(r).kind, SyncError::Kind::TooLarge);
        QCOMPARE(error(r).code, 54006);
        QCOMPARE(s->getSync(), (QJsonObject { { u"keep"_s, u"me"_s } }));
        QCOMPARE(s->revision(), revision);
        auto read = await(p->document()->refresh());
        QCOMPARE(value(read), (QJsonObject { { u"keep"_s, u"me"_s } }));
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
            futures << producer->addAction(u"extension.lockBrowser"_s);
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
        QVERIFY2(startRig(rig, { u"--token-ttl"_s, u"7"_s, u"--expiry-warning"_s, u"5"_s }),
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
        QVERIFY(isOk(await(s->setSync(QJsonObject { { u"alive"_s, true } }))));
    }
};

QTEST_GUILESS_MAIN(TestClientSp)
#include "tst_clientsp.moc"
