#include "syncdocument.h"

#include "backoff.h"
#include "logging_p.h"
#include "syncconnection_p.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimer>

namespace SpSync {

namespace {

    using Kind = SyncError::Kind;

    QString str(const char *s) { return QString::fromLatin1(s); }

    QJsonObject jsonBody(const HttpReply &reply)
    {
        return QJsonDocument::fromJson(reply.body).object();
    }

    QDateTime parseDate(const QJsonValue &v)
    {
        return v.isString() ? QDateTime::fromString(v.toString(), Qt::ISODateWithMs) : QDateTime();
    }

} // namespace

SyncDocumentPrivate::SyncDocumentPrivate(SyncDocument *q, SyncConnectionPrivate *conn)
    : q(q)
    , conn(conn)
{
}

bool SyncDocumentPrivate::applyResource(
    const QJsonObject &resource, const std::optional<QJsonObject> &newData, bool local)
{
    if (sid.isEmpty())
        sid = resource.value(QLatin1String("sid")).toString();
    const QString name = resource.value(QLatin1String("unique_name")).toString();
    if (!name.isEmpty())
        uniqueName = name;
    const QUrl u(resource.value(QLatin1String("url")).toString());
    if (u.isValid() && !u.isEmpty())
        url = u;
    if (resource.contains(QLatin1String("date_expires")))
        dateExpires = parseDate(resource.value(QLatin1String("date_expires")));
    const qint64 eventId = resource.value(QLatin1String("last_event_id")).toInteger();
    const QString rev = resource.value(QLatin1String("revision")).toString();
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
        Q_EMIT q->contentChanged(data, local);
    return true;
}

void SyncDocumentPrivate::applyEvent(const QJsonObject &event)
{
    const qint64 id = event.value(QLatin1String("id")).toInteger();
    if (id <= lastEventId) {
        qCDebug(lcDocument) << sid << "stale event dropped" << id << "<=" << lastEventId;
        return;
    }
    lastEventId = id;
    revision = event.value(QLatin1String("document_revision")).toString();
    if (event.contains(QLatin1String("date_expires")))
        dateExpires = parseDate(event.value(QLatin1String("date_expires")));
    const QJsonValue newData = event.value(QLatin1String("document_data"));
    if (!newData.isObject())
        return;
    const bool changed = newData.toObject() != data;
    data = newData.toObject();
    if (changed)
        Q_EMIT q->contentChanged(data, false);
}

void SyncDocumentPrivate::markRemoved()
{
    if (removed)
        return;
    removed = true;
    subscribed = false;
    conn->forget(q);
    conn->cancel(q);
    qCDebug(lcDocument) << sid << "removed";
    Q_EMIT q->removed();
}

SyncError SyncDocumentPrivate::removedError() const
{
    return SyncError::make(
        Kind::NotFound, QStringLiteral("The Document has been removed"), 404, 54100);
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

void SyncDocumentPrivate::mutateRound(const SharedPromise<QJsonObject> &promise,
    const SyncDocument::Mutator &mutator, int round, const std::function<void()> &done)
{
    if (removed) {
        finishPromise(promise, SyncResult<QJsonObject>(removedError()));
        done();
        return;
    }
    const std::optional<QJsonObject> next = mutator(data);
    if (!next) {
        finishPromise(promise, SyncResult<QJsonObject>(data));
        done();
        return;
    }
    const QJsonObject written = *next;
    conn->cds(str("POST"), url, QJsonObject { { str("data"), written } }, revision)
        | onFinished(q, [this, promise, mutator, round, done, written](SyncResult<HttpReply> r) {
              if (!isOk(r)) {
                  finishPromise(promise, SyncResult<QJsonObject>(error(r)));
                  done();
                  return;
              }
              const HttpReply &reply = value(r);
              if (reply.isSuccess()) {
                  applyResource(jsonBody(reply), written, true);
                  finishPromise(promise, SyncResult<QJsonObject>(written));
                  done();
                  return;
              }
              if (reply.status == 404)
                  markRemoved();
              const int retries = conn->channel->timeouts().mutateRetries;
              const bool busy = reply.status == 429 || reply.status == 502 || reply.status == 503
                  || reply.status == 504;
              if (busy && round < retries) {
                  // Throttled or briefly unavailable: nothing was applied; wait and redo.
                  const int delay = conflictDelayMs(round + 1,
                      std::max(conn->channel->timeouts().mutateBackoffMs, 100),
                      QRandomGenerator::global()->generateDouble());
                  QTimer::singleShot(delay, q, [this, promise, mutator, round, done] {
                      mutateRound(promise, mutator, round + 1, done);
                  });
                  return;
              }
              if (reply.status != 412 || round >= retries) {
                  SyncError e = SyncError::fromHttp(reply.status, reply.body);
                  if (reply.status == 412)
                      e.message = QStringLiteral("still conflicting after %1 re-reads: %2")
                                      .arg(retries)
                                      .arg(e.message);
                  finishPromise(promise, SyncResult<QJsonObject>(e));
                  done();
                  return;
              }
              // 412: someone else wrote first. Re-read, then re-apply the mutator.
              const int delay = conflictDelayMs(round, conn->channel->timeouts().mutateBackoffMs,
                  QRandomGenerator::global()->generateDouble());
              qCDebug(lcDocument) << sid << "412, re-reading; round" << round + 1;
              QTimer::singleShot(delay, q, [this, promise, mutator, round, done] {
                  conn->cds(str("GET"), url)
                      | onFinished(
                          q, [this, promise, mutator, round, done](SyncResult<HttpReply> r) {
                              if (isOk(r) && value(r).isSuccess()) {
                                  const QJsonObject res = jsonBody(value(r));
                                  applyResource(
                                      res, res.value(QLatin1String("data")).toObject(), false);
                                  mutateRound(promise, mutator, round + 1, done);
                                  return;
                              }
                              SyncError e = isOk(r)
                                  ? SyncError::fromHttp(value(r).status, value(r).body)
                                  : error(r);
                              if (isOk(r) && value(r).status == 404)
                                  markRemoved();
                              finishPromise(promise, SyncResult<QJsonObject>(e));
                              done();
                          });
              });
          });
}

SyncDocument::SyncDocument(SyncConnection *connection, const QJsonObject &resource)
    : QObject(connection)
    , d(std::make_unique<SyncDocumentPrivate>(this, connection->d.get()))
{
    d->sid = resource.value(QLatin1String("sid")).toString();
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
        const QJsonObject res = jsonBody(reply);
        d->applyResource(res, res.value(QLatin1String("data")).toObject(), false);
        finishPromise(promise, SyncResult<QJsonObject>(d->data));
    });
    return promise->future();
}

QFuture<SyncResult<QJsonObject>> SyncDocument::set(const QJsonObject &data)
{
    auto promise = makeSharedPromise<QJsonObject>();
    d->enqueueWrite([this, promise, data](std::function<void()> done) {
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
                      d->applyResource(jsonBody(value(r)), data, true);
                      finishPromise(promise, SyncResult<QJsonObject>(data));
                  }
                  done();
              });
    });
    return promise->future();
}

QFuture<SyncResult<QJsonObject>> SyncDocument::mutate(Mutator mutator)
{
    auto promise = makeSharedPromise<QJsonObject>();
    d->enqueueWrite([this, promise, mutator](
                        std::function<void()> done) { d->mutateRound(promise, mutator, 0, done); });
    return promise->future();
}

QFuture<SyncResult<QDateTime>> SyncDocument::setTtl(int seconds)
{
    if (seconds < 0 || seconds > 31536000)
        return readyError<QDateTime>(SyncError::make(
            Kind::InvalidInput, QStringLiteral("TTL must be 0..31536000 seconds"), 0, 54011));
    auto promise = makeSharedPromise<QDateTime>();
    d->enqueueWrite([this, promise, seconds](std::function<void()> done) {
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
                      const QJsonObject res = jsonBody(value(r));
                      d->dateExpires = parseDate(res.value(QLatin1String("date_expires")));
                      finishPromise(promise, SyncResult<QDateTime>(d->dateExpires));
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
    d->enqueueWrite([this, promise](std::function<void()> done) {
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
