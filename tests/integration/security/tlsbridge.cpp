#include "tlsbridge.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QWebSocket>

using namespace Qt::StringLiterals;

TlsBridge::TlsBridge(const QSslCertificate &certificate, const QSslKey &key, QObject *parent)
    : QObject(parent)
    , m_wss(u"tls-bridge"_s, QWebSocketServer::SecureMode)
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setLocalCertificate(certificate);
    ssl.setPrivateKey(key);
    ssl.setPeerVerifyMode(QSslSocket::VerifyNone); // clients have no certificate
    m_wss.setSslConfiguration(ssl);
    m_httpsServer.setSslConfiguration(ssl);
    connect(&m_wss, &QWebSocketServer::newConnection, this, &TlsBridge::acceptWebSocket);
    connect(&m_httpsServer, &QSslServer::pendingConnectionAvailable, this, &TlsBridge::acceptHttps);
}

bool TlsBridge::listen(const QUrl &upstreamTwilsock, const QUrl &upstreamSpApi)
{
    m_upstreamTwilsock = upstreamTwilsock;
    m_upstreamSpApi = upstreamSpApi;
    return m_wss.listen(QHostAddress::LocalHost, 0)
        && m_httpsServer.listen(QHostAddress::LocalHost, 0);
}

QUrl TlsBridge::wssUrl() const
{
    return QUrl(u"wss://127.0.0.1:%1/v3/wsconnect"_s.arg(m_wss.serverPort()));
}

QUrl TlsBridge::httpsUrl() const
{
    return QUrl(u"https://127.0.0.1:%1"_s.arg(m_httpsServer.serverPort()));
}

void TlsBridge::acceptWebSocket()
{
    while (QWebSocket *down = m_wss.nextPendingConnection()) {
        ++m_webSockets;
        down->setParent(this);
        auto *up = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, down);
        auto pending = std::make_shared<QList<QByteArray>>();
        connect(down, &QWebSocket::binaryMessageReceived, up, [up, pending](const QByteArray &m) {
            if (up->state() == QAbstractSocket::ConnectedState)
                up->sendBinaryMessage(m);
            else
                pending->append(m);
        });
        connect(up, &QWebSocket::connected, up, [up, pending] {
            for (const QByteArray &m : std::as_const(*pending))
                up->sendBinaryMessage(m);
            pending->clear();
        });
        connect(up, &QWebSocket::binaryMessageReceived, down,
            [down](const QByteArray &m) { down->sendBinaryMessage(m); });
        connect(up, &QWebSocket::disconnected, down, [down] { down->close(); });
        connect(down, &QWebSocket::disconnected, down, [down, up] {
            up->abort();
            down->deleteLater();
        });
        up->open(m_upstreamTwilsock);
    }
}

// One HTTP/1.1 request per connection (Connection: close), relayed to the SP API.
void TlsBridge::acceptHttps()
{
    while (QTcpSocket *socket = m_httpsServer.nextPendingConnection()) {
        ++m_https;
        socket->setParent(this);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> lines = buffer->first(end).split('\n');
            QByteArray authorization;
            qsizetype length = 0;
            for (const QByteArray &line : lines.mid(1)) {
                const qsizetype colon = line.indexOf(':');
                const QByteArray name = line.first(qMax<qsizetype>(colon, 0)).trimmed().toLower();
                const QByteArray value = line.mid(colon + 1).trimmed();
                if (name == "authorization")
                    authorization = value;
                else if (name == "content-length")
                    length = value.toLongLong();
            }
            if (buffer->size() < end + 4 + length)
                return;
            const QByteArray body = buffer->mid(end + 4, length);
            const QByteArray path = lines.value(0).split(' ').value(1);
            buffer->clear();
            QUrl target = m_upstreamSpApi;
            target.setPath(QString::fromLatin1(path));
            QNetworkRequest request(target);
            request.setRawHeader("Authorization", authorization);
            request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
            QNetworkReply *reply = m_nam.post(request, body);
            QPointer<QTcpSocket> client(socket);
            connect(reply, &QNetworkReply::finished, this, [this, reply, client] {
                reply->deleteLater();
                if (!client)
                    return;
                const int status
                    = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                QByteArray data = reply->readAll();
                QJsonObject json = QJsonDocument::fromJson(data).object();
                if (status == 200 && json.contains(u"token")) {
                    json.insert(u"twilsockUri"_s, wssUrl().toString());
                    data = QJsonDocument(json).toJson(QJsonDocument::Compact);
                }
                client->write("HTTP/1.1 " + QByteArray::number(status ? status : 502)
                    + " X\r\nContent-Type: application/json\r\nConnection: "
                      "close\r\nContent-Length: "
                    + QByteArray::number(data.size()) + "\r\n\r\n" + data);
                client->disconnectFromHost();
            });
        });
    }
}
