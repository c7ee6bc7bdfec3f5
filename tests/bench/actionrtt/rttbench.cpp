#include "rttbench.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>
#include <algorithm>
#include <cmath>

using namespace SpSync;
using namespace Qt::StringLiterals;

namespace {
constexpr int kTripTimeoutMs = 15000;

// Drives the trips from signals, so the measurement includes no polling delay.
class CppTrips : public QObject
{
public:
    CppTrips(SyncClient *proctor, SyncClient *extension, int total)
        : m_proctor(proctor)
        , m_total(total)
    {
        m_watchdog.setSingleShot(true);
        m_watchdog.setInterval(kTripTimeoutMs);
        connect(&m_watchdog, &QTimer::timeout, this, [this] {
            finish(u"no answer within %1 ms (trip %2)"_s.arg(kTripTimeoutMs)
                       .arg(m_samples.size() + 1));
        });
        connect(extension, &SyncClient::extensionActionsAdded, this,
            [this, extension](const QJsonObject &a) {
                const QString respondTo = a.value(u"respondTo").toString();
                if (a.value(u"action") != u"getDisplayCount"_s || respondTo.isEmpty())
                    return;
                whenFinished(extension->addAction(respondTo + u".getDisplayCount"_s,
                                 { { u"displayCount"_s, ++m_displayCount } }),
                    this, [this](const SyncResult<QJsonObject> &r) {
                        if (!isOk(r))
                            finish(u"answer: "_s + error(r).toString());
                    });
            });
        connect(proctor, &SyncClient::proctorActionsAdded, this, [this](const QJsonObject &a) {
            if (a.value(u"action") != u"getDisplayCount"_s || !m_watchdog.isActive())
                return;
            m_samples << (m_clock.nsecsElapsed() - m_t0) / 1e6;
            if (m_samples.size() == m_total)
                finish({});
            else
                trip();
        });
    }

    // Runs the event loop until all trips are done or one failed; returns the error or "".
    QString run()
    {
        m_clock.start();
        QTimer::singleShot(0, this, [this] { trip(); });
        m_loop.exec();
        return m_error;
    }
    QList<double> samples() const { return m_samples; }

private:
    void trip()
    {
        m_watchdog.start();
        m_t0 = m_clock.nsecsElapsed();
        whenFinished(m_proctor->addAction(
                         u"extension.getDisplayCount"_s, { { u"respondTo"_s, u"proctor"_s } }),
            this, [this](const SyncResult<QJsonObject> &r) {
                if (!isOk(r))
                    finish(u"request: "_s + error(r).toString());
            });
    }
    void finish(const QString &error)
    {
        if (!m_loop.isRunning())
            return;
        m_watchdog.stop();
        m_error = error;
        m_loop.quit();
    }

    SyncClient *m_proctor;
    int m_total;
    int m_displayCount = 0;
    QElapsedTimer m_clock;
    qint64 m_t0 = 0;
    QList<double> m_samples;
    QString m_error;
    QTimer m_watchdog;
    QEventLoop m_loop;
};
} // namespace

double RttResult::percentile(double p) const
{
    if (samplesMs.isEmpty())
        return 0;
    const qsizetype idx = std::clamp<qsizetype>(
        qsizetype(std::ceil(p / 100 * samplesMs.size())) - 1, 0, samplesMs.size() - 1);
    return samplesMs.at(idx);
}

RttResult runCpp(const InteropRig &rig, int n, int warmup)
{
    RttResult result;
    const QString doc = uniqueDocName(u"rtt_cpp"_s);
    auto p = await(SyncClient::create(
        rig.config(u"bench-cpp-proctor"_s, doc, { { u"reliableConnection"_s, true } })));
    if (!isOk(p)) {
        result.error = u"proctor: "_s + error(p).toString();
        return result;
    }
    std::unique_ptr<SyncClient> proctor(value(p));
    auto e = await(SyncClient::create(rig.config(u"bench-cpp-extension"_s, doc)));
    if (!isOk(e)) {
        result.error = u"extension: "_s + error(e).toString();
        return result;
    }
    std::unique_ptr<SyncClient> extension(value(e));
    {
        CppTrips w(proctor.get(), extension.get(), warmup);
        if (warmup > 0)
            result.error = w.run();
    }
    if (result.error.isEmpty()) {
        CppTrips trips(proctor.get(), extension.get(), n);
        result.error = trips.run();
        result.samplesMs = trips.samples();
        std::sort(result.samplesMs.begin(), result.samplesMs.end());
    }
    return result;
}

QJsonObject runJs(const InteropRig &rig, int n, int warmup, QString *error)
{
    const QString node = QStandardPaths::findExecutable(u"node"_s);
    if (node.isEmpty()) {
        *error = u"node is not on PATH"_s;
        return {};
    }
    const QString script
        = QDir(qEnvironmentVariable("SP_SOURCE_DIR", QStringLiteral(SP_BENCH_SOURCE_DIR)))
              .filePath(u"tests/bench/actionrtt/actionrtt.js"_s);
    QProcess proc;
    proc.setProcessChannelMode(QProcess::SeparateChannels);
    proc.start(node, { script });
    if (!proc.waitForStarted(15000)) {
        *error = u"node did not start: "_s + proc.errorString();
        return {};
    }
    // Settings (with the tokens) go on stdin, never on the command line.
    const QJsonObject settings { { u"twilsock"_s, rig.emulator.twilsockUrl().toString() },
        { u"cds"_s, rig.emulator.cdsUrl().toString() },
        { u"proctorToken"_s, rig.token(u"bench-js-proctor"_s) },
        { u"extensionToken"_s, rig.token(u"bench-js-extension"_s) },
        { u"doc"_s, uniqueDocName(u"rtt_js"_s) }, { u"n"_s, n }, { u"warmup"_s, warmup } };
    proc.write(QJsonDocument(settings).toJson(QJsonDocument::Compact) + '\n');
    proc.closeWriteChannel();
    // Bounded: generous per trip, then killed.
    const int budgetMs = 60000 + (n + warmup) * 200;
    QEventLoop loop;
    QObject::connect(&proc, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(budgetMs, &loop, &QEventLoop::quit);
    if (proc.state() != QProcess::NotRunning)
        loop.exec();
    if (proc.state() != QProcess::NotRunning) {
        proc.kill();
        proc.waitForFinished(3000);
        *error = u"actionrtt.js did not finish within %1 ms"_s.arg(budgetMs);
        return {};
    }
    const QList<QByteArray> lines = proc.readAllStandardOutput().trimmed().split('\n');
    const QJsonObject line = QJsonDocument::fromJson(lines.last()).object();
    if (proc.exitCode() != 0 || line.value(u"name") != u"action_rtt"_s) {
        *error = u"actionrtt.js failed (exit %1): %2"_s.arg(proc.exitCode())
                     .arg(QString::fromUtf8(proc.readAllStandardError().right(1500)));
        return {};
    }
    return line;
}
