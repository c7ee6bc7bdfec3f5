// WebSocketTransport: SyncTransport over QWebSocket. TLS verification stays on; plain ws://
// is refused for hosts that are not loopback.
#pragma once

#include "synctransport.h"

#include <QList>
#include <QSslCertificate>
#include <memory>

namespace SpSync {

class WebSocketTransport : public SyncTransport
{
    Q_OBJECT
public:
    // The largest message (and frame) accepted from the server. The largest legal one, a
    // document of 16 KiB data in its reply or event envelope, is far below it.
    static constexpr qint64 kMaxIncomingMessageBytes = qint64(4) * 1024 * 1024;

    explicit WebSocketTransport(QObject *parent = nullptr);
    ~WebSocketTransport() override;

    // Extra CAs trusted for wss:// (added to the system set); takes effect on the next open().
    void setCaCertificates(const QList<QSslCertificate> &certificates);

    void open(const QUrl &url) override;
    void sendBinary(const QByteArray &message) override;
    void close() override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace SpSync
