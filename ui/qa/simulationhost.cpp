#include "simulationhost.h"

#include "emulatorserver.h"

using namespace Qt::StringLiterals;

SimulationHost::SimulationHost(const SpEmu::EmulatorOptions &options)
    : m_options(options)
    , m_thread(std::make_unique<QThread>())
{
    m_thread->setObjectName(u"simulation"_s);
    m_context = new QObject;
    m_context->moveToThread(m_thread.get());
    m_thread->start();
}

SimulationHost::~SimulationHost()
{
    runOn(m_context, [this] { delete m_server; });
    m_thread->quit();
    m_thread->wait();
    delete m_context; // its thread has ended: nothing of it runs any more
}

bool SimulationHost::start(QString *error)
{
    return runOn(m_context, [this, error] {
        m_server = new SpEmu::EmulatorServer(m_options);
        return m_server->start(error);
    });
}
