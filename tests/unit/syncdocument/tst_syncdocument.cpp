// SyncConnection + SyncDocument against FakeSyncServer: open modes, set, mutate with 412
// re-read-and-reapply (bounded), events (stale dropped, removed), re-subscribe on reconnect.
#include "await.h"
#include "faketransport.h"
#include "syncconnection.h"
#include "syncdocument.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace SpSync;
using State = SyncConnection::State;

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
            connection.connectToServer(QUrl(u"ws://127.0.0.1:1/v3/wsconnect"_s), u"tok"_s);
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
        const QJsonObject initial { { u"reliableConnection"_s, true } };
        SyncDocument *doc = rig.open(u"Session_A"_s, OpenMode::OpenOrCreate, initial);
        QVERIFY(doc);
        QCOMPARE(doc->data(), initial);
        QCOMPARE(rig.transport->upstream(u"GET"_s, u"Session_A"_s).size(), 1);
        const auto posts = rig.transport->upstream(u"POST"_s, u"/v3/Documents"_s);
        QCOMPARE(posts.first().payload,
            QByteArray("{\"data\":{\"reliableConnection\":true},\"unique_name\":\"Session_A\"}"));
        QVERIFY(doc->url().path().contains(doc->sid()));
        QTRY_VERIFY(doc->isSubscribed());
        // Opening again returns the same object; a second connection finds it and keeps its data.
        QCOMPARE(rig.open(u"Session_A"_s), doc);
        Rig other;
        other.server.docs = rig.server.docs;
        SyncDocument *again
            = other.open(u"Session_A"_s, OpenMode::OpenOrCreate, QJsonObject { { u"x"_s, 1 } });
        QVERIFY(again);
        QCOMPARE(again->data(), initial);
    }

    void openExistingAndCreateNew()
    {
        Rig rig;
        auto missing = await(rig.connection.openDocument(u"Nope"_s, OpenMode::OpenExisting));
        QCOMPARE(error(missing).kind, SyncError::Kind::NotFound);
        QCOMPARE(error(missing).code, 54100);
        QVERIFY(rig.transport->upstream(u"POST"_s).isEmpty());
        QVERIFY(rig.open(u"Doc"_s, OpenMode::CreateNew));
        auto dup = await(rig.connection.openDocument(u"Doc2"_s, OpenMode::CreateNew));
        QVERIFY(isOk(dup));
        Rig rig2;
        rig2.server.docs = rig.server.docs;
        auto conflict = await(rig2.connection.openDocument(u"Doc"_s, OpenMode::CreateNew));
        QCOMPARE(error(conflict).kind, SyncError::Kind::Conflict);
        QCOMPARE(error(conflict).code, 54301);
    }

    void openOrCreateRestartsAfterLostRace()
    {
        Rig rig;
        rig.server.beforeCreate = [&rig] {
            FakeSyncServer::Doc d;
            d.sid = u"ET%1"_s.arg(99, 32, 10, QLatin1Char('0'));
            d.name = u"Raced"_s;
            d.data = QJsonObject { { u"winner"_s, u"other"_s } };
            rig.server.docs.insert(d.sid, d);
        };
        SyncDocument *doc = rig.open(
            u"Raced"_s, OpenMode::OpenOrCreate, QJsonObject { { u"winner"_s, u"us"_s } });
        QVERIFY(doc);
        QCOMPARE(doc->data().value(u"winner").toString(), u"other"_s);
        QCOMPARE(rig.transport->upstream(u"GET"_s, u"Raced"_s).size(), 2);
    }

    void subscriptionControlEvents()
    {
        Rig rig;
        SyncDocument *doc = rig.open(u"S"_s);
        QVERIFY(doc);
        QTRY_VERIFY(doc->isSubscribed());
        const auto subscriptionPosts
            = [&] { return rig.transport->upstream(u"POST"_s, u"/v4/Subscriptions"_s).size(); };
        const auto control = [&](const QString &type, const QJsonObject &extra,
                                 bool withCorrelation) {
            QJsonObject ev { { u"object_sid"_s, doc->sid() }, { u"object_type"_s, u"document"_s } };
            for (auto it = extra.begin(); it != extra.end(); ++it)
                ev.insert(it.key(), it.value());
            QJsonObject payload { { u"event_type"_s, type }, { u"events"_s, QJsonArray { ev } } };
            if (withCorrelation)
                payload.insert(u"correlation_id"_s, 1);
            rig.transport->notify(u"twilio.sync.event"_s, payload);
        };
        // Interrupted replay: establish again at once.
        int before = subscriptionPosts();
        control(u"subscription_established"_s,
            QJsonObject { { u"replay_status"_s, u"interrupted"_s } }, true);
        QTRY_COMPARE(subscriptionPosts(), before + 1);
        // Cancelled by the backend (no correlation id): asked again after a pause.
        before = subscriptionPosts();
        control(u"subscription_canceled"_s, {}, false);
        QVERIFY(!doc->isSubscribed());
        QTRY_COMPARE_WITH_TIMEOUT(subscriptionPosts(), before + 1, 3000);
        QTRY_VERIFY(doc->isSubscribed());
        // Failed: surfaced as an error; 404 means removed.
        QSignalSpy errors(doc, &SyncDocument::errorOccurred);
        control(u"subscription_failed"_s,
            QJsonObject { { u"error"_s,
                QJsonObject {
                    { u"status"_s, 403 }, { u"code"_s, 54007 }, { u"message"_s, u"no"_s } } } },
            true);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().first().value<SyncError>().kind, SyncError::Kind::Denied);
        QSignalSpy removed(doc, &SyncDocument::removed);
        control(u"subscription_failed"_s,
            QJsonObject { { u"error"_s, QJsonObject { { u"status"_s, 404 } } } }, true);
        QCOMPARE(removed.size(), 1);
    }

    void setIsUnconditional()
    {
        Rig rig;
        SyncDocument *doc = rig.open(u"D"_s);
        QVERIFY(doc);
        QSignalSpy changed(doc, &SyncDocument::contentChanged);
        auto r = await(doc->set(QJsonObject { { u"a"_s, 1 } }));
        QVERIFY(isOk(r));
        const auto post = rig.transport->upstream(u"POST"_s, doc->sid()).last();
        QVERIFY(!post.header.value(u"http_request")
                     .toObject()
                     .value(u"headers")
                     .toObject()
                     .contains(u"If-Match"));
        QCOMPARE(doc->data().value(u"a").toInt(), 1);
        QCOMPARE(doc->revision(), u"1"_s);
        // Reply and echo event carry the same event id: whichever comes second is dropped.
        QTest::qWait(20);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toJsonObject().value(u"a").toInt(), 1);
    }

    void mutateRetriesOn412()
    {
        Rig rig;
        SyncDocument *doc = rig.open(u"D"_s, OpenMode::OpenOrCreate, QJsonObject { { u"n"_s, 0 } });
        QVERIFY(doc);
        rig.server.force412 = 2;
        int calls = 0;
        auto r = await(doc->mutate([&calls](const QJsonObject &cur) -> std::optional<QJsonObject> {
            ++calls;
            QJsonObject next = cur;
            next.insert(u"n"_s, cur.value(u"n").toInt() + 1);
            return next;
        }));
        QVERIFY2(isOk(r), qPrintable(error(r).toString()));
        QCOMPARE(calls, 3);
        QCOMPARE(rig.server.conflicts, 2);
        QCOMPARE(rig.server.docs.first().data.value(u"n").toInt(), 1);
        // Each retry re-read the document first.
        QCOMPARE(rig.transport->upstream(u"GET"_s, doc->sid()).size(), 2);
        const auto posts = rig.transport->upstream(u"POST"_s, doc->sid());
        QCOMPARE(posts.last()
                     .header.value(u"http_request")
                     .toObject()
                     .value(u"headers")
                     .toObject()
                     .value(u"If-Match")
                     .toString(),
            u"0"_s);
    }

    void mutateGivesUpWithConflict()
    {
        Rig rig(3);
        SyncDocument *doc = rig.open(u"D"_s);
        QVERIFY(doc);
        rig.server.force412 = 100;
        auto r = await(doc->mutate([](const QJsonObject &cur) -> std::optional<QJsonObject> {
            QJsonObject next = cur;
            next.insert(u"x"_s, 1);
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
        SyncDocument *doc = rig.open(u"D"_s, OpenMode::OpenOrCreate, QJsonObject { { u"k"_s, 1 } });
        QVERIFY(doc);
        const int before = rig.transport->upstream(u"POST"_s).size();
        auto r
            = await(doc->mutate([](const QJsonObject &) { return std::optional<QJsonObject>(); }));
        QVERIFY(isOk(r));
        QCOMPARE(value(r).value(u"k").toInt(), 1);
        QCOMPARE(rig.transport->upstream(u"POST"_s).size(), before);
    }

    void writesRunInCallOrder()
    {
        Rig rig;
        SyncDocument *doc
            = rig.open(u"D"_s, OpenMode::OpenOrCreate, QJsonObject { { u"log"_s, QJsonArray() } });
        QVERIFY(doc);
        QList<QFuture<SyncResult<QJsonObject>>> futures;
        for (int i = 0; i < 5; ++i) {
            futures << doc->mutate([i](const QJsonObject &cur) -> std::optional<QJsonObject> {
                QJsonObject next = cur;
                QJsonArray log = cur.value(u"log").toArray();
                log.append(i);
                next.insert(u"log"_s, log);
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
        SyncDocument *doc = rig.open(u"D"_s);
        QVERIFY(doc);
        QTRY_VERIFY(doc->isSubscribed());
        QSignalSpy changed(doc, &SyncDocument::contentChanged);
        const auto event = [&](int id, int value) {
            return QJsonObject { { u"event_type"_s, u"document_updated"_s },
                { u"event"_s,
                    QJsonObject { { u"id"_s, id }, { u"document_sid"_s, doc->sid() },
                        { u"document_revision"_s, QString::number(id) },
                        { u"document_data"_s, QJsonObject { { u"v"_s, value } } } } } };
        };
        rig.transport->notify(u"com.twilio.rtd.cds.document"_s, event(5, 5));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(1).toBool(), false);
        QCOMPARE(doc->lastEventId(), 5);
        rig.transport->notify(u"twilio.sync.event"_s, event(4, 4)); // stale
        rig.transport->notify(u"com.twilio.rtd.cds.document"_s, event(5, 99)); // duplicate
        QCOMPARE(changed.size(), 1);
        QCOMPARE(doc->data().value(u"v").toInt(), 5);
        rig.transport->notify(u"twilio.sync.event"_s, event(7, 7)); // replay route
        QCOMPARE(doc->data().value(u"v").toInt(), 7);
        QCOMPARE(doc->revision(), u"7"_s);
    }

    void removedEvent()
    {
        Rig rig;
        SyncDocument *doc = rig.open(u"D"_s);
        QVERIFY(doc);
        QSignalSpy removed(doc, &SyncDocument::removed);
        rig.transport->notify(u"com.twilio.rtd.cds.document"_s,
            QJsonObject { { u"event_type"_s, u"document_removed"_s },
                { u"event"_s,
                    QJsonObject { { u"id"_s, 9 }, { u"document_sid"_s, doc->sid() } } } });
        QCOMPARE(removed.size(), 1);
        QVERIFY(doc->isRemoved());
        auto r = await(doc->set(QJsonObject()));
        QCOMPARE(error(r).kind, SyncError::Kind::NotFound);
    }

    void removeAndTtl()
    {
        Rig rig;
        SyncDocument *doc = rig.open(u"D"_s);
        QVERIFY(doc);
        auto ttl = await(doc->setTtl(60));
        QVERIFY(isOk(ttl));
        const auto post = rig.transport->upstream(u"POST"_s, doc->sid()).last();
        QCOMPARE(post.payload, QByteArray("{\"ttl\":60}"));
        QCOMPARE(error(await(doc->setTtl(-1))).kind, SyncError::Kind::InvalidInput);
        QSignalSpy removed(doc, &SyncDocument::removed);
        auto r = await(doc->remove());
        QVERIFY(isOk(r));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(rig.transport->upstream(u"DELETE"_s, doc->sid()).size(), 1);
    }

    void resubscribesAfterReconnectWithLastEventId()
    {
        Rig rig;
        SyncDocument *doc = rig.open(u"D"_s);
        QVERIFY(doc);
        QTRY_VERIFY(doc->isSubscribed());
        QVERIFY(isOk(await(doc->set(QJsonObject { { u"a"_s, 1 } }))));
        QVERIFY(isOk(await(doc->set(QJsonObject { { u"a"_s, 2 } }))));
        QSignalSpy subscribed(doc, &SyncDocument::subscribed);
        rig.transport->drop();
        QVERIFY(!doc->isSubscribed());
        QTRY_COMPARE(rig.connection.state(), State::Connected);
        QTRY_VERIFY(doc->isSubscribed());
        QCOMPARE(subscribed.size(), 1);
        const auto subs = rig.transport->upstream(u"POST"_s, u"/v4/Subscriptions"_s);
        QVERIFY(subs.size() >= 2);
        const QJsonObject body = QJsonDocument::fromJson(subs.last().payload).object();
        QCOMPARE(body.value(u"action").toString(), u"establish"_s);
        QCOMPARE(body.value(u"event_protocol_version").toInt(), 4);
        QVERIFY(body.value(u"correlation_id").toDouble() > 4294967296.0); // 64-bit, like Date.now()
        const QJsonObject req = body.value(u"requests").toArray().first().toObject();
        QCOMPARE(req.value(u"object_sid").toString(), doc->sid());
        QCOMPARE(req.value(u"last_event_id").toInt(), 2);
    }

    void requestHeadersLikeJsClient()
    {
        Rig rig;
        SyncDocument *doc = rig.open(u"Name With Space"_s);
        QVERIFY(doc);
        const auto get = rig.transport->upstream(u"GET"_s).first();
        const QJsonObject req = get.header.value(u"http_request").toObject();
        QCOMPARE(req.value(u"path").toString(), u"/v3/Documents/Name%20With%20Space"_s);
        QCOMPARE(req.value(u"host").toString(), u"127.0.0.1:1"_s);
        const QJsonObject headers = req.value(u"headers").toObject();
        QCOMPARE(headers.value(u"Content-Type").toString(), u"application/json"_s);
        QVERIFY(QRegularExpression(u"^RQ[0-9a-f]{32}$"_s)
                    .match(headers.value(u"Twilio-Request-Id").toString())
                    .hasMatch());
    }
};

QTEST_GUILESS_MAIN(TestSyncDocument)
#include "tst_syncdocument.moc"
