// The emulator's HTTP side on top of QAbstractHttpServer (Qt 6.4): WebSocket upgrades on any
// path are left to the built-in QWebSocketServer (QHttpServer's router cannot do that in 6.4
// without writing a response into the handshake), plain requests go to a few fixed handlers.
#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <functional>

namespace SpEmu {

class EmulatorHttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    struct Reply
    {
        int status = 200;
        QJsonObject body;
    };
    // (method, path, Authorization header value, body) -> reply; nullopt-like status 0 = no route.
    using Handler = std::function<Reply(const QByteArray &method, const QString &path,
        const QByteArray &authorization, const QByteArray &body)>;

    explicit EmulatorHttpServer(Handler handler, QObject *parent = nullptr);

    // Listens with TCP_NODELAY on every accepted socket (small request/reply frames would
    // otherwise wait on Nagle + delayed ACK). Returns the port, 0 on failure.
    quint16 listenLowDelay(const QHostAddress &address, quint16 port);

    static QByteArray headerValue(const QHttpServerRequest &request, const QByteArray &name);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};

} // namespace SpEmu
