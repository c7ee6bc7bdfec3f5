#include "wirelog.h"
#include "wiretaptransport_p.h"

using namespace Qt::StringLiterals;

namespace SpSync {

WireTapTransport::WireTapTransport(
    std::unique_ptr<SyncTransport> inner, WireLog *log, QObject *parent)
    : SyncTransport(parent)
    , m_inner(std::move(inner))
    , m_log(log)
    , m_conn(log->newConnection())
{
    SyncTransport *t = m_inner.get();
    connect(t, &SyncTransport::connected, this, [this] {
        m_log->recordEvent(m_conn, u"connected"_s);
        Q_EMIT connected();
    });
    connect(t, &SyncTransport::disconnected, this, [this] {
        m_log->recordEvent(m_conn, u"disconnected"_s);
        Q_EMIT disconnected();
    });
    connect(t, &SyncTransport::binaryReceived, this, [this](const QByteArray &message) {
        m_log->recordFrame(m_conn, WireLog::Direction::Received, message);
        Q_EMIT binaryReceived(message);
    });
    connect(t, &SyncTransport::textReceived, this, [this](const QString &message) {
        m_log->recordEvent(m_conn, u"text-message"_s);
        Q_EMIT textReceived(message);
    });
    connect(t, &SyncTransport::errorOccurred, this, &SyncTransport::errorOccurred);
    connect(t, &SyncTransport::refused, this, &SyncTransport::refused);
}

WireTapTransport::~WireTapTransport()
{
    // The inner transport may emit while it is destroyed; nobody listens any more.
    m_inner->disconnect(this);
}

void WireTapTransport::open(const QUrl &url)
{
    m_log->recordEvent(m_conn, u"open"_s, url.toString());
    m_inner->open(url);
}

void WireTapTransport::sendBinary(const QByteArray &message)
{
    m_log->recordFrame(m_conn, WireLog::Direction::Sent, message);
    m_inner->sendBinary(message);
}

void WireTapTransport::close() { m_inner->close(); }

} // namespace SpSync
