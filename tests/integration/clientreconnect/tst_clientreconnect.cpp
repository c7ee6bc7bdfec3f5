// Reconnecting against the real emulator: a dropped connection (fault injection), a killed
// and restarted emulator (--data), token refresh with `update` (no reconnect), token expiry.
#include "clientrig.h"
#include "syncclient.h"
#include "syncconnection.h"
#include "syncdocument.h"

#include <QElapsedTimer>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

using namespace SpSync;
using State = SyncConnection::State;

class TestClientReconnect : public QObject
{
    Q_OBJECT

    static std::unique_ptr<SyncConnection> connect(
        ClientRig &rig, const QString &identity, int ttl = 3600, int backoffMinMs = 200)
    {
        auto c = std::make_unique<SyncConnection>();
        SyncTimeouts t = fastReconnect();
        t.backoffMinMs = backoffMinMs;
        c->setTimeouts(t);
        c->connectToServer(rig.emulator.twilsockUrl(), rig.token(identity, ttl));
        if (!QTest::qWaitFor([&] { return c->state() == State::Connected; }, 10000))
            qWarning() << "not connected:" << c->lastError().toString();
        return c;
    }
    static SyncDocument *open(SyncConnection &c, const QString &name)
    {
        auto r = await(c.openDocument(name));
        return isOk(r) ? value(r) : nullptr;
    }

private Q_SLOTS:
    void droppedConnectionRecoversAndReplays()
    {
        ClientRig rig;
        // Every connection is dropped when its 5th upstream message arrives.
        QVERIFY2(
            rig.start({ u"--memory"_s, u"--acl"_s, u"open"_s, u"--fault"_s, u"drop-after=5"_s }),
            qPrintable(rig.error));
        auto a = connect(rig, u"alice"_s, 3600, 3000);
        QCOMPARE(a->state(), State::Connected);
        SyncDocument *da = open(*a, u"Doc_drop"_s); // GET 404, POST (2 messages)
        QVERIFY(da);
        QTRY_VERIFY(da->isSubscribed()); // 3
        auto b = connect(rig, u"bob"_s);
        SyncDocument *db = open(*b, u"Doc_drop"_s); // GET (1)
        QVERIFY(db);
        QTRY_VERIFY(db->isSubscribed()); // 2
        QVERIFY(isOk(await(da->set(QJsonObject { { u"v"_s, 1 } })))); // 4
        QSignalSpy reconnects(a.get(), &SyncConnection::reconnectScheduled);
        auto lost = await(da->set(QJsonObject { { u"v"_s, 2 } })); // 5: dropped
        QCOMPARE(error(lost).kind, SyncError::Kind::Transport);
        QCOMPARE(a->state(), State::Reconnecting);
        QCOMPARE(reconnects.size(), 1);
        // While alice is away bob writes; alice must get it after reconnecting.
        QVERIFY(isOk(await(db->set(QJsonObject { { u"v"_s, 3 } })))); // bob's 3
        QCOMPARE(a->state(), State::Reconnecting);
        QTRY_COMPARE_WITH_TIMEOUT(a->state(), State::Connected, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(da->data().value(u"v").toInt(), 3, 10000);
        QTRY_VERIFY(da->isSubscribed());
        QVERIFY(isOk(await(da->set(QJsonObject { { u"v"_s, 4 } }))));
        QTRY_COMPARE(db->data().value(u"v").toInt(), 4);
    }

    // create() retries an open that failed for a transient reason (an injected 503 or a
    // dropped connection), and gives up with the last error once connectTimeoutMs has passed.
    void createRetriesTransientOpenFailures_data()
    {
        QTest::addColumn<QStringList>("faults");
        QTest::addColumn<bool>("opens");
        QTest::addColumn<SyncError::Kind>("kind");
        using Kind = SyncError::Kind;
        // These seeds fail the first open (GET or POST) and let a later one through.
        QTest::newRow("503 half the time")
            << QStringList { u"503=0.5"_s, u"--seed"_s, u"7"_s } << true << Kind::NoError;
        QTest::newRow("dropped once")
            << QStringList { u"drop-prob=0.3"_s, u"--seed"_s, u"2"_s } << true << Kind::NoError;
        // GET 404 then POST, and every connection is dropped at its POST: never opens.
        QTest::newRow("dropped every time")
            << QStringList { u"drop-after=2"_s } << false << Kind::Transport;
    }
    void createRetriesTransientOpenFailures()
    {
        QFETCH(QStringList, faults);
        QFETCH(bool, opens);
        QFETCH(SyncError::Kind, kind);
        ClientRig rig;
        QVERIFY2(
            rig.start(QStringList { u"--memory"_s, u"--acl"_s, u"open"_s, u"--fault"_s } + faults),
            qPrintable(rig.error));
        SyncClientConfig c;
        c.documentId = u"Doc_transient"_s;
        c.identity = u"alice"_s;
        c.twilioToken = rig.token(c.identity);
        c.twilsockUrl = rig.emulator.twilsockUrl();
        c.cdsUrl = rig.emulator.cdsUrl();
        c.timeouts = fastReconnect();
        c.initialData = QJsonObject { { u"v"_s, 1 } };
        c.connectTimeoutMs = 4000;
        QObject scope;
        auto r = await(SyncClient::create(c, &scope), 20000);
        if (opens) {
            QVERIFY2(isOk(r), qPrintable(error(r).toString()));
            QCOMPARE(value(r)->getSync().value(u"v").toInt(), 1); // created with initialData
        } else {
            QVERIFY(!isOk(r));
            QCOMPARE(error(r).kind, kind); // the last error, not a "test gave up" Timeout
        }
    }

    void restartedEmulatorRecovers()
    {
        ClientRig rig;
        QVERIFY2(rig.start({ u"--data"_s, rig.dataDir(), u"--acl"_s, u"open"_s }),
            qPrintable(rig.error));
        auto a = connect(rig, u"alice"_s);
        SyncDocument *da = open(*a, u"Doc_restart"_s);
        QVERIFY(da);
        QVERIFY(isOk(await(da->set(QJsonObject { { u"v"_s, 1 } }))));
        const qint64 eventBefore = da->lastEventId();
        rig.emulator.kill();
        QTRY_COMPARE_WITH_TIMEOUT(a->state(), State::Reconnecting, 10000);
        QVERIFY2(rig.emulator.restart(&rig.error), qPrintable(rig.error));
        QTRY_COMPARE_WITH_TIMEOUT(a->state(), State::Connected, 15000);
        QTRY_VERIFY(da->isSubscribed());
        auto w = await(da->mutate([](const QJsonObject &cur) -> std::optional<QJsonObject> {
            QJsonObject n = cur;
            n.insert(u"v"_s, cur.value(u"v").toInt() + 1);
            return n;
        }));
        QVERIFY2(isOk(w), qPrintable(error(w).toString()));
        QCOMPARE(value(w).value(u"v").toInt(), 2); // state survived the restart
        QVERIFY(da->lastEventId() > eventBefore);
        auto b = connect(rig, u"bob"_s);
        SyncDocument *db = open(*b, u"Doc_restart"_s);
        QVERIFY(db);
        QCOMPARE(db->data().value(u"v").toInt(), 2);
        QVERIFY(isOk(await(db->set(QJsonObject { { u"v"_s, 9 } }))));
        QTRY_COMPARE(da->data().value(u"v").toInt(), 9); // events flow again
    }

    void tokenRefreshWithoutReconnect()
    {
        ClientRig rig;
        QVERIFY2(rig.start({ u"--memory"_s, u"--acl"_s, u"open"_s, u"--expiry-warning"_s, u"5"_s }),
            qPrintable(rig.error));
        QElapsedTimer clock;
        clock.start();
        auto a = connect(rig, u"alice"_s, 7);
        QCOMPARE(a->state(), State::Connected);
        QSignalSpy reconnects(a.get(), &SyncConnection::reconnectScheduled);
        QSignalSpy expired(a.get(), &SyncConnection::tokenExpired);
        QSignalSpy states(a.get(), &SyncConnection::stateChanged);
        int warnings = 0;
        QObject::connect(a.get(), &SyncConnection::tokenAboutToExpire, a.get(), [&] {
            ++warnings;
            a->updateToken(rig.token(u"alice"_s, 3600));
        });
        QTRY_COMPARE_WITH_TIMEOUT(warnings, 1, 10000);
        // Past the first token's expiry: still the same connection.
        QTest::qWait(int(std::max<qint64>(0, 9000 - clock.elapsed())));
        QCOMPARE(a->state(), State::Connected);
        QCOMPARE(reconnects.size(), 0);
        QCOMPARE(expired.size(), 0);
        QCOMPARE(states.size(), 0);
        SyncDocument *doc = open(*a, u"Doc_refresh"_s);
        QVERIFY(doc);
        QVERIFY(isOk(await(doc->set(QJsonObject { { u"ok"_s, true } }))));
    }

    void expiredTokenStopsThenNewTokenReconnects()
    {
        ClientRig rig;
        QVERIFY2(rig.start({ u"--memory"_s, u"--acl"_s, u"open"_s, u"--expiry-warning"_s, u"1"_s }),
            qPrintable(rig.error));
        auto a = connect(rig, u"alice"_s, 3);
        QCOMPARE(a->state(), State::Connected);
        QSignalSpy expired(a.get(), &SyncConnection::tokenExpired);
        QTRY_COMPARE_WITH_TIMEOUT(a->state(), State::Disconnected, 10000);
        QCOMPARE(expired.size(), 1);
        QCOMPARE(a->lastError().kind, SyncError::Kind::Auth);
        a->updateToken(rig.token(u"alice"_s, 3600));
        QTRY_COMPARE_WITH_TIMEOUT(a->state(), State::Connected, 10000);
    }
};

QTEST_GUILESS_MAIN(TestClientReconnect)
#include "tst_clientreconnect.moc"
