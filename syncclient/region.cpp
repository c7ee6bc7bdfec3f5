#include "region.h"

using namespace Qt::StringLiterals;

namespace SpSync {

QStringList knownRegions() { return { u"us1"_s, u"ie1"_s, u"au1"_s }; }

bool isKnownRegion(const QString &region) { return knownRegions().contains(region); }

QUrl twilsockUrlForRegion(const QString &region)
{
    if (!isKnownRegion(region))
        return {};
    return QUrl(u"wss://tsock.%1.twilio.com/v3/wsconnect"_s.arg(region));
}

QUrl cdsUrlForRegion(const QString &region)
{
    if (!isKnownRegion(region))
        return {};
    return QUrl(u"https://cds.%1.twilio.com"_s.arg(region));
}

QString regionOfTwilsockHost(const QString &host)
{
    const QString h = host.toLower();
    for (const QString &region : knownRegions()) {
        if (h == u"tsock.%1.twilio.com"_s.arg(region))
            return region;
    }
    return {};
}

} // namespace SpSync
