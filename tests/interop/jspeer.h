// Drives tests/interop/js/peer.js (the official twilio-sync JS client under Node) over
// stdin/stdout JSON lines. Waits are bounded and run the event loop (no sleeps).
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QProcess>

class JsPeer : public QObject
{
    Q_OBJECT
public:
    explicit JsPeer(QObject *parent = nullptr);
    ~JsPeer() override;

    // Starts `node <script>` and waits for its ready line. The script path is relative to
    // $SP_SOURCE_DIR. Fails with a message when node is missing or the script never starts.
    bool start(const QString &script, QString *error, int timeoutMs = 20000);
    // Sends a command (an id is added) and returns its id at once.
    int send(QJsonObject command);
    // Waits for the reply to id; {"ok":false,"error":"…"} on timeout or a dead process.
    QJsonObject waitReply(int id, int timeoutMs = 30000);
    QJsonObject call(const QJsonObject &command, int timeoutMs = 30000)
    {
        return waitReply(send(command), timeoutMs);
    }
    // The data of the last remote update the JS client reported for a document.
    QJsonObject lastData(const QString &doc) const { return m_lastData.value(doc); }
    int updateCount(const QString &doc) const { return m_updates.value(doc); }
    QString stderrTail() const;
    // Closes stdin (the script shuts its client down) and waits; kills when it lingers.
    void stop();

Q_SIGNALS:
    void updated(const QString &doc, const QJsonObject &data);

private:
    void readLines();

    QProcess m_process;
    QByteArray m_buffer;
    QByteArray m_stderr;
    bool m_ready = false;
    int m_nextId = 1;
    QHash<int, QJsonObject> m_replies;
    QHash<QString, QJsonObject> m_lastData;
    QHash<QString, int> m_updates;
};
