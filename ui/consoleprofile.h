#pragma once

#include <QString>
#include <QUrl>

// Where the console gets its tokens: an SP API base URI and an SP token. The token lives only in
// memory and, when available, in the OS keychain; it is never written in plain text.
struct ConsoleProfile
{
    QString id; // stable, never translated: names the profile's outbox and history files
    QString name;
    QUrl baseUri;
    QString spToken;
    QString tokenPath = QStringLiteral("/sync/token");
    // Twilio region (us1, ie1, au1): Twilio's hosts when the SP API names no Twilsock URL.
    QString region = QStringLiteral("us1");
};
