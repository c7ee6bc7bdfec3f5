#include "syncclient.h"

#include "actionqueue_p.h"
#include "backoff_p.h"
#include "logging_p.h"
#include "redact.h"
#include "region.h"
#include "sp/actioncatalog.h"
#include "sp/sptokenexchange.h"
#include "syncclient_p.h"
#include "syncdocument.h"
#include "synctransport.h"
#include "urlpolicy.h"
#include "websockettransport_p.h"
#include "wirelog.h"
#include "wiretaptransport_p.h"

#include <QMetaMethod>
#include <QRandomGenerator>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace SpSync {

namespace {

    using Kind = SyncError::Kind;

    QString str(const char *s) { return QString::fromLatin1(s); }

    // Worth another open: the server or the connection may be fine a moment later.
    bool isTransient(const SyncError &e)
    {
        return e.kind == Kind::Transport || e.kind == Kind::Timeout || e.kind == Kind::RateLimited
            || (e.kind == Kind::Server && e.status >= 500);
    }

    SyncError invalid(const QString &message)
    {
        return SyncError::make(Kind::InvalidInput, message);
    }

    std::optional<SyncError> validate(const SyncClientConfig &c)
    {
        QString why;
        if (c.documentId.isEmpty())
            return invalid(u"documentId is empty"_s);
        if (c.twilioToken.isEmpty()) {
            if (c.token.isEmpty())
                return invalid(u"neither an SP token nor a Twilio token was given"_s);
            if (!isAllowedUrl(c.baseUri, &why))
                return invalid(u"refused baseUri: %1"_s.arg(why));
        }
        if (!c.twilsockUrl.isEmpty() && !isAllowedUrl(c.twilsockUrl, &why))
            return invalid(u"refused Twilsock URL: %1"_s.arg(why));
        if (!c.cdsUrl.isEmpty() && !isAllowedUrl(c.cdsUrl, &why))
            return invalid(u"refused CDS URL: %1"_s.arg(why));
        if (!c.region.isEmpty() && !isKnownRegion(c.region))
            return invalid(
                u"unknown region \"%1\" (known: %2); for another one give "
                u"the Twilsock and CDS URLs"_s.arg(c.region, knownRegions().join(u", "_s)));
        return std::nullopt;
    }

} // namespace

SyncClientPrivate::SyncClientPrivate(SyncClient *q, const SyncClientConfig &config)
    : q(q)
    , config(config)
    , connection(new SyncConnection(q))
    , identity(config.identity)
    , consumer(*this)
    , pump(*this)
{
}

SyncClientPrivate::~SyncClientPrivate() = default;

void SyncClientPrivate::reportError(const SyncError &error)
{
    lastError = error;
    Q_EMIT q->errorOccurred(error);
}

void SyncClientPrivate::settle(SyncResult<SyncClient *> result)
{
    if (!createPromise)
        return;
    auto promise = std::move(createPromise);
    createPromise.reset();
    const bool ok = isOk(result);
    finishPromise(promise, std::move(result));
    if (!ok) {
        connection->disconnectFromServer();
        q->deleteLater();
    } else {
        QTimer::singleShot(0, q, [this] {
            consumer.check();
            pump.pump(); // entries left by an earlier run, or added while connecting
        });
    }
}

void SyncClientPrivate::start(const SharedPromise<SyncClient *> &promise)
{
    createPromise = promise;
    registerSecret(config.token);
    if (auto e = pump.open()) {
        settle(*e);
        return;
    }
    const QUrl regionUrl
        = twilsockUrlForRegion(config.region.isEmpty() ? kDefaultRegion.toString() : config.region);
    if (!config.twilioToken.isEmpty()) {
        connectAndOpen(
            config.twilioToken, config.twilsockUrl.isEmpty() ? regionUrl : config.twilsockUrl);
        return;
    }
    exchange = new SpTokenExchange(q);
    exchange->setCaCertificates(config.caCertificates);
    exchange->exchange(
        config.baseUri, config.token, config.identity, config.documentId, config.tokenPath)
        | onFinished(q, [this, regionUrl](SyncResult<SpTwilioToken> r) {
              if (!isOk(r)) {
                  settle(error(r));
                  return;
              }
              const SpTwilioToken &t = value(r);
              if (!t.identity.isEmpty())
                  identity = t.identity;
              QUrl url = config.twilsockUrl;
              if (url.isEmpty() && t.twilsockUriGiven)
                  url = t.twilsockUri;
              if (url.isEmpty())
                  url = regionUrl;
              connectAndOpen(t.token, url);
          });
}

void SyncClientPrivate::connectAndOpen(const QString &twilioToken, const QUrl &twilsockUrl)
{
    registerSecret(twilioToken);
    QString why;
    if (!isAllowedUrl(twilsockUrl, &why)) {
        settle(invalid(u"refused Twilsock URL: %1"_s.arg(why)));
        return;
    }
    connection->setTimeouts(config.timeouts);
    std::unique_ptr<SyncTransport> transport;
    WireLog *wireLog = WireLog::global();
    if (config.transportFactory) {
        transport = config.transportFactory();
    } else if (!config.caCertificates.isEmpty() || wireLog) {
        auto socket = std::make_unique<WebSocketTransport>();
        socket->setCaCertificates(config.caCertificates);
        transport = std::move(socket);
    }
    if (transport && wireLog)
        transport = std::make_unique<WireTapTransport>(std::move(transport), wireLog);
    if (transport)
        connection->setTransport(std::move(transport));
    if (!config.cdsUrl.isEmpty())
        connection->setCdsUrl(config.cdsUrl);
    QObject::connect(connection, &SyncConnection::stateChanged, q, [this](SyncConnection::State s) {
        // Disconnected for good: refused, or a fault no retry can fix (an untrusted certificate).
        if (s == SyncConnection::State::Disconnected)
            settle(connection->lastError().isError()
                    ? connection->lastError()
                    : SyncError::make(Kind::Transport, u"disconnected"_s));
        if (s == SyncConnection::State::Connected)
            QTimer::singleShot(0, q, [this] { pump.pump(); });
        Q_EMIT q->stateChanged(s);
    });
    QObject::connect(connection, &SyncConnection::errorOccurred, q,
        [this](const SyncError &e) { reportError(e); });
    QObject::connect(
        connection, &SyncConnection::tokenAboutToExpire, q, [this] { refreshToken(); });
    QObject::connect(connection, &SyncConnection::tokenExpired, q, [this] { refreshToken(); });
    connection->connectToServer(twilsockUrl, twilioToken);
    if (connection->state() == SyncConnection::State::Disconnected) {
        settle(connection->lastError().isError()
                ? connection->lastError()
                : SyncError::make(Kind::Transport, u"could not connect"_s));
        return;
    }
    QTimer::singleShot(config.connectTimeoutMs, q, [this] {
        if (!createPromise || connection->state() == SyncConnection::State::Connected)
            return;
        const SyncError last = connection->lastError();
        settle(SyncError::make(Kind::Transport,
            u"no connection within %1 ms%2"_s.arg(config.connectTimeoutMs)
                .arg(last.isError() ? u" (%1)"_s.arg(last.toString()) : QString())));
    });
    openClock.start();
    openDocument(0);
}

void SyncClientPrivate::openDocument(int attempt)
{
    connection->openDocument(config.documentId, OpenMode::OpenOrCreate, config.initialData)
        | onFinished(q, [this, attempt](SyncResult<SyncDocument *> r) {
              if (!createPromise)
                  return;
              if (!isOk(r)) {
                  const int delay = reconnectDelayMs(attempt, config.timeouts.backoffMinMs,
                      config.timeouts.backoffMaxMs, QRandomGenerator::global()->generateDouble());
                  const auto state = connection->state();
                  if (!isTransient(error(r)) || state == SyncConnection::State::Disconnected
                      || openClock.elapsed() + delay >= config.connectTimeoutMs) {
                      settle(error(r));
                      return;
                  }
                  qCDebug(lcDocument)
                      << "open failed, retrying in" << delay << "ms:" << error(r).toString();
                  QTimer::singleShot(delay, q, [this, attempt] {
                      if (createPromise)
                          openDocument(attempt + 1);
                  });
                  return;
              }
              adoptDocument(value(r));
              if (doc->isSubscribed()) {
                  settle(q);
                  return;
              }
              // Wait (bounded) for the subscription so no event is missed after create().
              QObject::connect(doc, &SyncDocument::subscribed, q, [this] { settle(q); });
              QTimer::singleShot(config.timeouts.requestMs, q, [this] {
                  if (createPromise)
                      qCDebug(lcDocument) << "subscription not confirmed yet; continuing";
                  settle(q);
              });
          });
}

void SyncClientPrivate::adoptDocument(SyncDocument *document)
{
    doc = document;
    QObject::connect(doc, &SyncDocument::contentChanged, q, [this](const QJsonObject &data) {
        pump.observe(data);
        Q_EMIT q->spSyncDocUpdated(data);
        consumer.check();
    });
    QObject::connect(doc, &SyncDocument::subscribed, q, [this] { consumer.check(); });
    QObject::connect(
        doc, &SyncDocument::subscriptionStateChanged, q, [this](SyncDocument::SubscriptionState s) {
            // Reported (no live updates for now) but not fatal: it keeps being retried.
            if (s == SyncDocument::SubscriptionState::Failing)
                reportError(doc->subscriptionError());
        });
    QObject::connect(doc, &SyncDocument::errorOccurred, q, [this](const SyncError &e) {
        if (createPromise && e.kind != Kind::Transport)
            settle(e);
        reportError(e);
    });
    QObject::connect(doc, &SyncDocument::removed, q, [this] {
        reportError(SyncError::make(
            Kind::NotFound, u"the document %1 was removed"_s.arg(config.documentId), 404, 54100));
    });
}

void SyncClientPrivate::refreshToken()
{
    if (!config.twilioToken.isEmpty() || !exchange || refreshing)
        return; // a fixed Twilio token: the application calls updateTwilioToken()
    refreshing = true;
    exchange->exchange(
        config.baseUri, config.token, config.identity, config.documentId, config.tokenPath)
        | onFinished(q, [this](SyncResult<SpTwilioToken> r) {
              refreshing = false;
              if (!isOk(r)) {
                  reportError(error(r));
                  return;
              }
              registerSecret(value(r).token);
              connection->updateToken(value(r).token);
          });
}

SyncClient::SyncClient(const SyncClientConfig &config, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<SyncClientPrivate>(this, config))
{
}

SyncClient::~SyncClient() = default;

QFuture<SyncResult<SyncClient *>> SyncClient::create(
    const SyncClientConfig &config, QObject *parent)
{
    if (auto e = validate(config))
        return readyError<SyncClient *>(*e);
    auto *client = new SyncClient(config, parent);
    auto promise = makeSharedPromise<SyncClient *>();
    QFuture<SyncResult<SyncClient *>> future = promise->future();
    client->d->start(promise);
    return future;
}

QJsonObject SyncClient::getSync() const { return d->doc ? d->doc->data() : QJsonObject(); }

QFuture<SyncResult<QJsonObject>> SyncClient::setSync(const QJsonObject &fields)
{
    if (!d->doc)
        return readyError<QJsonObject>(SyncError::make(Kind::NotFound, u"no document"_s));
    return d->doc->mutate([fields](const QJsonObject &current) -> std::optional<QJsonObject> {
        return ActionQueue::shallowMerge(current, fields);
    });
}

QFuture<SyncResult<QJsonObject>> SyncClient::replaceSync(const QJsonObject &data)
{
    if (!d->doc)
        return readyError<QJsonObject>(SyncError::make(Kind::NotFound, u"no document"_s));
    return d->doc->set(data);
}

QFuture<SyncResult<QJsonObject>> SyncClient::addAction(
    const QString &type, const QJsonObject &additionalInfo)
{
    auto promise = makeSharedPromise<QJsonObject>();
    QJsonArray batch { QJsonObject {
        { str("actionType"), type }, { str("additionalInfo"), additionalInfo } } };
    addActions(batch) | onFinished(this, [promise](SyncResult<QJsonArray> r) {
        if (!isOk(r))
            finishPromise(promise, SyncResult<QJsonObject>(error(r)));
        else
            finishPromise(promise, SyncResult<QJsonObject>(value(r).first().toObject()));
    });
    return promise->future();
}

QFuture<SyncResult<QJsonArray>> SyncClient::addActions(const QJsonArray &batch)
{
    if (!d->doc)
        return readyError<QJsonArray>(SyncError::make(Kind::NotFound, u"no document"_s));
    if (batch.isEmpty())
        return readyError<QJsonArray>(invalid(u"the action batch is empty"_s));
    QList<QPair<QString, QJsonObject>> entries;
    QJsonArray stored;
    for (qsizetype i = 0; i < batch.size(); ++i) {
        const QJsonObject item = batch.at(i).toObject();
        const QString type = item.value(u"actionType"_s).toString();
        const QJsonValue info = item.value(u"additionalInfo"_s);
        if (type.isEmpty() || !(info.isUndefined() || info.isNull() || info.isObject())) {
            return readyError<QJsonArray>(
                invalid(u"action %1: expected {actionType, additionalInfo}"_s.arg(i + 1)));
        }
        SyncResult<QJsonObject> built
            = ActionCatalog::builtin().buildAction(type, info.toObject(), identity());
        if (!isOk(built)) {
            SyncError e = error(built);
            if (batch.size() > 1)
                e.message = u"action %1: %2"_s.arg(i + 1).arg(e.message);
            return readyError<QJsonArray>(e);
        }
        const QJsonObject action = value(built);
        QString executor = action.value(u"executor"_s).toString();
        if (executor.isEmpty())
            ActionCatalog::splitType(type, &executor, nullptr);
        entries.append({ ActionCatalog::arrayFor(executor), action });
        stored.append(action);
    }
    if (d->pump.isOpen())
        return d->pump.enqueue(entries);
    auto promise = makeSharedPromise<QJsonArray>();
    d->doc->mutate([entries](const QJsonObject &current) -> std::optional<QJsonObject> {
        return ActionQueue::append(current, entries);
    }) | onFinished(this, [promise, stored](const SyncResult<QJsonObject> &r) {
        if (!isOk(r))
            finishPromise(promise, SyncResult<QJsonArray>(error(r)));
        else
            finishPromise(promise, SyncResult<QJsonArray>(stored));
    });
    return promise->future();
}

void SyncClient::setConsumedExecutors(const QStringList &executors)
{
    d->consumer.setExecutors(executors);
    QTimer::singleShot(0, this, [this] { d->consumer.check(); });
}

QStringList SyncClient::consumedExecutors() const { return d->consumer.executors(); }

void SyncClient::updateTwilioToken(const QString &twilioToken)
{
    registerSecret(twilioToken);
    d->connection->updateToken(twilioToken);
}

bool SyncClient::hasOutbox() const { return d->pump.isOpen(); }

int SyncClient::pendingOutboxCount() const { return d->pump.count(); }

SyncConnection::State SyncClient::state() const { return d->connection->state(); }

SyncError SyncClient::lastError() const { return d->lastError; }

QString SyncClient::documentId() const { return d->config.documentId; }

QString SyncClient::identity() const
{
    const QString fromServer = d->connection->identity();
    return fromServer.isEmpty() ? d->identity : fromServer;
}

QString SyncClient::revision() const { return d->doc ? d->doc->revision() : QString(); }

SyncConnection *SyncClient::connection() const { return d->connection; }

SyncDocument *SyncClient::document() const { return d->doc; }

void SyncClient::connectNotify(const QMetaMethod &signal)
{
    if (d && ActionConsumer::isActionSignal(signal))
        QMetaObject::invokeMethod(
            this, [this] { d->consumer.check(); }, Qt::QueuedConnection);
}

void SyncClient::disconnectNotify(const QMetaMethod &signal)
{
    Q_UNUSED(signal); // isSignalConnected() is asked at claim time; nothing to undo here
}

} // namespace SpSync
