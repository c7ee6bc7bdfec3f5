// One CDS request as tunnelled in a Twilsock `message` frame (http_request + payload).
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>

namespace SpEmu {

struct CdsRequest
{
    QString method; // upper case
    QString path; // without query, still percent-encoded
    QHash<QString, QString> headers; // keys lower-cased; first value when a list was sent
    QSet<QString> nonStringHeaders; // lower-cased names whose value was not a string (or list)
    QHash<QString, QString> params;
    QByteArray body;

    // The body as a JSON object (empty body = empty object); false + why otherwise.
    bool jsonBody(QJsonObject *out, QString *why) const;
    QString header(const QString &lowerName) const { return headers.value(lowerName); }

    // From the header's http_request object. Header and param values may be strings or arrays
    // of strings (Kotlin); the host is ignored.
    static CdsRequest fromTwilsock(const QJsonObject &httpRequest, const QByteArray &payload);
};

} // namespace SpEmu
