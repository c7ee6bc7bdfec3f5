// Raw TCP peers for hostile tests: plain HTTP bytes, and a WebSocket client written by hand
// so that it can stop reading (QWebSocket always drains its socket).
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QTcpSocket>
#include <optional>
#include <twilsockframe.h>

// A TCP connection that collects everything it receives and notices the close.
class RawHttpPeer : public QObject
{
    Q_OBJECT
public:
    explicit RawHttpPeer(QObject *parent = nullptr);
    bool connectTo(quint16 port, int timeoutMs = 10000);
    void send(const QByteArray &bytes);
    QTcpSocket &socket() { return m_socket; }
    const QByteArray &received() const { return m_received; }
    bool closed() const { return m_closed; }
    // The status code of the first HTTP response received, 0 if none yet.
    int status() const;

private:
    QTcpSocket m_socket;
    QByteArray m_received;
    bool m_closed = false;
};

// A WebSocket client over a bare QTcpSocket: handshake, masked binary frames out, frames in
// while reading is on. pauseReading() leaves the server's data in the kernel buffers.
class RawWebSocketPeer : public QObject
{
    Q_OBJECT
public:
    explicit RawWebSocketPeer(QObject *parent = nullptr);
    bool open(quint16 port, int timeoutMs = 10000);
    void sendFrame(const QJsonObject &header, const QByteArray &payload = {});
    // Waits for the next Twilsock frame matching pred (acking server-initiated ones).
    std::optional<Twilsock::Frame> waitFrame(
        const std::function<bool(const Twilsock::Frame &)> &pred, int timeoutMs = 10000);
    void pauseReading();
    void resumeReading();
    bool closed() const { return m_closed; }
    QTcpSocket &socket() { return m_socket; }

private:
    void onReadyRead();
    void parseFrames();

    QTcpSocket m_socket;
    QByteArray m_buffer;
    QList<Twilsock::Frame> m_frames;
    bool m_upgraded = false;
    bool m_paused = false;
    bool m_closed = false;
};
