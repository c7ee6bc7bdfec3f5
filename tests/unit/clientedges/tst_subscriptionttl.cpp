// Subscription TTL against the emulator: `--subscription-ttl 1` makes the server answer
// ttl_in_s 1, and the client re-subscribes (reason "ttl") when it runs out, events still flow.
#include "clientrig.h"
#include "syncconnection.h"
#include "syncdocument.h"

#include <QSignalSpy>

using namespace SpSync;
using namespace Qt::StringLiterals;
using Sub = SyncDocument::SubscriptionState;

class TestSubscriptionTtl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clientResubscribesWhenTheServerTtlRunsOut()
    {
        ClientRig rig;
        QVERIFY2(
            rig.start({ u"--memory"_s, u"--acl"_s, u"open"_s, u"--subscription-ttl"_s, u"1"_s }),
            qPrintable(rig.error));
        SyncConnection connection;
        connection.connectToServer(rig.emulator.twilsockUrl(), rig.token(u"alice"_s));
        const auto opened = await(connection.openDocument(u"Session_ttl"_s));
        QVERIFY2(isOk(opened), qPrintable(error(opened).toString()));
        SyncDocument *doc = value(opened);
        QTRY_COMPARE(doc->subscriptionState(), Sub::Established);
        QSignalSpy states(doc, &SyncDocument::subscriptionStateChanged);
        // Pending again when the TTL runs out, then Established by the re-subscribe.
        QTRY_VERIFY_WITH_TIMEOUT(states.size() >= 2, 10000);
        QCOMPARE(states.at(0).at(0).value<Sub>(), Sub::Pending);
        QCOMPARE(states.at(1).at(0).value<Sub>(), Sub::Established);
        // And it keeps delivering: a write by another client arrives.
        SyncConnection other;
        other.connectToServer(rig.emulator.twilsockUrl(), rig.token(u"bob"_s));
        const auto second = await(other.openDocument(u"Session_ttl"_s));
        QVERIFY(isOk(second));
        QSignalSpy changed(doc, &SyncDocument::contentChanged);
        QVERIFY(isOk(await(value(second)->set(QJsonObject { { u"n"_s, 1 } }))));
        QTRY_COMPARE(doc->data().value(u"n").toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSubscriptionTtl)
#include "tst_subscriptionttl.moc"
