#include "consoleloadbench.h"

#include "auth/principals.h"
#include "auth/sprules.h"
#include "benchline.h"
#include "consolecontroller.h"
#include "emulatorserver.h"
#include "joinrequest.h"
#include "mainwindow.h"
#include "sp/actioncatalog.h"
#include "syncclient.h"
#include "syncclientbackend.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPixmap>
#include <QThread>
#include <QTimer>
#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
double round2(double v) { return std::round(v * 100) / 100; }
using SpBench::printLine;
using SpBench::rssMb;
} // namespace

ConsoleLoadBench::ConsoleLoadBench(const ConsoleLoadOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    m_writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(&m_writer, &QProcess::readyReadStandardOutput, this, [this] {
        m_writerOut += m_writer.readAllStandardOutput();
        qsizetype nl;
        while ((nl = m_writerOut.indexOf('\n')) >= 0) {
            const QByteArray line = m_writerOut.left(nl);
            m_writerOut.remove(0, nl + 1);
            onWriterLine(line);
        }
    });
    connect(&m_writer, &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
        if (m_sent < 0)
            abort(u"the writer exited (%1) before reporting"_s.arg(code));
    });
}

ConsoleLoadBench::~ConsoleLoadBench()
{
    if (m_writer.state() != QProcess::NotRunning) {
        m_writer.kill();
        m_writer.waitForFinished(2000);
    }
    // Clients first, while the server still answers their goodbyes.
    m_window.reset();
    m_controller.reset();
    m_backend.reset();
    if (m_emulatorThread) {
        QMetaObject::invokeMethod(
            m_emulatorContext, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_emulatorContext->deleteLater();
        m_emulatorThread->quit();
        m_emulatorThread->wait();
        delete m_emulatorThread;
    } else {
        delete m_server;
    }
}

bool ConsoleLoadBench::start(QString *error)
{
    if (!m_dir.isValid()) {
        *error = u"no temporary directory"_s;
        return false;
    }
    if (!startEmulator(error))
        return false;

    ConsoleProfile profile;
    profile.name = u"bench"_s;
    profile.baseUri = m_server->spApiUrl();
    profile.spToken = m_spToken;
    m_backend = std::make_unique<SyncClientBackend>(profile);
    m_controller = std::make_unique<ConsoleController>(m_backend.get());
    m_controller->setCatalog(SpSync::ActionCatalog::builtin().toJson());
    if (!m_controller->openHistory(m_dir.filePath(u"history.sqlite"_s), error))
        return false;
    m_window = std::make_unique<MainWindow>(m_controller.get());
    m_window->resize(1400, 900);
    m_window->show();

    connect(m_backend.get(), &SyncClientBackend::clientReady, this,
        [this](const QString &, SpSync::SyncClient *client) {
            connect(client, &SpSync::SyncClient::spSyncDocUpdated, this, [this] { ++m_seen; });
            ++m_joined;
            onJoined();
        });
    connect(m_backend.get(), &ConsoleBackend::failed, this,
        [this](const QString &id, const QString &operation, const QString &message) {
            std::fprintf(stderr, "bench: %s %s: %s\n", qPrintable(operation), qPrintable(id),
                qPrintable(message));
            if (operation == SyncClientBackend::tr("join")) {
                ++m_joinFailed;
                onJoined();
            }
        });
    QTimer::singleShot(0, this, &ConsoleLoadBench::joinAll);
    return true;
}

// --acl open, rate limits off; one proctor allowed on every session ("sessions":"*"), so every
// join goes through the SP token API and uses a token minted by the server.
bool ConsoleLoadBench::startEmulator(QString *error)
{
    m_proctorSid = SpEmu::SpRules::randomSid(u"PU");
    m_spToken = SpEmu::Principals::randomSpToken();
    for (int i = 0; i < m_options.documents; ++i)
        m_sessionSids.append(SpEmu::SpRules::randomSid(u"ES"));
    const QString principals = m_dir.filePath(u"principals.json"_s);
    QFile file(principals);
    const QJsonObject entry { { u"spToken"_s, m_spToken }, { u"proctor"_s, m_proctorSid },
        { u"sessions"_s, u"*"_s } };
    if (!file.open(QIODevice::WriteOnly)
        || file.write(
               QJsonDocument(QJsonObject { { u"principals"_s, QJsonArray { entry } } }).toJson())
            < 0) {
        *error = u"cannot write %1"_s.arg(principals);
        return false;
    }
    file.close();

    SpEmu::EmulatorOptions options;
    options.listenPort = 0;
    options.memory = true;
    options.aclEnabled = false;
    options.rateLimits = false;
    options.principalsFile = principals;
    bool ok = false;
    auto create = [&] {
        m_server = new SpEmu::EmulatorServer(options);
        ok = m_server->start(error);
    };
    if (m_options.emulatorThread) {
        m_emulatorThread = new QThread;
        m_emulatorContext = new QObject;
        m_emulatorContext->moveToThread(m_emulatorThread);
        m_emulatorThread->start();
        QMetaObject::invokeMethod(m_emulatorContext, create, Qt::BlockingQueuedConnection);
    } else {
        create();
    }
    return ok;
}

void ConsoleLoadBench::joinAll()
{
    m_joinClock.start();
    for (const QString &es : std::as_const(m_sessionSids)) {
        JoinRequest request;
        request.role = JoinRequest::Role::ProctorSession;
        request.sessionSid = es;
        request.proctorSid = m_proctorSid;
        m_documentIds.append(JoinRules::validate(request).documentId);
        m_controller->join(request);
    }
    QTimer::singleShot(180 * 1000, this, [this] {
        if (m_joined + m_joinFailed < m_options.documents)
            abort(u"only %1 of %2 documents joined in 180 s"_s.arg(m_joined).arg(
                m_options.documents));
    });
}

void ConsoleLoadBench::onJoined()
{
    if (m_joined + m_joinFailed < m_options.documents)
        return;
    m_joinSeconds = m_joinClock.elapsed() / 1000.0;
    if (m_joinFailed > 0) {
        abort(u"%1 joins failed"_s.arg(m_joinFailed));
        return;
    }
    // What a proctor looks at: one document open in the tree, the others in the list.
    m_window->selectDocument(m_documentIds.first());
    // Let the first paint and the joins' last replies settle before measuring.
    QTimer::singleShot(1000, this, [this] {
        m_rssJoinedMb = rssMb();
        startWriter();
    });
}

void ConsoleLoadBench::startWriter()
{
    QJsonArray names;
    for (const QString &id : std::as_const(m_documentIds))
        names.append(id);
    const QJsonObject job { { u"twilsock"_s, m_server->twilsockUrl().toString() },
        { u"token"_s, m_server->mintToken(u"bench-writer"_s, 3600) }, { u"documents"_s, names },
        { u"rate"_s, m_options.rate }, { u"seconds"_s, m_options.seconds } };
    m_writer.start(QCoreApplication::applicationFilePath(), { u"--writer"_s });
    if (!m_writer.waitForStarted(10000)) {
        abort(u"cannot start the writer: %1"_s.arg(m_writer.errorString()));
        return;
    }
    // The job (with the token) goes through stdin, never on a command line.
    m_writer.write(QJsonDocument(job).toJson(QJsonDocument::Compact) + '\n');
    m_writer.closeWriteChannel();
    QTimer::singleShot((m_options.seconds + 120) * 1000, this, [this] {
        if (!m_ended)
            abort(u"the writer did not finish in time"_s);
    });
}

void ConsoleLoadBench::onWriterLine(const QByteArray &line)
{
    const QJsonObject o = QJsonDocument::fromJson(line).object();
    const QString event = o.value(u"event"_s).toString();
    if (event == u"started"_s) {
        m_seen = 0;
        m_meter.start();
    } else if (event == u"done"_s) {
        m_sent = qint64(o.value(u"sent"_s).toDouble());
        drainThenReport();
    }
}

// The last updates may still be in flight to the console: wait up to 5 s for them.
void ConsoleLoadBench::drainThenReport()
{
    auto *waited = new QElapsedTimer;
    waited->start();
    auto *poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, [this, poll, waited] {
        if (m_seen < m_sent && waited->elapsed() < 5000)
            return;
        poll->stop();
        poll->deleteLater();
        delete waited;
        report();
    });
    poll->start(20);
}

void ConsoleLoadBench::report()
{
    if (m_ended)
        return;
    m_ended = true;
    m_meter.stop();
    const double rssEnd = rssMb();
    if (!m_options.screenshot.isEmpty() && !m_window->grab().save(m_options.screenshot))
        std::fprintf(stderr, "bench: cannot save %s\n", qPrintable(m_options.screenshot));
    printLine({ { u"name"_s, u"console_load"_s }, { u"documents"_s, m_options.documents },
        { u"rss_mb"_s, round2(rssEnd) },
        { u"event_loop_p99_ms"_s, round2(m_meter.percentileMs(99)) },
        { u"event_loop_max_ms"_s, round2(m_meter.maxMs()) }, { u"updates_sent"_s, double(m_sent) },
        { u"updates_seen"_s, double(m_seen) }, { u"seconds"_s, round2(m_meter.seconds()) },
        { u"event_loop_p50_ms"_s, round2(m_meter.percentileMs(50)) },
        { u"ticks"_s, m_meter.samples() }, { u"rss_joined_mb"_s, round2(m_rssJoinedMb) },
        { u"join_seconds"_s, round2(m_joinSeconds) }, { u"rate_per_s"_s, m_options.rate },
        { u"emulator"_s, m_options.emulatorThread ? u"worker-thread"_s : u"gui-thread"_s },
        { u"writer"_s, u"process"_s } });
    Q_EMIT finished(0);
}

void ConsoleLoadBench::abort(const QString &why)
{
    if (m_ended)
        return;
    m_ended = true;
    std::fprintf(stderr, "bench: %s\n", qPrintable(why));
    Q_EMIT finished(1);
}
