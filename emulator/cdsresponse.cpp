#include "cdsresponse.h"

#include "emulatorlogging.h"

#include <QJsonDocument>

namespace SpEmu {

CdsResponse CdsResponse::json(int status, const QJsonObject &body)
{
    CdsResponse r;
    r.status = status;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

CdsResponse CdsResponse::error(int status, int code, const QString &message)
{
    return json(status,
        QJsonObject { { u"status"_qs, status }, { u"code"_qs, code }, { u"message"_qs, message },
            { u"more_info"_qs,
                QStringLiteral("https://www.twilio.com/docs/errors/%1").arg(code) } });
}

CdsResponse CdsResponse::invalidBody(const QString &why)
{
    qCInfo(lcCds) << "invalid request body:" << why;
    return error(400, ErrorCode::kInvalidJson, QStringLiteral("Invalid JSON"));
}

QString httpStatusText(int status)
{
    switch (status) {
    case 200:
        return QStringLiteral("OK");
    case 201:
        return QStringLiteral("Created");
    case 204:
        return QStringLiteral("No Content");
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 409:
        return QStringLiteral("Conflict");
    case 412:
        return QStringLiteral("Precondition Failed");
    case 413:
        return QStringLiteral("Payload Too Large");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 503:
        return QStringLiteral("Service Unavailable");
    default:
        return QStringLiteral("Status %1").arg(status);
    }
}

} // namespace SpEmu
