// WireLog: every Twilsock frame both ways as JSON lines (spsync --wire-log, the console's
// diagnostic log), with tokens, secrets and secret action fields redacted. One line per frame:
//   {"t":"2026-12-07T04:01:02.345Z","conn":1,"dir":"send","method":"message","id":"TM…",
//    "header":{…},"payload":{…}}
// plus {"t","conn","event":"open","url"} / {"event":"connected"} / {"event":"disconnected"}.
// Off unless installed with setGlobal(): clients then pay nothing per frame.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QJsonObject>
#include <QMutex>
#include <QSet>
#include <QString>
#include <deque>

namespace SpSync {

class WireLog
{
public:
    enum class Direction { Sent, Received };

    WireLog();
    ~WireLog();
    WireLog(const WireLog &) = delete;
    WireLog &operator=(const WireLog &) = delete;

    // The log every new client connection writes to; nullptr (the default) = none.
    static WireLog *global();
    static void setGlobal(WireLog *log);

    // Streams each line to `path` as it happens, flushed, so a killed process leaves a
    // complete log. The file is created (or truncated) readable by its owner only.
    bool openFile(const QString &path, QString *error);
    // Keeps the most recent frames in memory as received (rendered only by save()), at most
    // maxFrames and maxBytes of them.
    void keepInMemory(int maxFrames = 20000, qint64 maxBytes = qint64(32) * 1024 * 1024);
    // Writes the in-memory frames, rendered and redacted, to `path`.
    bool save(const QString &path, QString *error) const;
    int frameCount() const;

    // JSON object keys whose values are always replaced (besides token, continuation_token and
    // authorization), e.g. the catalog's secret action fields. Default: {"password"}.
    void setSecretFields(const QSet<QString> &names);

    int newConnection(); // a number for the "conn" field
    void recordFrame(int conn, Direction dir, const QByteArray &message);
    void recordEvent(int conn, const QString &event, const QString &url = {});

    // One rendered line (no newline), redacted.
    static QByteArray renderFrame(qint64 msecsSinceEpoch, int conn, Direction dir,
        const QByteArray &message, const QSet<QString> &secretFields);
    // Replaces secrets in a JSON value: the values of secret keys and of token-carrying header
    // keys, JWT-shaped strings and registered secrets (redact.h).
    static QJsonValue redactValue(const QJsonValue &value, const QSet<QString> &secretFields);

private:
    struct Entry
    {
        qint64 ms = 0;
        int conn = 0;
        Direction dir = Direction::Sent;
        QByteArray message; // the frame as sent or received, or a rendered event line
        bool isEvent = false;
    };
    void append(Entry entry);
    void writeLine(const QByteArray &line);

    mutable QMutex m_mutex;
    QFile m_file;
    bool m_memory = false;
    int m_maxFrames = 0;
    qint64 m_maxBytes = 0;
    qint64 m_bytes = 0;
    std::deque<Entry> m_entries;
    QSet<QString> m_secretFields;
    int m_connections = 0;
};

} // namespace SpSync
