// SyncTransport: the byte pipe under the Twilsock channel (a WebSocket, or a fake in tests).
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>
#include <memory>

namespace SpSync {

class SyncTransport : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~SyncTransport() override = default;

    // Starts connecting; emits connected() or errorOccurred()+disconnected().
    virtual void open(const QUrl &url) = 0;
    // Sends one binary WebSocket message (one Twilsock frame).
    virtual void sendBinary(const QByteArray &message) = 0;
    // Closes; emits disconnected() unless already closed.
    virtual void close() = 0;

Q_SIGNALS:
    void connected();
    void disconnected();
    void binaryReceived(const QByteArray &message);
    // Twilsock uses binary messages only; a text message is a protocol error.
    void textReceived(const QString &message);
    void errorOccurred(const QString &message);
    // An error reconnecting cannot fix (the server's certificate was not accepted), instead of
    // errorOccurred; disconnected() follows.
    void refused(const QString &message);
    // The server broke a limit of the transport in a way reconnecting would only repeat (a
    // message over the size limit); disconnected() follows.
    void protocolViolation(const QString &message);
};

// The library's WebSocket transport (TLS verification on, plain ws:// only to loopback), for
// code that wraps it.
std::unique_ptr<SyncTransport> makeWebSocketTransport();

} // namespace SpSync
