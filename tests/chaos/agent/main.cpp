// sp-chaos-agent: one producer or consumer of a session document, as its own OS process, for
// the chaos test (tests/chaos). Prints JSON lines; the Twilio token comes from $SP_CHAOS_TOKEN.
//   sp-chaos-agent produce --twilsock URL --cds URL --document D --identity I --writer W
//                  [--count N] [--interval-ms MS] [--seed S] [--outbox PATH]
//   sp-chaos-agent consume --twilsock URL --cds URL --document D --identity I --writer W
// A consumer runs until its stdin closes; a producer exits once `count` actions were acked.
#include "agentcommon.h"
#include "chaosconsumer.h"
#include "chaosproducer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QMetaEnum>
#include <QSocketNotifier>
#include <QTimer>
#include <functional>
#include <unistd.h>

using namespace ChaosAgent;
using namespace SpSync;
using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(u"mode"_s, u"produce or consume"_s);
    const QStringList valued { u"twilsock"_s, u"cds"_s, u"document"_s, u"identity"_s, u"writer"_s,
        u"count"_s, u"interval-ms"_s, u"seed"_s, u"outbox"_s };
    for (const QString &name : valued)
        parser.addOption(QCommandLineOption(name, name, u"value"_s));
    parser.process(app);
    Options o;
    o.mode = parser.positionalArguments().value(0);
    o.twilsock = parser.value(u"twilsock"_s);
    o.cds = parser.value(u"cds"_s);
    o.document = parser.value(u"document"_s);
    o.identity = parser.value(u"identity"_s);
    o.writer = parser.value(u"writer"_s);
    o.outbox = parser.value(u"outbox"_s);
    if (parser.isSet(u"count"_s))
        o.count = parser.value(u"count"_s).toInt();
    if (parser.isSet(u"interval-ms"_s))
        o.intervalMs = parser.value(u"interval-ms"_s).toInt();
    if (parser.isSet(u"seed"_s))
        o.seed = parser.value(u"seed"_s).toUInt();
    if ((o.mode != u"produce" && o.mode != u"consume") || o.document.isEmpty()
        || o.writer.isEmpty()) {
        std::fputs("usage: sp-chaos-agent produce|consume --twilsock URL --cds URL --document D "
                   "--identity I --writer W [--count N] [--interval-ms MS] [--seed S] "
                   "[--outbox PATH]\n",
            stderr);
        return 2;
    }

    // stdin closed (the test ended or died): leave, so no agent outlives its test.
    QSocketNotifier stdinWatch(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&stdinWatch, &QSocketNotifier::activated, &app, [&] {
        char buf[256];
        if (::read(STDIN_FILENO, buf, sizeof buf) <= 0) {
            stdinWatch.setEnabled(false);
            app.exit(0);
        }
    });

    auto started = [&](SyncClient *client) {
        QObject::connect(client, &SyncClient::stateChanged, &app, [&o](auto state) {
            printLine({ { u"event"_s, u"state"_s }, { u"writer"_s, o.writer },
                { u"state"_s,
                    QString::fromLatin1(
                        QMetaEnum::fromType<SyncConnection::State>().valueToKey(int(state))) } });
        });
        printLine({ { u"event"_s, u"ready"_s }, { u"writer"_s, o.writer } });
        if (o.mode == u"consume") {
            (new ChaosConsumer(o, client))->setParent(client);
            return;
        }
        auto *producer = new ChaosProducer(o, client);
        producer->setParent(client);
        QObject::connect(producer, &ChaosProducer::finished, &app, [&app] {
            QMetaObject::invokeMethod(
                &app, [&app] { app.exit(0); }, Qt::QueuedConnection);
        });
        producer->start();
    };
    int exitCode = 0;
    // create() retries transient failures only within connectTimeoutMs; the emulator may be
    // killed for longer, so the agent tries again (bounded), as a real application would.
    std::function<void(int)> connectClient = [&](int attempt) {
        whenFinished(SyncClient::create(clientConfig(o), &app), &app,
            [&, attempt](const SyncResult<SyncClient *> &r) {
                if (!isOk(r)) {
                    const auto kind = error(r).kind;
                    const bool transient = kind == SyncError::Kind::Server
                        || kind == SyncError::Kind::Transport || kind == SyncError::Kind::Timeout
                        || kind == SyncError::Kind::RateLimited;
                    if (transient && attempt < 10) {
                        printLine({ { u"event"_s, u"createRetry"_s },
                            { u"error"_s, error(r).toString() } });
                        QTimer::singleShot(300, &app, [&, attempt] { connectClient(attempt + 1); });
                        return;
                    }
                    printLine({ { u"event"_s, u"fatal"_s }, { u"error"_s, error(r).toString() } });
                    exitCode = 1;
                    app.exit(1);
                    return;
                }
                started(value(r));
            });
    };
    connectClient(0);
    const int rc = app.exec();
    return exitCode ? exitCode : rc;
}
