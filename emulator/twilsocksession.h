// One Twilsock v3 connection: init/update/message/ack/close, pings, token expiry, fan-out sink.
// Any malformed frame gets close 406/51214 and ends only this connection.
#pragma once

#include "sendbudget.h"
#include "subscriptionhub.h"
#include "tokencheck.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <memory>

QT_BEGIN_NAMESPACE
class QWebSocket;
QT_END_NAMESPACE

namespace Twilsock {
struct Frame;
}

namespace SpEmu {

class CdsRouter;
class FaultInjector;
struct CdsResponse;

class TwilsockSession : public QObject, public NotificationSink
{
    Q_OBJECT
public:
    struct Config
    {
        QString accountSid;
        QString serviceSid;
        QString storageId;
        int pingIntervalSecs = 20;
        int expiryWarningSecs = 240;
        qint64 maxMessageBytes = qint64(4) * 1024 * 1024;
        SendBudget *budget = nullptr; // shared by all sessions; null = no cap
    };

    TwilsockSession(std::unique_ptr<QWebSocket> socket, const Config &config, CdsRouter &router,
        SubscriptionHub &hub, FaultInjector *faults, TokenVerifier verifier,
        QObject *parent = nullptr);
    ~TwilsockSession() override;

    void sendNotification(const QString &messageType, const QJsonObject &payload) override;
    // Aborts the socket without a close frame (a network drop, for tests and faults).
    void drop();
    QString identity() const { return m_identity; }
    quint64 number() const { return m_number; }

Q_SIGNALS:
    void finished(SpEmu::TwilsockSession *session);

private:
    void onBinaryMessage(const QByteArray &message);
    void onTextMessage(const QString &message);
    void handleFrame(const Twilsock::Frame &frame);
    void handleInit(const Twilsock::Frame &frame);
    void handleUpdate(const Twilsock::Frame &frame);
    void handleMessage(const Twilsock::Frame &frame);
    void sendReply(const QString &id, const CdsResponse &response);
    void sendStatusReply(const QString &id, const QJsonObject &status);
    // Sends a close frame with this status, then closes the socket.
    void closeWith(int code, const QString &text, const QString &description, int errorCode,
        const QByteArray &payload = {});
    void rejectMalformed(const QString &why);
    void send(const QJsonObject &header, const QByteArray &payload = {});
    // Writes a frame without the queue check (the close frame of a connection being cut).
    void write(const QJsonObject &header, const QByteArray &payload = {});
    // Keeps the shared budget in step with what this socket still has to send.
    void accountQueued();
    void closeSlowConsumer();
    void scheduleExpiry(qint64 expSecs);
    void sendPing();
    void sendExpiryWarning();
    void finish();

    std::unique_ptr<QWebSocket> m_socket;
    Config m_config;
    CdsRouter &m_router;
    SubscriptionHub &m_hub;
    FaultInjector *m_faults;
    TokenVerifier m_verifier;
    quint64 m_number;
    QString m_identity;
    QString m_tokenServiceSid; // the service the init token was for
    qint64 m_tokenExp = 0;
    bool m_initialized = false;
    bool m_closing = false;
    bool m_finished = false;
    int m_messages = 0;
    qint64 m_queued = 0; // unsent bytes counted in the budget
    qint64 m_peakQueued = 0;
    QTimer m_pingTimer;
    QTimer m_warnTimer;
    QTimer m_expireTimer;
};

} // namespace SpEmu
