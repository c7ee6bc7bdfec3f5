#include "hostileserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QWebSocket>
#include <QWebSocketServer>
#include <twilsockframe.h>

using namespace Qt::StringLiterals;

HostileServer::HostileServer(QObject *parent)
    : QObject(parent)
    , m_server(new QWebSocketServer(u"hostile"_s, QWebSocketServer::NonSecureMode, this))
{
    connect(m_server, &QWebSocketServer::newConnection, this, &HostileServer::onConnection);
}

HostileServer::~HostileServer()
{
    for (const auto &s : std::as_const(m_sockets)) {
        if (s)
            s->abort();
    }
}

bool HostileServer::listen() { return m_server->listen(QHostAddress::LocalHost, 0); }

QUrl HostileServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server->serverPort()));
}

QUrl HostileServer::twilsockUrl() const
{
    return QUrl(u"ws://127.0.0.1:%1/v3/wsconnect"_s.arg(m_server->serverPort()));
}

int HostileServer::documentWrites() const
{
    int n = 0;
    for (const Request &r : requests) {
        if (r.method == u"POST" && r.path.contains(u"/Documents/"))
            ++n;
    }
    return n;
}

QJsonObject HostileServer::resource(bool withData) const
{
    QJsonObject r { { u"sid"_s, sid }, { u"unique_name"_s, name },
        { u"url"_s,
            baseUrl().toString() + u"/v3/Services/IS"_s + QString(32, u'b') + u"/Documents/"_s
                + sid },
        { u"revision"_s, QString::number(revision) }, { u"last_event_id"_s, lastEventId },
        { u"date_expires"_s, QJsonValue(QJsonValue::Null) } };
    if (withData)
        r.insert(u"data"_s, data);
    return r;
}

void HostileServer::send(QWebSocket *socket, const QJsonObject &header, const QByteArray &payload)
{
    if (socket)
        socket->sendBinaryMessage(Twilsock::encode(header, payload));
}

void HostileServer::reply(const Request &request, int httpStatus, const QByteArray &body)
{
    replyRaw(request,
        QJsonObject { { u"status"_s, Twilsock::status(200, u"OK"_s) },
            { u"http_status"_s,
                QJsonObject { { u"code"_s, httpStatus }, { u"status"_s, u"X"_s } } },
            { u"http_headers"_s, QJsonObject { { u"content-type"_s, u"application/json"_s } } },
            { u"payload_type"_s, u"application/json"_s } },
        body);
}

void HostileServer::replyRaw(
    const Request &request, const QJsonObject &header, const QByteArray &payload)
{
    QJsonObject h = header;
    h.insert(u"method"_s, u"reply"_s);
    h.insert(u"id"_s, request.id);
    send(request.socket, h, payload);
}

void HostileServer::notifyAll(const QString &messageType, const QByteArray &payload)
{
    for (const auto &s : std::as_const(m_sockets)) {
        if (!s || s->state() != QAbstractSocket::ConnectedState)
            continue;
        send(s,
            QJsonObject { { u"method"_s, u"notification"_s }, { u"id"_s, Twilsock::newMessageId() },
                { u"message_type"_s, messageType }, { u"notification_ctx_id"_s, QString() },
                { u"payload_type"_s, u"application/json"_s } },
            payload);
    }
}

QByteArray HostileServer::updateEvent(qint64 id, const QByteArray &documentData) const
{
    return R"({"event_type":"document_updated","event_protocol_version":4,"event":{"id":)"
        + QByteArray::number(id) + R"(,"document_sid":")" + sid.toLatin1()
        + R"(","document_unique_name":")" + name.toUtf8() + R"(","document_revision":")"
        + QByteArray::number(id) + R"(","document_data":)" + documentData + "}}";
}

QByteArray HostileServer::nested(int depth)
{
    return QByteArray("{\"d\":").repeated(depth - 1) + "{\"d\":1}"
        + QByteArray("}").repeated(depth - 1);
}

void HostileServer::onConnection()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        ++connections;
        m_sockets << socket;
        socket->setParent(this);
        connect(socket, &QWebSocket::binaryMessageReceived, this,
            [this, socket](const QByteArray &message) {
                const Twilsock::DecodeResult r = Twilsock::decode(message);
                if (r.ok())
                    onFrame(socket, r.frame);
            });
        connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void HostileServer::onFrame(QWebSocket *socket, const Twilsock::Frame &frame)
{
    const QString method = frame.method();
    if (method == u"init") {
        send(socket,
            QJsonObject { { u"method"_s, u"reply"_s }, { u"id"_s, frame.id() },
                { u"status"_s, Twilsock::status(200, u"OK"_s) },
                { u"continuation_token"_s, u"ct"_s },
                { u"account_descriptor"_s, QJsonObject { { u"identity"_s, u"tester"_s } } } });
        return;
    }
    if (method == u"update") {
        send(socket,
            QJsonObject { { u"method"_s, u"reply"_s }, { u"id"_s, frame.id() },
                { u"status"_s, Twilsock::status(200, u"OK"_s) } });
        return;
    }
    if (method != u"message")
        return; // acks, close, telemetry
    const QJsonObject http = frame.header.value(u"http_request").toObject();
    Request request { socket, frame.id(), http.value(u"method").toString(),
        http.value(u"path").toString(), http.value(u"headers").toObject(), frame.payload };
    requests << request;
    Q_EMIT requestReceived();
    if (script && script(request))
        return;
    answerHonestly(request);
}

void HostileServer::answerHonestly(const Request &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const auto json
        = [](const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); };
    if (request.path.endsWith(u"/v4/Subscriptions")) {
        reply(
            request, 200, R"({"estimated_delivery_in_ms":100,"max_batch_size":100,"ttl_in_s":-1})");
        if (body.value(u"action").toString() != u"establish")
            return;
        QJsonArray events;
        for (const QJsonValue &r : body.value(u"requests").toArray())
            events.append(QJsonObject { { u"object_sid"_s, r.toObject().value(u"object_sid") },
                { u"object_type"_s, u"document"_s }, { u"replay_status"_s, u"completed"_s },
                { u"last_event_id"_s, lastEventId } });
        notifyAll(u"twilio.sync.event"_s,
            json(QJsonObject { { u"event_type"_s, u"subscription_established"_s },
                { u"correlation_id"_s, body.value(u"correlation_id") },
                { u"event_protocol_version"_s, 4 }, { u"events"_s, events } }));
        return;
    }
    const QString key = QUrl::fromPercentEncoding(request.path.section(u'/', -1).toUtf8());
    if (request.method == u"GET" && (key == name || key == sid)) {
        reply(request, 200, json(resource(true)));
        return;
    }
    if (request.method == u"POST" && key == sid) {
        const QString ifMatch = request.headers.value(u"If-Match").toString();
        if (!ifMatch.isEmpty() && ifMatch != QString::number(revision)) {
            reply(request, 412,
                R"({"status":412,"code":54103,"message":"The revision of the Document does not match"})");
            return;
        }
        if (body.value(u"data").isObject())
            data = body.value(u"data").toObject();
        ++revision;
        ++lastEventId;
        reply(request, 200, json(resource(false)));
        notifyAll(u"com.twilio.rtd.cds.document"_s, updateEvent(lastEventId, json(data)));
        return;
    }
    reply(request, 404, R"({"status":404,"code":54100,"message":"Document not found"})");
}
