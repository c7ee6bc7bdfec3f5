// One stored Sync document, as the store and the CDS layer see it.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace SpEmu {

struct DocumentRecord
{
    QString sid; // "ET" + 32 hex
    QString uniqueName; // empty when the document has none
    QJsonObject data;
    qint64 revision = 0; // exposed as a hex string, see revisionString()
    qint64 lastEventId = 0;
    qint64 createdMs = 0; // ms since the epoch, UTC
    qint64 updatedMs = 0;
    qint64 expiresMs = 0; // 0 = never expires
    QString createdBy;

    QString revisionString() const { return QString::number(revision, 16); }
};

// ISO-8601 UTC with milliseconds, e.g. 2026-11-28T05:27:56.819Z.
QString isoDate(qint64 msSinceEpoch);

} // namespace SpEmu
