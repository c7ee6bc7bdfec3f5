#include "profileswitcher.h"

#include "consolebackend.h"
#include "consolecontroller.h"
#include "profilestore.h"

ProfileSwitcher::ProfileSwitcher(
    ProfileStore *store, ConsoleController *controller, BackendFactory factory, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_controller(controller)
    , m_factory(std::move(factory))
{
    connect(
        store, &ProfileStore::tokenRead, this, [this](const QString &name, const QString &token) {
            if (name != m_reading)
                return;
            m_reading.clear();
            if (token.isEmpty())
                Q_EMIT tokenNeeded(name);
            else
                apply(name, token);
        });
    connect(controller, &ConsoleController::documentJoined, this, &ProfileSwitcher::remember);
    connect(controller, &ConsoleController::documentLeft, this, &ProfileSwitcher::remember);
}

void ProfileSwitcher::remember()
{
    if (!m_switching && !m_current.isEmpty())
        m_store->setJoinedDocuments(m_current, m_controller->joinedRequests());
}

void ProfileSwitcher::rejoinRemembered()
{
    if (m_current.isEmpty())
        return;
    const QList<JoinRequest> remembered = m_store->joinedDocuments(m_current);
    for (const JoinRequest &r : remembered)
        m_controller->join(r);
}

// The controller never calls its backend while being destroyed, so ours may go first.
ProfileSwitcher::~ProfileSwitcher() = default;

void ProfileSwitcher::switchTo(const QString &name)
{
    if (!m_store->profile(name)) {
        Q_EMIT failed(tr("No connection profile named \"%1\".").arg(name));
        return;
    }
    m_reading = name;
    m_store->readToken(name);
}

void ProfileSwitcher::switchWithToken(const QString &name, const QString &token)
{
    if (token.isEmpty())
        return;
    m_store->storeToken(name, token);
    apply(name, token);
}

void ProfileSwitcher::apply(const QString &name, const QString &token)
{
    auto profile = m_store->profile(name);
    if (!profile) {
        Q_EMIT failed(tr("No connection profile named \"%1\".").arg(name));
        return;
    }
    profile->spToken = token;
    const QList<JoinRequest> open = m_controller->joinedRequests();
    const QList<JoinRequest> remembered = m_store->joinedDocuments(name);
    const QList<JoinRequest> chosen = m_chooser ? m_chooser(name, remembered, open) : remembered;
    std::unique_ptr<ConsoleBackend> next = m_factory(*profile);
    m_switching = true; // leaving here is not the old profile forgetting its documents
    m_controller->switchBackend(next.get(), name, chosen);
    m_switching = false;
    // The old backend goes after its clients, whose deleteLater was queued by leave().
    if (m_backend)
        m_backend.release()->deleteLater();
    m_backend = std::move(next);
    m_current = name;
    remember();
    Q_EMIT switched(name);
}
