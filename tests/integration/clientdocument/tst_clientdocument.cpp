// Twilio layer (SyncConnection, SyncDocument) against the real emulator: every public call,
// events between connections, conflicts, limits, refused tokens and ACL.
#include "clientrig.h"
#include "syncconnection.h"
#include "syncdocument.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;

using namespace SpSync;
using State = SyncConnection::State;

class TestClientDocument : public QObject
{
    Q_OBJECT

    ClientRig m_rig;

    std::unique_ptr<SyncConnection> connect(const QString &identity, ClientRig *rig = nullptr)
    {
        rig = rig ? rig : &m_rig;
        auto c = std::make_unique<SyncConnection>();
        c->setTimeouts(fastReconnect());
        c->connectToServer(rig->emulator.twilsockUrl(), rig->token(identity));
        if (!QTest::qWaitFor([&] { return c->state() == State::Connected; }, 10000))
            qWarning() << "not connected:" << c->lastError().toString();
        return c;
    }
    static SyncDocument *open(SyncConnection &c, const QString &name,
        OpenMode mode = OpenMode::OpenOrCreate, const QJsonObject &init = {})
    {
        auto r = await(c.openDocument(name, mode, init));
        if (!isOk(r))
            qWarning() << "open failed:" << error(r).toString();
        return isOk(r) ? value(r) : nullptr;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_rig.start(), qPrintable(m_rig.error)); }

    void connectsWithIdentity()
    {
        auto c = connect(u"alice"_s);
        QCOMPARE(c->state(), State::Connected);
        QCOMPARE(c->identity(), u"alice"_s);
        QCOMPARE(c->cdsUrl(), m_rig.emulator.cdsUrl());
        QSignalSpy states(c.get(), &SyncConnection::stateChanged);
        c->disconnectFromServer();
        QCOMPARE(c->state(), State::Disconnected);
        QCOMPARE(states.size(), 1);
    }

    void openModes()
    {
        auto c = connect(u"alice"_s);
        const QJsonObject init { { u"reliableConnection"_s, true } };
        SyncDocument *doc = open(*c, u"Doc_open_modes"_s, OpenMode::OpenOrCreate, init);
        QVERIFY(doc);
        QCOMPARE(doc->data(), init);
        QCOMPARE(doc->uniqueName(), u"Doc_open_modes"_s);
        QVERIFY(doc->sid().startsWith(u"ET"_s));
        QVERIFY(!doc->revision().isEmpty());
        QCOMPARE(open(*c, u"Doc_open_modes"_s), doc);
        auto c2 = connect(u"bob"_s);
        SyncDocument *same = open(*c2, u"Doc_open_modes"_s, OpenMode::OpenExisting);
        QVERIFY(same);
        QCOMPARE(same->sid(), doc->sid());
        QCOMPARE(same->data(), init);
        auto missing = await(c2->openDocument(u"Doc_missing"_s, OpenMode::OpenExisting));
        QCOMPARE(error(missing).kind, SyncError::Kind::NotFound);
        QCOMPARE(error(missing).code, 54300); // Twilio: by unique name
        auto dup = await(c2->openDocument(u"Doc_open_modes"_s, OpenMode::CreateNew));
        QCOMPARE(error(dup).kind, SyncError::Kind::Conflict);
        QCOMPARE(error(dup).code, 54301);
        SyncDocument *fresh
            = open(*c2, u"Doc_create_new"_s, OpenMode::CreateNew, QJsonObject { { u"n"_s, 1 } });
        QVERIFY(fresh);
        QCOMPARE(fresh->data().value(u"n").toInt(), 1);
    }

    void everyDocumentCall()
    {
        auto a = connect(u"alice"_s);
        auto b = connect(u"bob"_s);
        SyncDocument *da = open(*a, u"Doc_calls"_s);
        SyncDocument *db = open(*b, u"Doc_calls"_s);
        QVERIFY(da && db);
        QTRY_VERIFY(da->isSubscribed() && db->isSubscribed());
        QSignalSpy remote(db, &SyncDocument::contentChanged);

        auto set = await(da->set(QJsonObject { { u"step"_s, 1 } }));
        QVERIFY2(isOk(set), qPrintable(error(set).toString()));
        QTRY_COMPARE(db->data().value(u"step").toInt(), 1);
        QCOMPARE(remote.last().at(1).value<SyncDocument::ChangeOrigin>(),
            SyncDocument::ChangeOrigin::Remote);

        auto mutated = await(da->mutate([](const QJsonObject &cur) -> std::optional<QJsonObject> {
            QJsonObject n = cur;
            n.insert(u"step"_s, cur.value(u"step").toInt() + 1);
            return n;
        }));
        QVERIFY(isOk(mutated));
        QCOMPARE(value(mutated).value(u"step").toInt(), 2);
        QTRY_COMPARE(db->data().value(u"step").toInt(), 2);
        QCOMPARE(db->revision(), da->revision());
        QCOMPARE(db->lastEventId(), da->lastEventId());

        auto read = await(db->refresh());
        QVERIFY(isOk(read));
        QCOMPARE(value(read).value(u"step").toInt(), 2);

        auto ttl = await(da->setTtl(3600));
        QVERIFY2(isOk(ttl), qPrintable(error(ttl).toString()));
        QVERIFY(value(ttl).isValid());
        QVERIFY(value(ttl) > QDateTime::currentDateTimeUtc().addSecs(3000));
        auto noTtl = await(da->setTtl(0));
        QVERIFY(isOk(noTtl));
        QVERIFY(!value(noTtl).isValid());

        QSignalSpy removedB(db, &SyncDocument::removed);
        auto removed = await(da->remove());
        QVERIFY2(isOk(removed), qPrintable(error(removed).toString()));
        QVERIFY(da->isRemoved());
        QTRY_COMPARE(removedB.size(), 1);
        QCOMPARE(error(await(c_existing(*a, u"Doc_calls"_s))).kind, SyncError::Kind::NotFound);
    }

    void concurrentMutatesLoseNothing()
    {
        auto a = connect(u"alice"_s);
        auto b = connect(u"bob"_s);
        SyncDocument *da
            = open(*a, u"Doc_counter"_s, OpenMode::OpenOrCreate, QJsonObject { { u"n"_s, 0 } });
        SyncDocument *db = open(*b, u"Doc_counter"_s);
        QVERIFY(da && db);
        const auto inc = [](const QJsonObject &cur) -> std::optional<QJsonObject> {
            QJsonObject n = cur;
            n.insert(u"n"_s, cur.value(u"n").toInt() + 1);
            return n;
        };
        QList<QFuture<SyncResult<QJsonObject>>> futures;
        for (int i = 0; i < 15; ++i) {
            futures << da->mutate(inc);
            futures << db->mutate(inc);
        }
        for (auto &f : futures) {
            auto r = await(f, 60000);
            QVERIFY2(isOk(r), qPrintable(error(r).toString()));
        }
        auto read = await(da->refresh());
        QCOMPARE(value(read).value(u"n").toInt(), 30);
    }

    void tooLargeLeavesDocumentUnchanged()
    {
        auto a = connect(u"alice"_s);
        SyncDocument *doc
            = open(*a, u"Doc_big"_s, OpenMode::OpenOrCreate, QJsonObject { { u"small"_s, true } });
        QVERIFY(doc);
        const QString revision = doc->revision();
        const QJsonObject big { { u"blob"_s, QString(17 * 1024, QLatin1Char('x')) } };
        auto r = await(doc->set(big));
        QCOMPARE(error(r).kind, SyncError::Kind::TooLarge);
        QCOMPARE(error(r).code, 54006);
        auto m = await(
            doc->mutate([big](const QJsonObject &) { return std::optional<QJsonObject>(big); }));
        QCOMPARE(error(m).kind, SyncError::Kind::TooLarge);
        auto read = await(doc->refresh());
        QVERIFY(isOk(read));
        QCOMPARE(value(read), (QJsonObject { { u"small"_s, true } }));
        QCOMPARE(doc->revision(), revision);
    }

    void invalidTokenIsDenied()
    {
        SyncConnection c;
        QSignalSpy errors(&c, &SyncConnection::errorOccurred);
        c.connectToServer(m_rig.emulator.twilsockUrl(), u"not.a.valid-token"_s);
        QTRY_COMPARE(c.state(), State::Disconnected);
        QCOMPARE(c.lastError().kind, SyncError::Kind::Auth);
        QVERIFY(c.lastError().status == 401);
        QVERIFY(!errors.isEmpty());
        auto r = await(c.openDocument(u"x"_s));
        QCOMPARE(error(r).kind, SyncError::Kind::Auth);
    }

    void aclRefusalIsClear()
    {
        ClientRig acl;
        QVERIFY2(acl.start({ u"--memory"_s, u"--acl"_s, u"on"_s }), qPrintable(acl.error));
        auto c = connect(u"intruder"_s, &acl);
        QCOMPARE(c->state(), State::Connected);
        auto r = await(c->openDocument(u"Session_ES0123456789abcdef0123456789abcdef"_s));
        QCOMPARE(error(r).kind, SyncError::Kind::Denied);
        QCOMPARE(error(r).status, 403);
        QCOMPARE(error(r).code, 54007);
        QVERIFY(!error(r).message.isEmpty());
    }

private:
    static QFuture<SyncResult<SyncDocument *>> c_existing(SyncConnection &c, const QString &name)
    {
        return c.openDocument(name, OpenMode::OpenExisting);
    }
};

QTEST_GUILESS_MAIN(TestClientDocument)
#include "tst_clientdocument.moc"
