#include "emulatorhttpserver.h"

#include "emulatorlogging.h"
#include "httpconnection.h"

#include <QJsonDocument>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>
#include <QWebSocketServer>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace SpEmu {

namespace {

    class LowDelayTcpServer : public QTcpServer
    {
    public:
        LowDelayTcpServer(std::function<void(QTcpSocket *)> onAccept, QObject *parent)
            : QTcpServer(parent)
            , m_onAccept(std::move(onAccept))
        {
        }

    protected:
        void incomingConnection(qintptr descriptor) override
        {
            auto *socket = new QTcpSocket(this);
            if (!socket->setSocketDescriptor(descriptor)) {
                delete socket;
                return;
            }
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            m_onAccept(socket);
        }

    private:
        std::function<void(QTcpSocket *)> m_onAccept;
    };

    // Descriptors kept free for the database, the listening socket and refusals.
    constexpr int kSpareDescriptors = 32;
    constexpr int kAcceptRetryMs = 200;

    // Raises the soft open-files limit towards the hard one (as far as the cap needs), then
    // lowers the cap to what fits.
    int capForOpenFilesLimit(int wanted)
    {
        rlimit limit {};
        if (getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
            return wanted;
        const rlim_t needed = rlim_t(wanted) + kSpareDescriptors + 64;
        if (limit.rlim_cur < needed) {
            rlimit raised = limit;
            raised.rlim_cur
                = limit.rlim_max == RLIM_INFINITY ? needed : qMin(needed, limit.rlim_max);
            if (setrlimit(RLIMIT_NOFILE, &raised) == 0)
                limit = raised;
        }
        const int fit = int(qMin<rlim_t>(limit.rlim_cur, 1 << 20)) - kSpareDescriptors;
        return qMax(1, qMin(wanted, fit));
    }

} // namespace

EmulatorHttpServer::EmulatorHttpServer(Handler handler, const HttpLimits &limits, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_limits(limits)
    , m_maxConnections(limits.maxConnections)
    , m_webSockets(
          new QWebSocketServer(u"sp-sync-emulator"_s, QWebSocketServer::NonSecureMode, this))
{
    m_webSockets->setHandshakeTimeout(m_limits.headerTimeoutMs);
    connect(m_webSockets, &QWebSocketServer::newConnection, this,
        &EmulatorHttpServer::newWebSocketConnection);
}

EmulatorHttpServer::~EmulatorHttpServer() = default;

quint16 EmulatorHttpServer::listenLowDelay(const QHostAddress &address, quint16 port)
{
    m_maxConnections = capForOpenFilesLimit(m_limits.maxConnections);
    m_webSockets->setMaxPendingConnections(m_maxConnections);
    auto *server = new LowDelayTcpServer([this](QTcpSocket *socket) { accept(socket); }, this);
    if (!server->listen(address, port)) {
        delete server;
        return 0;
    }
    // Out of descriptors, QTcpServer stops accepting for good: try again shortly instead.
    connect(server, &QTcpServer::acceptError, this, [server](QAbstractSocket::SocketError error) {
        qCWarning(lcServer) << "accept failed:" << error << "- retrying";
        QTimer::singleShot(kAcceptRetryMs, server, &QTcpServer::resumeAccepting);
    });
    m_tcp = server;
    return server->serverPort();
}

void EmulatorHttpServer::accept(QTcpSocket *socket)
{
    if (m_open >= m_maxConnections) {
        qCWarning(lcServer) << "connection refused: already" << m_open << "open (cap"
                            << m_maxConnections << ')';
        const QByteArray body = QJsonDocument(
            QJsonObject { { u"status"_s, 503 }, { u"message"_s, u"Too many open connections"_s } })
                                    .toJson(QJsonDocument::Compact);
        socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n"
                      "Content-Length: "
            + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->flush();
        socket->close();
        socket->deleteLater();
        return;
    }
    ++m_open;
    connect(socket, &QObject::destroyed, this, [this] { --m_open; });
    auto *connection = new HttpConnection(socket, m_limits, this);
    connect(connection, &HttpConnection::upgradeRequested, this, [this](QTcpSocket *s) {
        // QWebSocket drops every connection of the socket it upgrades, so from here on the
        // socket is counted until its WebSocket goes (or its handshake fails).
        disconnect(s, &QObject::destroyed, this, nullptr);
        s->setParent(this);
        const QString key = peerKey(s->peerAddress(), s->peerPort());
        m_upgrading.insert(key, s);
        m_webSockets->handleConnection(s);
        // The handshake is already buffered: make the WebSocket server read it now.
        Q_EMIT s->readyRead();
        // A failed handshake closes the socket but leaves it to us.
        QTimer::singleShot(2 * m_limits.headerTimeoutMs + 1000, this, [this, key] {
            if (!m_upgrading.contains(key))
                return;
            delete m_upgrading.take(key).data();
            --m_open;
        });
    });
    connect(connection, &HttpConnection::requestReceived, this,
        [this, connection](const HttpConnection::Request &request) {
            onRequest(connection, request.method, request.target, request.header("authorization"),
                request.body);
        });
}

void EmulatorHttpServer::onRequest(HttpConnection *connection, const QByteArray &method,
    const QByteArray &target, const QByteArray &authorization, const QByteArray &body)
{
    const QString path = QUrl::fromEncoded(target).path();
    const Reply reply = m_handler(method.toUpper(), path, authorization, body);
    if (reply.status == 0) {
        connection->respond(404,
            QJsonDocument(
                QJsonObject { { u"status"_s, 404 }, { u"code"_s, 20404 },
                    { u"message"_s, u"The requested resource %1 was not found"_s.arg(path) },
                    { u"more_info"_s, u"https://www.twilio.com/docs/errors/20404"_s } })
                .toJson(QJsonDocument::Compact));
        return;
    }
    connection->respond(reply.status, QJsonDocument(reply.body).toJson(QJsonDocument::Compact));
}

bool EmulatorHttpServer::hasPendingWebSocketConnections() const
{
    return m_webSockets->hasPendingConnections();
}

std::unique_ptr<QWebSocket> EmulatorHttpServer::nextPendingWebSocketConnection()
{
    std::unique_ptr<QWebSocket> socket(m_webSockets->nextPendingConnection());
    if (!socket)
        return socket;
    // QWebSocket does not own the TCP socket it was upgraded from: it goes (and stops
    // counting) with its WebSocket, which has let go of it by the time it emits destroyed().
    const QString key = peerKey(socket->peerAddress(), socket->peerPort());
    if (!m_upgrading.contains(key))
        return socket;
    const QPointer<QTcpSocket> tcp = m_upgrading.take(key);
    connect(socket.get(), &QObject::destroyed, this, [this, tcp] {
        delete tcp.data();
        --m_open;
    });
    return socket;
}

QString EmulatorHttpServer::peerKey(const QHostAddress &address, quint16 port)
{
    return address.toString() + u'|' + QString::number(port);
}

} // namespace SpEmu
