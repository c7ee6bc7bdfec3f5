// A wire log sent back from the field becomes a regression test: the recorded server frames are
// played into the client through the fake transport, and the client must send what the log
// shows it sent and end with the document the log shows. The shipped log was written by
// `spsync --wire-log` running `set` against sp-sync-emulator (see README.md, "Verifying
// against Twilio", for how to record one).
#include "await.h"
#include "syncclient.h"
#include "wirereplay.h"

#include <QTest>

using namespace SpSync;
using namespace Qt::StringLiterals;

namespace {

// SP_SOURCE_DIR is set for every test by its CTest entry.
QString recordedLog()
{
    return qEnvironmentVariable("SP_SOURCE_DIR") + u"/tests/unit/wirelogreplay/spsync-set.jsonl"_s;
}

SyncClientConfig replayConfig(WireReplay &replay, const QString &document, const QString &identity)
{
    SyncClientConfig c;
    c.documentId = document;
    c.identity = identity;
    c.twilioToken = u"replayed.twilio.token"_s;
    c.twilsockUrl = QUrl(u"ws://127.0.0.1:1/v3/wsconnect"_s);
    c.cdsUrl = QUrl(u"http://127.0.0.1:1"_s);
    c.transportFactory = [&replay] { return replay.makeTransport(); };
    return c;
}

// The data of the last document body the server sent in the log.
QJsonObject lastServerData(const WireReplay &replay)
{
    QJsonObject data;
    for (const WireReplay::Entry &e : replay.entries()) {
        const QJsonObject p = e.payload.toObject();
        if (e.fromClient)
            continue;
        if (p.contains(u"data"))
            data = p.value(u"data").toObject();
        const QJsonObject event = p.value(u"event").toObject();
        if (event.contains(u"document_data"))
            data = event.value(u"document_data").toObject();
    }
    return data;
}

} // namespace

class TestWireLogReplay : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void replaysARecordedSet()
    {
        WireReplay replay;
        QString error;
        QVERIFY2(replay.load(recordedLog(), &error), qPrintable(error));
        SyncClientConfig c = replayConfig(replay, u"wirelog_replay"_s, u"wirelog-recorder"_s);
        // As recorded: spsync --initial-data '{"step":1,"note":…}' set '{"step":2}'.
        c.initialData
            = QJsonObject { { u"step"_s, 1 }, { u"note"_s, u"recorded by spsync --wire-log"_s } };
        auto created = await(SyncClient::create(c));
        QVERIFY2(isOk(created), qPrintable(SpSync::error(created).toString()));
        std::unique_ptr<SyncClient> client(value(created));
        const auto written = await(client->setSync(QJsonObject { { u"step"_s, 2 } }));
        QVERIFY2(isOk(written), qPrintable(SpSync::error(written).toString()));
        QTRY_VERIFY2(replay.finished() || !replay.mismatch().isEmpty(),
            qPrintable(u"stuck at frame %1"_s.arg(replay.position())));
        QVERIFY2(replay.mismatch().isEmpty(), qPrintable(replay.mismatch()));
        QCOMPARE(client->state(), SyncConnection::State::Connected);
        QCOMPARE(client->getSync(), lastServerData(replay));
        QCOMPARE(client->getSync().value(u"step").toInt(), 2);
        for (const Twilsock::Frame &f : replay.unmatched())
            QVERIFY2(f.method() == u"reply" || f.method() == u"close", qPrintable(f.method()));
    }

    // A client that does not do what the log shows is caught, with the line of the log.
    void divergenceIsReported()
    {
        WireReplay replay;
        QString error;
        QVERIFY2(replay.load(recordedLog(), &error), qPrintable(error));
        // Another document than the one recorded: the first GET goes elsewhere.
        SyncClientConfig c = replayConfig(replay, u"another_document"_s, u"wirelog-recorder"_s);
        c.timeouts.requestMs = 1000;
        c.connectTimeoutMs = 1000;
        auto created = await(SyncClient::create(c));
        QVERIFY(!replay.mismatch().isEmpty());
        QVERIFY2(replay.mismatch().contains(u"/v3/Documents/another_document"_s),
            qPrintable(replay.mismatch()));
        QVERIFY(!isOk(created));
    }

    // What the client writes is compared too: the same steps with other data diverge.
    void differentDataIsReported()
    {
        WireReplay replay;
        QString error;
        QVERIFY2(replay.load(recordedLog(), &error), qPrintable(error));
        SyncClientConfig c = replayConfig(replay, u"wirelog_replay"_s, u"wirelog-recorder"_s);
        c.timeouts.requestMs = 1000;
        c.connectTimeoutMs = 1000;
        c.initialData = QJsonObject { { u"step"_s, 1 } }; // no "note"
        auto created = await(SyncClient::create(c));
        QTRY_VERIFY(!replay.mismatch().isEmpty());
        QVERIFY2(
            replay.mismatch().contains(u"POST /v3/Documents"_s), qPrintable(replay.mismatch()));
        if (isOk(created))
            delete value(created);
    }
};

QTEST_GUILESS_MAIN(TestWireLogReplay)
#include "tst_wirelogreplay.moc"
