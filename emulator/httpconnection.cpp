#include "httpconnection.h"

#include "emulatorlogging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace SpEmu {

namespace {

    // After an error reply the peer may still be sending: its bytes are read and dropped for
    // this long, so the reply is not lost to a reset, then the socket is cut.
    constexpr int kLingerMs = 2000;

    QByteArray reasonPhrase(int status)
    {
        switch (status) {
        case 200:
            return "OK";
        case 400:
            return "Bad Request";
        case 401:
            return "Unauthorized";
        case 403:
            return "Forbidden";
        case 404:
            return "Not Found";
        case 405:
            return "Method Not Allowed";
        case 408:
            return "Request Timeout";
        case 411:
            return "Length Required";
        case 413:
            return "Payload Too Large";
        case 414:
            return "URI Too Long";
        case 429:
            return "Too Many Requests";
        case 431:
            return "Request Header Fields Too Large";
        case 503:
            return "Service Unavailable";
        case 505:
            return "HTTP Version Not Supported";
        default:
            return status < 400 ? "OK" : status < 500 ? "Client Error" : "Server Error";
        }
    }

    bool isToken(const QByteArray &s)
    {
        if (s.isEmpty())
            return false;
        for (const char c : s) {
            if (c <= ' ' || c >= 127 || c == ':')
                return false;
        }
        return true;
    }

} // namespace

QByteArray HttpConnection::Request::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

HttpConnection::HttpConnection(QTcpSocket *socket, const HttpLimits &limits, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_limits(limits)
{
    m_socket->setParent(this);
    // The socket never holds more than one request's worth; the rest waits in the kernel.
    m_socket->setReadBufferSize(m_limits.maxHeadBytes + m_limits.maxBodyBytes + 4096);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &HttpConnection::onDeadline);
    m_deadline.start(m_limits.headerTimeoutMs);
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

void HttpConnection::onReadyRead()
{
    if (!m_socket)
        return;
    for (;;) {
        switch (m_state) {
        case State::Closing:
            m_socket->skip(m_socket->bytesAvailable());
            return;
        case State::Handling:
            return; // pipelined bytes wait for the reply to the current request
        case State::Head:
            if (!readHead())
                return;
            break;
        case State::Body:
            if (m_socket->bytesAvailable() < m_bodyLength)
                return;
            m_request.body = m_socket->read(m_bodyLength);
            m_state = State::Handling;
            m_deadline.stop();
            Q_EMIT requestReceived(m_request);
            return;
        }
    }
}

// True when the state moved on (a complete head was consumed, or the connection is closing).
bool HttpConnection::readHead()
{
    const qint64 available = m_socket->bytesAvailable();
    if (available <= 0)
        return false;
    const QByteArray peeked = m_socket->peek(qMin<qint64>(available, m_limits.maxHeadBytes + 4));
    const qsizetype lineEnd = peeked.indexOf("\r\n");
    if ((lineEnd < 0 && peeked.size() > m_limits.maxRequestLineBytes)
        || lineEnd > m_limits.maxRequestLineBytes) {
        refuse(414, "The request line is too long");
        return true;
    }
    const qsizetype end = peeked.indexOf("\r\n\r\n");
    const qsizetype headLength = end < 0 ? -1 : end + 4;
    if (headLength < 0 || headLength > m_limits.maxHeadBytes) {
        if (peeked.count("\r\n") > m_limits.maxHeaderCount + 1 || available > m_limits.maxHeadBytes
            || headLength > m_limits.maxHeadBytes) {
            refuse(431, "The request headers are too large");
            return true;
        }
        return false;
    }

    const QList<QByteArray> lines = peeked.left(end).split('\n');
    if (lines.size() - 1 > m_limits.maxHeaderCount) {
        refuse(431, "The request has too many headers");
        return true;
    }
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine.at(0)) || requestLine.at(1).isEmpty()) {
        refuse(400, "Malformed request line");
        return true;
    }
    const QByteArray &version = requestLine.at(2);
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        refuse(505, "Only HTTP/1.1 is supported");
        return true;
    }
    Request request;
    request.method = requestLine.at(0);
    request.target = requestLine.at(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = colon > 0 ? line.left(colon) : QByteArray();
        if (!isToken(name)) {
            refuse(400, "Malformed header line");
            return true;
        }
        request.headers.append({ name, line.mid(colon + 1).trimmed() });
    }

    if (request.header("upgrade").compare("websocket", Qt::CaseInsensitive) == 0) {
        // Hand the unread socket over; the WebSocket server has its own handshake deadline.
        m_deadline.stop();
        QTcpSocket *socket = m_socket;
        socket->disconnect(this);
        socket->setReadBufferSize(0);
        socket->setParent(nullptr);
        m_socket = nullptr;
        Q_EMIT upgradeRequested(socket);
        deleteLater();
        return false;
    }

    if (!request.header("transfer-encoding").isEmpty()) {
        refuse(411, "Send a Content-Length (chunked bodies are not accepted)");
        return true;
    }
    qint64 length = 0;
    const QByteArray lengthText = request.header("content-length");
    if (!lengthText.isEmpty()) {
        bool ok = lengthText.size() <= 18;
        for (const char c : lengthText)
            ok = ok && c >= '0' && c <= '9';
        length = ok ? lengthText.toLongLong(&ok) : 0;
        if (!ok) {
            refuse(400, "Malformed Content-Length");
            return true;
        }
    }
    if (length > m_limits.maxBodyBytes) {
        refuse(413, "The request body is too large");
        return true;
    }
    const QByteArray connection = request.header("connection").toLower();
    m_keepAlive
        = version == "HTTP/1.1" ? !connection.contains("close") : connection.contains("keep-alive");
    m_socket->skip(headLength);
    m_request = std::move(request);
    m_bodyLength = length;
    m_state = State::Body;
    return true;
}

void HttpConnection::respond(int status, const QByteArray &jsonBody)
{
    if (!m_socket || m_state != State::Handling)
        return;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
        + "\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(jsonBody.size())
        + "\r\nConnection: " + (m_keepAlive ? "keep-alive" : "close") + "\r\n\r\n" + jsonBody;
    m_socket->write(out);
    if (!m_keepAlive) {
        closeSoon();
        return;
    }
    m_request = {};
    m_state = State::Head;
    m_deadline.start(m_limits.headerTimeoutMs);
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

void HttpConnection::refuse(int status, const QByteArray &message)
{
    if (!m_socket || m_state == State::Closing)
        return;
    qCInfo(lcServer) << "HTTP request refused with" << status << ':' << message;
    m_state = State::Handling;
    m_keepAlive = false;
    respond(status,
        QJsonDocument(
            QJsonObject { { u"status"_s, status }, { u"message"_s, QString::fromLatin1(message) } })
            .toJson(QJsonDocument::Compact));
}

void HttpConnection::onDeadline()
{
    if (!m_socket)
        return;
    if (m_state == State::Closing) {
        m_socket->abort();
        deleteLater();
        return;
    }
    const bool partial = m_state == State::Body || m_socket->bytesAvailable() > 0;
    qCInfo(lcServer) << "HTTP connection idle past" << m_limits.headerTimeoutMs << "ms; closing";
    if (partial && m_state != State::Handling) {
        refuse(408, "The request did not arrive in time");
        return;
    }
    m_state = State::Closing;
    m_socket->abort();
    deleteLater();
}

void HttpConnection::closeSoon()
{
    m_state = State::Closing;
    m_socket->skip(m_socket->bytesAvailable());
    // Half-close once the reply is out, read and drop what the peer still sends, then cut it.
    auto halfClose = [this] {
        if (m_socket && m_socket->bytesToWrite() == 0 && m_socket->socketDescriptor() >= 0)
            ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    };
    connect(m_socket, &QTcpSocket::bytesWritten, this, halfClose);
    m_socket->flush();
    halfClose();
    m_deadline.start(qMin(kLingerMs, m_limits.headerTimeoutMs));
}

} // namespace SpEmu
