#include "emulatorhttpserver.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QTcpServer>
#include <QTcpSocket>

namespace SpEmu {

namespace {
    class LowDelayTcpServer : public QTcpServer
    {
    public:
        using QTcpServer::QTcpServer;

    protected:
        void incomingConnection(qintptr descriptor) override
        {
            auto *socket = new QTcpSocket(this);
            if (!socket->setSocketDescriptor(descriptor)) {
                delete socket;
                return;
            }
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            addPendingConnection(socket);
        }
    };
} // namespace

quint16 EmulatorHttpServer::listenLowDelay(const QHostAddress &address, quint16 port)
{
    auto *server = new LowDelayTcpServer(this);
    if (!server->listen(address, port)) {
        delete server;
        return 0;
    }
    bind(server);
    return server->serverPort();
}

EmulatorHttpServer::EmulatorHttpServer(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{
}

QByteArray EmulatorHttpServer::headerValue(
    const QHttpServerRequest &request, const QByteArray &name)
{
    const auto headers = request.headers();
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool EmulatorHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // An upgrade is "handled" by returning true without writing: the base class then hands
    // the socket to its QWebSocketServer.
    if (headerValue(request, "upgrade").compare("websocket", Qt::CaseInsensitive) == 0)
        return true;

    const QByteArray method = QByteArray(
        QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(request.method())))
                                  .toUpper();
    const Reply reply = m_handler(
        method, request.url().path(), headerValue(request, "authorization"), request.body());
    if (reply.status == 0)
        return false;
    makeResponder(request, socket)
        .write(QJsonDocument(reply.body), QHttpServerResponder::StatusCode(reply.status));
    return true;
}

void EmulatorHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket)
        .write(QJsonDocument(QJsonObject { { u"status"_qs, 404 }, { u"code"_qs, 20404 },
                   { u"message"_qs, u"The requested resource was not found"_qs } }),
            QHttpServerResponder::StatusCode::NotFound);
}

} // namespace SpEmu
