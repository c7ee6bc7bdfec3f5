#include "qasimulator.h"

#include "syncclient.h"

QaSimulator::QaSimulator(SpSync::SyncClient *student, QObject *parent)
    : QObject(parent)
    , m_client(student)
{
    student->setConsumedExecutors({ QStringLiteral("extension"), QStringLiteral("onboarding") });
    setActive(true);
}

void QaSimulator::setActive(bool active)
{
    if (active == m_active || !m_client)
        return;
    m_active = active;
    // Connecting a receiver is what makes the client consume (DESIGN 4).
    if (active)
        connect(m_client, &SpSync::SyncClient::actionsAdded, this, &QaSimulator::onAction);
    else
        disconnect(m_client, &SpSync::SyncClient::actionsAdded, this, &QaSimulator::onAction);
}

void QaSimulator::onAction(const QString &executor, const QJsonObject &action)
{
    const QString name = action.value(QStringLiteral("action")).toString();
    const QString respondTo = action.value(QStringLiteral("respondTo")).toString();
    if (name == QLatin1String("getDisplayCount") && !respondTo.isEmpty() && m_client) {
        const QJsonObject answer { { QStringLiteral("displayCount"), m_displayCount },
            { QStringLiteral("requestId"), action.value(QStringLiteral("id")) } };
        m_client->addAction(respondTo + QLatin1String(".getDisplayCount"), answer);
        Q_EMIT handled(executor,
            tr("Simulated %1 answered getDisplayCount with %2 to %3")
                .arg(executor)
                .arg(m_displayCount)
                .arg(respondTo),
            action);
    } else if (name == QLatin1String("stopSession")) {
        const QString url = action.value(QStringLiteral("redirectURL")).toString();
        Q_EMIT handled(executor,
            url.isEmpty()
                ? tr("Simulated %1 stopped the session").arg(executor)
                : tr("Simulated %1 stopped the session and would open %2").arg(executor, url),
            action);
    } else {
        Q_EMIT handled(executor, tr("Simulated %1 took %2").arg(executor, name), action);
    }
}
