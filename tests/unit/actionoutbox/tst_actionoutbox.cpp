// SpSync::ActionOutbox: the SQLite journal (add/mark/remove, reopen, isolation, bad files).
#include "actionoutbox_p.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace SpSync;

namespace {

QList<QPair<QString, QJsonObject>> batch(const QString &id)
{
    return { { u"extensionActions"_s,
        QJsonObject { { u"action"_s, u"lockBrowser"_s }, { u"id"_s, id } } } };
}

std::shared_ptr<ActionOutbox> openOk(
    const QString &path, const QString &doc = u"D"_s, const QString &identity = u"me"_s)
{
    auto r = ActionOutbox::open(path, doc, identity);
    if (!isOk(r)) {
        qWarning() << error(r).toString();
        return nullptr;
    }
    return value(r);
}

} // namespace

class TestActionOutbox : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    void addSurvivesReopenInOrder()
    {
        {
            auto box = openOk(path("a.db"));
            QVERIFY(box);
            QVERIFY(isOk(box->add(batch(u"1"_s))));
            QVERIFY(isOk(box->add(batch(u"2"_s))));
            QCOMPARE(box->count(), 2);
        }
        auto box = openOk(path("a.db"));
        QVERIFY(box);
        const QList<OutboxEntry> entries = box->entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).ids(), QStringList { u"1"_s });
        QCOMPARE(entries.at(1).ids(), QStringList { u"2"_s });
        QCOMPARE(entries.at(0).state, OutboxEntry::State::New);
        QCOMPARE(entries.at(0).actions.first().first, u"extensionActions"_s);
        QVERIFY(entries.at(0).createdAt.isValid());
    }

    void statesAndRemoval()
    {
        auto box = openOk(path("b.db"));
        QVERIFY(box);
        const QString id = value(box->add(batch(u"x"_s))).batchId;
        QVERIFY(box->markSent(id, u"7"_s));
        QCOMPARE(box->entries().first().state, OutboxEntry::State::Sent);
        QCOMPARE(box->entries().first().sentRevision, u"7"_s);
        QVERIFY(box->markApplied(id));
        QVERIFY(box->markSent(id, u"8"_s)); // does not undo Applied
        QCOMPARE(box->entries().first().state, OutboxEntry::State::Applied);
        QVERIFY(box->remove(id));
        QCOMPARE(box->count(), 0);
    }

    void otherDocumentsAndIdentitiesUntouched()
    {
        auto mine = openOk(path("c.db"));
        auto otherDoc = openOk(path("c.db"), u"E"_s);
        auto otherId = openOk(path("c.db"), u"D"_s, u"you"_s);
        QVERIFY(mine && otherDoc && otherId);
        const QString a = value(mine->add(batch(u"a"_s))).batchId;
        const QString b = value(otherDoc->add(batch(u"b"_s))).batchId;
        QVERIFY(isOk(otherId->add(batch(u"c"_s))));
        QCOMPARE(mine->count(), 1);
        mine->remove(b); // not ours: nothing happens
        QCOMPARE(otherDoc->count(), 1);
        mine->remove(a);
        QCOMPARE(mine->count(), 0);
        QCOMPARE(otherDoc->count(), 1);
        QCOMPARE(otherId->count(), 1);
    }

    void badFilesGiveClearErrors_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("text") << QByteArray("this is not a database\n");
        QTest::newRow("sqlite header, junk")
            << (QByteArray("SQLite format 3\0", 16) + QByteArray(4000, '\x5a'));
    }
    void badFilesGiveClearErrors()
    {
        QFETCH(QByteArray, content);
        const QString p = path("bad.db");
        QFile f(p);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
        f.close();
        auto r = ActionOutbox::open(p, u"D"_s, u"me"_s);
        QVERIFY(!isOk(r));
        QCOMPARE(error(r).kind, SyncError::Kind::InvalidInput);
        QVERIFY2(error(r).message.contains(p), qPrintable(error(r).message));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content); // left as it was
    }

    void unusablePathsRefused()
    {
        // A directory or a path that cannot be created is refused, not crashed on.
        auto dir = ActionOutbox::open(m_dir.path(), u"D"_s, u"me"_s);
        QCOMPARE(error(dir).kind, SyncError::Kind::InvalidInput);
        auto missing = ActionOutbox::open(path("no/such/dir/x.db"), u"D"_s, u"me"_s);
        QCOMPARE(error(missing).kind, SyncError::Kind::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestActionOutbox)
#include "tst_actionoutbox.moc"
