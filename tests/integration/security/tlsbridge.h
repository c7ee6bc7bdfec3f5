// A TLS front for a spawned emulator, on 127.0.0.1 only: a wss:// WebSocket server that
// relays each connection to the emulator's ws:// Twilsock endpoint, and an https:// server
// that relays POST …/sync/token to the emulator's SP API (rewriting twilsockUri to the wss://
// front). Its certificate is whatever the test gives it, trusted or not.
#pragma once

#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QUrl>
#include <QWebSocketServer>

class TlsBridge : public QObject
{
    Q_OBJECT
public:
    TlsBridge(const QSslCertificate &certificate, const QSslKey &key, QObject *parent = nullptr);

    // upstreamTwilsock: ws://127.0.0.1:P/v3/wsconnect; upstreamSpApi: http://127.0.0.1:P/v1.
    bool listen(const QUrl &upstreamTwilsock, const QUrl &upstreamSpApi);
    QUrl wssUrl() const; // wss://127.0.0.1:W/v3/wsconnect
    QUrl httpsUrl() const; // https://127.0.0.1:H (an spsync --server URL; SP API at /v1)

    // Connections whose TLS handshake (and, for wss, WebSocket upgrade) succeeded.
    int webSocketsAccepted() const { return m_webSockets; }
    int httpsAccepted() const { return m_https; }

private:
    void acceptWebSocket();
    void acceptHttps();

    QWebSocketServer m_wss;
    QSslServer m_httpsServer;
    QNetworkAccessManager m_nam;
    QUrl m_upstreamTwilsock, m_upstreamSpApi;
    int m_webSockets = 0;
    int m_https = 0;
};
