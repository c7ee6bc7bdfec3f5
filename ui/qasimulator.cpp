#include "qasimulator.h"

#include "consolecontroller.h"
#include "syncclient.h"

using namespace Qt::StringLiterals;

namespace {
bool simulatedExecutor(const QString &executor)
{
    return executor == u"extension"_s || executor == u"onboarding"_s;
}
} // namespace

QaSimulator::QaSimulator(SpSync::SyncClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    // actionsAdded consumes only these; the proctor executor stays with the console.
    client->setConsumedExecutors({ u"extension"_s, u"onboarding"_s });
    setActive(true);
}

void QaSimulator::setActive(bool active)
{
    if (active == m_active || !m_client)
        return;
    m_active = active;
    // Connecting a receiver is what makes the client consume (docs/document-schema.md).
    if (active)
        connect(m_client, &SpSync::SyncClient::actionsAdded, this, &QaSimulator::onAction);
    else
        disconnect(m_client, &SpSync::SyncClient::actionsAdded, this, &QaSimulator::onAction);
}

void QaSimulator::onAction(const QString &executor, const QJsonObject &action)
{
    // actionsAdded also reports actions the console's own proctor receiver took.
    if (!simulatedExecutor(executor))
        return;
    const QString name = action.value(u"action"_s).toString();
    const QString respondTo = action.value(u"respondTo"_s).toString();
    if (name == u"getDisplayCount"_s && !respondTo.isEmpty() && m_client) {
        const QJsonObject answer { { u"displayCount"_s, m_displayCount },
            { u"requestId"_s, action.value(u"id"_s) } };
        m_client->addAction(respondTo + u".getDisplayCount"_s, answer);
        Q_EMIT handled(executor,
            tr("Simulated %1 answered getDisplayCount with %2 to %3")
                .arg(executor)
                .arg(m_displayCount)
                .arg(respondTo),
            action);
    } else if (name == u"stopSession"_s) {
        const QString url = action.value(u"redirectURL"_s).toString();
        Q_EMIT handled(executor,
            url.isEmpty()
                ? tr("Simulated %1 stopped the session").arg(executor)
                : tr("Simulated %1 stopped the session and would open %2").arg(executor, url),
            action);
    } else {
        Q_EMIT handled(executor, tr("Simulated %1 took %2").arg(executor, name), action);
    }
}

QaSimulatorSet::QaSimulatorSet(
    ConsoleController *controller, ClientLookup clientFor, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_clientFor(std::move(clientFor))
{
    DocumentListModel *docs = controller->documents();
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(docs, signal, this, &QaSimulatorSet::changed);
    connect(docs, &QAbstractItemModel::modelReset, this, &QaSimulatorSet::changed);
    connect(controller, &ConsoleController::documentLeft, this, [this](const QString &id) {
        if (QaSimulator *s = m_simulators.take(id))
            s->deleteLater();
        Q_EMIT changed();
    });
}

QStringList QaSimulatorSet::sessions() const
{
    QStringList out;
    const QStringList all = m_controller->documents()->documents();
    for (const QString &id : all) {
        if (id.startsWith(u"Session_"_s))
            out.append(id);
    }
    return out;
}

bool QaSimulatorSet::isSimulated(const QString &documentId) const
{
    const QaSimulator *s = m_simulators.value(documentId);
    return s && s->isActive();
}

QaSimulator *QaSimulatorSet::simulatorFor(const QString &documentId)
{
    if (QaSimulator *s = m_simulators.value(documentId))
        return s;
    SpSync::SyncClient *client = m_clientFor ? m_clientFor(documentId) : nullptr;
    if (!client)
        return nullptr;
    auto *s = new QaSimulator(client, this);
    s->setActive(false);
    s->setDisplayCount(m_displayCount);
    connect(s, &QaSimulator::handled, this,
        [this, documentId](const QString &, const QString &summary, const QJsonObject &action) {
            m_controller->events()->log(u"simulator"_s, documentId, summary, action);
        });
    m_simulators.insert(documentId, s);
    return s;
}

bool QaSimulatorSet::setSimulated(const QString &documentId, bool on)
{
    QaSimulator *s = on ? simulatorFor(documentId) : m_simulators.value(documentId).data();
    if (!s)
        return !on;
    if (s->isActive() == on)
        return true;
    s->setActive(on);
    m_controller->events()->log(u"simulator"_s, documentId,
        on ? tr("QA simulator on: it plays the extension and onboarding UI")
           : tr("QA simulator off"));
    Q_EMIT changed();
    return true;
}

void QaSimulatorSet::adopt(const QString &documentId, QaSimulator *simulator)
{
    if (QaSimulator *old = m_simulators.take(documentId); old && old != simulator)
        old->deleteLater();
    simulator->setDisplayCount(m_displayCount);
    m_simulators.insert(documentId, simulator);
    Q_EMIT changed();
}

void QaSimulatorSet::setDisplayCount(int count)
{
    m_displayCount = count;
    for (const auto &s : std::as_const(m_simulators)) {
        if (s)
            s->setDisplayCount(count);
    }
}
