// Interop with the official twilio-sync JS client (4.0.1, Node) on one spawned emulator:
// JS writes and ours reads (and hears the updates); ours queues actions and JS sees them with
// id/createdBy/createdAt; ours and JS append 100 actions each at once (one of ours consuming);
// two of our consumers share 50 actions queued by the JS client. (Two of our consumers with one of
// ours producing is tst_clientsp::competingConsumersDeliverEachOnce.)
#include "deliveryledger.h"
#include "interoprig.h"
#include "jspeer.h"
#include "syncdocument.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>

using namespace SpSync;
using namespace Qt::StringLiterals;

namespace {
const QString kJsIdentity = u"js-peer"_s;

QJsonObject cmd(const QString &name, const QString &doc, QJsonObject extra = {})
{
    extra.insert(u"cmd"_s, name);
    extra.insert(u"doc"_s, doc);
    return extra;
}

QString replyError(const QJsonObject &reply) { return reply.value(u"error").toString(); }

// "C3 J25 C22 ...": runs of consecutive actions per writer, to show the interleaving.
QString runs(const QList<QJsonObject> &actions)
{
    QStringList out;
    QString writer;
    int count = 0;
    for (const QJsonObject &a : actions) {
        const QString w = a.value(u"writer").toString();
        if (w != writer && count > 0) {
            out << (writer == u"cpp" ? u"C"_s : u"J"_s) + QString::number(count);
            count = 0;
        }
        writer = w;
        ++count;
    }
    if (count > 0)
        out << (writer == u"cpp" ? u"C"_s : u"J"_s) + QString::number(count);
    return out.join(u' ');
}

QStringList idsOf(const QJsonArray &actions)
{
    QStringList ids;
    for (const QJsonValue &a : actions)
        ids << a.toObject().value(u"id").toString();
    return ids;
}
} // namespace

class TestInterop : public QObject
{
    Q_OBJECT

    InteropRig m_rig;
    JsPeer m_js;
    QList<SyncClient *> m_clients;

    SyncClient *make(const QString &identity, const QString &doc, const QJsonObject &initial = {})
    {
        auto r = await(SyncClient::create(m_rig.config(identity, doc, initial)));
        if (!isOk(r)) {
            qWarning() << "create failed:" << error(r).toString();
            return nullptr;
        }
        m_clients << value(r);
        return value(r);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_rig.start(), qPrintable(m_rig.error));
        QString why;
        QVERIFY2(m_js.start(u"tests/interop/js/peer.js"_s, &why), qPrintable(why));
        const QJsonObject r = m_js.call(
            QJsonObject { { u"cmd"_s, u"connect"_s }, { u"token"_s, m_rig.token(kJsIdentity) },
                { u"twilsock"_s, m_rig.emulator.twilsockUrl().toString() },
                { u"cds"_s, m_rig.emulator.cdsUrl().toString() } });
        QVERIFY2(r.value(u"ok").toBool(), qPrintable(replyError(r)));
    }
    void cleanup()
    {
        qDeleteAll(m_clients);
        m_clients.clear();
    }
    void cleanupTestCase()
    {
        m_js.call(QJsonObject { { u"cmd"_s, u"shutdown"_s } }, 10000);
        m_js.stop();
    }

    void jsWritesOursReads()
    {
        const QString doc = uniqueDocName(u"read"_s);
        const QJsonObject first { { u"reliableConnection"_s, true },
            { u"note"_s, u"from js \u00fc\u4e2d"_s }, { u"n"_s, 1 },
            { u"nested"_s, QJsonObject { { u"list"_s, QJsonArray { 1, 2.5, u"x"_s } } } } };
        QJsonObject r = m_js.call(cmd(u"set"_s, doc, { { u"data"_s, first } }));
        QVERIFY2(r.value(u"ok").toBool(), qPrintable(replyError(r)));

        SyncClient *ours = make(u"cpp-reader"_s, doc, QJsonObject { { u"mine"_s, true } });
        QVERIFY(ours);
        QCOMPARE(ours->getSync(), first); // opened, not created: initialData not written

        QSignalSpy updates(ours, &SyncClient::spSyncDocUpdated);
        QJsonObject second = first;
        second.insert(u"n"_s, 2);
        r = m_js.call(cmd(u"set"_s, doc, { { u"data"_s, second } }));
        QVERIFY2(r.value(u"ok").toBool(), qPrintable(replyError(r)));
        QTRY_VERIFY_WITH_TIMEOUT(!updates.isEmpty(), 15000);
        QCOMPARE(updates.last().first().toJsonObject(), second);
        QCOMPARE(ours->getSync(), second);

        // JS-written actions with no receiver connected on our side stay in the document.
        r = m_js.call(cmd(u"append"_s, doc, { { u"count"_s, 3 }, { u"identity"_s, kJsIdentity } }));
        QVERIFY2(r.value(u"ok").toBool(), qPrintable(replyError(r)));
        QTRY_COMPARE_WITH_TIMEOUT(
            ours->getSync().value(u"extensionActions").toArray().size(), 3, 15000);
        QCOMPARE(idsOf(ours->getSync().value(u"extensionActions").toArray()),
            r.value(u"ids").toVariant().toStringList());
        QCOMPARE(updates.last().first().toJsonObject(), ours->getSync());
    }

    void oursQueuesJsSees()
    {
        const QString doc = uniqueDocName(u"queue"_s);
        const QString me = u"cpp-proctor"_s;
        SyncClient *ours = make(me, doc, QJsonObject { { u"reliableConnection"_s, true } });
        QVERIFY(ours);
        QJsonObject r = m_js.call(cmd(u"open"_s, doc));
        QVERIFY2(r.value(u"ok").toBool(), qPrintable(replyError(r)));
        QCOMPARE(r.value(u"data").toObject().value(u"reliableConnection"), QJsonValue(true));

        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        auto one = await(ours->addAction(u"extension.stopSession"_s,
            { { u"redirectURL"_s, u"https://example.com/done?x=1"_s } }));
        QVERIFY2(isOk(one), qPrintable(error(one).toString()));
        auto batch = await(ours->addActions(QJsonArray {
            QJsonObject { { u"actionType"_s, u"extension.getDisplayCount"_s },
                { u"additionalInfo"_s, QJsonObject { { u"respondTo"_s, u"proctor"_s } } } },
            QJsonObject { { u"actionType"_s, u"extension.lockBrowser"_s } },
            QJsonObject { { u"actionType"_s, u"onboarding.showMessage"_s },
                { u"additionalInfo"_s, QJsonObject { { u"message"_s, u"hello"_s } } } } }));
        QVERIFY2(isOk(batch), qPrintable(error(batch).toString()));
        const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(1);

        QTRY_VERIFY_WITH_TIMEOUT(m_js.lastData(doc).value(u"extensionActions").toArray().size() == 3
                && m_js.lastData(doc).value(u"onboardingActions").toArray().size() == 1,
            15000);
        const QJsonObject seen = m_js.lastData(doc);
        const QJsonArray ext = seen.value(u"extensionActions").toArray();
        const QJsonArray onb = seen.value(u"onboardingActions").toArray();

        // Order kept: the single action first, then the batch in its order.
        QCOMPARE(ext.at(0).toObject(), value(one));
        QCOMPARE(ext.at(1).toObject(), value(batch).at(0).toObject());
        QCOMPARE(ext.at(2).toObject(), value(batch).at(1).toObject());
        QCOMPARE(onb.at(0).toObject(), value(batch).at(2).toObject());
        QCOMPARE(ext.at(0).toObject().value(u"action").toString(), u"stopSession"_s);
        QCOMPARE(ext.at(0).toObject().value(u"executor").toString(), u"extension"_s);
        QCOMPARE(ext.at(0).toObject().value(u"redirectURL").toString(),
            u"https://example.com/done?x=1"_s);
        QCOMPARE(ext.at(1).toObject().value(u"action").toString(), u"getDisplayCount"_s);
        QCOMPARE(ext.at(1).toObject().value(u"respondTo").toString(), u"proctor"_s);
        QCOMPARE(ext.at(2).toObject().value(u"action").toString(), u"lockBrowser"_s);
        QCOMPARE(onb.at(0).toObject().value(u"message").toString(), u"hello"_s);

        static const QRegularExpression isoMs(
            u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"_s);
        QSet<QString> ids;
        for (const QJsonArray &arr : { ext, onb }) {
            for (const QJsonValue &v : arr) {
                const QJsonObject a = v.toObject();
                const QString id = a.value(u"id").toString();
                QVERIFY2(!QUuid::fromString(id).isNull(), qPrintable(id));
                ids.insert(id);
                QCOMPARE(a.value(u"createdBy").toString(), me);
                const QString at = a.value(u"createdAt").toString();
                QVERIFY2(isoMs.match(at).hasMatch(), qPrintable(at));
                const QDateTime when = QDateTime::fromString(at, Qt::ISODateWithMs);
                QVERIFY2(when >= before && when <= after, qPrintable(at));
            }
        }
        QCOMPARE(ids.size(), 4);
        // The JS client's view equals ours.
        QCOMPARE(seen, ours->getSync());
    }

    // 200 actions do not fit in one document (16 KiB, about 150 bytes an action), so a third
    // client (ours) consumes while both write: every action must arrive exactly once, and each
    // writer's actions in its own order (consuming is FIFO) -- no loss, no duplicate.
    void concurrentWritersOursAndJs()
    {
        const QString doc = uniqueDocName(u"writers"_s);
        SyncClient *ours = make(u"cpp-writer"_s, doc, QJsonObject { { u"start"_s, 1 } });
        SyncClient *consumer = make(u"cpp-consumer"_s, doc);
        QVERIFY(ours && consumer);
        QList<QJsonObject> delivered;
        connect(consumer, &SyncClient::extensionActionsAdded, this,
            [&](const QJsonObject &a) { delivered << a; });
        QJsonObject r = m_js.call(cmd(u"open"_s, doc));
        QVERIFY2(r.value(u"ok").toBool(), qPrintable(replyError(r)));

        // Four rounds of 25 + 25 concurrent appends (50 actions stay well under 16 KiB even if
        // the consumer falls behind); the next round starts once the consumer caught up.
        constexpr int kEach = 100, kRound = 25;
        QStringList ourIds, jsIds;
        for (int base = 0; base < kEach; base += kRound) {
            const int jsCall = m_js.send(cmd(u"append"_s, doc,
                { { u"count"_s, kRound }, { u"seqBase"_s, base }, { u"identity"_s, kJsIdentity },
                    { u"writer"_s, u"js"_s } }));
            QList<QFuture<SyncResult<QJsonObject>>> writes;
            for (int i = base; i < base + kRound; ++i) {
                writes << ours->addAction(
                    u"extension.lockBrowser"_s, { { u"writer"_s, u"cpp"_s }, { u"seq"_s, i } });
            }
            for (auto &w : writes) {
                auto res = await(w, 120000);
                QVERIFY2(isOk(res), qPrintable(error(res).toString()));
                ourIds << value(res).value(u"id").toString();
            }
            r = m_js.waitReply(jsCall, 120000);
            QVERIFY2(r.value(u"ok").toBool(), qPrintable(replyError(r)));
            jsIds += r.value(u"ids").toVariant().toStringList();
            QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 2 * (base + kRound), 60000);
        }
        QCOMPARE(jsIds.size(), kEach);

        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 2 * kEach, 60000);
        auto fresh = await(ours->document()->refresh());
        QVERIFY2(isOk(fresh), qPrintable(error(fresh).toString()));
        QVERIFY(value(fresh).value(u"extensionActions").toArray().isEmpty());
        QCOMPARE(value(fresh).value(u"start").toInt(), 1);
        QCOMPARE(delivered.size(), 2 * kEach); // nothing delivered twice, late

        // Each writer's actions arrive once, in its own order, with the id it was acknowledged
        // with; count how often the writers alternate.
        DeliveryLedger ledger;
        for (int seq = 0; seq < kEach; ++seq) {
            ledger.acked(u"cpp"_s, seq, ourIds.at(seq));
            ledger.acked(u"js"_s, seq, jsIds.at(seq));
        }
        int switches = 0;
        QString previous;
        for (const QJsonObject &a : std::as_const(delivered)) {
            const QString writer = a.value(u"writer").toString();
            ledger.consumed(
                u"cpp-consumer"_s, writer, a.value(u"seq").toInt(), a.value(u"id").toString());
            QCOMPARE(
                a.value(u"createdBy").toString(), writer == u"cpp" ? u"cpp-writer"_s : kJsIdentity);
            if (!previous.isEmpty() && previous != writer)
                ++switches;
            previous = writer;
        }
        const QStringList problems = ledger.problems();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY2(switches >= 1, "the two writers never overlapped");
        qInfo() << "writer alternations in delivery order:" << switches << runs(delivered);

        // All three clients converge on the same data.
        QTRY_COMPARE_WITH_TIMEOUT(m_js.lastData(doc), value(fresh), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(ours->getSync(), value(fresh), 15000);
    }

    void oursCompeteForJsQueuedActions()
    {
        const QString doc = uniqueDocName(u"consumers"_s);
        SyncClient *c1 = make(u"cpp-consumer-1"_s, doc, QJsonObject { { u"start"_s, 1 } });
        SyncClient *c2 = make(u"cpp-consumer-2"_s, doc);
        QVERIFY(c1 && c2);
        QStringList got1, got2;
        connect(c1, &SyncClient::extensionActionsAdded, this,
            [&](const QJsonObject &a) { got1 << a.value(u"id").toString(); });
        connect(c2, &SyncClient::actionsAdded, this,
            [&](const QString &executor, const QJsonObject &a) {
                if (executor == u"extension")
                    got2 << a.value(u"id").toString();
            });

        constexpr int kCount = 50;
        const QJsonObject r = m_js.call(
            cmd(u"append"_s, doc, { { u"count"_s, kCount }, { u"identity"_s, kJsIdentity } }),
            120000);
        QVERIFY2(r.value(u"ok").toBool(), qPrintable(replyError(r)));
        const QStringList produced = r.value(u"ids").toVariant().toStringList();
        QTRY_COMPARE_WITH_TIMEOUT(got1.size() + got2.size(), kCount, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_js.lastData(doc).value(u"extensionActions").toArray().isEmpty(), 15000);
        QCOMPARE(got1.size() + got2.size(), kCount); // nothing delivered twice, late
        QSet<QString> all(got1.begin(), got1.end());
        all.unite(QSet<QString>(got2.begin(), got2.end()));
        QCOMPARE(all, QSet<QString>(produced.begin(), produced.end()));
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
        QVERIFY(inOrder(got1));
        QVERIFY(inOrder(got2));
        qInfo() << "consumer shares:" << got1.size() << got2.size();
    }
};

QTEST_GUILESS_MAIN(TestInterop)
#include "tst_interop.moc"
