// One sp-chaos-agent process ($SP_CHAOS_AGENT) seen from the test: its JSON lines, in order.
// The token goes through the environment, never the command line.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QProcess>

class AgentProcess : public QObject
{
    Q_OBJECT
public:
    explicit AgentProcess(const QString &name, QObject *parent = nullptr);
    ~AgentProcess() override;

    void start(const QStringList &args, const QString &token);
    // Closes stdin (a consumer then exits) and waits; kills when it lingers.
    void stop(int timeoutMs = 10000);

    QString name() const { return m_name; }
    QProcess &process() { return m_process; }
    const QList<QJsonObject> &lines() const { return m_lines; }
    int count(const QString &event) const;
    bool finished() const { return m_process.state() == QProcess::NotRunning; }
    QString stderrTail() const { return QString::fromUtf8(m_stderr.right(1500)); }
    // The last lines and stderr, for a failure message.
    QString diagnostics(int lastLines = 8) const;

private:
    void readLines();

    QString m_name;
    QProcess m_process;
    QByteArray m_buffer, m_stderr;
    QList<QJsonObject> m_lines;
};
