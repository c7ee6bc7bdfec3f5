#include "simulatedstudent.h"

#include "simulationhost.h"
#include "switchabletransport.h"
#include "syncclient.h"
#include "syncdocument.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

QString StudentBehaviour::replyKey(Reply reply)
{
    switch (reply) {
    case Reply::Answer:
        return u"answer"_s;
    case Reply::Delay:
        return u"delay"_s;
    case Reply::Never:
        return u"never"_s;
    case Reply::Refuse:
        return u"refuse"_s;
    }
    return {};
}

std::optional<StudentBehaviour::Reply> StudentBehaviour::replyFromKey(const QString &key)
{
    for (Reply r : { Reply::Answer, Reply::Delay, Reply::Never, Reply::Refuse }) {
        if (replyKey(r) == key)
            return r;
    }
    return std::nullopt;
}

SimulatedStudent::SimulatedStudent(const Setup &setup, QObject *parent)
    : QObject(parent)
    , m_setup(setup)
    , m_flapTimer(new QTimer(this))
{
    connect(m_flapTimer, &QTimer::timeout, this, &SimulatedStudent::flap);
}

SimulatedStudent::~SimulatedStudent() = default;

QString SimulatedStudent::documentId() const { return u"Session_"_s + m_setup.sessionSid; }

SpSync::SyncClient *SimulatedStudent::client() const { return m_client.data(); }

StudentBehaviour SimulatedStudent::behaviour() const
{
    QMutexLocker lock(&m_behaviourLock);
    return m_behaviour;
}

bool SimulatedStudent::isOnline() const
{
    auto *self = const_cast<SimulatedStudent *>(this);
    return runOn(self, [self] { return !self->m_transport || self->m_transport->isOnline(); });
}

QJsonObject SimulatedStudent::document() const
{
    auto *self = const_cast<SimulatedStudent *>(this);
    return runOn(
        self, [self] { return self->m_client ? self->m_client->getSync() : QJsonObject(); });
}

SpSync::SyncConnection::State SimulatedStudent::connectionState() const
{
    auto *self = const_cast<SimulatedStudent *>(this);
    return runOn(self, [self] {
        return self->m_client ? self->m_client->state()
                              : SpSync::SyncConnection::State::Disconnected;
    });
}

int SimulatedStudent::outboxCount() const
{
    auto *self = const_cast<SimulatedStudent *>(this);
    return runOn(
        self, [self] { return self->m_client ? self->m_client->pendingOutboxCount() : 0; });
}

void SimulatedStudent::start()
{
    SpSync::SyncClientConfig config;
    config.baseUri = m_setup.spApi;
    config.documentId = documentId();
    config.identity = m_setup.sessionSid;
    config.token = m_setup.spToken;
    config.initialData = m_setup.initialData;
    config.connectTimeoutMs = 60000; // hundreds of students connect at once
    // Back online quickly after a simulated outage.
    config.timeouts.backoffMinMs = 300;
    config.timeouts.backoffMaxMs = 1500;
    config.transportFactory = [this] {
        auto t = std::make_unique<SwitchableTransport>();
        m_transport = t.get();
        return std::unique_ptr<SpSync::SyncTransport>(std::move(t));
    };
    SpSync::whenFinished(SpSync::SyncClient::create(config, this), this,
        [this](SpSync::SyncResult<SpSync::SyncClient *> r) {
            if (!SpSync::isOk(r)) {
                Q_EMIT failed(SpSync::error(r).message);
                return;
            }
            m_client = SpSync::value(r);
            // Both executors of the student's machine; the proctor's answers stay for the console.
            m_client->setConsumedExecutors({ u"extension"_s, u"onboarding"_s });
            applyBehaviour();
            m_ready = true;
            Q_EMIT ready();
        });
}

void SimulatedStudent::setBehaviour(const StudentBehaviour &behaviour)
{
    {
        QMutexLocker lock(&m_behaviourLock);
        m_behaviour = behaviour;
    }
    QMetaObject::invokeMethod(this, &SimulatedStudent::applyBehaviour);
}

// On the student's thread: the connection, consuming and flapping follow the behaviour.
void SimulatedStudent::applyBehaviour()
{
    const StudentBehaviour b = behaviour();
    applyConsuming(b.reply);
    if (m_transport)
        m_transport->setOnline(b.online);
    m_flapField = b.flapField;
    if (b.flapMs > 0 && !b.flapField.isEmpty() && m_client)
        m_flapTimer->start(b.flapMs);
    else
        m_flapTimer->stop();
}

void SimulatedStudent::applyConsuming(StudentBehaviour::Reply reply)
{
    // Never answering means never taking: the actions stay queued and the proctor sees them age.
    const bool consume = m_client && reply != StudentBehaviour::Reply::Never;
    if (consume == m_consuming)
        return;
    m_consuming = consume;
    if (consume)
        connect(m_client, &SpSync::SyncClient::actionsAdded, this, &SimulatedStudent::onAction);
    else if (m_client)
        disconnect(m_client, &SpSync::SyncClient::actionsAdded, this, &SimulatedStudent::onAction);
}

void SimulatedStudent::setFields(const QJsonObject &fields)
{
    QMetaObject::invokeMethod(this, [this, fields] {
        if (!m_client) {
            Q_EMIT fieldsWritten(false);
            return;
        }
        SpSync::whenFinished(
            m_client->setSync(fields), this, [this](const SpSync::SyncResult<QJsonObject> &r) {
                Q_EMIT fieldsWritten(SpSync::isOk(r));
            });
    });
}

void SimulatedStudent::flap()
{
    if (!m_client || m_flapField.isEmpty())
        return;
    const QJsonValue now = m_client->getSync().value(m_flapField);
    m_client->setSync(QJsonObject { { m_flapField, !now.toBool() } });
}

void SimulatedStudent::onAction(const QString &executor, const QJsonObject &action)
{
    if (executor != u"extension"_s && executor != u"onboarding"_s)
        return;
    ++m_taken;
    const StudentBehaviour b = behaviour();
    switch (b.reply) {
    case StudentBehaviour::Reply::Answer:
        act(executor, action);
        break;
    case StudentBehaviour::Reply::Delay:
        QTimer::singleShot(b.delayMs, this, [this, executor, action] { act(executor, action); });
        break;
    case StudentBehaviour::Reply::Refuse:
        refuse(executor, action);
        break;
    case StudentBehaviour::Reply::Never:
        break;
    }
}

void SimulatedStudent::act(const QString &executor, const QJsonObject &action)
{
    if (!m_client)
        return;
    const QString name = action.value(u"action"_s).toString();
    const QString respondTo = action.value(u"respondTo"_s).toString();
    if (name == u"getDisplayCount"_s && !respondTo.isEmpty()) {
        ++m_answered;
        const int count = behaviour().displayCount;
        m_client->addAction(respondTo + u".getDisplayCount"_s,
            QJsonObject {
                { u"displayCount"_s, count }, { u"requestId"_s, action.value(u"id"_s) } });
        Q_EMIT handled(tr("%1 (%2) answered getDisplayCount with %3")
                           .arg(m_setup.studentName, executor)
                           .arg(count),
            action);
    } else if (name == u"stopSession"_s) {
        m_client->setSync(QJsonObject { { u"studentStatus"_s, u"stopped"_s } });
        Q_EMIT handled(
            tr("%1 (%2) stopped the session").arg(m_setup.studentName, executor), action);
    } else {
        Q_EMIT handled(tr("%1 (%2) took %3").arg(m_setup.studentName, executor, name), action);
    }
}

// A refusal is an answer with refused: true, written to the array of the executor that asked for
// answers (or the proctor's), matched to the request by requestId.
void SimulatedStudent::refuse(const QString &executor, const QJsonObject &action)
{
    if (!m_client)
        return;
    ++m_answered;
    QString to = action.value(u"respondTo"_s).toString();
    if (to.isEmpty())
        to = u"proctor"_s;
    const QJsonObject answer { { u"action"_s, action.value(u"action"_s) }, { u"executor"_s, to },
        { u"requestId"_s, action.value(u"id"_s) }, { u"refused"_s, true },
        { u"reason"_s, u"refused by the simulated student"_s },
        { u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces) },
        { u"createdBy"_s, m_setup.sessionSid },
        { u"createdAt"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) } };
    const QString array = to + u"Actions"_s;
    m_client->document()->mutate([array, answer](const QJsonObject &current) {
        QJsonObject next = current;
        QJsonArray list = next.value(array).toArray();
        list.append(answer);
        next.insert(array, list);
        return std::optional<QJsonObject>(next);
    });
    Q_EMIT handled(tr("%1 (%2) refused %3")
                       .arg(m_setup.studentName, executor, action.value(u"action"_s).toString()),
        action);
}
