// WireTapTransport: wraps a SyncTransport and records every frame both ways in a WireLog.
// Installed only while a wire log is on, so a client without one pays nothing per frame.
#pragma once

#include "synctransport.h"

#include <memory>

namespace SpSync {

class WireLog;

class WireTapTransport : public SyncTransport
{
    Q_OBJECT
public:
    WireTapTransport(std::unique_ptr<SyncTransport> inner, WireLog *log, QObject *parent = nullptr);
    ~WireTapTransport() override;

    void open(const QUrl &url) override;
    void sendBinary(const QByteArray &message) override;
    void close() override;

    SyncTransport *inner() const { return m_inner.get(); }

private:
    std::unique_ptr<SyncTransport> m_inner;
    WireLog *m_log;
    int m_conn;
};

} // namespace SpSync
