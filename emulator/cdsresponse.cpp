#include "cdsresponse.h"

#include "emulatorlogging.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

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
        QJsonObject { { u"status"_s, status }, { u"code"_s, code }, { u"message"_s, message },
            { u"more_info"_s, u"https://www.twilio.com/docs/errors/%1"_s.arg(code) } });
}

CdsResponse CdsResponse::invalidBody(const QString &why)
{
    qCInfo(lcCds) << "invalid request body:" << why;
    return error(400, ErrorCode::kInvalidJson, u"Invalid JSON"_s);
}

QString httpStatusText(int status)
{
    switch (status) {
    case 200:
        return u"OK"_s;
    case 201:
        return u"Created"_s;
    case 204:
        return u"No Content"_s;
    case 400:
        return u"Bad Request"_s;
    case 401:
        return u"Unauthorized"_s;
    case 403:
        return u"Forbidden"_s;
    case 404:
        return u"Not Found"_s;
    case 405:
        return u"Method Not Allowed"_s;
    case 409:
        return u"Conflict"_s;
    case 412:
        return u"Precondition Failed"_s;
    case 413:
        return u"Payload Too Large"_s;
    case 429:
        return u"Too Many Requests"_s;
    case 500:
        return u"Internal Server Error"_s;
    case 503:
        return u"Service Unavailable"_s;
    default:
        return u"Status %1"_s.arg(status);
    }
}

} // namespace SpEmu
