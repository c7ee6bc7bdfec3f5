// Test doubles for the client library: FakeTransport (a scripted SyncTransport) and
// FakeSyncServer (a tiny in-process Twilsock + CDS server over FakeTransports).
#pragma once

#include "synctransport.h"
#include "twilsockframe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <functional>
#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

class FakeTransport : public SpSync::SyncTransport
{
    Q_OBJECT
public:
    using SyncTransport::SyncTransport;

    QList<Twilsock::Frame> sent;
    QList<QUrl> opened;
    bool autoConnect = true; // open() succeeds (asynchronously)
    bool isOpen = false;
    int closes = 0;
    std::function<void(const Twilsock::Frame &)> onSend; // the "server"

    void open(const QUrl &url) override
    {
        opened << url;
        QTimer::singleShot(0, this, [this] {
            if (autoConnect) {
                isOpen = true;
                Q_EMIT connected();
            } else {
                Q_EMIT errorOccurred(u"connection refused"_s);
                Q_EMIT disconnected();
            }
        });
    }
    void sendBinary(const QByteArray &message) override
    {
        const Twilsock::DecodeResult r = Twilsock::decode(message);
        sent << r.frame;
        if (onSend)
            onSend(r.frame);
    }
    void close() override
    {
        ++closes;
        if (isOpen) {
            isOpen = false;
            Q_EMIT disconnected();
        }
    }

    // Server side.
    void inject(const QJsonObject &header, const QByteArray &payload = {})
    {
        Q_EMIT binaryReceived(Twilsock::encode(header, payload));
    }
    void injectRaw(const QByteArray &bytes) { Q_EMIT binaryReceived(bytes); }
    void drop()
    {
        isOpen = false;
        Q_EMIT disconnected();
    }
    QList<Twilsock::Frame> sentWith(const QString &method) const
    {
        QList<Twilsock::Frame> out;
        for (const auto &f : sent) {
            if (f.method() == method)
                out << f;
        }
        return out;
    }
    QList<Twilsock::Frame> upstream(const QString &httpMethod, const QString &pathPart = {}) const
    {
        QList<Twilsock::Frame> out;
        for (const auto &f : sentWith(u"message"_s)) {
            const QJsonObject req = f.header.value(u"http_request").toObject();
            if (req.value(u"method").toString() == httpMethod
                && req.value(u"path").toString().contains(pathPart))
                out << f;
        }
        return out;
    }
    void replyOk(const QString &id, const QJsonObject &extra = {})
    {
        QJsonObject h { { u"method"_s, u"reply"_s }, { u"id"_s, id },
            { u"status"_s, Twilsock::status(200, u"OK"_s) } };
        for (auto it = extra.begin(); it != extra.end(); ++it)
            h.insert(it.key(), it.value());
        inject(h);
    }
    void replyHttp(const QString &id, int status, const QJsonObject &body)
    {
        inject(QJsonObject { { u"method"_s, u"reply"_s }, { u"id"_s, id },
                   { u"status"_s, Twilsock::status(200, u"OK"_s) },
                   { u"http_status"_s,
                       QJsonObject { { u"code"_s, status }, { u"status"_s, u"X"_s } } },
                   { u"payload_type"_s, u"application/json"_s } },
            QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    void notify(const QString &messageType, const QJsonObject &payload)
    {
        inject(
            QJsonObject { { u"method"_s, u"notification"_s }, { u"id"_s, Twilsock::newMessageId() },
                { u"message_type"_s, messageType }, { u"notification_ctx_id"_s, QString() },
                { u"payload_type"_s, u"application/json"_s } },
            QJsonDocument(payload).toJson(QJsonDocument::Compact));
    }
};

// A minimal Sync service: one document store shared by any number of FakeTransports.
class FakeSyncServer : public QObject
{
    Q_OBJECT
public:
    struct Doc
    {
        QString sid, name;
        int revision = 0;
        qint64 lastEventId = 0;
        QJsonObject data;
    };
    QMap<QString, Doc> docs; // by sid
    int force412 = 0; // the next N conditional writes get 412
    int writes = 0; // successful writes
    int conflicts = 0; // 412 answered
    QString identity = u"tester"_s;
    int initStatus = 200; // e.g. 401 to refuse every token
    int replyDelayMs = 0; // answer every frame this late
    std::function<void()> beforeCreate; // runs when a create POST arrives (e.g. to lose a race)
    QList<QPointer<FakeTransport>> transports;
    QMap<FakeTransport *, QStringList> subscribers; // sids per transport

    std::unique_ptr<SpSync::SyncTransport> makeTransport()
    {
        auto t = std::make_unique<FakeTransport>();
        attach(t.get());
        return t;
    }

    FakeTransport *attach(FakeTransport *t)
    {
        transports << t;
        t->onSend = [this, t](const Twilsock::Frame &f) {
            // Answer asynchronously, like a network would.
            QTimer::singleShot(replyDelayMs, this, [this, t = QPointer<FakeTransport>(t), f] {
                if (t && t->isOpen)
                    handle(t, f);
            });
        };
        return t;
    }

    Doc *byName(const QString &name)
    {
        for (auto &d : docs) {
            if (d.name == name || d.sid == name)
                return &d;
        }
        return nullptr;
    }
    QString url(const Doc &d) const
    {
        return u"http://127.0.0.1:1/v3/Services/IS1/Documents/"_s + d.sid;
    }
    QJsonObject resource(const Doc &d, bool withData) const
    {
        QJsonObject r { { u"sid"_s, d.sid }, { u"unique_name"_s, d.name }, { u"url"_s, url(d) },
            { u"revision"_s, QString::number(d.revision, 16) },
            { u"last_event_id"_s, d.lastEventId },
            { u"date_expires"_s, QJsonValue(QJsonValue::Null) } };
        if (withData)
            r.insert(u"data"_s, d.data);
        return r;
    }
    void fanOut(const Doc &d)
    {
        const QJsonObject event { { u"event_type"_s, u"document_updated"_s },
            { u"event_protocol_version"_s, 4 },
            { u"event"_s,
                QJsonObject { { u"id"_s, d.lastEventId }, { u"document_sid"_s, d.sid },
                    { u"document_revision"_s, QString::number(d.revision, 16) },
                    { u"document_data"_s, d.data } } } };
        for (auto it = subscribers.begin(); it != subscribers.end(); ++it) {
            if (it.value().contains(d.sid) && it.key()->isOpen)
                it.key()->notify(u"com.twilio.rtd.cds.document"_s, event);
        }
    }
    static QJsonObject err(int status, int code, const QString &message)
    {
        return QJsonObject { { u"status"_s, status }, { u"code"_s, code },
            { u"message"_s, message } };
    }

    void handle(FakeTransport *t, const Twilsock::Frame &f)
    {
        const QString method = f.method();
        if (method == u"init" && initStatus != 200) {
            t->inject(QJsonObject { { u"method"_s, u"reply"_s }, { u"id"_s, f.id() },
                { u"status"_s,
                    Twilsock::status(
                        initStatus, u"UNAUTHORIZED"_s, u"Invalid Access Token"_s, 20101) } });
            return;
        }
        if (method == u"init") {
            t->replyOk(f.id(),
                QJsonObject { { u"continuation_token"_s, u"ct-1"_s },
                    { u"account_descriptor"_s, QJsonObject { { u"identity"_s, identity } } } });
            return;
        }
        if (method == u"update") {
            t->replyOk(f.id());
            return;
        }
        if (method != u"message")
            return;
        const QJsonObject req = f.header.value(u"http_request").toObject();
        const QString httpMethod = req.value(u"method").toString();
        const QString path = req.value(u"path").toString();
        const QJsonObject body = QJsonDocument::fromJson(f.payload).object();
        const QString ifMatch = req.value(u"headers").toObject().value(u"If-Match").toString();
        if (path.endsWith(u"/v4/Subscriptions")) {
            t->replyHttp(f.id(), 200,
                QJsonObject {
                    { u"estimated_delivery_in_ms"_s, 100 }, { u"max_batch_size"_s, 100 } });
            QJsonArray events;
            for (const auto &r : body.value(u"requests").toArray()) {
                const QString sid = r.toObject().value(u"object_sid").toString();
                if (body.value(u"action").toString() == u"establish") {
                    if (!subscribers[t].contains(sid))
                        subscribers[t] << sid;
                } else {
                    subscribers[t].removeAll(sid);
                }
                events.append(QJsonObject { { u"object_sid"_s, sid },
                    { u"object_type"_s, u"document"_s }, { u"replay_status"_s, u"completed"_s },
                    { u"last_event_id"_s, docs.value(sid).lastEventId } });
            }
            const bool establish = body.value(u"action").toString() == u"establish";
            t->notify(u"twilio.sync.event"_s,
                QJsonObject {
                    { u"event_type"_s,
                        establish ? u"subscription_established"_s : u"subscription_canceled"_s },
                    { u"correlation_id"_s, body.value(u"correlation_id") },
                    { u"event_protocol_version"_s, 4 }, { u"events"_s, events } });
            return;
        }
        if (path == u"/v3/Documents" && httpMethod == u"POST") {
            if (beforeCreate)
                std::exchange(beforeCreate, nullptr)();
            const QString name = body.value(u"unique_name").toString();
            if (byName(name)) {
                t->replyHttp(f.id(), 409, err(409, 54301, u"Unique name already exists"_s));
                return;
            }
            Doc d;
            d.sid = u"ET%1"_s.arg(docs.size() + 1, 32, 10, QLatin1Char('0'));
            d.name = name;
            d.data = body.value(u"data").toObject();
            docs.insert(d.sid, d);
            t->replyHttp(f.id(), 201, resource(d, false));
            return;
        }
        const QString key = path.section(QLatin1Char('/'), -1);
        Doc *d = byName(QUrl::fromPercentEncoding(key.toLatin1()));
        if (!d) {
            t->replyHttp(f.id(), 404, err(404, 54100, u"Document not found"_s));
            return;
        }
        if (httpMethod == u"GET") {
            t->replyHttp(f.id(), 200, resource(*d, true));
            return;
        }
        if (httpMethod == u"DELETE") {
            const QString sid = d->sid;
            docs.remove(sid);
            t->replyHttp(f.id(), 204, {});
            return;
        }
        if (httpMethod == u"POST") {
            if (!ifMatch.isEmpty()
                && (force412 > 0 || ifMatch != QString::number(d->revision, 16))) {
                if (force412 > 0)
                    --force412;
                ++conflicts;
                t->replyHttp(f.id(), 412, err(412, 54103, u"revision mismatch"_s));
                return;
            }
            if (body.contains(u"data"))
                d->data = body.value(u"data").toObject();
            ++d->revision;
            ++d->lastEventId;
            ++writes;
            t->replyHttp(f.id(), 200, resource(*d, false));
            fanOut(*d);
            return;
        }
    }
};
