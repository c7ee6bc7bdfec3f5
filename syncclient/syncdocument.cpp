#include "syncdocument.h"

#include "backoff_p.h"
#include "logging_p.h"
#include "syncconnection_p.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace SpSync {

namespace {

    using Kind = SyncError::Kind;

    QString str(const char *s) { return QString::fromLatin1(s); }

} // namespace

SyncDocumentPrivate::SyncDocumentPrivate(SyncDocument *q, SyncConnectionPrivate *conn)
    : q(q)
    , conn(conn)
{
}

bool SyncDocumentPrivate::applyResource(const DocumentResource &resource,
    const std::optional<QJsonObject> &newData, SyncDocument::ChangeOrigin origin)
{
    if (sid.isEmpty())
        sid = resource.sid;
    if (!resource.uniqueName.isEmpty())
        uniqueName = resource.uniqueName;
    if (!resource.url.isEmpty())
        url = resource.url;
    if (resource.hasDateExpires)
        dateExpires = resource.dateExpires;
    const qint64 eventId = resource.lastEventId;
    const QString &rev = resource.revision;
    if (eventId < lastEventId)
        return false; // an event already brought something newer
    if (eventId == lastEventId && rev == revision && (!newData || *newData == data))
        return false;
    const bool changed = newData && *newData != data;
    lastEventId = eventId;
    revision = rev;
    if (newData)
        data = *newData;
    if (changed)
        Q_EMIT q->contentChanged(data, origin);
    return true;
}

SyncResult<DocumentResource> SyncDocumentPrivate::checkedReply(
    const QByteArray &body, bool requireData) const
{
    auto r = CdsReply::documentResource(body, requireData);
    if (isOk(r) && value(r).sid != sid)
        return SyncError::make(
            Kind::Protocol, u"the server answered for another document (%1)"_s.arg(value(r).sid));
    return r;
}

SyncResult<DocumentResource> SyncDocumentPrivate::readReply(const QByteArray &body) const
{
    return checkedReply(body, true);
}

SyncResult<DocumentResource> SyncDocumentPrivate::writeReply(const QByteArray &body) const
{
    return checkedReply(body, false);
}

void SyncDocumentPrivate::reportProtocolError(const SyncError &error)
{
    qCDebug(lcDocument) << sid << error.toString();
    Q_EMIT q->errorOccurred(error);
}

void SyncDocumentPrivate::applyEvent(const QJsonObject &json)
{
    const auto parsed = CdsReply::documentEvent(json);
    if (!isOk(parsed)) {
        // Not applied, and the link stays up: a reconnect would only replay the same event.
        reportProtocolError(error(parsed));
        return;
    }
    const DocumentEvent &event = value(parsed);
    if (event.id <= lastEventId) {
        qCDebug(lcDocument) << sid << "stale event dropped" << event.id << "<=" << lastEventId;
        return;
    }
    lastEventId = event.id;
    revision = event.revision;
    if (event.hasDateExpires)
        dateExpires = event.dateExpires;
    const bool changed = event.data != data;
    data = event.data;
    if (changed)
        Q_EMIT q->contentChanged(data, SyncDocument::ChangeOrigin::Remote);
}

void SyncDocumentPrivate::markRemoved()
{
    if (removed)
        return;
    removed = true;
    subscribed = false;
    setSubscriptionState(SyncDocument::SubscriptionState::Unsubscribed);
    conn->forget(q);
    conn->cancel(q);
    qCDebug(lcDocument) << sid << "removed";
    Q_EMIT q->removed();
}

void SyncDocumentPrivate::setSubscriptionState(
    SyncDocument::SubscriptionState state, const SyncError &error)
{
    if (state == SyncDocument::SubscriptionState::Failing
        || state == SyncDocument::SubscriptionState::Failed)
        subscriptionError = error;
    else
        subscriptionError = {};
    if (subscriptionState == state)
        return;
    subscriptionState = state;
    qCDebug(lcDocument) << sid << "subscription" << state;
    Q_EMIT q->subscriptionStateChanged(state);
}

SyncError SyncDocumentPrivate::removedError() const
{
    return SyncError::make(Kind::NotFound, u"The Document has been removed"_s, 404, 54100);
}

void SyncDocumentPrivate::enqueueWrite(std::function<void(std::function<void()>)> write)
{
    writes.push_back(std::move(write));
    if (!writing)
        runNextWrite();
}

void SyncDocumentPrivate::runNextWrite()
{
    if (writes.empty()) {
        writing = false;
        return;
    }
    writing = true;
    auto write = std::move(writes.front());
    writes.pop_front();
    QPointer<SyncDocument> guard(q);
    write([guard] {
        if (guard)
            QTimer::singleShot(0, guard, [guard] { guard->d->runNextWrite(); });
    });
}

void SyncDocumentPrivate::finishMutate(const MutateJob &job, SyncResult<QJsonObject> result)
{
    finishPromise(job->promise, std::move(result));
    job->done();
}

void SyncDocumentPrivate::mutateLater(const MutateJob &job, int delayMs)
{
    ++job->round;
    QTimer::singleShot(delayMs, q, [this, job] { mutateRound(job); });
}

void SyncDocumentPrivate::mutateRound(const MutateJob &job)
{
    if (removed) {
        finishMutate(job, removedError());
        return;
    }
    std::optional<QJsonObject> next = job->mutator(data);
    if (!next) {
        finishMutate(job, data);
        return;
    }
    job->written = std::move(*next);
    conn->cds(str("POST"), url, QJsonObject { { str("data"), job->written } }, revision)
        | onFinished(q, [this, job](const SyncResult<HttpReply> &r) { mutateWritten(job, r); });
}

void SyncDocumentPrivate::mutateWritten(const MutateJob &job, const SyncResult<HttpReply> &r)
{
    const int retries = conn->channel->timeouts().mutateRetries;
    const bool again = job->round < retries;
    if (!isOk(r)) {
        // A Twilsock 429: the request was not processed. The channel holds further requests
        // for the server's backoff; go again after it.
        if (error(r).kind == Kind::RateLimited && again)
            mutateLater(job, 0);
        else
            finishMutate(job, error(r));
        return;
    }
    const HttpReply &reply = value(r);
    if (reply.isSuccess()) {
        const auto res = writeReply(reply.body);
        if (!isOk(res)) {
            finishMutate(job, error(res));
            return;
        }
        applyResource(value(res), job->written, SyncDocument::ChangeOrigin::Local);
        finishMutate(job, job->written);
        return;
    }
    if (reply.status == 404)
        markRemoved();
    const bool busy
        = reply.status == 429 || reply.status == 502 || reply.status == 503 || reply.status == 504;
    if (busy && again) {
        // Throttled or briefly unavailable: nothing was applied; wait and redo.
        mutateLater(job,
            conflictDelayMs(job->round + 1,
                std::max(conn->channel->timeouts().mutateBackoffMs, 100),
                QRandomGenerator::global()->generateDouble()));
        return;
    }
    if (reply.status != 412 || !again) {
        SyncError e = SyncError::fromHttp(reply.status, reply.body);
        if (reply.status == 412)
            e.message = u"still conflicting after %1 re-reads: %2"_s.arg(retries).arg(e.message);
        finishMutate(job, e);
        return;
    }
    // 412: someone else wrote first. Re-read, then re-apply the mutator.
    const int delay = conflictDelayMs(job->round, conn->channel->timeouts().mutateBackoffMs,
        QRandomGenerator::global()->generateDouble());
    qCDebug(lcDocument) << sid << "412, re-reading; round" << job->round + 1;
    QTimer::singleShot(delay, q, [this, job] {
        conn->cds(str("GET"), url)
            | onFinished(q, [this, job](const SyncResult<HttpReply> &r) { mutateReread(job, r); });
    });
}

void SyncDocumentPrivate::mutateReread(const MutateJob &job, const SyncResult<HttpReply> &r)
{
    if (!isOk(r)) {
        finishMutate(job, error(r));
        return;
    }
    const HttpReply &reply = value(r);
    if (!reply.isSuccess()) {
        if (reply.status == 404)
            markRemoved();
        finishMutate(job, SyncError::fromHttp(reply.status, reply.body));
        return;
    }
    // The mutator runs again only on data we could read.
    const auto res = readReply(reply.body);
    if (!isOk(res)) {
        finishMutate(job, error(res));
        return;
    }
    applyResource(value(res), value(res).data, SyncDocument::ChangeOrigin::Remote);
    ++job->round;
    mutateRound(job);
}

SyncDocument::SyncDocument(SyncConnection *connection, const QString &sid)
    : QObject(connection)
    , d(std::make_unique<SyncDocumentPrivate>(this, connection->d.get()))
{
    d->sid = sid;
}

SyncDocument::~SyncDocument() = default;

QString SyncDocument::sid() const { return d->sid; }

QString SyncDocument::uniqueName() const { return d->uniqueName; }

QString SyncDocument::revision() const { return d->revision; }

qint64 SyncDocument::lastEventId() const { return d->lastEventId; }

QJsonObject SyncDocument::data() const { return d->data; }

QUrl SyncDocument::url() const { return d->url; }

QDateTime SyncDocument::dateExpires() const { return d->dateExpires; }

bool SyncDocument::isRemoved() const { return d->removed; }

bool SyncDocument::isSubscribed() const { return d->subscribed; }

SyncDocument::SubscriptionState SyncDocument::subscriptionState() const
{
    return d->subscriptionState;
}

SyncError SyncDocument::subscriptionError() const { return d->subscriptionError; }

void SyncDocument::resubscribe()
{
    if (d->removed || d->subscribed)
        return;
    d->establishFailures = 0;
    d->backendCancels = 0;
    d->setSubscriptionState(SubscriptionState::Unsubscribed);
    d->conn->establish({ this }); // waits for the next connect when not connected
}

QFuture<SyncResult<QJsonObject>> SyncDocument::refresh()
{
    if (d->removed)
        return readyError<QJsonObject>(d->removedError());
    auto promise = makeSharedPromise<QJsonObject>();
    d->conn->cds(str("GET"), d->url) | onFinished(this, [this, promise](SyncResult<HttpReply> r) {
        if (!isOk(r)) {
            finishPromise(promise, SyncResult<QJsonObject>(error(r)));
            return;
        }
        const HttpReply &reply = value(r);
        if (!reply.isSuccess()) {
            if (reply.status == 404)
                d->markRemoved();
            finishPromise(
                promise, SyncResult<QJsonObject>(SyncError::fromHttp(reply.status, reply.body)));
            return;
        }
        const auto res = d->readReply(reply.body);
        if (!isOk(res)) {
            finishPromise(promise, SyncResult<QJsonObject>(error(res)));
            return;
        }
        d->applyResource(value(res), value(res).data, SyncDocument::ChangeOrigin::Remote);
        finishPromise(promise, SyncResult<QJsonObject>(d->data));
    });
    return promise->future();
}

QFuture<SyncResult<QJsonObject>> SyncDocument::set(const QJsonObject &data)
{
    auto promise = makeSharedPromise<QJsonObject>();
    d->enqueueWrite([this, promise, data](const std::function<void()> &done) {
        if (d->removed) {
            finishPromise(promise, SyncResult<QJsonObject>(d->removedError()));
            done();
            return;
        }
        d->conn->cds(str("POST"), d->url, QJsonObject { { str("data"), data } })
            | onFinished(this, [this, promise, data, done](SyncResult<HttpReply> r) {
                  if (!isOk(r)) {
                      finishPromise(promise, SyncResult<QJsonObject>(error(r)));
                  } else if (!value(r).isSuccess()) {
                      if (value(r).status == 404)
                          d->markRemoved();
                      finishPromise(promise,
                          SyncResult<QJsonObject>(
                              SyncError::fromHttp(value(r).status, value(r).body)));
                  } else {
                      const auto res = d->writeReply(value(r).body);
                      if (isOk(res))
                          d->applyResource(value(res), data, SyncDocument::ChangeOrigin::Local);
                      finishPromise(promise,
                          isOk(res) ? SyncResult<QJsonObject>(data)
                                    : SyncResult<QJsonObject>(error(res)));
                  }
                  done();
              });
    });
    return promise->future();
}

QFuture<SyncResult<QJsonObject>> SyncDocument::mutate(Mutator mutator)
{
    auto promise = makeSharedPromise<QJsonObject>();
    d->enqueueWrite(
        [this, promise, mutator = std::move(mutator)](const std::function<void()> &done) {
            d->mutateRound(std::make_shared<SyncDocumentPrivate::MutateState>(
                SyncDocumentPrivate::MutateState { promise, mutator, done, 0, {} }));
        });
    return promise->future();
}

QFuture<SyncResult<QDateTime>> SyncDocument::setTtl(int seconds)
{
    if (seconds < 0 || seconds > 31536000)
        return readyError<QDateTime>(
            SyncError::make(Kind::InvalidInput, u"TTL must be 0..31536000 seconds"_s, 0, 54011));
    auto promise = makeSharedPromise<QDateTime>();
    d->enqueueWrite([this, promise, seconds](const std::function<void()> &done) {
        if (d->removed) {
            finishPromise(promise, SyncResult<QDateTime>(d->removedError()));
            done();
            return;
        }
        d->conn->cds(str("POST"), d->url, QJsonObject { { str("ttl"), seconds } })
            | onFinished(this, [this, promise, done](SyncResult<HttpReply> r) {
                  if (!isOk(r)) {
                      finishPromise(promise, SyncResult<QDateTime>(error(r)));
                  } else if (!value(r).isSuccess()) {
                      if (value(r).status == 404)
                          d->markRemoved();
                      finishPromise(promise,
                          SyncResult<QDateTime>(
                              SyncError::fromHttp(value(r).status, value(r).body)));
                  } else {
                      const auto res = d->writeReply(value(r).body);
                      if (isOk(res)) {
                          d->dateExpires = value(res).dateExpires;
                          finishPromise(promise, SyncResult<QDateTime>(d->dateExpires));
                      } else {
                          finishPromise(promise, SyncResult<QDateTime>(error(res)));
                      }
                  }
                  done();
              });
    });
    return promise->future();
}

QFuture<SyncResult<bool>> SyncDocument::remove()
{
    if (d->removed)
        return readyError<bool>(d->removedError());
    auto promise = makeSharedPromise<bool>();
    d->enqueueWrite([this, promise](const std::function<void()> &done) {
        if (d->removed) {
            finishPromise(promise, SyncResult<bool>(d->removedError()));
            done();
            return;
        }
        d->conn->cds(str("DELETE"), d->url)
            | onFinished(this, [this, promise, done](SyncResult<HttpReply> r) {
                  if (!isOk(r)) {
                      finishPromise(promise, SyncResult<bool>(error(r)));
                  } else if (!value(r).isSuccess()) {
                      if (value(r).status == 404)
                          d->markRemoved();
                      finishPromise(promise,
                          SyncResult<bool>(SyncError::fromHttp(value(r).status, value(r).body)));
                  } else {
                      d->markRemoved();
                      finishPromise(promise, SyncResult<bool>(true));
                  }
                  done();
              });
    });
    return promise->future();
}

} // namespace SpSync
