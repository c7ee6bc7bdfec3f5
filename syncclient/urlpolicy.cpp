#include "urlpolicy.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace SpSync {

bool isLoopbackHost(const QString &host)
{
    QString h = host;
    if (h.startsWith(u'[') && h.endsWith(u']'))
        h = h.mid(1, h.size() - 2);
    if (h.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    if (!address.setAddress(h))
        return false;
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        bool mapped = false;
        const quint32 v4 = address.toIPv4Address(&mapped);
        if (mapped)
            return (v4 >> 24) == 127;
        return address == QHostAddress(QHostAddress::LocalHostIPv6);
    }
    return address.isLoopback();
}

bool isAllowedUrl(const QUrl &url, QString *why)
{
    QString reason;
    const QString scheme = url.scheme().toLower();
    if (!url.isValid())
        reason = u"the URL is not valid: %1"_s.arg(url.errorString());
    else if (url.isRelative() || scheme.isEmpty())
        reason
            = u"the URL \"%1\" has no scheme; use https:// or wss://"_s.arg(url.toDisplayString());
    else if (url.host().isEmpty())
        reason = u"the URL \"%1\" has no host"_s.arg(url.toDisplayString());
    else if (scheme == u"https" || scheme == u"wss")
        reason.clear();
    else if (scheme == u"http" || scheme == u"ws") {
        if (!isLoopbackHost(url.host()))
            reason = u"plain %1:// is only allowed to this machine (127.0.0.1, ::1, localhost), "
                     u"not to \"%2\"; use %3://"_s.arg(
                         scheme, url.host(), scheme == u"ws" ? u"wss"_s : u"https"_s);
    } else {
        reason = u"the URL scheme \"%1\" is not supported; use https:// or wss://"_s.arg(scheme);
    }
    if (why)
        *why = reason;
    return reason.isEmpty();
}

} // namespace SpSync
