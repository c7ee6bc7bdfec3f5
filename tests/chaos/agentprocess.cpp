#include "agentprocess.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

AgentProcess::AgentProcess(const QString &name, QObject *parent)
    : QObject(parent)
    , m_name(name)
{
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &AgentProcess::readLines);
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        m_stderr.append(m_process.readAllStandardError());
        if (m_stderr.size() > 8000)
            m_stderr = m_stderr.right(8000);
    });
}

AgentProcess::~AgentProcess() { stop(3000); }

void AgentProcess::start(const QStringList &args, const QString &token)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"SP_CHAOS_TOKEN"_s, token);
    m_process.setProcessEnvironment(env);
    m_process.start(qEnvironmentVariable("SP_CHAOS_AGENT"), args);
}

void AgentProcess::stop(int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(timeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
    readLines();
}

int AgentProcess::count(const QString &event) const
{
    int n = 0;
    for (const QJsonObject &line : m_lines)
        n += line.value(u"event").toString() == event ? 1 : 0;
    return n;
}

void AgentProcess::readLines()
{
    m_buffer.append(m_process.readAllStandardOutput());
    for (qsizetype nl = m_buffer.indexOf('\n'); nl >= 0; nl = m_buffer.indexOf('\n')) {
        const QByteArray line = m_buffer.left(nl).trimmed();
        m_buffer.remove(0, nl + 1);
        if (!line.isEmpty())
            m_lines.append(QJsonDocument::fromJson(line).object());
    }
}

QString AgentProcess::diagnostics(int lastLines) const
{
    QStringList out {
        u"%1: exit %2, %3 lines"_s.arg(m_name).arg(m_process.exitCode()).arg(m_lines.size())
    };
    for (qsizetype i = std::max<qsizetype>(0, m_lines.size() - lastLines); i < m_lines.size(); ++i)
        out << QString::fromUtf8(QJsonDocument(m_lines.at(i)).toJson(QJsonDocument::Compact));
    out << u"stderr: "_s + stderrTail();
    return out.join(u'\n');
}
