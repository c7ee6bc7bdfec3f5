// Which server URLs the client may use: encrypted schemes anywhere, plain ones only to
// this machine, so that a token never crosses a network in clear text.
#pragma once

#include <QString>
#include <QUrl>

namespace SpSync {

// wss and https: any host. ws and http: only 127.0.0.0/8, ::1 or localhost.
// Anything else (other schemes, relative or invalid URLs, no host) is refused; *why says why.
bool isAllowedUrl(const QUrl &url, QString *why = nullptr);
// True when host is localhost, an IPv4 address in 127.0.0.0/8 or ::1.
bool isLoopbackHost(const QString &host);

} // namespace SpSync
