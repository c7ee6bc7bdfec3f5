// SyncConnection + SyncDocument against FakeSyncServer: open modes, set, mutate with 412
// re-read-and-reapply (bounded), events (stale dropped, removed), re-subscribe on reconnect.
#include "faketransport.h"
#include "syncconnection.h"
#include "syncdocument.h"

#include <QSignalSpy>
#include <QTest>

using namespace SpSync;
using State = SyncConnection::State;

namespace {

template <typename T> SyncResult<T> await(QFuture<SyncResult<T>> f, int ms = 5000)
{
    if (!QTest::qWaitFor([&] { return f.isFinished(); }, ms))
        return SyncError::make(SyncError::Kind::Timeout, QStringLiteral("test wait"));
    return f.result();
}

} // namespace

class TestSyncDocument : public QObject
{
    Q_OBJECT

    struct Rig
    {
        FakeSyncServer server;
        SyncConnection connection;
        FakeTransport *transport;
        explicit Rig(int mutateRetries = 10)
        {
            auto t = std::make_unique<FakeTransport>();
            transport = server.attach(t.get());
            connection.setTransport(std::move(t));
            SyncTimeouts timeouts;
            timeouts.backoffMinMs = 10;
            timeouts.mutateRetries = mutateRetries;
            timeouts.mutateBackoffMs = 1;
            connection.setTimeouts(timeouts);
            connection.connectToServer(
                QUrl(QStringLiteral("ws://127.0.0.1:1/v3/wsconnect")), QStringLiteral("tok"));
        }
        SyncDocument *open(const QString &name, OpenMode mode = OpenMode::OpenOrCreate,
            const QJsonObject &initial = {})
        {
            auto r = await(connection.openDocument(name, mode, initial));
            return isOk(r) ? value(r) : nullptr;
        }
    };

private Q_SLOTS:
    void openOrCreateWritesInitialDataOnce()
    {
        Rig rig;
        const QJsonObject initial { { QStringLiteral("reliableConnection"), true } };
        SyncDocument *doc = rig.open(QStringLiteral("Session_A"), OpenMode::OpenOrCreate, initial);
        QVERIFY(doc);
        QCOMPARE(doc->data(), initial);
        QCOMPARE(
            rig.transport->upstream(QStringLiteral("GET"), QStringLiteral("Session_A")).size(), 1);
        const auto posts
            = rig.transport->upstream(QStringLiteral("POST"), QStringLiteral("/v3/Documents"));
        QCOMPARE(posts.first().payload,
            QByteArray("{\"data\":{\"reliableConnection\":true},\"unique_name\":\"Session_A\"}"));
        QVERIFY(doc->url().path().contains(doc->sid()));
        QTRY_VERIFY(doc->isSubscribed());
        // Opening again returns the same object; a second connection finds it and keeps its data.
        QCOMPARE(rig.open(QStringLiteral("Session_A")), doc);
        Rig other;
        other.server.docs = rig.server.docs;
        SyncDocument *again = other.open(QStringLiteral("Session_A"), OpenMode::OpenOrCreate,
            QJsonObject { { QStringLiteral("x"), 1 } });
        QVERIFY(again);
        QCOMPARE(again->data(), initial);
    }

    void openExistingAndCreateNew()
    {
        Rig rig;
        auto missing
            = await(rig.connection.openDocument(QStringLiteral("Nope"), OpenMode::OpenExisting));
        QCOMPARE(error(missing).kind, SyncError::Kind::NotFound);
        QCOMPARE(error(missing).code, 54100);
        QVERIFY(rig.transport->upstream(QStringLiteral("POST")).isEmpty());
        QVERIFY(rig.open(QStringLiteral("Doc"), OpenMode::CreateNew));
        auto dup = await(rig.connection.openDocument(QStringLiteral("Doc2"), OpenMode::CreateNew));
        QVERIFY(isOk(dup));
        Rig rig2;
        rig2.server.docs = rig.server.docs;
        auto conflict
            = await(rig2.connection.openDocument(QStringLiteral("Doc"), OpenMode::CreateNew));
        QCOMPARE(error(conflict).kind, SyncError::Kind::Conflict);
        QCOMPARE(error(conflict).code, 54301);
    }

    void openOrCreateRestartsAfterLostRace()
    {
        Rig rig;
        rig.server.beforeCreate = [&rig] {
            FakeSyncServer::Doc d;
            d.sid = QStringLiteral("ET%1").arg(99, 32, 10, QLatin1Char('0'));
            d.name = QStringLiteral("Raced");
            d.data = QJsonObject { { QStringLiteral("winner"), QStringLiteral("other") } };
            rig.server.docs.insert(d.sid, d);
        };
        SyncDocument *doc = rig.open(QStringLiteral("Raced"), OpenMode::OpenOrCreate,
            QJsonObject { { QStringLiteral("winner"), QStringLiteral("us") } });
        QVERIFY(doc);
        QCOMPARE(doc->data().value(u"winner").toString(), QStringLiteral("other"));
        QCOMPARE(rig.transport->upstream(QStringLiteral("GET"), QStringLiteral("Raced")).size(), 2);
    }

    void subscriptionControlEvents()
    {
        Rig rig;
        SyncDocument *doc = rig.open(QStringLiteral("S"));
        QVERIFY(doc);
        QTRY_VERIFY(doc->isSubscribed());
        const auto subscriptionPosts = [&] {
            return rig.transport
                ->upstream(QStringLiteral("POST"), QStringLiteral("/v4/Subscriptions"))
                .size();
        };
        const auto control
            = [&](const QString &type, const QJsonObject &extra, bool withCorrelation) {
                  QJsonObject ev { { QStringLiteral("object_sid"), doc->sid() },
                      { QStringLiteral("object_type"), QStringLiteral("document") } };
                  for (auto it = extra.begin(); it != extra.end(); ++it)
                      ev.insert(it.key(), it.value());
                  QJsonObject payload { { QStringLiteral("event_type"), type },
                      { QStringLiteral("events"), QJsonArray { ev } } };
                  if (withCorrelation)
                      payload.insert(QStringLiteral("correlation_id"), 1);
                  rig.transport->notify(QStringLiteral("twilio.sync.event"), payload);
              };
        // Interrupted replay: establish again at once.
        int before = subscriptionPosts();
        control(QStringLiteral("subscription_established"),
            QJsonObject { { QStringLiteral("replay_status"), QStringLiteral("interrupted") } },
            true);
        QTRY_COMPARE(subscriptionPosts(), before + 1);
        // Cancelled by the backend (no correlation id): asked again after a pause.
        before = subscriptionPosts();
        control(QStringLiteral("subscription_canceled"), {}, false);
        QVERIFY(!doc->isSubscribed());
        QTRY_COMPARE_WITH_TIMEOUT(subscriptionPosts(), before + 1, 3000);
        QTRY_VERIFY(doc->isSubscribed());
        // Failed: surfaced as an error; 404 means removed.
        QSignalSpy errors(doc, &SyncDocument::errorOccurred);
        control(QStringLiteral("subscription_failed"),
            QJsonObject { { QStringLiteral("error"),
                QJsonObject { { QStringLiteral("status"), 403 }, { QStringLiteral("code"), 54007 },
                    { QStringLiteral("message"), QStringLiteral("no") } } } },
            true);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().first().value<SyncError>().kind, SyncError::Kind::Denied);
        QSignalSpy removed(doc, &SyncDocument::removed);
        control(QStringLiteral("subscription_failed"),
            QJsonObject {
                { QStringLiteral("error"), QJsonObject { { QStringLiteral("status"), 404 } } } },
            true);
        QCOMPARE(removed.size(), 1);
    }

    void setIsUnconditional()
    {
        Rig rig;
        SyncDocument *doc = rig.open(QStringLiteral("D"));
        QVERIFY(doc);
        QSignalSpy changed(doc, &SyncDocument::contentChanged);
        auto r = await(doc->set(QJsonObject { { QStringLiteral("a"), 1 } }));
        QVERIFY(isOk(r));
        const auto post = rig.transport->upstream(QStringLiteral("POST"), doc->sid()).last();
        QVERIFY(!post.header.value(u"http_request")
                     .toObject()
                     .value(u"headers")
                     .toObject()
                     .contains(u"If-Match"));
        QCOMPARE(doc->data().value(u"a").toInt(), 1);
        QCOMPARE(doc->revision(), QStringLiteral("1"));
        // Reply and echo event carry the same event id: whichever comes second is dropped.
        QTest::qWait(20);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toJsonObject().value(u"a").toInt(), 1);
    }

    void mutateRetriesOn412()
    {
        Rig rig;
        SyncDocument *doc = rig.open(QStringLiteral("D"), OpenMode::OpenOrCreate,
            QJsonObject { { QStringLiteral("n"), 0 } });
        QVERIFY(doc);
        rig.server.force412 = 2;
        int calls = 0;
        auto r = await(doc->mutate([&calls](const QJsonObject &cur) -> std::optional<QJsonObject> {
            ++calls;
            QJsonObject next = cur;
            next.insert(QStringLiteral("n"), cur.value(u"n").toInt() + 1);
            return next;
        }));
        QVERIFY2(isOk(r), qPrintable(error(r).toString()));
        QCOMPARE(calls, 3);
        QCOMPARE(rig.server.conflicts, 2);
        QCOMPARE(rig.server.docs.first().data.value(u"n").toInt(), 1);
        // Each retry re-read the document first.
        QCOMPARE(rig.transport->upstream(QStringLiteral("GET"), doc->sid()).size(), 2);
        const auto posts = rig.transport->upstream(QStringLiteral("POST"), doc->sid());
        QCOMPARE(posts.last()
                     .header.value(u"http_request")
                     .toObject()
                     .value(u"headers")
                     .toObject()
                     .value(u"If-Match")
                     .toString(),
            QStringLiteral("0"));
    }

    void mutateGivesUpWithConflict()
    {
        Rig rig(3);
        SyncDocument *doc = rig.open(QStringLiteral("D"));
        QVERIFY(doc);
        rig.server.force412 = 100;
        auto r = await(doc->mutate([](const QJsonObject &cur) -> std::optional<QJsonObject> {
            QJsonObject next = cur;
            next.insert(QStringLiteral("x"), 1);
            return next;
        }));
        QCOMPARE(error(r).kind, SyncError::Kind::Conflict);
        QCOMPARE(error(r).status, 412);
        QCOMPARE(error(r).code, 54103);
        QCOMPARE(rig.server.conflicts, 4); // first try + 3 retries
        QCOMPARE(rig.server.writes, 0);
    }

    void mutateNulloptWritesNothing()
    {
        Rig rig;
        SyncDocument *doc = rig.open(QStringLiteral("D"), OpenMode::OpenOrCreate,
            QJsonObject { { QStringLiteral("k"), 1 } });
        QVERIFY(doc);
        const int before = rig.transport->upstream(QStringLiteral("POST")).size();
        auto r
            = await(doc->mutate([](const QJsonObject &) { return std::optional<QJsonObject>(); }));
        QVERIFY(isOk(r));
        QCOMPARE(value(r).value(u"k").toInt(), 1);
        QCOMPARE(rig.transport->upstream(QStringLiteral("POST")).size(), before);
    }

    void writesRunInCallOrder()
    {
        Rig rig;
        SyncDocument *doc = rig.open(QStringLiteral("D"), OpenMode::OpenOrCreate,
            QJsonObject { { QStringLiteral("log"), QJsonArray() } });
        QVERIFY(doc);
        QList<QFuture<SyncResult<QJsonObject>>> futures;
        for (int i = 0; i < 5; ++i) {
            futures << doc->mutate([i](const QJsonObject &cur) -> std::optional<QJsonObject> {
                QJsonObject next = cur;
                QJsonArray log = cur.value(u"log").toArray();
                log.append(i);
                next.insert(QStringLiteral("log"), log);
                return next;
            });
        }
        QVERIFY(isOk(await(futures.last())));
        QCOMPARE(
            rig.server.docs.first().data.value(u"log").toArray(), (QJsonArray { 0, 1, 2, 3, 4 }));
        QCOMPARE(rig.server.conflicts, 0);
    }

    void remoteEventsAndStaleOnesDropped()
    {
        Rig rig;
        SyncDocument *doc = rig.open(QStringLiteral("D"));
        QVERIFY(doc);
        QTRY_VERIFY(doc->isSubscribed());
        QSignalSpy changed(doc, &SyncDocument::contentChanged);
        const auto event = [&](int id, int value) {
            return QJsonObject { { QStringLiteral("event_type"),
                                     QStringLiteral("document_updated") },
                { QStringLiteral("event"),
                    QJsonObject { { QStringLiteral("id"), id },
                        { QStringLiteral("document_sid"), doc->sid() },
                        { QStringLiteral("document_revision"), QString::number(id) },
                        { QStringLiteral("document_data"),
                            QJsonObject { { QStringLiteral("v"), value } } } } } };
        };
        rig.transport->notify(QStringLiteral("com.twilio.rtd.cds.document"), event(5, 5));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(1).toBool(), false);
        QCOMPARE(doc->lastEventId(), 5);
        rig.transport->notify(QStringLiteral("twilio.sync.event"), event(4, 4)); // stale
        rig.transport->notify(
            QStringLiteral("com.twilio.rtd.cds.document"), event(5, 99)); // duplicate
        QCOMPARE(changed.size(), 1);
        QCOMPARE(doc->data().value(u"v").toInt(), 5);
        rig.transport->notify(QStringLiteral("twilio.sync.event"), event(7, 7)); // replay route
        QCOMPARE(doc->data().value(u"v").toInt(), 7);
        QCOMPARE(doc->revision(), QStringLiteral("7"));
    }

    void removedEvent()
    {
        Rig rig;
        SyncDocument *doc = rig.open(QStringLiteral("D"));
        QVERIFY(doc);
        QSignalSpy removed(doc, &SyncDocument::removed);
        rig.transport->notify(QStringLiteral("com.twilio.rtd.cds.document"),
            QJsonObject { { QStringLiteral("event_type"), QStringLiteral("document_removed") },
                { QStringLiteral("event"),
                    QJsonObject { { QStringLiteral("id"), 9 },
                        { QStringLiteral("document_sid"), doc->sid() } } } });
        QCOMPARE(removed.size(), 1);
        QVERIFY(doc->isRemoved());
        auto r = await(doc->set(QJsonObject()));
        QCOMPARE(error(r).kind, SyncError::Kind::NotFound);
    }

    void removeAndTtl()
    {
        Rig rig;
        SyncDocument *doc = rig.open(QStringLiteral("D"));
        QVERIFY(doc);
        auto ttl = await(doc->setTtl(60));
        QVERIFY(isOk(ttl));
        const auto post = rig.transport->upstream(QStringLiteral("POST"), doc->sid()).last();
        QCOMPARE(post.payload, QByteArray("{\"ttl\":60}"));
        QCOMPARE(error(await(doc->setTtl(-1))).kind, SyncError::Kind::InvalidInput);
        QSignalSpy removed(doc, &SyncDocument::removed);
        auto r = await(doc->remove());
        QVERIFY(isOk(r));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(rig.transport->upstream(QStringLiteral("DELETE"), doc->sid()).size(), 1);
    }

    void resubscribesAfterReconnectWithLastEventId()
    {
        Rig rig;
        SyncDocument *doc = rig.open(QStringLiteral("D"));
        QVERIFY(doc);
        QTRY_VERIFY(doc->isSubscribed());
        QVERIFY(isOk(await(doc->set(QJsonObject { { QStringLiteral("a"), 1 } }))));
        QVERIFY(isOk(await(doc->set(QJsonObject { { QStringLiteral("a"), 2 } }))));
        QSignalSpy subscribed(doc, &SyncDocument::subscribed);
        rig.transport->drop();
        QVERIFY(!doc->isSubscribed());
        QTRY_COMPARE(rig.connection.state(), State::Connected);
        QTRY_VERIFY(doc->isSubscribed());
        QCOMPARE(subscribed.size(), 1);
        const auto subs
            = rig.transport->upstream(QStringLiteral("POST"), QStringLiteral("/v4/Subscriptions"));
        QVERIFY(subs.size() >= 2);
        const QJsonObject body = QJsonDocument::fromJson(subs.last().payload).object();
        QCOMPARE(body.value(u"action").toString(), QStringLiteral("establish"));
        QCOMPARE(body.value(u"event_protocol_version").toInt(), 4);
        QVERIFY(body.value(u"correlation_id").toDouble() > 4294967296.0); // 64-bit, like Date.now()
        const QJsonObject req = body.value(u"requests").toArray().first().toObject();
        QCOMPARE(req.value(u"object_sid").toString(), doc->sid());
        QCOMPARE(req.value(u"last_event_id").toInt(), 2);
    }

    void requestHeadersLikeJsClient()
    {
        Rig rig;
        SyncDocument *doc = rig.open(QStringLiteral("Name With Space"));
        QVERIFY(doc);
        const auto get = rig.transport->upstream(QStringLiteral("GET")).first();
        const QJsonObject req = get.header.value(u"http_request").toObject();
        QCOMPARE(
            req.value(u"path").toString(), QStringLiteral("/v3/Documents/Name%20With%20Space"));
        QCOMPARE(req.value(u"host").toString(), QStringLiteral("127.0.0.1:1"));
        const QJsonObject headers = req.value(u"headers").toObject();
        QCOMPARE(headers.value(u"Content-Type").toString(), QStringLiteral("application/json"));
        QVERIFY(QRegularExpression(QStringLiteral("^RQ[0-9a-f]{32}$"))
                    .match(headers.value(u"Twilio-Request-Id").toString())
                    .hasMatch());
    }
};

QTEST_GUILESS_MAIN(TestSyncDocument)
#include "tst_syncdocument.moc"
