#include "switchabletransport.h"

#include <QTimer>

SwitchableTransport::SwitchableTransport(QObject *parent)
    : SpSync::SyncTransport(parent)
    , m_inner(SpSync::makeWebSocketTransport())
{
    using T = SpSync::SyncTransport;
    connect(m_inner.get(), &T::connected, this, [this] {
        m_open = true;
        Q_EMIT connected();
    });
    connect(m_inner.get(), &T::disconnected, this, [this] {
        const bool was = m_open;
        m_open = false;
        if (was || m_online)
            Q_EMIT disconnected();
    });
    connect(m_inner.get(), &T::binaryReceived, this, &T::binaryReceived);
    connect(m_inner.get(), &T::textReceived, this, &T::textReceived);
    connect(m_inner.get(), &T::errorOccurred, this, &T::errorOccurred);
    connect(m_inner.get(), &T::refused, this, &T::refused);
}

SwitchableTransport::~SwitchableTransport() = default;

void SwitchableTransport::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    if (!online && m_open) {
        Q_EMIT errorOccurred(tr("Offline (simulated)"));
        m_inner->close(); // disconnected() follows
    }
}

void SwitchableTransport::open(const QUrl &url)
{
    if (m_online) {
        m_inner->open(url);
        return;
    }
    // Like a network that is down: the attempt fails, asynchronously as a socket would.
    QTimer::singleShot(0, this, [this] {
        Q_EMIT errorOccurred(tr("Offline (simulated)"));
        Q_EMIT disconnected();
    });
}

void SwitchableTransport::sendBinary(const QByteArray &message)
{
    if (m_online)
        m_inner->sendBinary(message);
}

void SwitchableTransport::close() { m_inner->close(); }
