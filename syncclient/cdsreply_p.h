// What the client accepts from a server: CDS reply bodies and document events are checked
// field by field before anything is taken from them. A reply that is not what it claims to be
// is a Protocol error, never an empty document.
#pragma once

#include "syncresult.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <optional>

namespace SpSync {

// A document resource as GET, create and update answer it.
struct DocumentResource
{
    QString sid;
    QString uniqueName; // empty when null or absent
    QString revision; // never empty
    qint64 lastEventId = 0;
    QUrl url; // empty when absent
    bool hasDateExpires = false; // false: the reply did not say
    QDateTime dateExpires; // invalid when null (no expiry)
    std::optional<QJsonObject> data; // always set when parsed with requireData
};

// A document_updated event.
struct DocumentEvent
{
    QString sid;
    qint64 id = 0;
    QString revision;
    QJsonObject data;
    bool hasDateExpires = false;
    QDateTime dateExpires;
};

namespace CdsReply {

    // The body as one JSON object; anything else (not JSON, an array, nested too deep for the
    // parser) is a Protocol error that says what `what` was.
    SyncResult<QJsonObject> jsonObject(const QByteArray &body, const QString &what);

    // A document resource. requireData: the reply must carry `data` (GET). Without it `data`
    // may be absent (write replies), but when present it must still be an object.
    SyncResult<DocumentResource> documentResource(const QByteArray &body, bool requireData);
    SyncResult<DocumentResource> documentResource(const QJsonObject &json, bool requireData);

    // A document_updated event (the `event` object of the notification).
    SyncResult<DocumentEvent> documentEvent(const QJsonObject &event);

    // Whether s has the shape of a document SID: "ET" and 32 letters or digits.
    bool isDocumentSid(const QString &s);

    // The same JSON text with every array or object deeper than maxDepth replaced by null, so
    // that the envelope of a message whose content is nested too deep for the parser can still
    // be read (to tell which document it was about). Never use it for content.
    QByteArray shallowCopy(const QByteArray &json, int maxDepth);

} // namespace CdsReply

} // namespace SpSync
