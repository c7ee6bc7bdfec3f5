#include "region.h"

namespace SpSync {

QStringList knownRegions()
{
    return { QStringLiteral("us1"), QStringLiteral("ie1"), QStringLiteral("au1") };
}

bool isKnownRegion(const QString &region) { return knownRegions().contains(region); }

QUrl twilsockUrlForRegion(const QString &region)
{
    if (!isKnownRegion(region))
        return {};
    return QUrl(QStringLiteral("wss://tsock.%1.twilio.com/v3/wsconnect").arg(region));
}

QUrl cdsUrlForRegion(const QString &region)
{
    if (!isKnownRegion(region))
        return {};
    return QUrl(QStringLiteral("https://cds.%1.twilio.com").arg(region));
}

QString regionOfTwilsockHost(const QString &host)
{
    const QString h = host.toLower();
    for (const QString &region : knownRegions()) {
        if (h == QStringLiteral("tsock.%1.twilio.com").arg(region))
            return region;
    }
    return {};
}

} // namespace SpSync
