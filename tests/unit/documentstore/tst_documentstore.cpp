#include "documentstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using SpEmu::DocumentStore;

class TestDocumentStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createFindUpdateRemove()
    {
        DocumentStore store;
        QString error;
        QVERIFY2(store.open({}, &error), qPrintable(error));
        const auto created
            = store.create(u"Session_A"_s, { { u"a"_s, 1 } }, std::nullopt, u"alice"_s, 1000);
        QVERIFY(created.ok());
        QVERIFY(created.record.sid.startsWith(u"ET"));
        QCOMPARE(created.record.sid.size(), 34);
        QCOMPARE(created.record.revisionString(), u"0"_s);
        QCOMPARE(created.record.lastEventId, 0);

        auto byName = store.find(u"Session_A"_s, 1000);
        QVERIFY(byName);
        QCOMPARE(byName->sid, created.record.sid);
        QCOMPARE(byName->data.value(u"a").toInt(), 1);
        QVERIFY(store.find(created.record.sid, 1000));

        QCOMPARE(store.create(u"Session_A"_s, {}, std::nullopt, u"bob"_s, 1001).error,
            DocumentStore::Error::Duplicate);

        auto updated = store.update(
            created.record.sid, QJsonObject { { u"a"_s, 2 } }, std::nullopt, u"0"_s, 2000);
        QVERIFY(updated.ok());
        QCOMPARE(updated.record.revisionString(), u"1"_s);
        QCOMPARE(updated.record.lastEventId, 1);
        QCOMPARE(updated.record.updatedMs, 2000);
        QCOMPARE(store.update(created.record.sid, QJsonObject {}, std::nullopt, u"0"_s, 2001).error,
            DocumentStore::Error::RevisionMismatch);
        QCOMPARE(store.find(created.record.sid, 2002)->data.value(u"a").toInt(), 2);

        // TTL-only update keeps the data.
        updated = store.update(created.record.sid, std::nullopt, 10, {}, 3000);
        QVERIFY(updated.ok());
        QCOMPARE(updated.record.data.value(u"a").toInt(), 2);
        QCOMPARE(updated.record.expiresMs, 13000);

        const auto removed = store.remove(created.record.sid, {}, 4000);
        QVERIFY(removed.ok());
        QCOMPARE(removed.record.lastEventId, 3);
        QVERIFY(!store.find(created.record.sid, 4000));
        QCOMPARE(store.remove(created.record.sid, {}, 4001).error, DocumentStore::Error::NotFound);
    }

    void revisionsAreHexStrings()
    {
        DocumentStore store;
        QVERIFY(store.open({}, nullptr));
        const QString sid = store.create(u"R"_s, {}, std::nullopt, {}, 0).record.sid;
        DocumentStore::Result r;
        for (int i = 0; i < 10; ++i)
            r = store.update(sid, QJsonObject {}, std::nullopt, {}, i);
        QCOMPARE(r.record.revisionString(), u"a"_s);
    }

    void expiredDocumentsVanish()
    {
        DocumentStore store;
        QVERIFY(store.open({}, nullptr));
        const auto created = store.create(u"T"_s, {}, 5, {}, 1000);
        QCOMPARE(created.record.expiresMs, 6000);
        QVERIFY(store.find(u"T"_s, 5999));
        QVERIFY(!store.find(u"T"_s, 6000));
        const auto expired = store.removeExpired(7000);
        QCOMPARE(expired.size(), 1);
        QCOMPARE(expired.first().sid, created.record.sid);
        QVERIFY(store.create(u"T"_s, {}, std::nullopt, {}, 7001).ok());
    }

    void survivesReopen()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString sid;
        {
            DocumentStore store;
            QVERIFY(store.open(dir.path(), nullptr));
            sid = store.create(u"P"_s, { { u"x"_s, u"y"_s } }, std::nullopt, u"alice"_s, 1)
                      .record.sid;
            QVERIFY(
                store.update(sid, QJsonObject { { u"x"_s, u"z"_s } }, std::nullopt, {}, 2).ok());
        }
        DocumentStore again;
        QVERIFY(again.open(dir.path(), nullptr));
        const auto r = again.find(u"P"_s, 3);
        QVERIFY(r);
        QCOMPARE(r->sid, sid);
        QCOMPARE(r->data.value(u"x").toString(), u"z"_s);
        QCOMPARE(r->lastEventId, 1);
        QCOMPARE(r->createdBy, u"alice"_s);
    }
};

QTEST_GUILESS_MAIN(TestDocumentStore)
#include "tst_documentstore.moc"
