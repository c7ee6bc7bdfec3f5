#include "emulatorprocess.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

EmulatorProcess::~EmulatorProcess() { terminate(); }

QString EmulatorProcess::executable() { return qEnvironmentVariable("SP_EMULATOR"); }

bool EmulatorProcess::start(const QStringList &extraArgs, QString *error, int timeoutMs)
{
    m_args = QStringList { u"--listen"_s, u"127.0.0.1:0"_s } + extraArgs;
    return launch(m_args, error, timeoutMs);
}

bool EmulatorProcess::restart(QString *error)
{
    QStringList args = m_args;
    const int i = args.indexOf(u"--listen"_s);
    if (i >= 0 && i + 1 < args.size())
        args[i + 1] = u"127.0.0.1:%1"_s.arg(port());
    terminate();
    return launch(args, error, 15000);
}

bool EmulatorProcess::launch(const QStringList &args, QString *error, int timeoutMs)
{
    const QString exe = executable();
    if (exe.isEmpty()) {
        if (error)
            *error = u"SP_EMULATOR is not set"_s;
        return false;
    }
    m_stderr.clear();
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(exe, args);
    if (!m_process.waitForStarted(timeoutMs)) {
        if (error)
            *error = u"emulator did not start: %1"_s.arg(m_process.errorString());
        return false;
    }
    // The test thread may block here: the emulator is another process.
    QDeadlineTimer deadline(timeoutMs);
    while (!m_process.canReadLine()) {
        if (deadline.hasExpired() || !m_process.waitForReadyRead(int(deadline.remainingTime()))) {
            m_stderr += m_process.readAllStandardError();
            if (error)
                *error = u"emulator printed no JSON line: %1"_s.arg(QString::fromUtf8(m_stderr));
            return false;
        }
    }
    const QJsonObject line = QJsonDocument::fromJson(m_process.readLine()).object();
    m_twilsock = QUrl(line.value(u"twilsock").toString());
    m_cds = QUrl(line.value(u"cds").toString());
    m_spApi = QUrl(line.value(u"spApi").toString());
    if (!m_twilsock.isValid() || m_twilsock.port() <= 0) {
        if (error)
            *error = u"emulator JSON line lacks a twilsock URL"_s;
        return false;
    }
    return true;
}

void EmulatorProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
    m_stderr += m_process.readAllStandardError();
}

void EmulatorProcess::terminate()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    m_stderr += m_process.readAllStandardError();
}

QString EmulatorProcess::mintToken(
    const QString &identity, int ttlSeconds, const QStringList &extraArgs)
{
    QProcess p;
    p.start(executable(),
        QStringList {
            u"mint-token"_s, u"--identity"_s, identity, u"--ttl"_s, QString::number(ttlSeconds) }
            + extraArgs);
    if (!p.waitForFinished(15000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}
