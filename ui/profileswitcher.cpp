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
    std::unique_ptr<ConsoleBackend> next = m_factory(*profile);
    m_controller->switchBackend(next.get(), name);
    // The old backend goes after its clients, whose deleteLater was queued by leave().
    if (m_backend)
        m_backend.release()->deleteLater();
    m_backend = std::move(next);
    m_current = name;
    Q_EMIT switched(name);
}
