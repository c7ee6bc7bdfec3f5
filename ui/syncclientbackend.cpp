#include "syncclientbackend.h"

#include "syncclient.h"
#include "syncerror.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

namespace {

DocumentListModel::State mapState(SpSync::SyncConnection::State s)
{
    using S = SpSync::SyncConnection::State;
    switch (s) {
    case S::Connecting:
        return DocumentListModel::State::Connecting;
    case S::Connected:
        return DocumentListModel::State::Connected;
    case S::Reconnecting:
        return DocumentListModel::State::Reconnecting;
    case S::Denied:
        return DocumentListModel::State::Denied;
    case S::Disconnected:
        break;
    }
    return DocumentListModel::State::Disconnected;
}

QJsonObject emptySchema()
{
    return QJsonObject { { QStringLiteral("reliableConnection"), true },
        { QStringLiteral("extensionActions"), QJsonArray() },
        { QStringLiteral("onboardingActions"), QJsonArray() },
        { QStringLiteral("proctorActions"), QJsonArray() } };
}

} // namespace

SyncClientBackend::SyncClientBackend(const ConsoleProfile &profile, QObject *parent)
    : ConsoleBackend(parent)
    , m_profile(profile)
{
}

SyncClientBackend::~SyncClientBackend() = default;

QString SyncClientBackend::errorText(const SpSync::SyncError &error)
{
    using K = SpSync::SyncError::Kind;
    QString what;
    switch (error.kind) {
    case K::NoError:
        return QString();
    case K::Transport:
        what = tr("Cannot reach the server");
        break;
    case K::Auth:
        what = tr("The token was refused");
        break;
    case K::Denied:
        what = tr("Access denied");
        break;
    case K::NotFound:
        what = tr("Not found");
        break;
    case K::Conflict:
        what = tr("Conflicting write");
        break;
    case K::TooLarge:
        what = tr("The document would exceed 16 KiB");
        break;
    case K::RateLimited:
        what = tr("Too many writes; slow down");
        break;
    case K::Timeout:
        what = tr("The server did not answer in time");
        break;
    case K::InvalidInput:
        what = tr("Invalid input");
        break;
    case K::Protocol:
    case K::Server:
        what = tr("Server error");
        break;
    }
    // The library's English detail stays as is: it names the field, code or URL involved.
    return error.code ? tr("%1 (error %2): %3").arg(what).arg(error.code).arg(error.message)
                      : tr("%1: %2").arg(what, error.message);
}

SpSync::SyncClient *SyncClientBackend::client(const QString &documentId) const
{
    return m_clients.value(documentId).data();
}

void SyncClientBackend::join(const JoinRequest &request)
{
    const QString id = request.documentId;
    if (m_clients.contains(id) || m_pending.contains(id))
        return;
    SpSync::SyncClientConfig config;
    config.baseUri = m_profile.baseUri;
    config.documentId = id;
    config.identity = request.identity;
    config.token = m_profile.spToken;
    config.tokenPath = m_profile.tokenPath;
    config.region = m_profile.region;
    config.initialData = emptySchema();
    // Durable outbox, one file per profile: actions survive going offline or a crash.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QString profile = m_profile.name;
    profile.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("_"));
    if (!dir.isEmpty() && QDir().mkpath(dir))
        config.outboxPath = QDir(dir).filePath(QStringLiteral("outbox-%1.sqlite").arg(profile));
    m_pending.insert(id);
    Q_EMIT stateChanged(id, DocumentListModel::State::Connecting, 0, QString());
    SpSync::whenFinished(SpSync::SyncClient::create(config, this), this,
        [this, id](SpSync::SyncResult<SpSync::SyncClient *> r) {
            const bool wanted = m_pending.remove(id);
            if (!SpSync::isOk(r)) {
                const SpSync::SyncError e = SpSync::error(r);
                const bool denied = e.kind == SpSync::SyncError::Kind::Denied
                    || e.kind == SpSync::SyncError::Kind::Auth;
                Q_EMIT stateChanged(id,
                    denied ? DocumentListModel::State::Denied : DocumentListModel::State::Failed, 0,
                    errorText(e));
                Q_EMIT failed(id, tr("join"), errorText(e));
                return;
            }
            SpSync::SyncClient *c = SpSync::value(r);
            if (!wanted) { // left while connecting
                c->deleteLater();
                return;
            }
            attach(id, c);
        });
}

void SyncClientBackend::attach(const QString &id, SpSync::SyncClient *c)
{
    m_clients.insert(id, c);
    connect(
        c, &SpSync::SyncClient::stateChanged, this, [this, id](SpSync::SyncConnection::State s) {
            // The delay comes with reconnectScheduled; -1 keeps its countdown.
            const bool reconnecting = s == SpSync::SyncConnection::State::Reconnecting;
            Q_EMIT stateChanged(id, mapState(s), reconnecting ? -1 : 0, QString());
        });
    connect(c->connection(), &SpSync::SyncConnection::reconnectScheduled, this,
        [this, id](int, int delayMs) {
            Q_EMIT stateChanged(id, DocumentListModel::State::Reconnecting, delayMs, QString());
        });
    connect(c, &SpSync::SyncClient::errorOccurred, this, [this, id](const SpSync::SyncError &e) {
        Q_EMIT failed(id, tr("connection"), errorText(e));
    });
    connect(c, &SpSync::SyncClient::spSyncDocUpdated, this, [this, id, c](const QJsonObject &data) {
        Q_EMIT documentUpdated(id, data, c->revision());
    });
    // The console is the proctor executor: connecting proctorActionsAdded makes this client take
    // proctor actions (answers such as getDisplayCount) out of the document. Extension and
    // onboarding actions are left to the extension (or the QA simulator when it is on).
    connect(
        c, &SpSync::SyncClient::proctorActionsAdded, this, [this, id](const QJsonObject &action) {
            Q_EMIT actionTaken(id, QStringLiteral("proctor"), action);
        });
    Q_EMIT stateChanged(id, mapState(c->state()), 0, QString());
    Q_EMIT documentUpdated(id, c->getSync(), c->revision());
    Q_EMIT clientReady(id, c);
}

void SyncClientBackend::leave(const QString &documentId)
{
    m_pending.remove(documentId);
    if (auto c = m_clients.take(documentId))
        c->deleteLater();
}

void SyncClientBackend::sendActions(const QString &documentId, const QJsonArray &batch)
{
    SpSync::SyncClient *c = client(documentId);
    if (!c) {
        Q_EMIT failed(documentId, tr("send"), tr("Not connected"));
        return;
    }
    SpSync::whenFinished(
        c->addActions(batch), this, [this, documentId](SpSync::SyncResult<QJsonArray> r) {
            if (SpSync::isOk(r))
                Q_EMIT actionsSent(documentId, SpSync::value(r));
            else
                Q_EMIT failed(documentId, tr("send"), errorText(SpSync::error(r)));
        });
}

void SyncClientBackend::replaceDocument(const QString &documentId, const QJsonObject &data)
{
    SpSync::SyncClient *c = client(documentId);
    if (!c) {
        Q_EMIT failed(documentId, tr("replace"), tr("Not connected"));
        return;
    }
    SpSync::whenFinished(
        c->replaceSync(data), this, [this, documentId](SpSync::SyncResult<QJsonObject> r) {
            if (!SpSync::isOk(r))
                Q_EMIT failed(documentId, tr("replace"), errorText(SpSync::error(r)));
        });
}
