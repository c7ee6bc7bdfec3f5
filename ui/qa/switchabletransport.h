#pragma once

#include "synctransport.h"

#include <memory>

// A WebSocket transport that a QA tester can unplug: offline, the socket is dropped and every
// reconnect attempt fails at once, as when a student's network goes away; online again, the
// client's own reconnect logic brings it back.
class SwitchableTransport : public SpSync::SyncTransport
{
    Q_OBJECT
public:
    explicit SwitchableTransport(QObject *parent = nullptr);
    ~SwitchableTransport() override;

    void setOnline(bool online);
    bool isOnline() const { return m_online; }

    void open(const QUrl &url) override;
    void sendBinary(const QByteArray &message) override;
    void close() override;

private:
    std::unique_ptr<SpSync::SyncTransport> m_inner;
    bool m_online = true;
    bool m_open = false;
};
