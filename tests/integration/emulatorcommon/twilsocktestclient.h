// A raw Twilsock client for emulator integration tests: a QWebSocket plus the shared frame codec.
// Waiting is always on signals (QSignalSpy::wait), never on sleeps.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>
#include <QWebSocket>
#include <functional>
#include <optional>
#include <twilsockframe.h>

class TwilsockTestClient : public QObject
{
    Q_OBJECT
public:
    explicit TwilsockTestClient(QObject *parent = nullptr);

    bool open(const QUrl &url, int timeoutMs = 10000);
    QWebSocket &socket() { return m_socket; }
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }

    void sendFrame(const QJsonObject &header, const QByteArray &payload = {});
    // Sends init with this token and waits for its reply.
    // capabilities: the JS client's list unless given (Kotlin asks for account_descriptor).
    std::optional<Twilsock::Frame> init(
        const QString &token, int timeoutMs = 10000, const QJsonArray &capabilities = {});
    // connect + init; true when the reply's status is 200.
    bool connectAndInit(const QUrl &url, const QString &token);

    // One tunnelled CDS request; returns the reply frame.
    std::optional<Twilsock::Frame> request(const QString &method, const QString &path,
        const QByteArray &body = {}, const QJsonObject &headers = {}, int timeoutMs = 10000);
    // Sends the request without waiting; returns its id (wait with waitReply).
    QString sendRequest(const QString &method, const QString &path, const QByteArray &body = {},
        const QJsonObject &headers = {});
    std::optional<Twilsock::Frame> waitReply(const QString &id, int timeoutMs = 10000);
    // Convenience: HTTP status of a reply frame, and its payload as JSON.
    static int httpStatus(const Twilsock::Frame &reply);
    static QJsonObject json(const Twilsock::Frame &frame);

    // Waits for (and removes from the queue) the first received frame matching pred.
    std::optional<Twilsock::Frame> waitFrame(
        const std::function<bool(const Twilsock::Frame &)> &pred, int timeoutMs = 10000);
    std::optional<Twilsock::Frame> waitNotification(
        const QString &eventType, int timeoutMs = 10000);
    // True when the socket closes within the timeout.
    bool waitDisconnected(int timeoutMs = 10000);
    // Frames received and not taken yet.
    const QList<Twilsock::Frame> &pending() const { return m_pending; }
    // Acks every server-initiated frame, as real clients do (default on).
    void setAutoAck(bool on) { m_autoAck = on; }

private:
    void onMessage(const QByteArray &message);

    QWebSocket m_socket;
    QList<Twilsock::Frame> m_pending;
    bool m_autoAck = true;
};
