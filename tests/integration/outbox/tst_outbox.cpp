// The durable outbox against the real emulator: actions added while it is down are written
// once after its restart; a write applied whose reply was lost is not written again; a write
// lost before it was applied is written once.
#include "clientrig.h"
#include "syncclient.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

using namespace SpSync;
using State = SyncConnection::State;

namespace {

const QString kDoc = u"Session_ES000000000000000000000000000000aa"_s;

int countId(const QJsonObject &data, const QString &array, const QString &id)
{
    int n = 0;
    for (const QJsonValue &v : data.value(array).toArray())
        n += v.toObject().value(u"id").toString() == id ? 1 : 0;
    return n;
}

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

    QList<SyncClient *> m_clients;

    SyncClientConfig config(const ClientRig &rig, const QString &identity, bool outbox)
    {
        SyncClientConfig c;
        c.documentId = kDoc;
        c.identity = identity;
        c.twilioToken = rig.token(identity);
        c.twilsockUrl = rig.emulator.twilsockUrl();
        c.timeouts = fastReconnect();
        if (outbox)
            c.outboxPath = rig.dir.filePath(u"outbox-%1.db"_s.arg(identity));
        return c;
    }
    SyncClient *make(const SyncClientConfig &c)
    {
        auto r = await(SyncClient::create(c));
        if (!isOk(r)) {
            qWarning() << "create failed:" << error(r).toString();
            return nullptr;
        }
        m_clients << value(r);
        return value(r);
    }
    // The document as a fresh client (no outbox) reads it now.
    QJsonObject readBack(const ClientRig &rig)
    {
        SyncClient *reader = make(config(rig, u"reader"_s, false));
        return reader ? reader->getSync() : QJsonObject();
    }
    // The document as the emulator has committed it (its --data SQLite store).
    static QJsonObject stored(const ClientRig &rig)
    {
        const QString name = u"outbox-test-store"_s;
        QJsonObject data;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(QDir(rig.dataDir()).filePath(u"sync.sqlite"_s));
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            if (db.open()) {
                QSqlQuery q(db);
                q.prepare(u"SELECT data FROM documents WHERE unique_name = ?"_s);
                q.addBindValue(kDoc);
                if (q.exec() && q.next())
                    data = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return data;
    }
    bool startPersistent(ClientRig &rig, const QStringList &extra = {})
    {
        return rig.start(QStringList { u"--data"_s, rig.dataDir(), u"--acl"_s, u"open"_s,
                             u"--rate-limits"_s, u"off"_s }
            + extra);
    }

private Q_SLOTS:
    void cleanup()
    {
        qDeleteAll(m_clients);
        m_clients.clear();
    }

    void addedWhileEmulatorDownWrittenOnceAfterRestart()
    {
        ClientRig rig;
        QVERIFY2(startPersistent(rig), qPrintable(rig.error));
        SyncClient *p = make(config(rig, u"producer"_s, true));
        QVERIFY(p);
        rig.emulator.kill();
        QTRY_COMPARE_WITH_TIMEOUT(p->state(), State::Reconnecting, 10000);
        QList<QFuture<SyncResult<QJsonObject>>> futures;
        for (int i = 0; i < 3; ++i)
            futures << p->addAction(
                u"proctor.studentMessage"_s, QJsonObject { { u"message"_s, QString::number(i) } });
        QCOMPARE(p->pendingOutboxCount(), 3);
        QVERIFY(!futures.first().isFinished()); // accepted, waiting for the server
        QVERIFY2(rig.emulator.restart(&rig.error), qPrintable(rig.error));
        QStringList ids;
        for (auto &f : futures) {
            auto r = await(f, 30000);
            QVERIFY2(isOk(r), qPrintable(error(r).toString()));
            ids << value(r).value(u"id").toString();
        }
        QCOMPARE(p->pendingOutboxCount(), 0);
        const QJsonObject data = readBack(rig);
        const QJsonArray stored = data.value(u"proctorActions").toArray();
        QCOMPARE(stored.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(countId(data, u"proctorActions"_s, ids.at(i)), 1);
            QCOMPARE(stored.at(i).toObject().value(u"message").toString(), QString::number(i));
        }
    }

    void appliedWriteWithLostReplyNotRepeated_data()
    {
        QTest::addColumn<bool>("consumedBeforeCrash");
        QTest::newRow("still in the document") << false;
        QTest::newRow("consumed unseen before the reply was lost") << true;
    }
    void appliedWriteWithLostReplyNotRepeated()
    {
        QFETCH(bool, consumedBeforeCrash);
        ClientRig rig;
        // Replies come 2 s late: the write is applied (and its event sent) long before.
        QVERIFY2(startPersistent(rig, { u"--fault"_s, u"delay=2000"_s }), qPrintable(rig.error));
        SyncClient *p = make(config(rig, u"producer"_s, true));
        SyncClient *other = make(config(rig, u"other"_s, false));
        QVERIFY(p && other);
        auto f = p->addAction(u"extension.lockBrowser"_s);
        // Applied: the emulator's own store has it (its reply and event are 2 s away).
        QTRY_COMPARE_WITH_TIMEOUT(
            stored(rig).value(u"extensionActions").toArray().size(), 1, 10000);
        const QString id = stored(rig)
                               .value(u"extensionActions")
                               .toArray()
                               .first()
                               .toObject()
                               .value(u"id")
                               .toString();
        if (consumedBeforeCrash) {
            // Unconditional, so it is applied at once (a conditional write would re-read first).
            other->replaceSync(QJsonObject { { u"extensionActions"_s, QJsonArray() } });
            QTRY_COMPARE_WITH_TIMEOUT(
                stored(rig).value(u"extensionActions").toArray().size(), 0, 10000);
        }
        QVERIFY(!f.isFinished()); // the reply is still on its way
        QVERIFY(p->getSync().value(u"extensionActions").toArray().isEmpty()); // never seen
        rig.emulator.kill();
        QVERIFY2(rig.emulator.restart(&rig.error), qPrintable(rig.error));
        auto r = await(f, 30000);
        QVERIFY2(isOk(r), qPrintable(error(r).toString()));
        QCOMPARE(value(r).value(u"id").toString(), id);
        QCOMPARE(p->pendingOutboxCount(), 0);
        const QJsonObject data = readBack(rig);
        // Consumed and never seen by the producer is the ambiguous case: it is re-sent once
        // (at-least-once; SyncClient consumers drop the repeated id). Otherwise never twice.
        QCOMPARE(countId(data, u"extensionActions"_s, id), 1);
        QCOMPARE(data.value(u"extensionActions").toArray().size(), 1);
    }

    void writeDroppedBeforeApplyWrittenOnce()
    {
        ClientRig rig;
        // The 3rd message of each connection is dropped unprocessed: for the producer that is
        // its first write (after GET and subscribe).
        QVERIFY2(rig.start({ u"--memory"_s, u"--acl"_s, u"open"_s, u"--rate-limits"_s, u"off"_s,
                     u"--fault"_s, u"drop-after=3"_s }),
            qPrintable(rig.error));
        SyncClient *creator = make(config(rig, u"creator"_s, false));
        QVERIFY(creator);
        SyncClient *p = make(config(rig, u"producer"_s, true));
        QVERIFY(p);
        QSignalSpy states(p, &SyncClient::stateChanged);
        auto r = await(p->addAction(u"extension.lockBrowser"_s), 30000);
        QVERIFY2(isOk(r), qPrintable(error(r).toString()));
        QVERIFY(states.contains(QVariantList { QVariant::fromValue(State::Reconnecting) }));
        QTRY_COMPARE(creator->getSync().value(u"extensionActions").toArray().size(), 1);
        QCOMPARE(
            countId(creator->getSync(), u"extensionActions"_s, value(r).value(u"id").toString()),
            1);
    }

    void restartedClientFlushesItsJournal()
    {
        ClientRig rig;
        QVERIFY2(startPersistent(rig), qPrintable(rig.error));
        SyncClientConfig c = config(rig, u"producer"_s, true);
        SyncClient *p = make(c);
        QVERIFY(p);
        rig.emulator.kill();
        QTRY_COMPARE_WITH_TIMEOUT(p->state(), State::Reconnecting, 10000);
        auto f = p->addAction(u"extension.lockBrowser"_s);
        QCOMPARE(p->pendingOutboxCount(), 1);
        m_clients.removeAll(p);
        delete p; // the "crash": the batch is only in the journal now
        QVERIFY(f.isFinished()); // abandoned (no result), not left pending
        QVERIFY2(rig.emulator.restart(&rig.error), qPrintable(rig.error));
        SyncClient *again = make(c);
        QVERIFY(again);
        QTRY_COMPARE_WITH_TIMEOUT(again->pendingOutboxCount(), 0, 15000);
        QTRY_COMPARE(again->getSync().value(u"extensionActions").toArray().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
