#include "cdsrequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace SpEmu {

namespace {
    QString firstValue(const QJsonValue &v)
    {
        if (v.isArray()) {
            const QJsonArray a = v.toArray();
            return a.isEmpty() ? QString() : a.first().toVariant().toString();
        }
        return v.toVariant().toString();
    }

    QHash<QString, QString> toMap(const QJsonObject &o, bool lowerKeys)
    {
        QHash<QString, QString> map;
        for (auto it = o.begin(); it != o.end(); ++it)
            map.insert(lowerKeys ? it.key().toLower() : it.key(), firstValue(it.value()));
        return map;
    }
} // namespace

bool CdsRequest::jsonBody(QJsonObject *out, QString *why) const
{
    if (body.trimmed().isEmpty()) {
        *out = {};
        return true;
    }
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        *why = u"not a JSON object"_s;
        return false;
    }
    *out = doc.object();
    return true;
}

CdsRequest CdsRequest::fromTwilsock(const QJsonObject &httpRequest, const QByteArray &payload)
{
    CdsRequest r;
    r.method = httpRequest.value(u"method").toString().toUpper();
    QString path = httpRequest.value(u"path").toString();
    const qsizetype q = path.indexOf(u'?');
    r.params = toMap(httpRequest.value(u"params").toObject(), false);
    if (q >= 0) {
        const QUrlQuery query(path.mid(q + 1));
        const auto items = query.queryItems(QUrl::FullyDecoded);
        for (const auto &item : items)
            r.params.insert(item.first, item.second);
        path.truncate(q);
    }
    r.path = path;
    const QJsonObject headers = httpRequest.value(u"headers").toObject();
    r.headers = toMap(headers, true);
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        const QJsonValue v = it.value().isArray() ? it.value().toArray().first() : it.value();
        if (!v.isString())
            r.nonStringHeaders.insert(it.key().toLower());
    }
    r.body = payload;
    return r;
}

} // namespace SpEmu
