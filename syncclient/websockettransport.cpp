#include "logging_p.h"
#include "urlpolicy.h"
#include "websockettransport_p.h"

#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace SpSync {

struct WebSocketTransport::Private
{
    QPointer<QWebSocket> socket;
    QList<QSslCertificate> caCertificates;
    bool down = true; // disconnected() already reported for the current socket
};

WebSocketTransport::WebSocketTransport(QObject *parent)
    : SyncTransport(parent)
    , d(std::make_unique<Private>())
{
}

WebSocketTransport::~WebSocketTransport()
{
    if (d->socket) {
        d->socket->disconnect(this);
        d->socket->abort();
    }
}

void WebSocketTransport::setCaCertificates(const QList<QSslCertificate> &certificates)
{
    d->caCertificates = certificates;
}

void WebSocketTransport::open(const QUrl &url)
{
    if (d->socket) {
        d->socket->disconnect(this);
        d->socket->abort();
        d->socket->deleteLater();
    }
    QString why;
    if (!isAllowedUrl(url, &why)) {
        d->down = true;
        QTimer::singleShot(0, this, [this, why] {
            Q_EMIT errorOccurred(why);
            Q_EMIT disconnected();
        });
        return;
    }
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    d->socket = socket;
    d->down = false;
    if (!d->caCertificates.isEmpty()) {
        // Explicitly the system set plus ours: adding to the default configuration would
        // switch off the on-demand loading of the system CAs.
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(QSslConfiguration::systemCaCertificates() + d->caCertificates);
        socket->setSslConfiguration(ssl);
    }
    // Qt closes the socket itself (code 1009) when a message or frame is over the limit.
    socket->setMaxAllowedIncomingMessageSize(quint64(kMaxIncomingMessageBytes));
    socket->setMaxAllowedIncomingFrameSize(quint64(kMaxIncomingMessageBytes));
    const auto reportDown = [this, socket] {
        if (d->socket != socket || d->down)
            return;
        d->down = true;
        if (socket->closeCode() == QWebSocketProtocol::CloseCodeTooMuchData) {
            const QString reason = socket->closeReason();
            Q_EMIT protocolViolation(
                u"a WebSocket message over the %1 MiB limit closed the connection "
                u"(close code 1009%2)"_s.arg(kMaxIncomingMessageBytes / (qint64(1024) * 1024))
                    .arg(reason.isEmpty() ? QString() : u": "_s + reason));
        }
        Q_EMIT disconnected();
    };
    connect(socket, &QWebSocket::connected, this, [this, socket] {
        if (d->socket == socket)
            Q_EMIT connected();
    });
    connect(socket, &QWebSocket::disconnected, this, reportDown);
    connect(socket, &QWebSocket::binaryMessageReceived, this, [this, socket](const QByteArray &m) {
        if (d->socket == socket)
            Q_EMIT binaryReceived(m);
    });
    connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString &m) {
        if (d->socket == socket)
            Q_EMIT textReceived(m);
    });
    // Why the certificate was refused, kept so the handshake error that follows says so.
    auto tlsReasons = std::make_shared<QString>();
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
        [this, socket, reportDown, tlsReasons](QAbstractSocket::SocketError error) {
            if (d->socket != socket)
                return;
            QString message = socket->errorString();
            if (error == QAbstractSocket::SslHandshakeFailedError || !tlsReasons->isEmpty())
                message
                    = u"TLS handshake failed: "_s + (tlsReasons->isEmpty() ? message : *tlsReasons);
            qCDebug(lcTransport) << "websocket error" << message;
            // A refused certificate stays refused; a handshake cut short may work next time.
            if (!tlsReasons->isEmpty())
                Q_EMIT refused(message);
            else
                Q_EMIT errorOccurred(message);
            // A failed connect may not be followed by disconnected(); make sure it is reported.
            QTimer::singleShot(0, this, [socket, reportDown] {
                if (socket->state() == QAbstractSocket::UnconnectedState)
                    reportDown();
            });
        });
    connect(socket, &QWebSocket::sslErrors, this, [tlsReasons](const QList<QSslError> &errors) {
        // Verification stays on: the handshake fails, and the error that follows says why.
        QStringList texts;
        for (const QSslError &e : errors)
            texts << e.errorString();
        *tlsReasons = texts.join(u"; "_s);
    });
    qCDebug(lcTransport) << "opening" << url.toDisplayString(QUrl::RemoveQuery);
    socket->open(url);
}

void WebSocketTransport::sendBinary(const QByteArray &message)
{
    if (d->socket && d->socket->state() == QAbstractSocket::ConnectedState)
        d->socket->sendBinaryMessage(message);
}

void WebSocketTransport::close()
{
    if (!d->socket)
        return;
    QWebSocket *socket = d->socket;
    if (socket->state() == QAbstractSocket::UnconnectedState) {
        if (!d->down) {
            d->down = true;
            Q_EMIT disconnected();
        }
        return;
    }
    socket->close();
    // Do not wait for a peer that never answers the close handshake.
    QTimer::singleShot(3000, socket, [socket] { socket->abort(); });
}

std::unique_ptr<SyncTransport> makeWebSocketTransport()
{
    return std::make_unique<WebSocketTransport>();
}

} // namespace SpSync
