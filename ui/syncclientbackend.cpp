#include "syncclientbackend.h"

#include "syncclient.h"
#include "syncdocument.h"
#include "syncerror.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QStandardPaths>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// What the proctor sees: a connection the server refused reads "Denied", not "Disconnected".
DocumentListModel::State mapState(SpSync::SyncConnection::State s, const SpSync::SyncError &last)
{
    using S = SpSync::SyncConnection::State;
    switch (s) {
    case S::Connecting:
        return DocumentListModel::State::Connecting;
    case S::Connected:
        return DocumentListModel::State::Connected;
    case S::Reconnecting:
        return DocumentListModel::State::Reconnecting;
    case S::Disconnected:
        break;
    }
    return last.isRefusal() ? DocumentListModel::State::Denied
                            : DocumentListModel::State::Disconnected;
}

QJsonObject emptySchema()
{
    return QJsonObject { { u"reliableConnection"_s, true }, { u"extensionActions"_s, QJsonArray() },
        { u"onboardingActions"_s, QJsonArray() }, { u"proctorActions"_s, QJsonArray() } };
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

QString SyncClientBackend::outboxFile(const ConsoleProfile &profile, const QString &dir)
{
    const auto fileFor = [&dir](QString key) {
        key.replace(QRegularExpression(u"[^A-Za-z0-9_-]"_s), u"_"_s);
        return QDir(dir).filePath(u"outbox-%1.sqlite"_s.arg(key));
    };
    if (profile.id.isEmpty())
        return fileFor(profile.name);
    const QString path = fileFor(profile.id);
    const QString legacy = fileFor(profile.name);
    if (!profile.name.isEmpty() && !QFile::exists(path) && QFile::exists(legacy)) {
        // SQLite's side files go with it (WAL mode).
        for (const QString &suffix : { QString(), u"-wal"_s, u"-shm"_s }) {
            if (QFile::exists(legacy + suffix))
                QFile::rename(legacy + suffix, path + suffix);
        }
    }
    return path;
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
    if (!dir.isEmpty() && QDir().mkpath(dir))
        config.outboxPath = outboxFile(m_profile, dir);
    m_pending.insert(id);
    Q_EMIT stateChanged(id, DocumentListModel::State::Connecting, 0, QString());
    SpSync::whenFinished(SpSync::SyncClient::create(config, this), this,
        [this, id](SpSync::SyncResult<SpSync::SyncClient *> r) {
            const bool wanted = m_pending.remove(id);
            if (!SpSync::isOk(r)) {
                const SpSync::SyncError e = SpSync::error(r);
                Q_EMIT stateChanged(id,
                    e.isRefusal() ? DocumentListModel::State::Denied
                                  : DocumentListModel::State::Failed,
                    0, errorText(e));
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
        c, &SpSync::SyncClient::stateChanged, this, [this, id, c](SpSync::SyncConnection::State s) {
            // The delay comes with reconnectScheduled; -1 keeps its countdown.
            const bool reconnecting = s == SpSync::SyncConnection::State::Reconnecting;
            Q_EMIT stateChanged(id, mapState(s, c->lastError()), reconnecting ? -1 : 0, QString());
            // Sends still on their way are now in the outbox, waiting for the connection.
            if (s != SpSync::SyncConnection::State::Connected && c->hasOutbox()) {
                const QSet<QString> sends = m_inFlight.value(id);
                for (const QString &sendId : sends)
                    Q_EMIT sendWaiting(id, sendId);
            }
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
    connect(c, &SpSync::SyncClient::proctorActionsAdded, this,
        [this, id](const QJsonObject &action) { Q_EMIT actionTaken(id, u"proctor"_s, action); });
    Q_EMIT stateChanged(id, mapState(c->state(), c->lastError()), 0, QString());
    Q_EMIT documentUpdated(id, c->getSync(), c->revision());
    Q_EMIT clientReady(id, c);
}

void SyncClientBackend::leave(const QString &documentId)
{
    m_pending.remove(documentId);
    m_inFlight.remove(documentId);
    if (auto c = m_clients.take(documentId))
        c->deleteLater();
}

void SyncClientBackend::sendActions(
    const QString &documentId, const QString &sendId, const QJsonArray &batch)
{
    SpSync::SyncClient *c = client(documentId);
    if (!c) {
        Q_EMIT sendRefused(documentId, sendId, tr("Not connected"));
        return;
    }
    m_inFlight[documentId].insert(sendId);
    SpSync::whenFinished(
        c->addActions(batch), this, [this, documentId, sendId](SpSync::SyncResult<QJsonArray> r) {
            m_inFlight[documentId].remove(sendId);
            if (SpSync::isOk(r))
                Q_EMIT actionsSent(documentId, sendId, SpSync::value(r));
            else
                Q_EMIT sendRefused(documentId, sendId, errorText(SpSync::error(r)));
        });
    // With an outbox the batch is journalled before the write: offline, it waits there.
    // Queued: the caller learns the send's id from this very call, after it returns.
    if (c->hasOutbox() && c->state() != SpSync::SyncConnection::State::Connected
        && m_inFlight.value(documentId).contains(sendId))
        QMetaObject::invokeMethod(
            this, [this, documentId, sendId] { Q_EMIT sendWaiting(documentId, sendId); },
            Qt::QueuedConnection);
}

void SyncClientBackend::withdrawAction(
    const QString &documentId, const QString &executor, const QString &id)
{
    SpSync::SyncClient *c = client(documentId);
    if (!c || !c->document()) {
        Q_EMIT withdrawFinished(documentId, executor, id, false, tr("Not connected"));
        return;
    }
    const QString array = executor + u"Actions"_s;
    auto found = std::make_shared<bool>(false);
    SpSync::whenFinished(
        c->document()->mutate(
            [array, id, found](const QJsonObject &current) -> std::optional<QJsonObject> {
                QJsonArray actions = current.value(array).toArray();
                *found = false;
                for (qsizetype i = 0; i < actions.size(); ++i) {
                    if (actions.at(i).toObject().value(u"id"_s).toString() == id) {
                        actions.removeAt(i);
                        *found = true;
                        break;
                    }
                }
                if (!*found)
                    return std::nullopt; // taken meanwhile: nothing to write
                QJsonObject next = current;
                next.insert(array, actions);
                return next;
            }),
        this, [this, documentId, executor, id, found](SpSync::SyncResult<QJsonObject> r) {
            if (!SpSync::isOk(r))
                Q_EMIT withdrawFinished(
                    documentId, executor, id, false, errorText(SpSync::error(r)));
            else
                Q_EMIT withdrawFinished(documentId, executor, id, *found, QString());
        });
}

void SyncClientBackend::replaceDocument(
    const QString &documentId, const QJsonObject &base, const QJsonObject &data)
{
    SpSync::SyncClient *c = client(documentId);
    if (!c || !c->document()) {
        Q_EMIT failed(documentId, tr("replace"), tr("Not connected"));
        return;
    }
    // The mutator sees the server's data (re-read after a 412), so the write goes out only
    // when nothing changed since the user looked; an action queued meanwhile is never lost.
    auto stale = std::make_shared<bool>(false);
    SpSync::whenFinished(
        c->document()->mutate(
            [base, data, stale](const QJsonObject &current) -> std::optional<QJsonObject> {
                *stale = current != base;
                if (*stale)
                    return std::nullopt;
                return data;
            }),
        this, [this, documentId, base, data, stale](SpSync::SyncResult<QJsonObject> r) {
            if (!SpSync::isOk(r))
                Q_EMIT failed(documentId, tr("replace"), errorText(SpSync::error(r)));
            else if (*stale)
                Q_EMIT replaceConflict(documentId, base, data, SpSync::value(r));
            else
                Q_EMIT replaced(documentId);
        });
}
