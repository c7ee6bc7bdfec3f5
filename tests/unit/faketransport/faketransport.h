// Test doubles for the client library: FakeTransport (a scripted SyncTransport) and
// FakeSyncServer (a tiny in-process Twilsock + CDS server over FakeTransports).
#pragma once

#include "synctransport.h"
#include "twilsock/twilsockframe.h"

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
                Q_EMIT errorOccurred(QStringLiteral("connection refused"));
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
        for (const auto &f : sentWith(QStringLiteral("message"))) {
            const QJsonObject req = f.header.value(u"http_request").toObject();
            if (req.value(u"method").toString() == httpMethod
                && req.value(u"path").toString().contains(pathPart))
                out << f;
        }
        return out;
    }
    void replyOk(const QString &id, const QJsonObject &extra = {})
    {
        QJsonObject h { { QStringLiteral("method"), QStringLiteral("reply") },
            { QStringLiteral("id"), id },
            { QStringLiteral("status"), Twilsock::status(200, QStringLiteral("OK")) } };
        for (auto it = extra.begin(); it != extra.end(); ++it)
            h.insert(it.key(), it.value());
        inject(h);
    }
    void replyHttp(const QString &id, int status, const QJsonObject &body)
    {
        inject(QJsonObject { { QStringLiteral("method"), QStringLiteral("reply") },
                   { QStringLiteral("id"), id },
                   { QStringLiteral("status"), Twilsock::status(200, QStringLiteral("OK")) },
                   { QStringLiteral("http_status"),
                       QJsonObject { { QStringLiteral("code"), status },
                           { QStringLiteral("status"), QStringLiteral("X") } } },
                   { QStringLiteral("payload_type"), QStringLiteral("application/json") } },
            QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    void notify(const QString &messageType, const QJsonObject &payload)
    {
        inject(QJsonObject { { QStringLiteral("method"), QStringLiteral("notification") },
                   { QStringLiteral("id"), Twilsock::newMessageId() },
                   { QStringLiteral("message_type"), messageType },
                   { QStringLiteral("notification_ctx_id"), QString() },
                   { QStringLiteral("payload_type"), QStringLiteral("application/json") } },
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
    QString identity = QStringLiteral("tester");
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
        return QStringLiteral("http://127.0.0.1:1/v3/Services/IS1/Documents/") + d.sid;
    }
    QJsonObject resource(const Doc &d, bool withData) const
    {
        QJsonObject r { { QStringLiteral("sid"), d.sid }, { QStringLiteral("unique_name"), d.name },
            { QStringLiteral("url"), url(d) },
            { QStringLiteral("revision"), QString::number(d.revision, 16) },
            { QStringLiteral("last_event_id"), d.lastEventId },
            { QStringLiteral("date_expires"), QJsonValue(QJsonValue::Null) } };
        if (withData)
            r.insert(QStringLiteral("data"), d.data);
        return r;
    }
    void fanOut(const Doc &d)
    {
        const QJsonObject event { { QStringLiteral("event_type"),
                                      QStringLiteral("document_updated") },
            { QStringLiteral("event_protocol_version"), 4 },
            { QStringLiteral("event"),
                QJsonObject { { QStringLiteral("id"), d.lastEventId },
                    { QStringLiteral("document_sid"), d.sid },
                    { QStringLiteral("document_revision"), QString::number(d.revision, 16) },
                    { QStringLiteral("document_data"), d.data } } } };
        for (auto it = subscribers.begin(); it != subscribers.end(); ++it) {
            if (it.value().contains(d.sid) && it.key()->isOpen)
                it.key()->notify(QStringLiteral("com.twilio.rtd.cds.document"), event);
        }
    }
    static QJsonObject err(int status, int code, const QString &message)
    {
        return QJsonObject { { QStringLiteral("status"), status }, { QStringLiteral("code"), code },
            { QStringLiteral("message"), message } };
    }

    void handle(FakeTransport *t, const Twilsock::Frame &f)
    {
        const QString method = f.method();
        if (method == u"init" && initStatus != 200) {
            t->inject(QJsonObject { { QStringLiteral("method"), QStringLiteral("reply") },
                { QStringLiteral("id"), f.id() },
                { QStringLiteral("status"),
                    Twilsock::status(initStatus, QStringLiteral("UNAUTHORIZED"),
                        QStringLiteral("Invalid Access Token"), 20101) } });
            return;
        }
        if (method == u"init") {
            t->replyOk(f.id(),
                QJsonObject { { QStringLiteral("continuation_token"), QStringLiteral("ct-1") },
                    { QStringLiteral("account_descriptor"),
                        QJsonObject { { QStringLiteral("identity"), identity } } } });
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
                QJsonObject { { QStringLiteral("estimated_delivery_in_ms"), 100 },
                    { QStringLiteral("max_batch_size"), 100 } });
            QJsonArray events;
            for (const auto &r : body.value(u"requests").toArray()) {
                const QString sid = r.toObject().value(u"object_sid").toString();
                if (body.value(u"action").toString() == u"establish") {
                    if (!subscribers[t].contains(sid))
                        subscribers[t] << sid;
                } else {
                    subscribers[t].removeAll(sid);
                }
                events.append(QJsonObject { { QStringLiteral("object_sid"), sid },
                    { QStringLiteral("object_type"), QStringLiteral("document") },
                    { QStringLiteral("replay_status"), QStringLiteral("completed") },
                    { QStringLiteral("last_event_id"), docs.value(sid).lastEventId } });
            }
            const bool establish = body.value(u"action").toString() == u"establish";
            t->notify(QStringLiteral("twilio.sync.event"),
                QJsonObject { { QStringLiteral("event_type"),
                                  establish ? QStringLiteral("subscription_established")
                                            : QStringLiteral("subscription_canceled") },
                    { QStringLiteral("correlation_id"), body.value(u"correlation_id") },
                    { QStringLiteral("event_protocol_version"), 4 },
                    { QStringLiteral("events"), events } });
            return;
        }
        if (path == u"/v3/Documents" && httpMethod == u"POST") {
            if (beforeCreate)
                std::exchange(beforeCreate, nullptr)();
            const QString name = body.value(u"unique_name").toString();
            if (byName(name)) {
                t->replyHttp(
                    f.id(), 409, err(409, 54301, QStringLiteral("Unique name already exists")));
                return;
            }
            Doc d;
            d.sid = QStringLiteral("ET%1").arg(docs.size() + 1, 32, 10, QLatin1Char('0'));
            d.name = name;
            d.data = body.value(u"data").toObject();
            docs.insert(d.sid, d);
            t->replyHttp(f.id(), 201, resource(d, false));
            return;
        }
        const QString key = path.section(QLatin1Char('/'), -1);
        Doc *d = byName(QUrl::fromPercentEncoding(key.toLatin1()));
        if (!d) {
            t->replyHttp(f.id(), 404, err(404, 54100, QStringLiteral("Document not found")));
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
                t->replyHttp(f.id(), 412, err(412, 54103, QStringLiteral("revision mismatch")));
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
