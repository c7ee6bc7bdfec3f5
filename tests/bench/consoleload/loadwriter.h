#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTimer>

namespace SpSync {
class SyncConnection;
class SyncDocument;
} // namespace SpSync

// The writer process (--writer): one Twilsock connection of its own, opens every document and
// writes `rate` updates per second in total, round robin, for `seconds`. Its job comes as one
// JSON line on stdin (the token never appears on a command line); it answers JSON lines on stdout:
// {"event":"started"} once writing begins, {"event":"done","sent":…,"failed":…} at the end.
class LoadWriter : public QObject
{
    Q_OBJECT
public:
    explicit LoadWriter(QObject *parent = nullptr);
    ~LoadWriter() override;

    // Returns false (and prints why to stderr) on a malformed job.
    bool start(const QJsonObject &job);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void openDocuments();
    void tick();
    void write(SpSync::SyncDocument *doc);
    void finishIfDrained();
    void fail(const QString &why);

    SpSync::SyncConnection *m_connection = nullptr;
    QStringList m_names;
    QList<SpSync::SyncDocument *> m_docs;
    double m_rate = 50;
    int m_seconds = 30;
    QTimer m_pacer;
    QElapsedTimer m_clock;
    qint64 m_issued = 0;
    qint64 m_acked = 0;
    qint64 m_failed = 0;
    bool m_writing = false;
    bool m_done = false;
};
