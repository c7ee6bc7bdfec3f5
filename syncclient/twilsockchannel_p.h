// TwilsockChannel: the Twilsock v3 session over a SyncTransport. Handles init, request/reply
// correlation with timeouts, acks, ping, client_update, token update, close codes, the
// watchdog and reconnecting with backoff. Upstream HTTP (CDS) requests go through it.
#pragma once

#include "connectionstate.h"
#include "syncoptions.h"
#include "syncresult_p.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTimer>
#include <QUrl>
#include <deque>
#include <functional>
#include <map>
#include <memory>

namespace Twilsock {
struct Frame;
}

namespace SpSync {

class SyncTransport;

struct HttpReply
{
    int status = 0;
    QString statusText;
    QJsonObject headers;
    QByteArray body;

    bool isSuccess() const { return status >= 200 && status < 300; }
};

class TwilsockChannel : public QObject
{
    Q_OBJECT
public:
    using State = ConnectionState::State;
    using Headers = QList<QPair<QString, QString>>;

    explicit TwilsockChannel(QObject *parent = nullptr);
    ~TwilsockChannel() override;

    void setTransport(std::unique_ptr<SyncTransport> transport); // only while Disconnected
    SyncTransport *transport() const { return m_transport.get(); }
    void setTimeouts(const SyncTimeouts &timeouts) { m_timeouts = timeouts; }
    const SyncTimeouts &timeouts() const { return m_timeouts; }
    // Uniform [0, 1) samples for the jitter; tests make them deterministic.
    void setRandomSource(std::function<double()> random) { m_random = std::move(random); }

    void open(const QUrl &url, const QString &token);
    void updateToken(const QString &token);
    void close();

    State state() const { return m_state; }
    QString identity() const { return m_identity; }
    QString continuationToken() const { return m_continuationToken; }
    SyncError lastError() const { return m_lastError; }
    int failedAttempts() const { return m_attempt; }

    // Sends an upstream `message` frame carrying an HTTP request. Resolves with the tunnelled
    // HTTP reply (any HTTP status) or a SyncError for transport-level failures.
    QFuture<SyncResult<HttpReply>> httpRequest(const QString &method, const QUrl &url,
        const QByteArray &body = {}, const Headers &headers = {});

Q_SIGNALS:
    void stateChanged(SpSync::ConnectionState::State state);
    void errorOccurred(const SpSync::SyncError &error);
    void reconnectScheduled(int attempt, int delayMs);
    void tokenAboutToExpire();
    void tokenExpired();
    void notificationReceived(const QString &messageType, const QJsonObject &payload);
    // A notification whose payload is not a JSON object the parser can read (e.g. nested too
    // deep). It was acknowledged and the link stays up: the server would only send it again.
    void unreadableNotification(
        const QString &messageType, const QByteArray &payload, const QString &why);

private:
    enum class RequestKind { Init, Update, Upstream };
    enum class Link { Idle, Opening, Up };
    struct Pending
    {
        RequestKind kind = RequestKind::Upstream;
        QString token; // update only: the token sent
        QString previousToken; // update only: the token the connection keeps if refused
        SharedPromise<HttpReply> promise; // upstream only
        QJsonObject header; // queued requests: what to send once connected
        QByteArray payload;
    };

    // Every change of state and every reported error goes through here.
    void setStateAndError(State state, const SyncError &error = {});
    void reportError(const SyncError &error) { setStateAndError(m_state, error); }
    void attachTransport();
    void openLink();
    void dropLink(bool reconnect = true);
    void onTransportConnected();
    void onTransportDisconnected();
    void onBinary(const QByteArray &message);
    void handleFrame(const Twilsock::Frame &frame);
    void handleReply(const Twilsock::Frame &frame);
    void handleInitReply(const Twilsock::Frame &frame);
    void handleUpdateReply(const Twilsock::Frame &frame, const Pending &pending);
    void handleClose(const Twilsock::Frame &frame);
    void ack(const QString &id);
    void sendInit();
    void sendFrame(const QJsonObject &header, const QByteArray &payload = {});
    void sendPending(const QString &id, const QJsonObject &header, const QByteArray &payload,
        const Pending &pending);
    void flushQueue();
    void failAll(const SyncError &error, bool includingQueued);
    void protocolFailure(const QString &message);
    void terminal(const SyncError &error);
    void refused(SyncError error);
    void scheduleReconnect();
    void reconnectNow();
    void raiseBackoffFrom(const QByteArray &payload);
    void throttle(const QByteArray &payload);
    void restartAttempt();
    bool canSend() const;

    std::unique_ptr<SyncTransport> m_transport;
    SyncTimeouts m_timeouts;
    std::function<double()> m_random;
    State m_state = State::Disconnected;
    Link m_link = Link::Idle;
    QUrl m_url;
    QString m_token;
    QString m_continuationToken;
    QString m_identity;
    SyncError m_lastError;
    bool m_wantOpen = false; // asked to be connected, and no terminal refusal since
    bool m_refused = false; // Disconnected by the server's refusal: a token update tries again
    int m_attempt = 0; // failed attempts since the last successful init
    int m_backoffMinMs = 0; // raised by a server backoff_policy; 0 = timeouts.backoffMinMs
    int m_protocolFailures = 0; // consecutive connections ended by garbage from the server
    QElapsedTimer m_upClock; // since the last successful init
    QTimer m_reconnectTimer;
    QTimer m_throttleTimer; // a Twilsock 429: requests wait until it fires
    QTimer m_watchdog;
    QTimer m_handshakeTimer; // connect + init
    std::map<QString, Pending> m_inFlight; // sent, waiting for a reply
    std::deque<QPair<QString, Pending>> m_queue; // waiting for the connection
};

} // namespace SpSync
