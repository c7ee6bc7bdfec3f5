#pragma once

#include "stallmeter.h"

#include <QElapsedTimer>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace SpEmu {
class EmulatorServer;
}
class ConsoleController;
class MainWindow;
class QThread;
class SyncClientBackend;

struct ConsoleLoadOptions
{
    int documents = 200;
    double rate = 50; // updates per second, all documents together
    int seconds = 30;
    bool emulatorThread = false; // the real console runs it on the GUI thread
    QString screenshot; // PNG of the window at the end, when set
};

// The real console (MainWindow + ConsoleController + SyncClientBackend) on an in-process
// emulator, joined to many session documents while a writer process updates them. Prints the
// console_load JSON line and emits finished().
class ConsoleLoadBench : public QObject
{
    Q_OBJECT
public:
    explicit ConsoleLoadBench(const ConsoleLoadOptions &options, QObject *parent = nullptr);
    ~ConsoleLoadBench() override;

    bool start(QString *error);

Q_SIGNALS:
    void finished(int exitCode);

private:
    bool startEmulator(QString *error);
    void joinAll();
    void onJoined();
    void startWriter();
    void onWriterLine(const QByteArray &line);
    void drainThenReport();
    void report();
    void abort(const QString &why);

    ConsoleLoadOptions m_options;
    QTemporaryDir m_dir;
    QThread *m_emulatorThread = nullptr;
    QObject *m_emulatorContext = nullptr;
    SpEmu::EmulatorServer *m_server = nullptr;
    std::unique_ptr<SyncClientBackend> m_backend;
    std::unique_ptr<ConsoleController> m_controller;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_sessionSids;
    QStringList m_documentIds;
    QElapsedTimer m_joinClock;
    QString m_proctorSid;
    QString m_spToken;
    int m_joined = 0;
    int m_joinFailed = 0;
    qint64 m_seen = 0;
    qint64 m_sent = -1;
    double m_joinSeconds = 0;
    double m_rssJoinedMb = 0;
    QProcess m_writer;
    QByteArray m_writerOut;
    StallMeter m_meter;
    bool m_ended = false;
};
