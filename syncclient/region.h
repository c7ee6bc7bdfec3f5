// Twilio regions: the Twilsock and CDS hosts the official SDKs build from a region name
// (JS: tsock.<region>.twilio.com and cds.<region>.twilio.com; Kotlin the same).
#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace SpSync {

inline constexpr QStringView kDefaultRegion = u"us1";

// The regions whose hosts we build: us1, ie1, au1. Anything else needs explicit URLs.
QStringList knownRegions();
bool isKnownRegion(const QString &region);
// wss://tsock.<region>.twilio.com/v3/wsconnect, or an empty URL for an unknown region.
QUrl twilsockUrlForRegion(const QString &region);
// https://cds.<region>.twilio.com, or an empty URL for an unknown region.
QUrl cdsUrlForRegion(const QString &region);
// The known region whose Twilsock host this is ("tsock.ie1.twilio.com" -> "ie1"), else empty.
QString regionOfTwilsockHost(const QString &host);

} // namespace SpSync
