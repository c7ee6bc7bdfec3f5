#include "demosession.h"

#include "actionqueuemodel.h"
#include "emulatorserver.h"
#include "joinrequest.h"
#include "qasimulator.h"
#include "sp/actioncatalog.h"
#include "syncclient.h"

#include <QTimer>

using namespace Qt::StringLiterals;

DemoSession::DemoSession(QObject *parent)
    : QObject(parent)
{
}

DemoSession::~DemoSession()
{
    // Clients first, while the server still answers their goodbyes.
    delete m_simulators;
    m_controller.reset();
    m_backend.reset();
    delete m_student;
    m_host.reset();
}

bool DemoSession::start(const QString &historyPath, QString *error)
{
    SpEmu::EmulatorOptions options;
    options.listenPort = 0;
    options.memory = true;
    options.demo = true;
    m_host = std::make_unique<SimulationHost>(options);
    if (!m_host->start(error))
        return false;
    const auto &demo = server()->demo();
    if (!demo) {
        *error = tr("The embedded emulator has no demo data.");
        return false;
    }

    ConsoleProfile profile;
    profile.id = u"embedded-demo"_s; // never the translated label
    profile.name = tr("Local (embedded emulator)");
    profile.baseUri = server()->spApiUrl();
    profile.spToken = demo->proctorSpToken;
    m_backend = std::make_unique<SyncClientBackend>(profile);
    m_controller = std::make_unique<ConsoleController>(m_backend.get());
    m_controller->setCatalog(SpSync::ActionCatalog::builtin().toJsonWithFlags());
    if (!m_controller->openHistory(historyPath, error))
        return false;
    m_simulators = new QaSimulatorSet(
        m_controller.get(),
        [this](const QString &id) {
            // After a profile switch the controller uses another backend.
            const auto *b = qobject_cast<const SyncClientBackend *>(m_controller->backend());
            return b ? b->client(id) : nullptr;
        },
        this);
    m_simulators->setDisplayCount(2);

    JoinRequest session;
    session.role = JoinRequest::Role::ProctorSession;
    session.sessionSid = demo->sessionSid;
    session.proctorSid = demo->proctorSid;
    JoinRequest room;
    room.role = JoinRequest::Role::ProctorRoom;
    room.proctorSid = demo->proctorSid;
    room.roomSid = demo->roomSid;
    m_sessionDoc = JoinRules::validate(session).documentId;

    JoinRequest student;
    student.role = JoinRequest::Role::Student;
    student.sessionSid = demo->sessionSid;
    m_studentIdentity = JoinRules::validate(student).identity;
    m_studentToken = demo->studentSpToken;

    // The simulator starts once the console created the session document.
    connect(m_backend.get(), &SyncClientBackend::clientReady, this, [this](const QString &id) {
        if (id == m_sessionDoc && !m_student)
            startSimulator();
    });
    m_controller->join(session);
    m_controller->join(room);
    return true;
}

void DemoSession::startSimulator()
{
    SpSync::SyncClientConfig config;
    config.baseUri = server()->spApiUrl();
    config.documentId = m_sessionDoc;
    config.identity = m_studentIdentity;
    config.token = m_studentToken;
    SpSync::whenFinished(SpSync::SyncClient::create(config, this), this,
        [this](SpSync::SyncResult<SpSync::SyncClient *> r) {
            if (!SpSync::isOk(r)) {
                const QString message = tr("The QA simulator could not join: %1")
                                            .arg(SyncClientBackend::errorText(SpSync::error(r)));
                m_controller->events()->log(u"error"_s, m_sessionDoc, message);
                if (m_playing)
                    Q_EMIT scenarioFinished(false, message);
                return;
            }
            m_student = SpSync::value(r);
            m_simulator = new QaSimulator(m_student, this);
            m_simulators->adopt(m_sessionDoc, m_simulator);
            connect(m_simulator, &QaSimulator::handled, this,
                [this](const QString &, const QString &summary, const QJsonObject &action) {
                    m_controller->events()->log(u"simulator"_s, m_sessionDoc, summary, action);
                });
            m_controller->events()->log(u"state"_s, m_sessionDoc,
                tr("QA simulator plays the extension and onboarding UI as %1")
                    .arg(m_studentIdentity));
            Q_EMIT simulatorReady();
        });
}

void DemoSession::playScenario()
{
    m_playing = true;
    auto send = [this] {
        if (m_sent)
            return;
        m_sent = true;
        const QJsonArray batch {
            QJsonObject { { u"actionType"_s, u"extension.getDisplayCount"_s },
                { u"additionalInfo"_s, QJsonObject { { u"respondTo"_s, u"proctor"_s } } } },
            QJsonObject { { u"actionType"_s, u"extension.stopSession"_s },
                { u"additionalInfo"_s,
                    QJsonObject { { u"redirectURL"_s, u"https://example.com/exam-finished"_s } } } }
        };
        m_controller->send(m_sessionDoc, batch);
    };
    if (m_simulator)
        send();
    else
        connect(this, &DemoSession::simulatorReady, this, send);
    connect(m_controller->events(), &QAbstractItemModel::rowsInserted, this,
        &DemoSession::checkScenario);
}

void DemoSession::checkScenario()
{
    ActionQueueModel *queue = m_controller->queue(m_sessionDoc);
    if (!m_playing || !queue || !m_sent)
        return;
    bool stopConsumed = false;
    bool answered = false;
    for (int r = 0; r < queue->rowCount(); ++r) {
        const QModelIndex i = queue->index(r, 0);
        const QString action = i.data(ActionQueueModel::ActionRole).toString();
        if (i.data(ActionQueueModel::ExecutorRole).toString() != u"extension"_s)
            continue;
        if (action == u"stopSession"_s)
            stopConsumed = i.data(ActionQueueModel::StatusRole).toInt()
                == int(ActionQueueModel::Status::Consumed);
        if (action == u"getDisplayCount"_s)
            answered = !i.data(ActionQueueModel::ResponseRole).toJsonObject().isEmpty();
    }
    if (stopConsumed && answered) {
        m_playing = false;
        Q_EMIT scenarioFinished(
            true, tr("Demo finished: stopSession consumed, getDisplayCount answered."));
    }
}
