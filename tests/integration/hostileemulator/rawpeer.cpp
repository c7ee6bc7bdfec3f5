#include "rawpeer.h"

#include <QDeadlineTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QtEndian>

RawHttpPeer::RawHttpPeer(QObject *parent)
    : QObject(parent)
{
    connect(&m_socket, &QTcpSocket::readyRead, this, [this] { m_received += m_socket.readAll(); });
    connect(&m_socket, &QTcpSocket::disconnected, this, [this] { m_closed = true; });
    connect(&m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        if (e == QAbstractSocket::RemoteHostClosedError || e == QAbstractSocket::NetworkError)
            m_closed = true;
    });
}

bool RawHttpPeer::connectTo(quint16 port, int timeoutMs)
{
    m_socket.connectToHost(QHostAddress::LocalHost, port);
    return m_socket.waitForConnected(timeoutMs);
}

void RawHttpPeer::send(const QByteArray &bytes)
{
    m_socket.write(bytes);
    m_socket.flush();
}

int RawHttpPeer::status() const
{
    if (!m_received.startsWith("HTTP/1.1 ") || m_received.size() < 12)
        return 0;
    return m_received.mid(9, 3).toInt();
}

RawWebSocketPeer::RawWebSocketPeer(QObject *parent)
    : QObject(parent)
{
    connect(&m_socket, &QTcpSocket::readyRead, this, &RawWebSocketPeer::onReadyRead);
    connect(&m_socket, &QTcpSocket::disconnected, this, [this] { m_closed = true; });
    connect(&m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        if (e == QAbstractSocket::RemoteHostClosedError || e == QAbstractSocket::NetworkError)
            m_closed = true;
    });
}

bool RawWebSocketPeer::open(quint16 port, int timeoutMs)
{
    m_socket.connectToHost(QHostAddress::LocalHost, port);
    if (!m_socket.waitForConnected(timeoutMs))
        return false;
    m_socket.write("GET /v3/wsconnect HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                   "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                   "Sec-WebSocket-Version: 13\r\n\r\n");
    if (!QTest::qWaitFor([this] { return m_upgraded || m_closed; }, timeoutMs))
        return false;
    return m_upgraded;
}

void RawWebSocketPeer::onReadyRead()
{
    if (m_paused)
        return;
    m_buffer += m_socket.readAll();
    if (!m_upgraded) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        if (!m_buffer.startsWith("HTTP/1.1 101")) {
            m_socket.abort();
            m_closed = true;
            return;
        }
        m_buffer.remove(0, end + 4);
        m_upgraded = true;
    }
    parseFrames();
}

void RawWebSocketPeer::parseFrames()
{
    for (;;) {
        if (m_buffer.size() < 2)
            return;
        const auto b0 = quint8(m_buffer.at(0));
        const auto b1 = quint8(m_buffer.at(1));
        qsizetype header = 2;
        quint64 length = b1 & 0x7f;
        if (length == 126) {
            if (m_buffer.size() < 4)
                return;
            length = qFromBigEndian<quint16>(m_buffer.constData() + 2);
            header = 4;
        } else if (length == 127) {
            if (m_buffer.size() < 10)
                return;
            length = qFromBigEndian<quint64>(m_buffer.constData() + 2);
            header = 10;
        }
        if (quint64(m_buffer.size() - header) < length)
            return;
        const QByteArray payload = m_buffer.mid(header, qsizetype(length));
        m_buffer.remove(0, header + qsizetype(length));
        if ((b0 & 0x0f) == 0x2) {
            const Twilsock::DecodeResult r = Twilsock::decode(payload);
            if (r.ok())
                m_frames.append(r.frame);
        }
    }
}

void RawWebSocketPeer::sendFrame(const QJsonObject &header, const QByteArray &payload)
{
    const QByteArray data = Twilsock::encode(header, payload);
    QByteArray frame;
    frame.append(char(0x82));
    if (data.size() < 126) {
        frame.append(char(0x80 | data.size()));
    } else if (data.size() < 65536) {
        frame.append(char(0x80 | 126));
        const quint16 n = qToBigEndian(quint16(data.size()));
        frame.append(reinterpret_cast<const char *>(&n), 2);
    } else {
        frame.append(char(0x80 | 127));
        const quint64 n = qToBigEndian(quint64(data.size()));
        frame.append(reinterpret_cast<const char *>(&n), 8);
    }
    const quint32 mask = QRandomGenerator::global()->generate();
    const char *m = reinterpret_cast<const char *>(&mask);
    frame.append(m, 4);
    for (qsizetype i = 0; i < data.size(); ++i)
        frame.append(char(data.at(i) ^ m[i % 4]));
    m_socket.write(frame);
    m_socket.flush();
}

std::optional<Twilsock::Frame> RawWebSocketPeer::waitFrame(
    const std::function<bool(const Twilsock::Frame &)> &pred, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        for (qsizetype i = 0; i < m_frames.size(); ++i) {
            if (pred(m_frames.at(i)))
                return m_frames.takeAt(i);
        }
        if (deadline.hasExpired() || m_closed)
            return std::nullopt;
        QSignalSpy spy(&m_socket, &QTcpSocket::readyRead);
        spy.wait(int(qMin<qint64>(deadline.remainingTime(), 200)));
    }
}

void RawWebSocketPeer::pauseReading()
{
    m_paused = true;
    // The socket then holds at most this much; the rest stays in the kernel and the server.
    m_socket.setReadBufferSize(1);
}

void RawWebSocketPeer::resumeReading()
{
    m_paused = false;
    m_socket.setReadBufferSize(0);
    onReadyRead();
}
