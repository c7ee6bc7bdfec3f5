// SyncClient's durable outbox against FakeSyncServer: journal before send, removal on ack,
// offline acceptance, dedupe by id after a lost reply or a restart, permanent refusals.
#include "actionoutbox_p.h"
#include "await.h"
#include "faketransport.h"
#include "sids.h"
#include "syncclient.h"
#include "syncdocument.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace SpSync;

namespace {

const QString kDoc = SpTest::sessionDocument(SpTest::numberedSid(u"ES", 1));
const QString kIdentity = u"tester"_s;

bool isActionWrite(const Twilsock::Frame &f)
{
    const QJsonObject req = f.header.value(u"http_request").toObject();
    return f.method() == u"message" && req.value(u"method").toString() == u"POST"
        && req.value(u"path").toString().contains(u"/Documents/")
        && !req.value(u"headers").toObject().value(u"If-Match").toString().isEmpty();
}

QJsonObject action(const QString &id)
{
    return QJsonObject { { u"action"_s, u"lockBrowser"_s }, { u"executor"_s, u"extension"_s },
        { u"id"_s, id }, { u"createdBy"_s, kIdentity } };
}

int countId(const QJsonArray &array, const QString &id)
{
    int n = 0;
    for (const QJsonValue &v : array)
        n += v.toObject().value(u"id").toString() == id ? 1 : 0;
    return n;
}

} // namespace

class TestSyncClientOutbox : public QObject
{
    Q_OBJECT

    FakeSyncServer *m_server = nullptr;
    QTemporaryDir *m_dir = nullptr;
    QList<SyncClient *> m_clients;
    QList<QPointer<FakeTransport>> m_transports;
    // Test hook on the client side of the wire: return true when the frame was handled.
    std::function<bool(FakeTransport *, const Twilsock::Frame &)> m_intercept;

    QString outboxPath() const { return m_dir->filePath(u"outbox.db"_s); }

    // Intercepts the first action write only: `then` runs on the next loop turn in place of
    // the server's normal handling (apply it or not, then drop the connection). Sets *hit.
    void onFirstActionWrite(bool *hit, std::function<void(FakeTransport *, Twilsock::Frame)> then)
    {
        *hit = false;
        m_intercept = [this, hit, then](FakeTransport *t, const Twilsock::Frame &f) {
            if (!isActionWrite(f) || *hit)
                return false;
            *hit = true;
            QTimer::singleShot(0, this, [t, f, then] { then(t, f); });
            return true;
        };
    }

    SyncClientConfig config(bool withOutbox = true)
    {
        SyncClientConfig c;
        c.documentId = kDoc;
        c.identity = kIdentity;
        c.twilioToken = u"fake.twilio.token"_s;
        c.twilsockUrl = QUrl(u"ws://127.0.0.1:1/v3/wsconnect"_s);
        c.timeouts.backoffMinMs = 10;
        c.timeouts.backoffMaxMs = 50;
        c.timeouts.mutateBackoffMs = 1;
        if (withOutbox)
            c.outboxPath = outboxPath();
        c.transportFactory = [this] {
            auto t = std::make_unique<FakeTransport>();
            m_server->attach(t.get());
            auto serve = t->onSend;
            FakeTransport *raw = t.get();
            t->onSend = [this, serve, raw](const Twilsock::Frame &f) {
                if (!(m_intercept && m_intercept(raw, f)))
                    serve(f);
            };
            m_transports << raw;
            return std::unique_ptr<SyncTransport>(std::move(t));
        };
        return c;
    }
    SyncClient *client(bool withOutbox = true)
    {
        auto r = await(SyncClient::create(config(withOutbox)));
        if (!isOk(r)) {
            qWarning() << error(r).toString();
            return nullptr;
        }
        m_clients << value(r);
        return value(r);
    }
    QJsonArray serverArray(const QString &name = u"extensionActions"_s) const
    {
        return m_server->docs.isEmpty() ? QJsonArray()
                                        : m_server->docs.first().data.value(name).toArray();
    }
    int journalCount(const QString &doc = kDoc) const
    {
        auto box = ActionOutbox::open(outboxPath(), doc, kIdentity);
        return isOk(box) ? value(box)->count() : -1;
    }
    // Applies a write frame on the server as the real one would, without answering it.
    void applySilently(const Twilsock::Frame &f)
    {
        FakeSyncServer::Doc &d = m_server->docs.first();
        d.data = QJsonDocument::fromJson(f.payload).object().value(u"data").toObject();
        ++d.revision;
        ++d.lastEventId;
        ++m_server->writes;
    }

private Q_SLOTS:
    void init()
    {
        m_server = new FakeSyncServer;
        m_dir = new QTemporaryDir;
        m_intercept = nullptr;
    }
    void cleanup()
    {
        m_intercept = nullptr;
        qDeleteAll(m_clients);
        m_clients.clear();
        m_transports.clear();
        delete m_server;
        delete m_dir;
    }

    void journalsBeforeSendAndRemovesOnAck()
    {
        SyncClient *c = client();
        QVERIFY(c);
        QVERIFY(c->hasOutbox());
        QSignalSpy counts(c, &SyncClient::outboxCountChanged);
        int journalledAtSend = -1;
        QString stateAtSend;
        m_intercept = [&](FakeTransport *, const Twilsock::Frame &f) {
            if (isActionWrite(f) && journalledAtSend < 0) {
                auto box = value(ActionOutbox::open(outboxPath(), kDoc, kIdentity));
                journalledAtSend = box->count();
                stateAtSend
                    = box->count() ? QString::number(int(box->entries().first().state)) : QString();
            }
            return false;
        };
        auto r = await(c->addAction(u"extension.lockBrowser"_s));
        QVERIFY2(isOk(r), qPrintable(error(r).toString()));
        QCOMPARE(journalledAtSend, 1); // on disk before the write left
        QCOMPARE(stateAtSend, QString::number(int(OutboxEntry::State::Sent)));
        QCOMPARE(journalCount(), 0); // removed once acknowledged
        QCOMPARE(c->pendingOutboxCount(), 0);
        QCOMPARE(serverArray().size(), 1);
        QCOMPARE(serverArray().first().toObject().value(u"id"), value(r).value(u"id"));
        QVERIFY(counts.size() >= 2);
        QCOMPARE(counts.first().first().toInt(), 1);
        QCOMPARE(counts.last().first().toInt(), 0);
    }

    void offlineActionsAreKeptAndWrittenOnReconnect()
    {
        SyncClient *c = client();
        QVERIFY(c);
        QSignalSpy retries(c->connection(), &SyncConnection::reconnectScheduled);
        FakeTransport *t = m_transports.last();
        t->autoConnect = false;
        t->drop();
        QTRY_VERIFY(retries.size() >= 3);
        const int writes = m_server->writes;
        auto f1 = c->addAction(u"extension.lockBrowser"_s);
        auto f2
            = c->addAction(u"proctor.studentMessage"_s, QJsonObject { { u"message"_s, u"hi"_s } });
        QCOMPARE(c->pendingOutboxCount(), 2);
        QCOMPARE(journalCount(), 2);
        QTRY_VERIFY(retries.size() >= 6); // still offline: nothing written, nothing failed
        QVERIFY(!f1.isFinished() && !f2.isFinished());
        QCOMPARE(m_server->writes, writes);
        t->autoConnect = true;
        QVERIFY(isOk(await(f1)));
        QVERIFY(isOk(await(f2)));
        QCOMPARE(serverArray().size(), 1);
        QCOMPARE(serverArray(u"proctorActions"_s).size(), 1);
        QCOMPARE(m_server->writes, writes + 2);
        QCOMPARE(c->pendingOutboxCount(), 0);
        QCOMPARE(journalCount(), 0);
    }

    void lostReplyIsNotWrittenTwice()
    {
        SyncClient *c = client();
        QVERIFY(c);
        bool dropped = false;
        onFirstActionWrite(&dropped, [this](FakeTransport *t, const Twilsock::Frame &f) {
            applySilently(f); // applied, but the reply never comes
            t->drop();
        });
        auto r = await(c->addAction(u"extension.lockBrowser"_s));
        QVERIFY2(isOk(r), qPrintable(error(r).toString()));
        QVERIFY(dropped);
        QCOMPARE(serverArray().size(), 1);
        QCOMPARE(m_server->writes, 1);
        QCOMPARE(journalCount(), 0);
    }

    void unappliedWriteIsResent()
    {
        SyncClient *c = client();
        QVERIFY(c);
        bool dropped = false;
        onFirstActionWrite(&dropped, [](FakeTransport *t, const Twilsock::Frame &) {
            t->drop(); // lost before it was applied
        });
        auto r = await(c->addAction(u"extension.lockBrowser"_s));
        QVERIFY2(isOk(r), qPrintable(error(r).toString()));
        QVERIFY(dropped);
        QCOMPARE(serverArray().size(), 1);
        QCOMPARE(countId(serverArray(), value(r).value(u"id").toString()), 1);
    }

    void seenThenConsumedIsNotResent()
    {
        SyncClient *c = client();
        QVERIFY(c);
        bool dropped = false;
        onFirstActionWrite(&dropped, [this](FakeTransport *t, const Twilsock::Frame &f) {
            applySilently(f);
            m_server->fanOut(m_server->docs.first()); // the client sees its action...
            QTimer::singleShot(20, this, [this, t] {
                // ...a consumer takes it, and only then is the reply lost.
                FakeSyncServer::Doc &d = m_server->docs.first();
                d.data.insert(u"extensionActions"_s, QJsonArray());
                ++d.revision;
                ++d.lastEventId;
                t->drop();
            });
        });
        auto r = await(c->addAction(u"extension.lockBrowser"_s));
        QVERIFY2(isOk(r), qPrintable(error(r).toString()));
        QCOMPARE(serverArray().size(), 0); // not written again
        QCOMPARE(m_server->writes, 1);
        QCOMPARE(journalCount(), 0);
    }

    void restartFlushesOnlyWhatIsMissing()
    {
        SyncClient *first = client(false); // creates the document
        QVERIFY(first);
        {
            auto box = value(ActionOutbox::open(outboxPath(), kDoc, kIdentity));
            const QString a
                = value(box->add({ { u"extensionActions"_s, action(u"A"_s) } })).batchId;
            box->markSent(a, u"0"_s);
            QVERIFY(isOk(box->add({ { u"extensionActions"_s, action(u"B"_s) } })));
            auto other = value(ActionOutbox::open(outboxPath(), u"Other"_s, kIdentity));
            QVERIFY(isOk(other->add({ { u"extensionActions"_s, action(u"C"_s) } })));
        }
        // A's write had reached the server before the "crash".
        FakeSyncServer::Doc &d = m_server->docs.first();
        d.data.insert(u"extensionActions"_s, QJsonArray { action(u"A"_s) });
        ++d.revision;
        ++d.lastEventId;
        SyncClient *c = client();
        QVERIFY(c);
        QTRY_COMPARE(c->pendingOutboxCount(), 0);
        QCOMPARE(countId(serverArray(), u"A"_s), 1);
        QCOMPARE(countId(serverArray(), u"B"_s), 1);
        QCOMPARE(countId(serverArray(), u"C"_s), 0);
        QCOMPARE(journalCount(), 0);
        QCOMPARE(journalCount(u"Other"_s), 1); // not this client's
    }

    void permanentRefusalIsDroppedAndReported()
    {
        SyncClient *c = client();
        QVERIFY(c);
        QSignalSpy errors(c, &SyncClient::errorOccurred);
        m_intercept = [&](FakeTransport *t, const Twilsock::Frame &f) {
            if (!isActionWrite(f))
                return false;
            const QString id = f.id();
            QTimer::singleShot(0, this,
                [t, id] { t->replyHttp(id, 403, FakeSyncServer::err(403, 54007, u"denied"_s)); });
            return true;
        };
        auto r = await(c->addAction(u"extension.lockBrowser"_s));
        QCOMPARE(error(r).kind, SyncError::Kind::Denied);
        QCOMPARE(journalCount(), 0);
        QCOMPARE(c->pendingOutboxCount(), 0);
        QTRY_COMPARE(errors.size(), 1);
        QCOMPARE(errors.first().first().value<SyncError>().code, 54007);
        m_intercept = nullptr; // the outbox is not stuck
        QVERIFY(isOk(await(c->addAction(u"extension.lockBrowser"_s))));
        QCOMPARE(serverArray().size(), 1);
    }

    void invalidInputIsNotJournalled()
    {
        SyncClient *c = client();
        QVERIFY(c);
        QCOMPARE(error(await(c->addAction(u"extension.injectPassword"_s))).kind,
            SyncError::Kind::InvalidInput); // mandatory field missing
        auto big = await(c->addAction(u"proctor.studentMessage"_s,
            QJsonObject { { u"message"_s, QString(17000, QLatin1Char('x')) } }));
        QCOMPARE(error(big).kind, SyncError::Kind::TooLarge);
        QCOMPARE(error(big).code, 54006);
        QCOMPARE(journalCount(), 0);
        QCOMPARE(m_server->writes, 0);
    }

    void corruptOutboxFailsCreate()
    {
        QFile f(outboxPath());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("definitely not SQLite");
        f.close();
        auto r = await(SyncClient::create(config()));
        QCOMPARE(error(r).kind, SyncError::Kind::InvalidInput);
        QVERIFY(error(r).message.contains(outboxPath()));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("definitely not SQLite"));
    }

    void consumerEmitsARepeatedIdOnce()
    {
        SyncClient *creator = client(false);
        QVERIFY(creator);
        FakeSyncServer::Doc &d = m_server->docs.first();
        d.data.insert(
            u"extensionActions"_s, QJsonArray { action(u"X"_s), action(u"X"_s), action(u"Y"_s) });
        ++d.revision;
        ++d.lastEventId;
        SyncClient *consumer = client(false);
        QVERIFY(consumer);
        QStringList got;
        connect(consumer, &SyncClient::extensionActionsAdded, this,
            [&](const QJsonObject &a) { got << a.value(u"id").toString(); });
        QTRY_COMPARE(got, (QStringList { u"X"_s, u"Y"_s }));
        QTRY_COMPARE(serverArray().size(), 0);
    }

    void noOutboxKeepsOldBehaviour()
    {
        SyncClient *c = client(false);
        QVERIFY(c);
        QVERIFY(!c->hasOutbox());
        QVERIFY(isOk(await(c->addAction(u"extension.lockBrowser"_s))));
        QCOMPARE(c->pendingOutboxCount(), 0);
        QVERIFY(!QFile::exists(outboxPath()));
    }
};

QTEST_GUILESS_MAIN(TestSyncClientOutbox)
#include "tst_syncclientoutbox.moc"
