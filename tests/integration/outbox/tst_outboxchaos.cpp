// A producer process with a durable outbox is SIGKILLed mid-run (twice) and started again
// with the same outbox, while a consumer SyncClient drains the document: the consumer gets
// every action exactly once.
#include "actionoutbox_p.h"
#include "clientrig.h"
#include "deliveryledger.h"
#include "syncclient.h"

#include <QJsonArray>
#include <QProcess>
#include <QProcessEnvironment>

using namespace Qt::StringLiterals;

using namespace SpSync;

namespace {

const QString kDoc = u"Session_ES000000000000000000000000000000cc"_s;
constexpr int kCount = 120;

// Counts the consumer's "dropped a repeated action id" lines: how often the ambiguous re-send
// (README "Durable outbox") happened in this run. Reported, not asserted: it is legitimate.
int g_repeats = 0;
QtMessageHandler g_previous = nullptr;
void countRepeats(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(u"dropped a repeated action id"_s))
        ++g_repeats;
    if (g_previous)
        g_previous(type, context, message);
}

} // namespace

class TestOutboxChaos : public QObject
{
    Q_OBJECT

    ClientRig m_rig;
    int m_accepted = -1; // highest n the producer reported as journalled

    QString outboxPath() const { return m_rig.dir.filePath(u"producer-outbox.db"_s); }
    void readProgress(QProcess &p)
    {
        while (p.canReadLine()) {
            const QByteArray line = p.readLine().trimmed();
            if (line.startsWith("accepted "))
                m_accepted = std::max(m_accepted, line.mid(9).toInt());
            else if (!line.isEmpty())
                qInfo() << "producer:" << line;
        }
    }
    // Starts the producer; it prints "accepted n" lines and "done".
    void launch(QProcess &p, int from)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"SP_OUTBOX_TOKEN"_s, m_rig.token(u"producer"_s));
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QObject::connect(
            &p, &QProcess::readyReadStandardOutput, this, [this, &p] { readProgress(p); });
        p.start(qEnvironmentVariable("SP_OUTBOX_PRODUCER"),
            { m_rig.emulator.twilsockUrl().toString(), kDoc, u"producer"_s, outboxPath(),
                QString::number(kCount), QString::number(from) });
    }

private Q_SLOTS:
    void initTestCase()
    {
        g_previous = qInstallMessageHandler(countRepeats);
        QVERIFY(!qEnvironmentVariable("SP_OUTBOX_PRODUCER").isEmpty());
        QVERIFY2(
            m_rig.start({ u"--memory"_s, u"--acl"_s, u"open"_s, u"--rate-limits"_s, u"off"_s }),
            qPrintable(m_rig.error));
    }

    void killedProducerDeliversEachActionOnce()
    {
        SyncClientConfig c;
        c.documentId = kDoc;
        c.identity = u"consumer"_s;
        c.twilioToken = m_rig.token(c.identity);
        c.twilsockUrl = m_rig.emulator.twilsockUrl();
        c.timeouts = fastReconnect();
        auto r = await(SyncClient::create(c));
        QVERIFY2(isOk(r), qPrintable(error(r).toString()));
        std::unique_ptr<SyncClient> consumer(value(r));
        DeliveryLedger ledger; // the producer's actions, keyed by their message n
        connect(consumer.get(), &SyncClient::actionsAdded, this,
            [&ledger](const QString &executor, const QJsonObject &action) {
                if (executor == u"proctor")
                    ledger.consumed(u"consumer"_s, u"producer"_s,
                        action.value(u"message").toString().toInt(),
                        action.value(u"id").toString());
            });

        int leftInJournal = 0; // batches the killed producers had not finished
        for (const int killAt : { kCount / 4, kCount / 2 }) {
            QProcess p;
            launch(p, m_accepted + 1);
            QVERIFY(p.waitForStarted());
            QTRY_VERIFY_WITH_TIMEOUT(m_accepted >= killAt, 60000);
            p.kill(); // SIGKILL while batches are journalled and in flight
            QVERIFY(p.waitForFinished());
            readProgress(p); // lines written before the kill
            disconnect(&p, nullptr, this, nullptr);
            auto box = ActionOutbox::open(outboxPath(), kDoc, u"producer"_s);
            QVERIFY2(isOk(box), qPrintable(error(box).toString()));
            leftInJournal += value(box)->count();
        }
        QProcess last;
        launch(last, m_accepted + 1);
        QVERIFY(last.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(last.state(), QProcess::NotRunning, 120000);
        readProgress(last);
        QCOMPARE(last.exitCode(), 0);
        QCOMPARE(m_accepted, kCount - 1);
        QVERIFY(leftInJournal > 0); // the kills did land mid-batch
        qInfo() << leftInJournal << "batches were left in the journal by the killed producers;"
                << g_repeats << "repeated ids dropped by the consumer";

        for (int n = 0; n < kCount; ++n)
            ledger.acked(u"producer"_s, n); // the producer does not print the ids
        QTRY_VERIFY_WITH_TIMEOUT(ledger.allAckedTaken(), 30000);
        QTRY_VERIFY(consumer->getSync().value(u"proctorActions").toArray().isEmpty());
        const QStringList problems = ledger.problems();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestOutboxChaos)
#include "tst_outboxchaos.moc"
