// The emulator's HTTP side: a bounded HTTP/1.1 reader (HttpConnection) in front of a
// QWebSocketServer. WebSocket upgrades on any path become Twilsock connections; plain requests
// go to one handler. Qt HttpServer 6.4 buffers requests without limit, so it is not used.
#pragma once

#include "httplimits.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QTcpServer;
class QWebSocket;
class QWebSocketServer;
QT_END_NAMESPACE

namespace SpEmu {

class HttpConnection;

class EmulatorHttpServer : public QObject
{
    Q_OBJECT
public:
    struct Reply
    {
        int status = 200;
        QJsonObject body;
    };
    // (method, path, Authorization header value, body) -> reply; status 0 = no route (404).
    using Handler = std::function<Reply(const QByteArray &method, const QString &path,
        const QByteArray &authorization, const QByteArray &body)>;

    explicit EmulatorHttpServer(
        Handler handler, const HttpLimits &limits = {}, QObject *parent = nullptr);
    ~EmulatorHttpServer() override;

    // Listens with TCP_NODELAY on every accepted socket (small request/reply frames would
    // otherwise wait on Nagle + delayed ACK). Returns the port, 0 on failure.
    quint16 listenLowDelay(const QHostAddress &address, quint16 port);

    bool hasPendingWebSocketConnections() const;
    std::unique_ptr<QWebSocket> nextPendingWebSocketConnection();
    // Accepted sockets still open (plain HTTP and WebSocket).
    int openConnections() const { return m_open; }
    // The connection cap in force (the configured one, lowered to fit the open-files limit).
    int maxConnections() const { return m_maxConnections; }

Q_SIGNALS:
    void newWebSocketConnection();

private:
    void accept(QTcpSocket *socket);
    static QString peerKey(const QHostAddress &address, quint16 port);
    void onRequest(HttpConnection *connection, const QByteArray &method, const QByteArray &target,
        const QByteArray &authorization, const QByteArray &body);

    Handler m_handler;
    HttpLimits m_limits;
    int m_maxConnections = 0;
    int m_open = 0;
    QTcpServer *m_tcp = nullptr;
    QWebSocketServer *m_webSockets = nullptr;
    // Sockets handed to the WebSocket server, by peer, until their WebSocket is taken.
    QHash<QString, QPointer<QTcpSocket>> m_upgrading;
};

} // namespace SpEmu
