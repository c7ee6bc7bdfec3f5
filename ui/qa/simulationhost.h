#pragma once

#include "emulatoroptions.h"

#include <QMetaObject>
#include <QObject>
#include <QThread>
#include <memory>
#include <type_traits>

namespace SpEmu {
class EmulatorServer;
}

// Runs f in context's thread and waits for its result; directly when that is this thread.
template <typename F> auto runOn(QObject *context, F &&f)
{
    using R = std::invoke_result_t<F>;
    if (context->thread() == QThread::currentThread())
        return f();
    if constexpr (std::is_void_v<R>) {
        QMetaObject::invokeMethod(context, std::forward<F>(f), Qt::BlockingQueuedConnection);
    } else {
        R result {};
        QMetaObject::invokeMethod(
            context, std::forward<F>(f), Qt::BlockingQueuedConnection, &result);
        return result;
    }
}

// The embedded emulator on a thread of its own. Simulated students live on that thread too (see
// SimulatedRoom): a simulated room holds both ends of hundreds of connections in this process,
// and none of their work may hold up the window. Nothing on that thread waits for the GUI thread.
class SimulationHost
{
public:
    explicit SimulationHost(const SpEmu::EmulatorOptions &options);
    ~SimulationHost(); // deletes the server on its thread, then ends the thread
    SimulationHost(const SimulationHost &) = delete;
    SimulationHost &operator=(const SimulationHost &) = delete;

    bool start(QString *error);
    // Lives on the host's thread. Its URLs and demo() may be read from any thread once started;
    // anything else goes through runOn(server(), …).
    SpEmu::EmulatorServer *server() const { return m_server; }
    QThread *thread() const { return m_thread.get(); }

private:
    SpEmu::EmulatorOptions m_options;
    std::unique_ptr<QThread> m_thread;
    QObject *m_context = nullptr; // on the thread; runs the server's creation
    SpEmu::EmulatorServer *m_server = nullptr;
};
