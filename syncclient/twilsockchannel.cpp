#include "backoff_p.h"
#include "clientinfo_p.h"
#include "logging_p.h"
#include "redact.h"
#include "twilsock/twilsockframe.h"
#include "twilsockchannel_p.h"
#include "urlpolicy.h"
#include "websockettransport_p.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace SpSync {

namespace {

    using Kind = SyncError::Kind;

    QString str(const char *s) { return QString::fromLatin1(s); }

    bool isSuccess(int code) { return code >= 200 && code < 300; }

    // For wire logs: never show a token, even at debug level.
    QString describe(const QJsonObject &header, const QByteArray &payload)
    {
        QJsonObject h = header;
        if (h.contains(u"token"_s))
            h.insert(u"token"_s, QString(kRedacted));
        QString text = QString::fromUtf8(QJsonDocument(h).toJson(QJsonDocument::Compact));
        if (!payload.isEmpty())
            text += QLatin1Char(' ') + QString::fromUtf8(payload.left(2048));
        return redactSecrets(text);
    }

    // Our own name and version: the server's view of which client it talks to.
    QJsonObject initMetadata()
    {
        QJsonObject m {
            { str("ver"), str(kClientVersion) },
            { str("env"), str("Qt") },
            { str("envv"), QString::fromLatin1(qVersion()) },
            { str("os"), QSysInfo::productType() },
            { str("osv"), QSysInfo::productVersion() },
            { str("osa"), QSysInfo::WordSize },
            { str("type"), str("sync") },
            { str("sdk"), str(kClientName) },
            { str("sdkv"), str(kClientVersion) },
        };
        if (!QCoreApplication::applicationName().isEmpty()) {
            m.insert(str("app"), QCoreApplication::applicationName());
            if (!QCoreApplication::applicationVersion().isEmpty())
                m.insert(str("appv"), QCoreApplication::applicationVersion());
        }
        return m;
    }

    // What we implement (Kotlin asks for exactly these): no telemetry, no offline storage.
    QJsonArray initCapabilities()
    {
        return QJsonArray { str("client_update"), str("account_descriptor") };
    }

    // grants.identity of an access token, for a server that sends no account_descriptor.
    // Read only, never verified: the server is the one that checks the token.
    QString identityFromToken(const QString &token)
    {
        const QStringList parts = token.split(QLatin1Char('.'));
        if (parts.size() != 3)
            return {};
        const QByteArray json = QByteArray::fromBase64(parts.at(1).toLatin1(),
            QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        return QJsonDocument::fromJson(json)
            .object()
            .value(u"grants"_s)
            .toObject()
            .value(u"identity"_s)
            .toString();
    }

    // A status object whose code is an HTTP-like integer; anything else is garbage.
    bool validStatus(const QJsonValue &status)
    {
        const QJsonValue code = status.toObject().value(u"code"_s);
        return status.isObject() && code.isDouble() && code.toDouble() == double(code.toInt())
            && code.toInt() >= 100 && code.toInt() <= 599;
    }

    // Consecutive connections ended by a protocol failure before the client gives up.
    constexpr int kMaxProtocolFailures = 3;
    // The longest wait a server may ask for (our own reconnect backoff caps at 60 s too).
    constexpr double kMaxServerBackoffMs = 60000;

    QJsonArray initRegistrations()
    {
        return QJsonArray { QJsonObject {
            { str("product"), str("data_sync") },
            { str("type"), str("ers") },
            { str("notification_protocol_version"), 0 },
            { str("message_types"),
                QJsonArray { str("twilio.sync.event"), str("com.twilio.rtd.cds.document"),
                    str("com.twilio.rtd.cds.list"), str("com.twilio.rtd.cds.map") } },
        } };
    }

    QJsonObject queryParams(const QUrl &url)
    {
        QJsonObject params;
        const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
        for (const auto &item : items) {
            const QJsonValue old = params.value(item.first);
            if (old.isUndefined()) {
                params.insert(item.first, item.second);
            } else {
                QJsonArray values = old.isArray() ? old.toArray() : QJsonArray { old };
                values.append(item.second);
                params.insert(item.first, values);
            }
        }
        return params;
    }

} // namespace

TwilsockChannel::TwilsockChannel(QObject *parent)
    : QObject(parent)
    , m_random([] { return QRandomGenerator::global()->generateDouble(); })
{
    m_reconnectTimer.setSingleShot(true);
    m_watchdog.setSingleShot(true);
    m_handshakeTimer.setSingleShot(true);
    m_throttleTimer.setSingleShot(true);
    connect(&m_throttleTimer, &QTimer::timeout, this, [this] {
        if (canSend())
            flushQueue();
    });
    connect(&m_reconnectTimer, &QTimer::timeout, this, &TwilsockChannel::reconnectNow);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        const SyncError e = SyncError::make(
            Kind::Timeout, u"no traffic from the server for %1 ms"_s.arg(m_timeouts.watchdogMs));
        reportError(e);
        dropLink();
    });
    connect(&m_handshakeTimer, &QTimer::timeout, this, [this] {
        reportError(SyncError::make(
            Kind::Timeout, u"no connection and init reply within %1 ms"_s.arg(m_timeouts.initMs)));
        dropLink();
    });
}

TwilsockChannel::~TwilsockChannel()
{
    m_wantOpen = false;
    if (m_transport)
        m_transport->disconnect(this);
    failAll(SyncError::make(Kind::Transport, u"the connection was destroyed"_s), true);
}

void TwilsockChannel::setTransport(std::unique_ptr<SyncTransport> transport)
{
    if (m_state != State::Disconnected) {
        qCDebug(lcTransport) << "setTransport ignored: not disconnected";
        return;
    }
    if (m_transport)
        m_transport->disconnect(this);
    m_transport = std::move(transport);
    attachTransport();
}

void TwilsockChannel::attachTransport()
{
    if (!m_transport)
        return;
    SyncTransport *t = m_transport.get();
    connect(t, &SyncTransport::connected, this, &TwilsockChannel::onTransportConnected);
    connect(t, &SyncTransport::disconnected, this, &TwilsockChannel::onTransportDisconnected);
    connect(t, &SyncTransport::binaryReceived, this, &TwilsockChannel::onBinary);
    connect(t, &SyncTransport::textReceived, this, [this](const QString &) {
        m_watchdog.start(m_timeouts.watchdogMs);
        protocolFailure(u"the server sent a text WebSocket message (Twilsock is "
                        u"binary only)"_s);
    });
    connect(t, &SyncTransport::errorOccurred, this, [this](const QString &message) {
        reportError(SyncError::make(Kind::Transport, redactSecrets(message)));
    });
    connect(t, &SyncTransport::protocolViolation, this, [this](const QString &message) {
        // The same request would bring the same message again: stop, and say why.
        if (m_link != Link::Idle)
            terminal(SyncError::make(Kind::Protocol, message));
    });
    connect(t, &SyncTransport::refused, this, [this](const QString &message) {
        if (m_link != Link::Idle) // fail now rather than retry the same refusal until a timeout
            terminal(SyncError::make(Kind::Transport, redactSecrets(message)));
    });
}

void TwilsockChannel::setStateAndError(State state, const SyncError &error)
{
    // The one place where the state and the last error change. The error is reported first,
    // so a listener that sees the new state can read why from lastError().
    if (error.isError()) {
        m_lastError = error;
        qCDebug(lcProtocol) << "error" << error.toString();
        Q_EMIT errorOccurred(error);
    }
    if (m_state == state)
        return;
    m_state = state;
    qCDebug(lcProtocol) << "state" << state;
    if (state == State::Connected)
        flushQueue(); // what waited goes out before anything a listener sends on Connected
    Q_EMIT stateChanged(state);
}

void TwilsockChannel::open(const QUrl &url, const QString &token)
{
    QString why;
    if (!isAllowedUrl(url, &why)) {
        reportError(SyncError::make(Kind::InvalidInput, u"refused Twilsock URL: %1"_s.arg(why)));
        return;
    }
    if (token.isEmpty()) {
        reportError(SyncError::make(Kind::InvalidInput, u"empty access token"_s));
        return;
    }
    if (!m_transport) {
        m_transport = std::make_unique<WebSocketTransport>();
        attachTransport();
    }
    if (m_link != Link::Idle)
        dropLink(false);
    m_url = url;
    m_token = token;
    m_wantOpen = true;
    m_attempt = 0;
    m_backoffMinMs = 0;
    m_protocolFailures = 0;
    m_refused = false;
    m_reconnectTimer.stop();
    setStateAndError(State::Connecting);
    openLink();
}

bool TwilsockChannel::canSend() const
{
    return m_state == State::Connected && m_link == Link::Up && !m_throttleTimer.isActive();
}

void TwilsockChannel::restartAttempt()
{
    // A new token while the socket or init is in flight: start over with it at once.
    qCDebug(lcProtocol) << "new token during the handshake; restarting the attempt";
    dropLink(false);
    m_reconnectTimer.stop();
    openLink();
}

void TwilsockChannel::openLink()
{
    m_link = Link::Opening;
    m_handshakeTimer.start(m_timeouts.initMs);
    m_transport->open(m_url);
}

void TwilsockChannel::reconnectNow()
{
    m_reconnectTimer.stop();
    if (!m_wantOpen || m_link != Link::Idle)
        return;
    openLink();
}

void TwilsockChannel::updateToken(const QString &token)
{
    if (token.isEmpty())
        return;
    // Both official clients skip an identical token; a denied client still takes it as a
    // request to try again (the refusal may have been temporary on the server's side).
    if (token == m_token && !m_refused)
        return;
    const QString previous = m_token;
    m_token = token;
    m_attempt = 0;
    m_backoffMinMs = 0;
    if (m_state == State::Connected && m_link == Link::Up) {
        const QString id = Twilsock::newMessageId();
        Pending p;
        p.kind = RequestKind::Update;
        p.previousToken = previous;
        p.token = token;
        sendPending(id,
            QJsonObject {
                { str("id"), id }, { str("method"), str("update") }, { str("token"), token } },
            {}, p);
        return;
    }
    if (m_refused && m_url.isValid()) {
        // JS: a new token while rejected reconnects with it.
        m_wantOpen = true;
        m_refused = false;
        m_protocolFailures = 0;
        setStateAndError(State::Connecting);
        if (m_link != Link::Idle)
            dropLink(false);
        openLink();
        return;
    }
    if (!m_wantOpen)
        return; // used on the next open()
    if (m_link != Link::Idle) {
        restartAttempt(); // socket connecting, or init sent with the old token
        return;
    }
    if (m_state == State::Reconnecting)
        reconnectNow();
}

void TwilsockChannel::close()
{
    m_wantOpen = false;
    m_refused = false;
    m_reconnectTimer.stop();
    if (m_link == Link::Up)
        sendFrame(QJsonObject {
            { str("id"), Twilsock::newMessageId() }, { str("method"), str("close") } });
    dropLink(false);
    failAll(SyncError::make(Kind::Transport, u"disconnected by the client"_s), true);
    setStateAndError(State::Disconnected);
}

void TwilsockChannel::dropLink(bool reconnect)
{
    const bool wasActive = m_link != Link::Idle;
    m_link = Link::Idle;
    m_watchdog.stop();
    m_handshakeTimer.stop();
    m_throttleTimer.stop();
    failAll(SyncError::make(Kind::Transport, u"the connection was lost"_s), false);
    if (wasActive && m_transport)
        m_transport->close(); // its disconnected() is ignored now that the link is Idle
    if (reconnect)
        scheduleReconnect();
}

void TwilsockChannel::onTransportConnected()
{
    if (m_link != Link::Opening)
        return;
    m_link = Link::Up;
    qCDebug(lcTransport) << "transport connected";
    m_watchdog.start(m_timeouts.watchdogMs);
    sendInit();
}

void TwilsockChannel::onTransportDisconnected()
{
    if (m_link == Link::Idle)
        return;
    qCDebug(lcTransport) << "transport disconnected";
    dropLink(true);
}

void TwilsockChannel::scheduleReconnect()
{
    if (!m_wantOpen) {
        setStateAndError(State::Disconnected);
        return;
    }
    const int minMs = std::max(m_backoffMinMs, m_timeouts.backoffMinMs);
    const int maxMs = std::max(minMs, m_timeouts.backoffMaxMs);
    const int delay = reconnectDelayMs(m_attempt, minMs, maxMs, m_random());
    ++m_attempt;
    setStateAndError(State::Reconnecting);
    qCDebug(lcProtocol) << "reconnect attempt" << m_attempt << "in" << delay << "ms";
    m_reconnectTimer.start(delay);
    Q_EMIT reconnectScheduled(m_attempt, delay);
}

void TwilsockChannel::raiseBackoffFrom(const QByteArray &payload)
{
    const QJsonObject policy
        = QJsonDocument::fromJson(payload).object().value(u"backoff_policy"_s).toObject();
    // Honoured up to a sane maximum: 1e15 ms from a broken server must not park the client.
    const double minMs = policy.value(u"reconnect_min_ms"_s).toDouble();
    if (minMs > 0)
        m_backoffMinMs = int(std::min(minMs, kMaxServerBackoffMs));
}

void TwilsockChannel::throttle(const QByteArray &payload)
{
    // Kotlin: a 429 reply while connected pauses requests for a random time in the server's
    // [reconnect_min_ms, reconnect_max_ms) (default 1-2 s); the connection stays up.
    const QJsonObject policy
        = QJsonDocument::fromJson(payload).object().value(u"backoff_policy"_s).toObject();
    const double cap = kMaxServerBackoffMs;
    const double minMs = std::clamp(policy.value(u"reconnect_min_ms"_s).toDouble(1000), 0.0, cap);
    const double maxMs
        = std::clamp(policy.value(u"reconnect_max_ms"_s).toDouble(2 * minMs), minMs, cap);
    const int wait = int(minMs + (maxMs - minMs) * std::clamp(m_random(), 0.0, 1.0));
    qCDebug(lcProtocol) << "throttled by the server; requests wait" << wait << "ms";
    if (!m_throttleTimer.isActive() || m_throttleTimer.remainingTime() < wait)
        m_throttleTimer.start(wait);
}

void TwilsockChannel::sendFrame(const QJsonObject &header, const QByteArray &payload)
{
    if (!m_transport)
        return;
    qCDebug(lcWire) << "C->S" << describe(header, payload);
    m_transport->sendBinary(Twilsock::encode(header, payload));
}

void TwilsockChannel::sendInit()
{
    const QString id = Twilsock::newMessageId();
    QJsonObject h {
        { str("id"), id },
        { str("method"), str("init") },
        { str("token"), m_token },
        { str("continuation_token"),
            m_continuationToken.isEmpty() ? QJsonValue(QJsonValue::Null)
                                          : QJsonValue(m_continuationToken) },
        { str("metadata"), initMetadata() },
        { str("registrations"), initRegistrations() },
        { str("tweaks"), QJsonValue(QJsonValue::Null) },
        { str("capabilities"), initCapabilities() },
    };
    Pending p;
    p.kind = RequestKind::Init;
    m_inFlight[id] = p;
    sendFrame(h);
}

void TwilsockChannel::sendPending(
    const QString &id, const QJsonObject &header, const QByteArray &payload, const Pending &pending)
{
    m_inFlight[id] = pending;
    sendFrame(header, payload);
    QTimer::singleShot(m_timeouts.requestMs, this, [this, id] {
        auto it = m_inFlight.find(id);
        if (it == m_inFlight.end())
            return;
        Pending p = it->second;
        m_inFlight.erase(it);
        const SyncError e
            = SyncError::make(Kind::Timeout, u"no reply within %1 ms"_s.arg(m_timeouts.requestMs));
        if (p.promise)
            finishPromise(p.promise, SyncResult<HttpReply>(e));
        else
            reportError(e);
    });
}

QFuture<SyncResult<HttpReply>> TwilsockChannel::httpRequest(
    const QString &method, const QUrl &url, const QByteArray &body, const Headers &headers)
{
    if (!url.isValid() || !(url.scheme() == u"https" || url.scheme() == u"http"))
        return readyError<HttpReply>(
            SyncError::make(Kind::InvalidInput, u"upstream URLs must be http(s)"_s));
    if (m_state == State::Disconnected || !m_wantOpen) {
        return readyError<HttpReply>(m_refused && m_lastError.isError()
                ? m_lastError
                : SyncError::make(Kind::Transport, u"not connected"_s));
    }
    QJsonObject httpHeaders;
    for (const auto &h : headers)
        httpHeaders.insert(h.first, h.second);
    QString host = url.host(QUrl::FullyEncoded);
    if (url.port() != -1)
        host += QLatin1Char(':') + QString::number(url.port());
    const QString id = Twilsock::newMessageId();
    const QJsonObject header {
        { str("id"), id },
        { str("method"), str("message") },
        { str("active_grant"), str("data_sync") },
        { str("payload_type"), str("application/json") },
        { str("http_request"),
            QJsonObject { { str("host"), host }, { str("path"), url.path(QUrl::FullyEncoded) },
                { str("method"), method }, { str("params"), queryParams(url) },
                { str("headers"), httpHeaders } } },
    };
    Pending p;
    p.kind = RequestKind::Upstream;
    p.promise = makeSharedPromise<HttpReply>();
    QFuture<SyncResult<HttpReply>> future = p.promise->future();
    if (canSend()) {
        sendPending(id, header, body, p);
        return future;
    }
    p.header = header;
    p.payload = body;
    m_queue.emplace_back(id, p);
    QTimer::singleShot(m_timeouts.queueMs, this, [this, id] {
        for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
            if (it->first != id)
                continue;
            Pending p = it->second;
            m_queue.erase(it);
            finishPromise(p.promise,
                SyncResult<HttpReply>(SyncError::make(Kind::Timeout,
                    u"no connection within %1 ms (last error: %2)"_s.arg(m_timeouts.queueMs)
                        .arg(m_lastError.isError() ? m_lastError.toString() : u"none"_s))));
            return;
        }
    });
    return future;
}

void TwilsockChannel::flushQueue()
{
    auto queue = std::move(m_queue);
    m_queue.clear();
    for (auto &entry : queue)
        sendPending(entry.first, entry.second.header, entry.second.payload, entry.second);
}

void TwilsockChannel::failAll(const SyncError &error, bool includingQueued)
{
    std::vector<SharedPromise<HttpReply>> promises;
    for (auto &entry : m_inFlight) {
        if (entry.second.promise)
            promises.push_back(entry.second.promise);
    }
    m_inFlight.clear();
    if (includingQueued) {
        for (auto &entry : m_queue)
            promises.push_back(entry.second.promise);
        m_queue.clear();
    }
    for (const auto &p : promises)
        finishPromise(p, SyncResult<HttpReply>(error));
}

void TwilsockChannel::protocolFailure(const QString &message)
{
    // One bad frame after a long healthy connection is a blip; the same garbage on every
    // connection is a server we cannot talk to, and retrying would only hide why.
    const bool longUp = m_upClock.isValid() && m_upClock.elapsed() >= m_timeouts.watchdogMs;
    m_protocolFailures = longUp ? 1 : m_protocolFailures + 1;
    m_upClock.invalidate();
    const SyncError e = SyncError::make(Kind::Protocol, message);
    if (m_protocolFailures >= kMaxProtocolFailures) {
        terminal(SyncError::make(Kind::Protocol,
            u"giving up after %1 connections ended by protocol errors; last: %2"_s
                .arg(m_protocolFailures)
                .arg(message)));
        return;
    }
    reportError(e);
    if (m_link != Link::Idle)
        dropLink(true);
}

void TwilsockChannel::terminal(const SyncError &error)
{
    m_wantOpen = false;
    m_reconnectTimer.stop();
    reportError(error);
    dropLink(false);
    failAll(error, true);
    setStateAndError(State::Disconnected);
}

void TwilsockChannel::refused(SyncError error)
{
    // The server will not take these credentials. A user of the connection tells this end from
    // any other by lastError(): its kind is always Auth or Denied, whatever status and code the
    // server chose (e.g. a close 410 without an error code, or 401 with a rate-limit code).
    if (error.kind != Kind::Auth && error.kind != Kind::Denied)
        error.kind = Kind::Auth;
    m_refused = true; // before the Disconnected signal, so a listener may update the token
    terminal(error);
}

void TwilsockChannel::ack(const QString &id)
{
    sendFrame(QJsonObject { { str("id"), id }, { str("method"), str("reply") },
        { str("payload_type"), str("application/json") },
        { str("status"), QJsonObject { { str("code"), 200 }, { str("status"), str("OK") } } } });
}

void TwilsockChannel::onBinary(const QByteArray &message)
{
    if (m_link != Link::Up)
        return;
    m_watchdog.start(m_timeouts.watchdogMs);
    const Twilsock::DecodeResult r = Twilsock::decode(message, Twilsock::Trailing::Ignore);
    if (!r.ok()) {
        protocolFailure(u"malformed frame: %1"_s.arg(r.message));
        return;
    }
    qCDebug(lcWire) << "S->C" << describe(r.frame.header, r.frame.payload);
    handleFrame(r.frame);
}

void TwilsockChannel::handleFrame(const Twilsock::Frame &frame)
{
    const QString method = frame.method();
    if (method == u"reply") {
        handleReply(frame);
        return;
    }
    if (method == u"ping") {
        ack(frame.id());
        return;
    }
    if (method == u"client_update") {
        ack(frame.id());
        const QString type = frame.header.value(u"client_update_type"_s).toString();
        if (type == u"token_about_to_expire")
            Q_EMIT tokenAboutToExpire();
        else
            qCDebug(lcProtocol) << "ignored client_update" << type;
        return;
    }
    if (method == u"close") {
        ack(frame.id());
        handleClose(frame);
        return;
    }
    if (method == u"notification") {
        ack(frame.id());
        const QString type = frame.header.value(u"message_type"_s).toString();
        const QString payloadType = frame.header.value(u"payload_type"_s).toString();
        if (frame.payload.isEmpty()) {
            qCDebug(lcProtocol) << "notification without data ignored" << type;
            return;
        }
        if (!payloadType.isEmpty() && !payloadType.startsWith(u"application/json")) {
            qCDebug(lcProtocol) << "non-JSON notification ignored" << type << payloadType;
            return;
        }
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(frame.payload, &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject()) {
            Q_EMIT unreadableNotification(type, frame.payload,
                err.error != QJsonParseError::NoError
                    ? u"%1 at offset %2"_s.arg(err.errorString()).arg(err.offset)
                    : u"the payload is not a JSON object"_s);
            return;
        }
        Q_EMIT notificationReceived(type, doc.object());
        return;
    }
    // Both SDKs ack a method they do not know and carry on (a newer server may add some).
    ack(frame.id());
    qCDebug(lcProtocol) << "ignored Twilsock method" << method.left(64);
}

void TwilsockChannel::handleReply(const Twilsock::Frame &frame)
{
    auto it = m_inFlight.find(frame.id());
    if (it == m_inFlight.end()) {
        // Both SDKs skip it: typically the late answer to a request that already timed out.
        qCDebug(lcProtocol) << "reply to unknown request id ignored" << frame.id().left(64);
        return;
    }
    const Pending p = it->second;
    m_inFlight.erase(it);
    switch (p.kind) {
    case RequestKind::Init:
        handleInitReply(frame);
        return;
    case RequestKind::Update:
        handleUpdateReply(frame, p);
        return;
    case RequestKind::Upstream:
        break;
    }
    const QJsonObject status = frame.header.value(u"status"_s).toObject();
    const int code = status.value(u"code"_s).toInt();
    if (!isSuccess(code)) {
        SyncError e = SyncError::fromTwilsockStatus(status);
        if (code == 429) {
            e.kind = Kind::RateLimited;
            throttle(frame.payload);
        }
        finishPromise(p.promise, SyncResult<HttpReply>(e));
        return;
    }
    // Every CDS answer carries its HTTP outcome; a reply without one is not a success.
    HttpReply reply;
    const QJsonValue httpStatus = frame.header.value(u"http_status"_s);
    const qint64 httpCode = httpStatus.toObject().value(u"code"_s).toInteger(0);
    if (httpCode < 100 || httpCode > 599) {
        finishPromise(p.promise,
            SyncResult<HttpReply>(SyncError::make(Kind::Protocol,
                httpStatus.isUndefined() ? u"the server's reply has no http_status"_s
                                         : u"the server's reply has no valid http_status code"_s)));
        return;
    }
    reply.status = int(httpCode);
    reply.statusText = httpStatus.toObject().value(u"status"_s).toString();
    reply.headers = frame.header.value(u"http_headers"_s).toObject();
    reply.body = frame.payload;
    finishPromise(p.promise, SyncResult<HttpReply>(reply));
}

void TwilsockChannel::handleInitReply(const Twilsock::Frame &frame)
{
    if (!validStatus(frame.header.value(u"status"_s))) {
        protocolFailure(u"init reply without a valid status"_s);
        return;
    }
    const QJsonObject status = frame.header.value(u"status"_s).toObject();
    const int code = status.value(u"code"_s).toInt();
    if (isSuccess(code)) {
        m_handshakeTimer.stop();
        const QJsonValue ct = frame.header.value(u"continuation_token"_s);
        if (ct.isString())
            m_continuationToken = ct.toString();
        m_identity = frame.header.value(u"account_descriptor"_s)
                         .toObject()
                         .value(u"identity"_s)
                         .toString();
        if (m_identity.isEmpty())
            m_identity = identityFromToken(m_token);
        m_attempt = 0;
        m_backoffMinMs = 0;
        m_upClock.start();
        qCDebug(lcProtocol) << "connected; identity" << m_identity;
        setStateAndError(State::Connected);
        return;
    }
    const SyncError e = SyncError::fromTwilsockStatus(status);
    if (code == 401 || code == 403) {
        if (e.code == 20104)
            Q_EMIT tokenExpired();
        refused(e);
        return;
    }
    if (code == 429)
        raiseBackoffFrom(frame.payload);
    reportError(e);
    dropLink(true);
}

void TwilsockChannel::handleUpdateReply(const Twilsock::Frame &frame, const Pending &pending)
{
    const QJsonObject status = frame.header.value(u"status"_s).toObject();
    const int code = status.value(u"code"_s).toInt();
    if (isSuccess(code)) {
        qCDebug(lcProtocol) << "token updated";
        return;
    }
    SyncError e = SyncError::fromTwilsockStatus(status);
    if (code == 401 && e.code == 51215) {
        // A token for another identity, instance or product: Twilio keeps the connection as
        // it was (still on the old token), and only this update fails.
        e.kind = Kind::Auth;
        if (m_token == pending.token) // unless an even newer update was sent since
            m_token = pending.previousToken;
        reportError(e);
        return;
    }
    if (code == 401 || code == 403) {
        if (e.code == 20104)
            Q_EMIT tokenExpired();
        refused(e);
        return;
    }
    // JS: any other refusal of an update ends the connection; reconnect with the new token.
    if (code == 429)
        raiseBackoffFrom(frame.payload);
    reportError(e);
    dropLink(true);
}

void TwilsockChannel::handleClose(const Twilsock::Frame &frame)
{
    if (!validStatus(frame.header.value(u"status"_s))) {
        protocolFailure(u"close without a valid status"_s);
        return;
    }
    const QJsonObject status = frame.header.value(u"status"_s).toObject();
    const int code = status.value(u"code"_s).toInt();
    const int errorCode = status.value(u"errorCode"_s).toInt();
    SyncError e = SyncError::fromTwilsockStatus(status);
    // Terminal only where both SDKs stop: 401, 406, 410, 417, and Kotlin's 308/51232. Anything
    // else (403 included) is "reconnect", as both do.
    if (code == 401 || code == 410 || (code == 308 && errorCode == 51232)) {
        if (code == 308)
            e.kind = Kind::Auth;
        if (code == 410 || errorCode == 51207 || errorCode == 20104)
            Q_EMIT tokenExpired();
        refused(e);
        return;
    }
    if (code == 406 || code == 417) {
        terminal(e);
        return;
    }
    qCDebug(lcProtocol) << "server close" << code << errorCode << "- reconnecting";
    raiseBackoffFrom(frame.payload);
    dropLink(true);
}

} // namespace SpSync
