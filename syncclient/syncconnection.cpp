#include "syncconnection.h"

#include "backoff_p.h"
#include "clientinfo_p.h"
#include "logging_p.h"
#include "region.h"
#include "syncconnection_p.h"
#include "synctransport.h"
#include "urlpolicy.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace SpSync {

namespace {

    using Kind = SyncError::Kind;

    QString str(const char *s) { return QString::fromLatin1(s); }

    // A reply must be about the document that was asked for (by unique name or SID).
    std::optional<SyncError> namesOther(const DocumentResource &r, const QString &name)
    {
        if (name.isEmpty() || r.sid == name || r.uniqueName == name)
            return std::nullopt;
        return SyncError::make(
            Kind::Protocol, u"the server answered for another document (%1)"_s.arg(r.sid));
    }

    // The document resource in a successful open reply, checked.
    SyncResult<DocumentResource> openReply(
        const HttpReply &reply, const QString &name, bool requireData)
    {
        auto r = CdsReply::documentResource(reply.body, requireData);
        if (isOk(r)) {
            if (auto e = namesOther(value(r), name))
                return *e;
        }
        return r;
    }

    // Subscription events carry either an `events` array or a single `event`.
    QJsonArray eventsOf(const QJsonObject &payload)
    {
        const QJsonValue events = payload.value(u"events"_s);
        if (events.isArray())
            return events.toArray();
        const QJsonValue event = payload.value(u"event"_s);
        if (event.isObject())
            return QJsonArray { event };
        return {};
    }

    constexpr int kMaxOpenRestarts = 5;
    constexpr int kFailingAfter = 3; // establish failures in a row before the UI hears of it
    constexpr int kMaxBackendCancels = 3; // server cancellations per connection, then Failed
    constexpr qint64 kMaxTtlSecs = qint64(24) * 3600;

} // namespace

SyncConnectionPrivate::SyncConnectionPrivate(SyncConnection *q)
    : q(q)
    , channel(new TwilsockChannel(q))
    , ttlTimer(new QTimer(q))
{
    ttlTimer->setSingleShot(true);
    QObject::connect(ttlTimer, &QTimer::timeout, q, [this] {
        // JS onSubscriptionTtlElapsed: re-poke everything, the first batch with reason "ttl".
        QList<SyncDocument *> docs;
        for (auto &entry : bySid) {
            SyncDocument *doc = entry.second;
            if (doc && !doc->d->removed
                && doc->d->subscriptionState != SyncDocument::SubscriptionState::Failed) {
                doc->d->subscribed = false;
                docs << doc;
            }
        }
        qCDebug(lcProtocol) << "subscription ttl elapsed; re-subscribing" << docs.size();
        establish(docs, str("ttl"));
    });
}

QUrl SyncConnectionPrivate::cdsBase() const
{
    if (cdsUrl.isValid() && !cdsUrl.isEmpty())
        return cdsUrl;
    const QString host = twilsockUrl.host();
    if (isLoopbackHost(host)) {
        QUrl u;
        u.setScheme(twilsockUrl.scheme() == u"wss" ? str("https") : str("http"));
        u.setHost(host);
        u.setPort(twilsockUrl.port());
        return u;
    }
    // Twilio's own hosts for a known region; for any other host there is nothing to go by,
    // and a guessed CDS host would send every document request somewhere unknown.
    return cdsUrlForRegion(regionOfTwilsockHost(host));
}

QUrl SyncConnectionPrivate::documentsUrl() const
{
    QUrl u = cdsBase();
    QString base = u.path(QUrl::FullyEncoded);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    u.setPath(base + str("/v3/Documents"), QUrl::TolerantMode);
    return u;
}

QUrl SyncConnectionPrivate::documentUrl(const QString &uniqueNameOrSid) const
{
    QUrl u = documentsUrl();
    u.setPath(u.path(QUrl::FullyEncoded) + QLatin1Char('/')
            + QString::fromLatin1(QUrl::toPercentEncoding(uniqueNameOrSid)),
        QUrl::TolerantMode);
    return u;
}

QUrl SyncConnectionPrivate::subscriptionsUrl() const
{
    QUrl u = cdsBase();
    QString base = u.path(QUrl::FullyEncoded);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    u.setPath(base + str("/v4/Subscriptions"), QUrl::TolerantMode);
    return u;
}

QFuture<SyncResult<HttpReply>> SyncConnectionPrivate::cds(const QString &method, const QUrl &url,
    const std::optional<QJsonObject> &body, const QString &ifMatch)
{
    static const QString clientInfo = QString::fromUtf8(QJsonDocument(
        QJsonObject { { str("sdk"), str(kClientName) }, { str("sdkVer"), str(kClientVersion) },
            { str("os"), QSysInfo::productType() }, { str("osVer"), QSysInfo::productVersion() },
            { str("pl"), str("Qt") },
            { str("plVer"),
                QString::fromLatin1(qVersion()) } }).toJson(QJsonDocument::Compact));
    TwilsockChannel::Headers headers {
        { str("Content-Type"), str("application/json") },
        { str("Twilio-Sync-Client-Info"), clientInfo },
        { str("Twilio-Request-Id"),
            str("RQ") + QString::fromLatin1(QUuid::createUuid().toByteArray(QUuid::Id128)) },
    };
    if (!ifMatch.isEmpty())
        headers.append({ str("If-Match"), ifMatch });
    const QByteArray payload
        = body ? QJsonDocument(*body).toJson(QJsonDocument::Compact) : QByteArray();
    qCDebug(lcDocument) << method << url.path();
    return channel->httpRequest(method, url, payload, headers);
}

qint64 SyncConnectionPrivate::nextCorrelationId()
{
    // JS uses Date.now(); keep it strictly increasing and 64-bit.
    lastCorrelationId = std::max(QDateTime::currentMSecsSinceEpoch(), lastCorrelationId + 1);
    return lastCorrelationId;
}

void SyncConnectionPrivate::openStep(const SharedPromise<SyncDocument *> &promise,
    const QString &name, OpenMode mode, const QJsonObject &initialData, int restarts)
{
    const auto create = [this, promise, name, mode, initialData, restarts] {
        QJsonObject body { { str("data"), initialData } };
        if (!name.isEmpty())
            body.insert(str("unique_name"), name);
        cds(str("POST"), documentsUrl(), body)
            | onFinished(
                q, [this, promise, name, mode, initialData, restarts](SyncResult<HttpReply> r) {
                    if (!isOk(r)) {
                        finishPromise(promise, SyncResult<SyncDocument *>(error(r)));
                        return;
                    }
                    const HttpReply &reply = value(r);
                    if (reply.isSuccess()) {
                        const auto res = openReply(reply, name, false);
                        finishPromise(promise,
                            isOk(res) ? SyncResult<SyncDocument *>(adopt(value(res), initialData))
                                      : SyncResult<SyncDocument *>(error(res)));
                        return;
                    }
                    if (reply.status == 409 && mode == OpenMode::OpenOrCreate
                        && restarts < kMaxOpenRestarts) {
                        openStep(promise, name, mode, initialData, restarts + 1); // lost a race
                        return;
                    }
                    finishPromise(promise,
                        SyncResult<SyncDocument *>(SyncError::fromHttp(reply.status, reply.body)));
                });
    };
    if (mode == OpenMode::CreateNew) {
        create();
        return;
    }
    cds(str("GET"), documentUrl(name))
        | onFinished(q, [this, promise, name, mode, create](SyncResult<HttpReply> r) {
              if (!isOk(r)) {
                  finishPromise(promise, SyncResult<SyncDocument *>(error(r)));
                  return;
              }
              const HttpReply &reply = value(r);
              if (reply.isSuccess()) {
                  // Nothing is opened (and so nothing is ever written) on a reply we cannot read.
                  const auto res = openReply(reply, name, true);
                  finishPromise(promise,
                      isOk(res) ? SyncResult<SyncDocument *>(adopt(value(res), *value(res).data))
                                : SyncResult<SyncDocument *>(error(res)));
                  return;
              }
              if (reply.status == 404 && mode == OpenMode::OpenOrCreate) {
                  create();
                  return;
              }
              finishPromise(promise,
                  SyncResult<SyncDocument *>(SyncError::fromHttp(reply.status, reply.body)));
          });
}

SyncDocument *SyncConnectionPrivate::adopt(
    const DocumentResource &resource, const QJsonObject &data)
{
    const QString sid = resource.sid;
    auto it = bySid.find(sid);
    if (it != bySid.end() && it->second && !it->second->isRemoved()) {
        it->second->d->applyResource(resource, data, SyncDocument::ChangeOrigin::Remote);
        return it->second;
    }
    auto *doc = new SyncDocument(q, sid);
    doc->d->applyResource(resource, data, SyncDocument::ChangeOrigin::Remote);
    if (doc->d->url.isEmpty())
        doc->d->url = documentUrl(sid);
    bySid[sid] = doc;
    if (!doc->d->uniqueName.isEmpty())
        byName[doc->d->uniqueName] = doc;
    qCDebug(lcDocument) << "opened" << sid << doc->d->uniqueName << "revision" << doc->d->revision;
    if (channel->state() == SyncConnection::State::Connected)
        establish({ doc });
    return doc;
}

QJsonObject SyncConnectionPrivate::markEstablishing(SyncDocument *doc, qint64 cid)
{
    doc->d->pendingCorrelation = cid;
    ++doc->d->establishGeneration;
    if (doc->d->subscriptionState != SyncDocument::SubscriptionState::Failing)
        doc->d->setSubscriptionState(SyncDocument::SubscriptionState::Pending);
    return QJsonObject { { str("object_sid"), doc->d->sid },
        { str("object_type"), str("document") }, { str("last_event_id"), doc->d->lastEventId } };
}

void SyncConnectionPrivate::establish(const QList<SyncDocument *> &docs, const QString &reason)
{
    if (channel->state() != SyncConnection::State::Connected)
        return; // done on (re)connect
    const qint64 cid = nextCorrelationId();
    QJsonArray requests;
    QStringList sids;
    int retried = 0;
    for (SyncDocument *doc : docs) {
        if (!doc || doc->d->removed)
            continue;
        if (doc->d->establishFailures > 0)
            ++retried;
        sids << doc->d->sid;
        requests.append(markEstablishing(doc, cid));
    }
    if (sids.isEmpty())
        return;
    correlations[cid] = sids;
    QJsonObject body { { str("event_protocol_version"), 4 }, { str("action"), str("establish") },
        { str("correlation_id"), cid }, { str("retried_requests"), retried },
        { str("ttl_in_s"), -1 }, { str("requests"), requests } };
    if (!reason.isEmpty())
        body.insert(str("reason"), reason);
    cds(str("POST"), subscriptionsUrl(), body)
        | onFinished(q, [this, cid](const SyncResult<HttpReply> &r) { establishReplied(cid, r); });
}

void SyncConnectionPrivate::establishReplied(qint64 cid, const SyncResult<HttpReply> &r)
{
    if (!isOk(r) && error(r).kind == Kind::Transport) {
        correlations.erase(cid);
        return; // lost connection: the reconnect re-establishes
    }
    if (!isOk(r)) {
        establishFailed(cid, error(r));
        return;
    }
    const HttpReply &reply = value(r);
    if (!reply.isSuccess()) {
        establishFailed(cid, SyncError::fromHttp(reply.status, reply.body));
        return;
    }
    const auto json = CdsReply::jsonObject(reply.body, str("the subscription reply"));
    if (!isOk(json)) {
        establishFailed(cid, error(json));
        return;
    }
    const QJsonObject body = value(json);
    startTtlTimer(body);
    // Re-poke what has not been confirmed well after the announced delivery time.
    const int est = body.value(u"estimated_delivery_in_ms"_s).toInt();
    const int wait = std::clamp(2 * est, 2000, 60000) + 3000;
    QTimer::singleShot(wait, q, [this, cid, wait] {
        establishFailed(cid,
            SyncError::make(Kind::Timeout, u"subscription not confirmed within %1 ms"_s.arg(wait)));
    });
}

void SyncConnectionPrivate::establishFailed(qint64 cid, const SyncError &error)
{
    auto it = correlations.find(cid);
    if (it == correlations.end())
        return; // confirmed, or superseded by a reconnect
    const QStringList sids = it->second;
    correlations.erase(it);
    const SyncTimeouts &t = channel->timeouts();
    for (const QString &sid : sids) {
        auto d = bySid.find(sid);
        if (d == bySid.end() || !d->second)
            continue;
        SyncDocument *doc = d->second;
        if (doc->d->subscribed || doc->d->removed || doc->d->pendingCorrelation != cid
            || doc->d->subscriptionState == SyncDocument::SubscriptionState::Failed)
            continue;
        const int failures = ++doc->d->establishFailures;
        const int delay = reconnectDelayMs(failures - 1, t.subscribeBackoffMinMs,
            t.subscribeBackoffMaxMs, QRandomGenerator::global()->generateDouble());
        qCDebug(lcProtocol) << sid << "subscription attempt" << failures << "failed ("
                            << error.toString() << "); again in" << delay << "ms";
        if (failures >= kFailingAfter
            && doc->d->subscriptionState != SyncDocument::SubscriptionState::Failing) {
            SyncError e = error;
            e.message = u"subscription keeps failing (%1 attempts): %2"_s.arg(failures).arg(
                error.message);
            // A state, not an error: it is still retried, and nothing the caller did failed.
            doc->d->setSubscriptionState(SyncDocument::SubscriptionState::Failing, e);
        }
        scheduleEstablish(doc, delay);
    }
}

void SyncConnectionPrivate::scheduleEstablish(SyncDocument *doc, int delayMs, bool evenIfSubscribed)
{
    QPointer<SyncDocument> guard(doc);
    const quint64 generation = doc->d->establishGeneration;
    QTimer::singleShot(delayMs, q, [this, guard, generation, evenIfSubscribed] {
        // Skipped when something else (a reconnect, resubscribe) asked again meanwhile.
        if (guard && !guard->d->removed && (evenIfSubscribed || !guard->d->subscribed)
            && guard->d->establishGeneration == generation)
            establish({ guard.data() });
    });
}

void SyncConnectionPrivate::startTtlTimer(const QJsonObject &reply)
{
    // JS: a positive ttl_in_s starts one timer (if none runs); every reconnect resets it.
    const double ttl = reply.value(u"ttl_in_s"_s).toDouble(-1);
    if (ttl <= 0 || ttlTimer->isActive())
        return;
    ttlTimer->start(std::max(1, int(std::min(ttl, double(kMaxTtlSecs)) * 1000)));
}

void SyncConnectionPrivate::cancel(SyncDocument *doc)
{
    if (channel->state() != SyncConnection::State::Connected)
        return;
    const QJsonObject body {
        { str("event_protocol_version"), 4 },
        { str("action"), str("cancel") },
        { str("correlation_id"), nextCorrelationId() },
        { str("retried_requests"), 0 },
        { str("ttl_in_s"), -1 },
        { str("requests"),
            QJsonArray { QJsonObject {
                { str("object_sid"), doc->d->sid }, { str("object_type"), str("document") } } } },
    };
    cds(str("POST"), subscriptionsUrl(), body);
}

void SyncConnectionPrivate::forget(SyncDocument *doc)
{
    auto s = bySid.find(doc->d->sid);
    if (s != bySid.end() && s->second == doc)
        bySid.erase(s);
    auto n = byName.find(doc->d->uniqueName);
    if (n != byName.end() && n->second == doc)
        byName.erase(n);
}

void SyncConnectionPrivate::onStateChanged(SyncConnection::State state)
{
    using Sub = SyncDocument::SubscriptionState;
    QList<SyncDocument *> docs;
    for (auto &entry : bySid) {
        SyncDocument *doc = entry.second;
        if (!doc || doc->d->removed)
            continue;
        doc->d->subscribed = false;
        doc->d->backendCancels = 0;
        // Refused by the server: not asked again (JS keeps rejected ones out of its re-poke,
        // Kotlin drops them from its desired set) until resubscribe().
        if (doc->d->subscriptionState == Sub::Failed)
            continue;
        if (doc->d->subscriptionState != Sub::Failing)
            doc->d->setSubscriptionState(Sub::Unsubscribed);
        docs << doc;
    }
    correlations.clear();
    ttlTimer->stop();
    if (state == SyncConnection::State::Connected)
        establish(docs); // re-poke everything after every (re)connect
}

void SyncConnectionPrivate::onNotification(const QString &messageType, const QJsonObject &payload)
{
    if (messageType != u"twilio.sync.event" && messageType != u"com.twilio.rtd.cds.document") {
        qCDebug(lcProtocol) << "notification ignored" << messageType;
        return;
    }
    const QString eventType = payload.value(u"event_type"_s).toString();
    if (eventType.startsWith(u"subscription_")) {
        onSubscriptionEvent(eventType, payload);
        return;
    }
    if (!eventType.startsWith(u"document_"))
        return; // list, map, stream events: not used here
    const QJsonArray events = eventsOf(payload);
    for (const QJsonValue &ev : events)
        routeDocumentEvent(eventType, ev.toObject());
}

void SyncConnectionPrivate::onSubscriptionEvent(
    const QString &eventType, const QJsonObject &payload)
{
    const bool hasCorrelation = payload.contains(u"correlation_id"_s);
    const qint64 cid = payload.value(u"correlation_id"_s).toInteger();
    const QJsonArray events = eventsOf(payload);
    for (const QJsonValue &v : events) {
        const QJsonObject ev = v.toObject();
        auto it = bySid.find(ev.value(u"object_sid"_s).toString());
        if (it == bySid.end() || !it->second)
            continue;
        SyncDocument *doc = it->second;
        if (eventType == u"subscription_established") {
            if (ev.value(u"replay_status"_s).toString() == u"interrupted") {
                establish({ doc });
                continue;
            }
            const bool wasSubscribed = doc->d->subscribed;
            doc->d->subscribed = true;
            doc->d->establishFailures = 0;
            doc->d->setSubscriptionState(SyncDocument::SubscriptionState::Established);
            const qint64 serverId = ev.value(u"last_event_id"_s).toInteger();
            if (serverId > doc->d->lastEventId)
                doc->refresh(); // something was not replayed: catch up by reading
            if (!wasSubscribed)
                Q_EMIT doc->subscribed();
        } else if (eventType == u"subscription_failed") {
            const QJsonObject err = ev.value(u"error"_s).toObject();
            const int status = err.value(u"status"_s).toInt();
            const SyncError e
                = SyncError::make(SyncError::kindFor(status, err.value(u"code"_s).toInt()),
                    u"subscription failed: %1"_s.arg(err.value(u"message"_s).toString()), status,
                    err.value(u"code"_s).toInt());
            if (status == 404) {
                doc->d->markRemoved();
                continue;
            }
            doc->d->subscribed = false;
            doc->d->setSubscriptionState(SyncDocument::SubscriptionState::Failed, e);
            Q_EMIT doc->errorOccurred(e);
            Q_EMIT q->errorOccurred(e);
        } else if (eventType == u"subscription_canceled" && !hasCorrelation) {
            // Cancelled by the backend. Kotlin marks it Unsubscribed, JS drops the message;
            // we ask again with back-off, a few times per connection, then say so.
            doc->d->subscribed = false;
            const int cancels = ++doc->d->backendCancels;
            if (cancels > kMaxBackendCancels) {
                const SyncError e = SyncError::make(
                    Kind::Server, u"the server cancelled the subscription %1 times"_s.arg(cancels));
                ++doc->d->establishGeneration; // no retry pending any more
                doc->d->setSubscriptionState(SyncDocument::SubscriptionState::Failed, e);
                Q_EMIT doc->errorOccurred(e);
                continue;
            }
            doc->d->setSubscriptionState(SyncDocument::SubscriptionState::Pending);
            ++doc->d->establishGeneration;
            const SyncTimeouts &t = channel->timeouts();
            scheduleEstablish(doc,
                reconnectDelayMs(cancels - 1, t.backoffMinMs, t.backoffMaxMs,
                    QRandomGenerator::global()->generateDouble()),
                true);
        }
    }
    if (hasCorrelation && eventType != u"subscription_canceled") {
        auto it = correlations.find(cid);
        if (it != correlations.end()) {
            bool all = true;
            for (const QString &sid : it->second) {
                auto d = bySid.find(sid);
                if (d != bySid.end() && d->second && !d->second->d->subscribed
                    && !d->second->d->removed
                    && d->second->d->subscriptionState != SyncDocument::SubscriptionState::Failed)
                    all = false;
            }
            if (all)
                correlations.erase(it);
        }
    }
}

void SyncConnectionPrivate::onUnreadableNotification(
    const QString &messageType, const QByteArray &payload, const QString &why)
{
    // Only the envelope is read: which document the event was about.
    const QJsonObject envelope
        = QJsonDocument::fromJson(CdsReply::shallowCopy(payload, 4)).object();
    QList<SyncDocument *> docs;
    const QJsonArray events = eventsOf(envelope);
    for (const QJsonValue &ev : events) {
        const QJsonObject o = ev.toObject();
        QString sid = o.value(u"document_sid"_s).toString();
        if (sid.isEmpty())
            sid = o.value(u"object_sid"_s).toString();
        auto it = bySid.find(sid);
        if (it != bySid.end() && it->second && !docs.contains(it->second))
            docs << it->second;
    }
    if (docs.isEmpty()) {
        const SyncError e = SyncError::make(
            Kind::Protocol, u"a %1 notification could not be read: %2"_s.arg(messageType, why));
        qCDebug(lcProtocol) << e.toString();
        Q_EMIT q->errorOccurred(e);
        return;
    }
    for (SyncDocument *doc : std::as_const(docs))
        doc->d->reportProtocolError(SyncError::make(Kind::Protocol,
            u"an event for document %1 could not be read: %2"_s.arg(
                doc->d->uniqueName.isEmpty() ? doc->d->sid : doc->d->uniqueName, why)));
}

void SyncConnectionPrivate::routeDocumentEvent(const QString &eventType, const QJsonObject &event)
{
    auto it = bySid.find(event.value(u"document_sid"_s).toString());
    if (it == bySid.end() || !it->second)
        return;
    if (eventType == u"document_updated")
        it->second->d->applyEvent(event);
    else if (eventType == u"document_removed")
        it->second->d->markRemoved();
}

SyncConnection::SyncConnection(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<SyncConnectionPrivate>(this))
{
    TwilsockChannel *ch = d->channel;
    connect(ch, &TwilsockChannel::stateChanged, this, [this](State s) {
        d->onStateChanged(s);
        Q_EMIT stateChanged(s);
    });
    connect(ch, &TwilsockChannel::errorOccurred, this, &SyncConnection::errorOccurred);
    connect(ch, &TwilsockChannel::reconnectScheduled, this, &SyncConnection::reconnectScheduled);
    connect(ch, &TwilsockChannel::tokenAboutToExpire, this, &SyncConnection::tokenAboutToExpire);
    connect(ch, &TwilsockChannel::tokenExpired, this, &SyncConnection::tokenExpired);
    connect(ch, &TwilsockChannel::notificationReceived, this,
        [this](
            const QString &type, const QJsonObject &payload) { d->onNotification(type, payload); });
    connect(ch, &TwilsockChannel::unreadableNotification, this,
        [this](const QString &type, const QByteArray &payload, const QString &why) {
            d->onUnreadableNotification(type, payload, why);
        });
}

SyncConnection::~SyncConnection()
{
    d->channel->disconnect(this);
    // Documents are children; drop them before the private state they point into.
    const auto docs = findChildren<SyncDocument *>(QString(), Qt::FindDirectChildrenOnly);
    for (SyncDocument *doc : docs)
        delete doc;
    delete d->channel;
    d->channel = nullptr;
}

void SyncConnection::setTransport(std::unique_ptr<SyncTransport> transport)
{
    d->channel->setTransport(std::move(transport));
}

void SyncConnection::setTimeouts(const SyncTimeouts &timeouts)
{
    d->channel->setTimeouts(timeouts);
}

SyncTimeouts SyncConnection::timeouts() const { return d->channel->timeouts(); }

void SyncConnection::setCdsUrl(const QUrl &url) { d->cdsUrl = url; }

QUrl SyncConnection::cdsUrl() const { return d->cdsBase(); }

void SyncConnection::connectToServer(const QUrl &twilsockUrl, const QString &accessToken)
{
    d->twilsockUrl = twilsockUrl;
    d->refusal = {};
    if (d->cdsBase().isEmpty()) {
        d->refusal = SyncError::make(Kind::InvalidInput,
            u"no CDS URL for the Twilsock host %1: give the CDS URL explicitly "
            u"(known regions: %2)"_s.arg(twilsockUrl.host(), knownRegions().join(u", "_s)));
        Q_EMIT errorOccurred(d->refusal);
        return;
    }
    d->channel->open(twilsockUrl, accessToken);
}

void SyncConnection::updateToken(const QString &accessToken)
{
    d->channel->updateToken(accessToken);
}

void SyncConnection::disconnectFromServer() { d->channel->close(); }

SyncConnection::State SyncConnection::state() const { return d->channel->state(); }

QString SyncConnection::identity() const { return d->channel->identity(); }

SyncError SyncConnection::lastError() const
{
    return d->refusal.isError() ? d->refusal : d->channel->lastError();
}

QFuture<SyncResult<SyncDocument *>> SyncConnection::openDocument(
    const QString &uniqueName, OpenMode mode, const QJsonObject &initialData)
{
    if (uniqueName.isEmpty() && mode != OpenMode::CreateNew)
        return readyError<SyncDocument *>(
            SyncError::make(Kind::InvalidInput, u"empty document name"_s));
    if (uniqueName.size() > 256)
        return readyError<SyncDocument *>(
            SyncError::make(Kind::InvalidInput, u"document names are at most 256 characters"_s));
    if (mode != OpenMode::CreateNew) {
        auto it = d->byName.find(uniqueName);
        if (it != d->byName.end() && it->second && !it->second->isRemoved())
            return readyResult<SyncDocument *>(it->second.data());
    }
    auto promise = makeSharedPromise<SyncDocument *>();
    d->openStep(promise, uniqueName, mode, initialData, 0);
    return promise->future();
}

QList<SyncDocument *> SyncConnection::documents() const
{
    QList<SyncDocument *> docs;
    for (const auto &entry : d->bySid) {
        if (entry.second)
            docs << entry.second;
    }
    return docs;
}

} // namespace SpSync
