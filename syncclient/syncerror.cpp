#include "syncerror.h"

#include <QJsonDocument>
#include <QMetaEnum>

using namespace Qt::StringLiterals;

namespace SpSync {

QString kindName(SyncError::Kind kind)
{
    return QString::fromLatin1(QMetaEnum::fromType<SyncError::Kind>().valueToKey(int(kind)));
}

QString SyncError::toString() const
{
    if (!isError())
        return u"NoError"_s;
    QString s = kindName(kind);
    if (status || code)
        s += u" (%1/%2)"_s.arg(status).arg(code);
    if (!message.isEmpty())
        s += u": "_s + message;
    return s;
}

SyncError SyncError::make(Kind kind, const QString &message, int status, int code)
{
    SyncError e;
    e.kind = kind;
    e.message = message;
    e.status = status;
    e.code = code;
    return e;
}

SyncError::Kind SyncError::kindFor(int status, int code)
{
    switch (code) {
    case 54006:
        return Kind::TooLarge;
    case 54007:
    case 20403:
        return Kind::Denied;
    case 54100:
        return Kind::NotFound;
    case 54103:
    case 54301:
        return Kind::Conflict;
    case 20101:
    case 20104:
    case 51207:
        return Kind::Auth;
    case 54009:
    case 51202:
        return Kind::RateLimited;
    default:
        break;
    }
    switch (status) {
    case 401:
        return Kind::Auth;
    case 403:
        return Kind::Denied;
    case 404:
        return Kind::NotFound;
    case 409:
    case 412:
        return Kind::Conflict;
    case 413:
        return Kind::TooLarge;
    case 429:
        return Kind::RateLimited;
    case 408:
    case 504:
        return Kind::Timeout;
    default:
        break;
    }
    if (status >= 400 && status < 500)
        return Kind::InvalidInput;
    return Kind::Server;
}

SyncError SyncError::fromHttp(int status, const QByteArray &body)
{
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const int code = json.value(u"code"_s).toInt();
    QString message = json.value(u"message"_s).toString();
    if (message.isEmpty())
        message = u"HTTP status %1"_s.arg(status);
    return make(kindFor(status, code), message, status, code);
}

SyncError SyncError::fromTwilsockStatus(const QJsonObject &status)
{
    const int httpLike = status.value(u"code"_s).toInt();
    const int code = status.value(u"errorCode"_s).toInt();
    QString message = status.value(u"description"_s).toString();
    if (message.isEmpty())
        message = status.value(u"status"_s).toString();
    if (message.isEmpty())
        message = u"Twilsock status %1"_s.arg(httpLike);
    Kind kind = kindFor(httpLike, code);
    if (httpLike == 406 || httpLike == 417)
        kind = Kind::Protocol;
    return make(kind, message, httpLike, code);
}

} // namespace SpSync
