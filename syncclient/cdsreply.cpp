#include "cdsreply_p.h"

#include <QJsonDocument>
#include <QJsonValue>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace SpSync::CdsReply {

namespace {

    using Kind = SyncError::Kind;

    SyncError bad(const QString &message) { return SyncError::make(Kind::Protocol, message); }

    // An integer JSON number from 0 to 2^53 (what a double holds exactly).
    std::optional<qint64> eventId(const QJsonValue &v)
    {
        if (!v.isDouble())
            return std::nullopt;
        const qint64 id = v.toInteger(-1);
        if (id < 0 || id > (qint64(1) << 53))
            return std::nullopt;
        return id;
    }

    // date_expires: absent (not said), null (no expiry) or an ISO-8601 string.
    bool readExpiry(const QJsonValue &v, bool *has, QDateTime *when)
    {
        *has = !v.isUndefined();
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isString())
            return false;
        *when = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        return when->isValid();
    }

} // namespace

bool isDocumentSid(const QString &s)
{
    static const QRegularExpression sid(u"^ET[0-9A-Za-z]{32}$"_s);
    return sid.match(s).hasMatch();
}

SyncResult<QJsonObject> jsonObject(const QByteArray &body, const QString &what)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return bad(u"%1 is not valid JSON (%2 at offset %3)"_s.arg(
            what, error.errorString(), QString::number(error.offset)));
    if (!doc.isObject())
        return bad(u"%1 is not a JSON object"_s.arg(what));
    return doc.object();
}

SyncResult<DocumentResource> documentResource(const QByteArray &body, bool requireData)
{
    const auto json = jsonObject(body, u"the document reply"_s);
    if (!isOk(json))
        return error(json);
    return documentResource(value(json), requireData);
}

SyncResult<DocumentResource> documentResource(const QJsonObject &json, bool requireData)
{
    DocumentResource r;
    const QJsonValue sid = json.value(u"sid");
    if (!sid.isString() || !isDocumentSid(sid.toString()))
        return bad(u"the document reply has no valid \"sid\""_s);
    r.sid = sid.toString();

    const QJsonValue revision = json.value(u"revision");
    if (!revision.isString() || revision.toString().isEmpty())
        return bad(u"the document reply has no \"revision\" string"_s);
    r.revision = revision.toString();

    const auto id = eventId(json.value(u"last_event_id"));
    if (!id)
        return bad(u"the document reply has no valid \"last_event_id\""_s);
    r.lastEventId = *id;

    const QJsonValue name = json.value(u"unique_name");
    if (!name.isUndefined() && !name.isNull() && !name.isString())
        return bad(u"the document reply has a \"unique_name\" that is not a string"_s);
    r.uniqueName = name.toString();

    const QJsonValue url = json.value(u"url");
    if (!url.isUndefined() && !url.isNull()) {
        const QUrl u(url.toString(), QUrl::StrictMode);
        if (!url.isString() || !u.isValid() || u.host().isEmpty()
            || (u.scheme() != u"https" && u.scheme() != u"http"))
            return bad(u"the document reply has a \"url\" that is not an http(s) URL"_s);
        r.url = u;
    }

    if (!readExpiry(json.value(u"date_expires"), &r.hasDateExpires, &r.dateExpires))
        return bad(u"the document reply has a \"date_expires\" that is not a date"_s);

    const QJsonValue data = json.value(u"data");
    if (data.isUndefined() && requireData)
        return bad(u"the document reply carries no \"data\""_s);
    if (!data.isUndefined()) {
        if (!data.isObject())
            return bad(u"the document reply's \"data\" is not a JSON object"_s);
        r.data = data.toObject();
    }
    return r;
}

SyncResult<DocumentEvent> documentEvent(const QJsonObject &event)
{
    DocumentEvent e;
    const QJsonValue sid = event.value(u"document_sid");
    if (!sid.isString() || !isDocumentSid(sid.toString()))
        return bad(u"a document event has no valid \"document_sid\""_s);
    e.sid = sid.toString();
    const auto id = eventId(event.value(u"id"));
    if (!id)
        return bad(u"a document event has no valid \"id\""_s);
    e.id = *id;
    const QJsonValue revision = event.value(u"document_revision");
    if (!revision.isString() || revision.toString().isEmpty())
        return bad(u"document event %1 has no \"document_revision\" string"_s.arg(e.id));
    e.revision = revision.toString();
    const QJsonValue data = event.value(u"document_data");
    if (!data.isObject())
        return bad(u"document event %1 has no \"document_data\" object"_s.arg(e.id));
    e.data = data.toObject();
    if (!readExpiry(event.value(u"date_expires"), &e.hasDateExpires, &e.dateExpires))
        return bad(u"document event %1 has a \"date_expires\" that is not a date"_s.arg(e.id));
    return e;
}

QByteArray shallowCopy(const QByteArray &json, int maxDepth)
{
    QByteArray out;
    out.reserve(std::min<qsizetype>(json.size(), qsizetype(64) * 1024));
    int depth = 0;
    int skipDepth = 0; // > 0: inside a container deeper than maxDepth, written as null
    bool inString = false;
    bool escaped = false;
    for (const char c : json) {
        const bool keep = skipDepth == 0;
        if (inString) {
            if (keep)
                out += c;
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '{':
        case '[':
            ++depth;
            if (keep && depth > maxDepth) {
                skipDepth = depth;
                out += "null";
                continue;
            }
            break;
        case '}':
        case ']':
            if (skipDepth > 0 && depth == skipDepth) {
                skipDepth = 0;
                --depth;
                continue;
            }
            --depth;
            break;
        default:
            break;
        }
        if (keep)
            out += c;
    }
    return out;
}

} // namespace SpSync::CdsReply
