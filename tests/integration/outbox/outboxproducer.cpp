// sp-outbox-producer: adds actions n = FROM..COUNT-1 (proctor.studentMessage, message "n")
// through a SyncClient with a durable outbox, one per event-loop turn, printing
// "accepted n" once each is journalled and "done" when all are written. The chaos test
// SIGKILLs it mid-run and starts it again with the same outbox.
// Usage: sp-outbox-producer TWILSOCK_URL DOCUMENT IDENTITY OUTBOX COUNT FROM
// (the Twilio token comes from $SP_OUTBOX_TOKEN, never from the command line).
#include "actionoutbox_p.h"
#include "syncclient.h"

#include <QCoreApplication>
#include <QTimer>
#include <cstdio>

using namespace Qt::StringLiterals;

using namespace SpSync;

namespace {

void say(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout); // the test reads progress while this process may be killed
}

// Highest n journalled by an earlier run (accepted, perhaps killed before printing it).
int highestJournalled(const QString &path, const QString &document, const QString &identity)
{
    int highest = -1;
    auto box = ActionOutbox::open(path, document, identity);
    if (!isOk(box))
        return highest;
    for (const OutboxEntry &e : value(box)->entries()) {
        for (const auto &a : e.actions)
            highest = std::max(highest, a.second.value(u"message").toString().toInt());
    }
    return highest;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 7) {
        say("usage: sp-outbox-producer TWILSOCK_URL DOCUMENT IDENTITY OUTBOX COUNT FROM");
        return 2;
    }
    SyncClientConfig config;
    config.twilsockUrl = QUrl(args.at(1));
    config.documentId = args.at(2);
    config.identity = args.at(3);
    config.outboxPath = args.at(4);
    config.twilioToken = qEnvironmentVariable("SP_OUTBOX_TOKEN");
    config.timeouts.backoffMinMs = 100;
    config.timeouts.backoffMaxMs = 1000;
    const int count = args.at(5).toInt();
    const int from = std::max(args.at(6).toInt(),
        highestJournalled(config.outboxPath, config.documentId, config.identity) + 1);

    auto *next = new int(from);
    whenFinished(SyncClient::create(config, &app), &app, [&app, next, count](auto r) {
        if (!isOk(r)) {
            say("create failed: " + error(r).toString().toUtf8());
            app.exit(1);
            return;
        }
        SyncClient *client = value(r);
        QObject::connect(client, &SyncClient::errorOccurred, &app,
            [](const SyncError &e) { say("error: " + e.toString().toUtf8()); });
        auto *timer = new QTimer(&app);
        timer->setInterval(2);
        QObject::connect(timer, &QTimer::timeout, &app, [&app, client, timer, next, count] {
            if (*next >= count) {
                if (client->pendingOutboxCount() == 0) {
                    timer->stop();
                    say("done");
                    app.exit(0);
                }
                return;
            }
            const int n = (*next)++;
            // Journalled before addAction returns; the write goes out from the event loop.
            auto f = client->addAction(
                u"proctor.studentMessage"_s, QJsonObject { { u"message"_s, QString::number(n) } });
            if (f.isFinished() && !isOk(f.result())) {
                say("refused " + QByteArray::number(n) + ": "
                    + error(f.result()).toString().toUtf8());
                app.exit(1);
                return;
            }
            say("accepted " + QByteArray::number(n));
        });
        timer->start();
    });
    const int rc = app.exec();
    delete next;
    return rc;
}
