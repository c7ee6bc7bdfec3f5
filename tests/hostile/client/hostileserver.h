// A Twilsock server on 127.0.0.1:0 for client tests: it speaks the init handshake and serves one
// honest document, and a test can script any CDS answer or push any notification on top, to
// play a server that lies.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <functional>

using namespace Qt::StringLiterals;

class QWebSocket;
class QWebSocketServer;

namespace Twilsock {
struct Frame;
}

class HostileServer : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QPointer<QWebSocket> socket;
        QString id; // Twilsock message id, for the reply
        QString method; // HTTP method
        QString path;
        QJsonObject headers;
        QByteArray body;
    };

    explicit HostileServer(QObject *parent = nullptr);
    ~HostileServer() override;

    bool listen();
    QUrl baseUrl() const; // http://127.0.0.1:P (spsync --server)
    QUrl twilsockUrl() const; // ws://127.0.0.1:P/v3/wsconnect

    // Answers a CDS request the test's way; returns false to let the honest document answer.
    std::function<bool(const Request &)> script;

    // The honest document.
    QString name = u"Session_hostile"_s;
    QString sid = u"ET"_s + QString(32, QLatin1Char('a'));
    QJsonObject data { { u"keep"_s, true } };
    int revision = 1;
    qint64 lastEventId = 1;

    QList<Request> requests; // every CDS request received
    int connections = 0; // WebSocket connections accepted
    int documentWrites() const; // POSTs to the document itself (not create, not subscribe)

    // The honest document's resource, optionally with data.
    QJsonObject resource(bool withData) const;
    // Answers a request: status 200 Twilsock with this HTTP status and raw body.
    void reply(const Request &request, int httpStatus, const QByteArray &body);
    // Answers with a header and payload of the test's choosing (method and id are added).
    void replyRaw(const Request &request, const QJsonObject &header, const QByteArray &payload);
    // Pushes a notification with a raw payload to every connected client.
    void notifyAll(const QString &messageType, const QByteArray &payload);
    // A document_updated event for the honest document, with raw `document_data` JSON.
    QByteArray updateEvent(qint64 id, const QByteArray &documentData) const;

    // JSON nested `depth` objects deep: {"d":{"d":...1...}}.
    static QByteArray nested(int depth);

Q_SIGNALS:
    void requestReceived();

private:
    void onConnection();
    void onFrame(QWebSocket *socket, const Twilsock::Frame &frame);
    void answerHonestly(const Request &request);
    void send(QWebSocket *socket, const QJsonObject &header, const QByteArray &payload = {});

    QWebSocketServer *m_server;
    QList<QPointer<QWebSocket>> m_sockets;
};
