// Runs one spsync command against a SyncClient and reports an exit code.
#pragma once

#include "spsyncoptions.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <memory>

class QIODevice;
class QTimer;

namespace SpSync {
class WireLog;
}

namespace SpSyncCli {

class CommandRunner : public QObject
{
    Q_OBJECT
public:
    explicit CommandRunner(const Options &options, QObject *parent = nullptr);
    ~CommandRunner() override;

    // Where JSON lines and the error line go (default: stdout and stderr).
    void setOutput(QIODevice *out, QIODevice *err);
    // Validates input, connects and runs the command; emits finished() exactly once.
    void start();
    int exitCode() const { return m_exitCode; }

    // One line on the error device: "spsync: <message>" with secrets redacted.
    static QByteArray errorLine(const QString &message);
    // One compact JSON line with registered secrets redacted.
    static QByteArray jsonLine(const QJsonObject &object);
    // One JSON line with members in the given order ("event" first).
    static QByteArray eventLine(const QList<std::pair<QString, QJsonValue>> &members);

Q_SIGNALS:
    void finished(int exitCode);

private:
    bool prepare(); // everything that can fail before connecting
    void run();
    void runWatch();
    void printLine(const QJsonObject &object);
    void printEvent(const QList<std::pair<QString, QJsonValue>> &members);
    void writeLine(const QByteArray &line);
    void fail(const SpSync::SyncError &error);
    void fail(int exitCode, const QString &message);
    void warn(const QString &message); // an error line that does not end the command
    void finish(int exitCode);

    Options m_options;
    // Declared before the client: the log outlives the client's connection.
    std::unique_ptr<SpSync::WireLog> m_wireLog;
    SpSync::SyncClientConfig m_config;
    QJsonArray m_batch;
    QPointer<SpSync::SyncClient> m_client;
    QIODevice *m_out = nullptr;
    QIODevice *m_err = nullptr;
    QTimer *m_timer = nullptr;
    int m_seen = 0;
    int m_exitCode = -1;
    bool m_finished = false;
};

} // namespace SpSyncCli
