// One accepted TCP connection before it becomes a WebSocket: reads HTTP/1.1 requests within
// HttpLimits, answers the bounds it breaks (408, 411, 413, 414, 431) and closes. The request
// head is only peeked until it is complete, so a WebSocket upgrade leaves the socket unread.
#pragma once

#include "httplimits.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace SpEmu {

class HttpConnection : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QByteArray target;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(const QByteArray &name) const;
    };

    // Takes over the socket (re-parents it to this object).
    HttpConnection(QTcpSocket *socket, const HttpLimits &limits, QObject *parent = nullptr);

    // Answers the current request; the connection then reads the next one or closes.
    void respond(int status, const QByteArray &jsonBody);
    // Writes a complete error reply and closes the connection once it is sent.
    void refuse(int status, const QByteArray &message);

Q_SIGNALS:
    void requestReceived(const SpEmu::HttpConnection::Request &request);
    // The head is a WebSocket upgrade: the socket is released (parent cleared, unread) and this
    // object deletes itself.
    void upgradeRequested(QTcpSocket *socket);

private:
    enum class State { Head, Body, Handling, Closing };

    void onReadyRead();
    bool readHead();
    void onDeadline();
    void closeSoon();

    QTcpSocket *m_socket;
    HttpLimits m_limits;
    State m_state = State::Head;
    Request m_request;
    qint64 m_bodyLength = 0;
    bool m_keepAlive = true;
    QTimer m_deadline;
};

} // namespace SpEmu
