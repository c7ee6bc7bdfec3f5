#include "twilsocktestclient.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTimer>

using namespace Qt::StringLiterals;

TwilsockTestClient::TwilsockTestClient(QObject *parent)
    : QObject(parent)
{
    connect(&m_socket, &QWebSocket::binaryMessageReceived, this, &TwilsockTestClient::onMessage);
}

bool TwilsockTestClient::open(const QUrl &url, int timeoutMs)
{
    QSignalSpy connected(&m_socket, &QWebSocket::connected);
    m_socket.open(url);
    return connected.count() > 0 || connected.wait(timeoutMs);
}

void TwilsockTestClient::onMessage(const QByteArray &message)
{
    const Twilsock::DecodeResult r = Twilsock::decode(message);
    if (!r.ok())
        return;
    const QString method = r.frame.method();
    if (m_autoAck && method != u"reply") {
        sendFrame(QJsonObject { { u"method"_s, u"reply"_s }, { u"id"_s, r.frame.id() },
            { u"status"_s, Twilsock::status(200, u"OK"_s) } });
    }
    m_pending.append(r.frame);
}

void TwilsockTestClient::sendFrame(const QJsonObject &header, const QByteArray &payload)
{
    m_socket.sendBinaryMessage(Twilsock::encode(header, payload));
}

std::optional<Twilsock::Frame> TwilsockTestClient::init(
    const QString &token, int timeoutMs, const QJsonArray &capabilities)
{
    const QString id = Twilsock::newMessageId();
    sendFrame(QJsonObject {
        { u"id"_s, id },
        { u"method"_s, u"init"_s },
        { u"token"_s, token },
        { u"continuation_token"_s, QJsonValue(QJsonValue::Null) },
        { u"capabilities"_s,
            capabilities.isEmpty()
                ? QJsonArray { u"client_update"_s, u"offline_storage"_s, u"telemetry.v1"_s }
                : capabilities },
        { u"metadata"_s, QJsonObject { { u"type"_s, u"sync"_s } } },
        { u"registrations"_s, QJsonValue(QJsonValue::Null) },
    });
    return waitFrame(
        [id](const Twilsock::Frame &f) { return f.method() == u"reply" && f.id() == id; },
        timeoutMs);
}

bool TwilsockTestClient::connectAndInit(const QUrl &url, const QString &token)
{
    if (!open(url))
        return false;
    const auto reply = init(token);
    return reply && reply->header.value(u"status").toObject().value(u"code").toInt() == 200;
}

QString TwilsockTestClient::sendRequest(
    const QString &method, const QString &path, const QByteArray &body, const QJsonObject &headers)
{
    const QString id = Twilsock::newMessageId();
    QJsonObject h = headers;
    if (!h.contains(u"Content-Type"))
        h.insert(u"Content-Type"_s, u"application/json"_s);
    sendFrame(
        QJsonObject { { u"id"_s, id }, { u"method"_s, u"message"_s },
            { u"active_grant"_s, u"data_sync"_s }, { u"payload_type"_s, u"application/json"_s },
            { u"http_request"_s,
                QJsonObject { { u"host"_s, u"cds.us1.twilio.com"_s }, { u"path"_s, path },
                    { u"method"_s, method }, { u"params"_s, QJsonObject {} },
                    { u"headers"_s, h } } } },
        body);
    return id;
}

std::optional<Twilsock::Frame> TwilsockTestClient::waitReply(const QString &id, int timeoutMs)
{
    return waitFrame(
        [id](const Twilsock::Frame &f) { return f.method() == u"reply" && f.id() == id; },
        timeoutMs);
}

std::optional<Twilsock::Frame> TwilsockTestClient::request(const QString &method,
    const QString &path, const QByteArray &body, const QJsonObject &headers, int timeoutMs)
{
    return waitReply(sendRequest(method, path, body, headers), timeoutMs);
}

int TwilsockTestClient::httpStatus(const Twilsock::Frame &reply)
{
    return reply.header.value(u"http_status").toObject().value(u"code").toInt();
}

QJsonObject TwilsockTestClient::json(const Twilsock::Frame &frame)
{
    return QJsonDocument::fromJson(frame.payload).object();
}

std::optional<Twilsock::Frame> TwilsockTestClient::waitFrame(
    const std::function<bool(const Twilsock::Frame &)> &pred, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        for (qsizetype i = 0; i < m_pending.size(); ++i) {
            if (pred(m_pending.at(i)))
                return m_pending.takeAt(i);
        }
        if (deadline.hasExpired() || m_socket.state() != QAbstractSocket::ConnectedState)
            return std::nullopt;
        // Wake on the next message, a disconnect or the deadline, whichever comes first.
        QEventLoop loop;
        QTimer timer;
        timer.setSingleShot(true);
        connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        connect(&m_socket, &QWebSocket::binaryMessageReceived, &loop, &QEventLoop::quit);
        connect(&m_socket, &QWebSocket::disconnected, &loop, &QEventLoop::quit);
        timer.start(int(std::max<qint64>(1, deadline.remainingTime())));
        loop.exec();
    }
}

std::optional<Twilsock::Frame> TwilsockTestClient::waitNotification(
    const QString &eventType, int timeoutMs)
{
    return waitFrame(
        [eventType](const Twilsock::Frame &f) {
            return f.method() == u"notification"
                && json(f).value(u"event_type").toString() == eventType;
        },
        timeoutMs);
}

bool TwilsockTestClient::waitDisconnected(int timeoutMs)
{
    if (m_socket.state() == QAbstractSocket::UnconnectedState)
        return true;
    QSignalSpy spy(&m_socket, &QWebSocket::disconnected);
    return spy.wait(timeoutMs) || m_socket.state() == QAbstractSocket::UnconnectedState;
}
