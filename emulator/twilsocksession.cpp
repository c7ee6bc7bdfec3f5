#include "twilsocksession.h"

#include "cdsrequest.h"
#include "cdsresponse.h"
#include "cdsrouter.h"
#include "emulatorlogging.h"
#include "faultinjector.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QUuid>
#include <QWebSocket>
#include <atomic>
#include <twilsockframe.h>
#if defined(__GLIBC__)
#include <malloc.h>

using namespace Qt::StringLiterals;
#endif

namespace SpEmu {

namespace {

    std::atomic<quint64> g_sessionCounter { 0 };
    constexpr int kInitTimeoutSecs = 60;

    // Server-originated ids look like Twilio's fixtures: "TM" + 32 hex.
    QString serverMessageId()
    {
        return u"TM"_s + QString::fromLatin1(QUuid::createUuid().toRfc4122().toHex());
    }

    QJsonObject okStatus() { return Twilsock::status(200, u"OK"_s); }

    // A refused token: Twilio's fixed description for the code (the detail goes to our log only).
    QJsonObject tokenRefusal(const TokenCheck &check)
    {
        const int errorCode = check.errorCode ? check.errorCode : 20101;
        return Twilsock::status(check.errorStatus ? check.errorStatus : 401, u"UNAUTHORIZED"_s,
            errorCode == 20104 ? u"Access Token expired or expiration date invalid"_s
                               : u"Invalid Access Token"_s,
            errorCode);
    }

    // Capabilities we confirm: those requested that we support (never telemetry.v1).
    QJsonArray confirmedCapabilities(const QJsonValue &requested)
    {
        static const QStringList supported { u"client_update"_s, u"offline_storage"_s,
            u"account_descriptor"_s };
        QJsonArray out;
        const QJsonArray in = requested.toArray();
        for (const QJsonValue &v : in) {
            if (supported.contains(v.toString()))
                out.append(v);
        }
        return out;
    }

    QString newContinuationToken(const QString &identity)
    {
        // Opaque to clients: base64 JSON, a dot, a random tail (the shape Twilio's fixture shows).
        const QByteArray body = QJsonDocument(
            QJsonObject { { u"format"_s, u"sp-emu-ct-1"_s },
                { u"endpointId"_s, QUuid::createUuid().toString(QUuid::WithoutBraces) },
                { u"identity"_s,
                    identity } }).toJson(QJsonDocument::Compact);
        return QString::fromLatin1(
                   body.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
            + u'.' + QString::fromLatin1(QUuid::createUuid().toRfc4122().toHex());
    }

} // namespace

TwilsockSession::TwilsockSession(std::unique_ptr<QWebSocket> socket, const Config &config,
    CdsRouter &router, SubscriptionHub &hub, FaultInjector *faults, TokenVerifier verifier,
    QObject *parent)
    : QObject(parent)
    , m_socket(std::move(socket))
    , m_config(config)
    , m_router(router)
    , m_hub(hub)
    , m_faults(faults)
    , m_verifier(std::move(verifier))
    , m_number(++g_sessionCounter)
{
    m_socket->setMaxAllowedIncomingMessageSize(quint64(m_config.maxMessageBytes));
    connect(m_socket.get(), &QWebSocket::binaryMessageReceived, this,
        &TwilsockSession::onBinaryMessage);
    connect(
        m_socket.get(), &QWebSocket::textMessageReceived, this, &TwilsockSession::onTextMessage);
    connect(m_socket.get(), &QWebSocket::disconnected, this, &TwilsockSession::finish);
    connect(m_socket.get(), &QWebSocket::bytesWritten, this, &TwilsockSession::accountQueued);

    m_pingTimer.setInterval(std::chrono::seconds(m_config.pingIntervalSecs));
    connect(&m_pingTimer, &QTimer::timeout, this, &TwilsockSession::sendPing);
    m_warnTimer.setSingleShot(true);
    connect(&m_warnTimer, &QTimer::timeout, this, &TwilsockSession::sendExpiryWarning);
    m_expireTimer.setSingleShot(true);
    // A socket that never sends init is closed (the JS client gives up on init after 30 s).
    QTimer::singleShot(std::chrono::seconds(kInitTimeoutSecs), this, [this] {
        if (!m_initialized && !m_finished) {
            qCInfo(lcSession) << "connection" << m_number << "sent no init; closing";
            m_socket->close(QWebSocketProtocol::CloseCodePolicyViolated);
        }
    });
    connect(&m_expireTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcSession) << "connection" << m_number << "token expired; closing";
        closeWith(410, u"TOKEN_EXPIRED"_s, u"Token expired"_s, 51207);
    });
    qCInfo(lcSession) << "connection" << m_number << "opened from"
                      << m_socket->peerAddress().toString();
}

TwilsockSession::~TwilsockSession()
{
    m_hub.removeSink(this);
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    if (m_config.budget)
        m_config.budget->queued -= m_queued;
#if defined(__GLIBC__)
    // Many small frames freed at once stay in the heap otherwise; give them back.
    if (m_peakQueued > SendBudget::kFairShareFloor)
        malloc_trim(0);
#endif
}

void TwilsockSession::accountQueued()
{
    if (!m_config.budget)
        return;
    const qint64 now = m_socket->bytesToWrite();
    m_config.budget->queued += now - m_queued;
    m_queued = now;
    m_peakQueued = std::max(m_peakQueued, now);
}

void TwilsockSession::closeSlowConsumer()
{
    qCWarning(lcSession) << "connection" << m_number << "is not reading (" << m_queued
                         << "bytes unsent); closing it, the client reconnects and catches up";
    // 308 without an error code: clients reconnect (and re-subscribe, which replays newer
    // state); the backoff keeps a peer that stays slow from reconnecting in a tight loop.
    const QByteArray backoff = QJsonDocument(
        QJsonObject { { u"backoff_policy"_s,
            QJsonObject { { u"reconnect_min_ms"_s, 1000 }, { u"reconnect_max_ms"_s, 5000 } } } })
                                   .toJson(QJsonDocument::Compact);
    closeWith(
        308, u"SLOW_CONSUMER"_s, u"The connection fell too far behind; reconnect"_s, 0, backoff);
}

void TwilsockSession::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_pingTimer.stop();
    m_warnTimer.stop();
    m_expireTimer.stop();
    m_hub.removeSink(this);
    if (m_socket->closeCode() == QWebSocketProtocol::CloseCodeTooMuchData)
        qCWarning(lcSession) << "connection" << m_number << "sent a message over"
                             << m_config.maxMessageBytes << "bytes; closed";
    else
        qCInfo(lcSession) << "connection" << m_number << "closed";
    Q_EMIT finished(this);
}

void TwilsockSession::drop()
{
    m_hub.removeSink(this);
    m_socket->abort();
    finish();
}

void TwilsockSession::send(const QJsonObject &header, const QByteArray &payload)
{
    if (m_finished || m_closing || !m_socket->isValid())
        return;
    // A peer that stopped reading would make us buffer without bound: cut it off.
    accountQueued();
    if (m_config.budget && m_config.budget->overLimit(m_queued)) {
        closeSlowConsumer();
        return;
    }
    write(header, payload);
}

void TwilsockSession::write(const QJsonObject &header, const QByteArray &payload)
{
    if (m_finished || !m_socket->isValid())
        return;
    m_socket->sendBinaryMessage(Twilsock::encode(header, payload));
    accountQueued();
}

void TwilsockSession::onTextMessage(const QString &)
{
    rejectMalformed(u"text WebSocket message (Twilsock frames are binary)"_s);
}

void TwilsockSession::onBinaryMessage(const QByteArray &message)
{
    if (m_closing || m_finished)
        return;
    const Twilsock::DecodeResult decoded = Twilsock::decode(message);
    if (!decoded.ok()) {
        rejectMalformed(decoded.message);
        return;
    }
    handleFrame(decoded.frame);
}

void TwilsockSession::rejectMalformed(const QString &why)
{
    if (m_closing || m_finished)
        return;
    qCWarning(lcSession) << "connection" << m_number << "sent a malformed frame (" << why
                         << "); closing it";
    closeWith(406, u"NOT_ACCEPTABLE_MESSAGE"_s, u"Not acceptable message"_s, 51214);
}

void TwilsockSession::closeWith(int code, const QString &text, const QString &description,
    int errorCode, const QByteArray &payload)
{
    if (m_closing || m_finished)
        return;
    QJsonObject header { { u"method"_s, u"close"_s }, { u"id"_s, serverMessageId() },
        { u"status"_s, Twilsock::status(code, text, description, errorCode) } };
    if (!payload.isEmpty())
        header.insert(u"payload_type"_s, u"application/json"_s);
    write(header, payload);
    m_closing = true;
    m_pingTimer.stop();
    m_warnTimer.stop();
    m_expireTimer.stop();
    m_hub.removeSink(this);
    m_socket->close(QWebSocketProtocol::CloseCodeNormal, text);
    // A peer that never answers the WebSocket close is cut off.
    QTimer::singleShot(3000, this, [this] {
        if (!m_finished) {
            m_socket->abort();
            finish();
        }
    });
}

void TwilsockSession::handleFrame(const Twilsock::Frame &frame)
{
    const QString method = frame.method();
    if (method == u"reply")
        return; // an ack of one of our pings, notifications or updates
    if (method == u"init") {
        handleInit(frame);
    } else if (method == u"update") {
        handleUpdate(frame);
    } else if (method == u"message") {
        handleMessage(frame);
    } else if (method == u"close") {
        m_closing = true;
        m_hub.removeSink(this);
        m_socket->close();
    } else if (!m_initialized) {
        sendStatusReply(frame.id(), Twilsock::status(403, u"FORBIDDEN"_s, u"Send init first"_s));
    } else {
        // Push registrations, telemetry and the like: accepted and ignored.
        sendStatusReply(frame.id(), okStatus());
    }
}

void TwilsockSession::sendStatusReply(const QString &id, const QJsonObject &status)
{
    send(QJsonObject { { u"method"_s, u"reply"_s }, { u"id"_s, id }, { u"status"_s, status } });
}

void TwilsockSession::handleInit(const Twilsock::Frame &frame)
{
    if (m_initialized) {
        sendStatusReply(
            frame.id(), Twilsock::status(400, u"BAD_REQUEST"_s, u"Already initialized"_s));
        return;
    }
    const TokenCheck check = m_verifier(frame.header.value(u"token").toString());
    if (!check.ok()) {
        qCInfo(lcSession) << "connection" << m_number << "init refused:" << check.message;
        sendStatusReply(frame.id(), tokenRefusal(check));
        m_closing = true;
        m_socket->close(QWebSocketProtocol::CloseCodeNormal);
        return;
    }
    m_identity = check.identity;
    m_tokenServiceSid = check.serviceSid.isEmpty() ? m_config.serviceSid : check.serviceSid;
    m_initialized = true;

    QJsonArray registrations;
    const QJsonArray requested = frame.header.value(u"registrations").toArray();
    for (const QJsonValue &v : requested) {
        QJsonObject r = v.toObject();
        r.insert(u"notification_ctx_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
        registrations.append(r);
    }
    const bool hadToken = frame.header.value(u"continuation_token").isString();
    const QJsonArray capabilities = confirmedCapabilities(frame.header.value(u"capabilities"));
    QJsonObject reply {
        { u"method"_s, u"reply"_s },
        { u"id"_s, frame.id() },
        { u"status"_s, okStatus() },
        { u"capabilities"_s, capabilities },
        { u"continuation_token"_s, newContinuationToken(m_identity) },
        { u"continuation_token_status"_s, QJsonObject { { u"reissued"_s, !hadToken } } },
        { u"offline_storage"_s,
            QJsonObject {
                { u"data_sync"_s, QJsonObject { { u"storage_id"_s, m_config.storageId } } } } },
        { u"init_registrations"_s, registrations },
    };
    // Like Twilio (as far as the SDKs show): only for a client that asked, as Kotlin does.
    if (capabilities.contains(u"account_descriptor"_s))
        reply.insert(u"account_descriptor"_s,
            QJsonObject { { u"account_sid"_s, m_config.accountSid },
                { u"instance_sids"_s, QJsonObject { { u"data_sync"_s, m_config.serviceSid } } },
                { u"identity"_s, m_identity } });
    qCInfo(lcSession) << "connection" << m_number << "initialized for identity" << m_identity;
    const int stall = m_faults ? m_faults->initStallMs() : 0;
    auto finishInit = [this, reply, exp = check.exp] {
        send(reply);
        if (m_config.pingIntervalSecs > 0)
            m_pingTimer.start();
        scheduleExpiry(exp);
    };
    if (stall > 0)
        QTimer::singleShot(stall, this, finishInit);
    else
        finishInit();
}

void TwilsockSession::handleUpdate(const Twilsock::Frame &frame)
{
    if (!m_initialized) {
        sendStatusReply(frame.id(), Twilsock::status(403, u"FORBIDDEN"_s, u"Send init first"_s));
        return;
    }
    const TokenCheck check = m_verifier(frame.header.value(u"token").toString());
    if (!check.ok()) {
        qCInfo(lcSession) << "connection" << m_number << "token update refused:" << check.message;
        sendStatusReply(frame.id(), tokenRefusal(check));
        // Clients treat a refused update as the end of the connection; so do we, rather than
        // keep serving on the old token for whoever sent a bad one.
        m_closing = true;
        m_hub.removeSink(this);
        m_socket->close(QWebSocketProtocol::CloseCodeNormal);
        return;
    }
    const QString service = check.serviceSid.isEmpty() ? m_config.serviceSid : check.serviceSid;
    if (check.identity != m_identity || service != m_tokenServiceSid) {
        // Twilio refuses in a reply and keeps the connection (and its token) as it was.
        qCInfo(lcSession) << "connection" << m_number
                          << "token update for another identity refused";
        sendStatusReply(frame.id(),
            Twilsock::status(401, u"UNAUTHORIZED"_s,
                u"Can't update token, new token was issued for other "
                u"identity/instance/product."_s,
                51215));
        return;
    }
    sendStatusReply(frame.id(), okStatus());
    scheduleExpiry(check.exp);
}

void TwilsockSession::handleMessage(const Twilsock::Frame &frame)
{
    if (!m_initialized) {
        sendStatusReply(frame.id(), Twilsock::status(403, u"FORBIDDEN"_s, u"Send init first"_s));
        return;
    }
    ++m_messages;
    if (m_faults
        && ((m_faults->dropAfter() > 0 && m_messages >= m_faults->dropAfter())
            || m_faults->rollDrop())) {
        qCInfo(lcSession) << "connection" << m_number << "dropped by an injected fault";
        drop();
        return;
    }
    const QJsonValue httpRequest = frame.header.value(u"http_request");
    if (!httpRequest.isObject()) {
        rejectMalformed(u"message without an http_request object"_s);
        return;
    }
    const CdsRequest request = CdsRequest::fromTwilsock(httpRequest.toObject(), frame.payload);
    CdsResponse response = m_router.handle(request, CdsContext { m_identity, this });
    qCDebug(lcCds) << "connection" << m_number << request.method << request.path << "->"
                   << response.status;
    const int delay = m_faults ? m_faults->replyDelayMs() : 0;
    if (delay > 0) {
        auto shared = std::make_shared<CdsResponse>(std::move(response));
        QTimer::singleShot(
            delay, this, [this, id = frame.id(), shared] { sendReply(id, *shared); });
    } else {
        sendReply(frame.id(), response);
    }
}

void TwilsockSession::sendReply(const QString &id, const CdsResponse &response)
{
    QJsonObject header { { u"method"_s, u"reply"_s }, { u"id"_s, id }, { u"status"_s, okStatus() },
        { u"http_status"_s,
            QJsonObject { { u"code"_s, response.status },
                { u"status"_s, httpStatusText(response.status) } } },
        { u"http_headers"_s, QJsonObject { { u"content-type"_s, u"application/json"_s } } } };
    if (!response.body.isEmpty())
        header.insert(u"payload_type"_s, u"application/json"_s);
    send(header, response.body);
    // Fan-out must happen even if this connection is going away.
    for (const auto &after : response.afterReply)
        after();
}

void TwilsockSession::sendNotification(const QString &messageType, const QJsonObject &payload)
{
    send(QJsonObject { { u"method"_s, u"notification"_s }, { u"id"_s, serverMessageId() },
             { u"message_type"_s, messageType }, { u"notification_ctx_id"_s, QString() },
             { u"payload_type"_s, u"application/json"_s } },
        QJsonDocument(payload).toJson(QJsonDocument::Compact));
}

void TwilsockSession::sendPing()
{
    send(QJsonObject { { u"method"_s, u"ping"_s }, { u"id"_s, serverMessageId() } });
}

void TwilsockSession::scheduleExpiry(qint64 expSecs)
{
    m_tokenExp = expSecs;
    m_warnTimer.stop();
    m_expireTimer.stop();
    if (expSecs <= 0)
        return;
    const qint64 remainingMs
        = std::max<qint64>(0, expSecs * 1000 - QDateTime::currentMSecsSinceEpoch());
    const qint64 warnInMs
        = std::max<qint64>(0, remainingMs - qint64(m_config.expiryWarningSecs) * 1000);
    m_warnTimer.start(std::chrono::milliseconds(warnInMs));
    m_expireTimer.start(std::chrono::milliseconds(remainingMs));
}

void TwilsockSession::sendExpiryWarning()
{
    const qint64 leftMs
        = std::max<qint64>(0, m_tokenExp * 1000 - QDateTime::currentMSecsSinceEpoch());
    const qint64 bound = std::min<qint64>(qint64(m_config.expiryWarningSecs) * 1000, leftMs + 1);
    send(QJsonObject { { u"method"_s, u"client_update"_s }, { u"id"_s, serverMessageId() },
        { u"client_update_type"_s, u"token_about_to_expire"_s },
        { u"client_update_message"_s,
            u"Your token is about to expire. Time left: less than %1 ms"_s.arg(bound) } });
}

} // namespace SpEmu
