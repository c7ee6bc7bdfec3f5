// Spawns sp-sync-emulator (path from $SP_EMULATOR) on 127.0.0.1:0 for a test and reads
// the JSON line it prints on start. The process is killed when the object dies.
#pragma once

#include <QProcess>
#include <QStringList>
#include <QUrl>

using namespace Qt::StringLiterals;

class EmulatorProcess
{
public:
    EmulatorProcess() = default;
    ~EmulatorProcess();
    EmulatorProcess(const EmulatorProcess &) = delete;
    EmulatorProcess &operator=(const EmulatorProcess &) = delete;

    // Starts with `--listen 127.0.0.1:0` plus extraArgs (default `--memory --acl open`).
    // Returns false (and fills error) when it does not print its JSON line in time.
    bool start(const QStringList &extraArgs = { u"--memory"_s, u"--acl"_s, u"open"_s },
        QString *error = nullptr, int timeoutMs = 15000);
    // Starts again on the same port with the same arguments (e.g. after kill()).
    bool restart(QString *error = nullptr);
    void kill(); // SIGKILL, for crash tests
    void terminate(); // SIGTERM and wait

    QUrl twilsockUrl() const { return m_twilsock; }
    QUrl cdsUrl() const { return m_cds; }
    QUrl spApiUrl() const { return m_spApi; }
    quint16 port() const { return quint16(m_twilsock.port()); }
    QProcess &process() { return m_process; }
    QByteArray stderrText() const { return m_stderr; }

    // Runs `sp-sync-emulator mint-token --identity ID [--ttl S] extraArgs` and returns the token.
    static QString mintToken(
        const QString &identity, int ttlSeconds = 3600, const QStringList &extraArgs = {});
    static QString executable();

private:
    bool launch(const QStringList &args, QString *error, int timeoutMs);

    QProcess m_process;
    QStringList m_args;
    QUrl m_twilsock, m_cds, m_spApi;
    QByteArray m_stderr;
};
