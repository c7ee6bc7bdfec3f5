// Validating action input before anything is sent: a bad batch writes nothing.
#pragma once

#include "sp/actioncatalog.h"

#include <QByteArray>
#include <QJsonArray>

namespace SpSyncCli {

// Parses a JSON array of {"actionType": "executor.action", "additionalInfo": {...}} and checks
// each entry against the catalog. Returns the batch for SyncClient::addActions, or
// InvalidInput naming the entry ("entry 3: ...").
SpSync::SyncResult<QJsonArray> parseActionsBatch(
    const QByteArray &json, const SpSync::ActionCatalog &catalog, const QString &identity);

} // namespace SpSyncCli
