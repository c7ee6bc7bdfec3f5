#include "actioninput.h"

#include "spsynctext.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

using namespace Qt::StringLiterals;
using namespace SpSync;

namespace SpSyncCli {

SyncResult<QJsonArray> parseActionsBatch(
    const QByteArray &json, const ActionCatalog &catalog, const QString &identity)
{
    const auto invalid = [](const QString &message) {
        return SyncError::make(SyncError::Kind::InvalidInput, message);
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(Text::tr("the actions are not valid JSON: %1 at offset %2")
                           .arg(parseError.errorString(), QString::number(parseError.offset)));
    if (!doc.isArray())
        return invalid(Text::tr("the actions must be a JSON array of "
                                "{\"actionType\", \"additionalInfo\"} objects"));
    const QJsonArray entries = doc.array();
    if (entries.isEmpty())
        return invalid(Text::tr("the actions array is empty"));
    QJsonArray batch;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString where = Text::tr("entry %1").arg(i + 1);
        const QJsonObject entry = entries.at(i).toObject();
        if (!entries.at(i).isObject())
            return invalid(Text::tr("%1: must be an object").arg(where));
        const QJsonValue type = entry.value(u"actionType"_s);
        if (!type.isString())
            return invalid(Text::tr("%1: \"actionType\" must be a string such as "
                                    "\"extension.stopSession\"")
                               .arg(where));
        const QJsonValue info = entry.value(u"additionalInfo"_s);
        if (!info.isUndefined() && !info.isNull() && !info.isObject())
            return invalid(Text::tr("%1: \"additionalInfo\" must be an object").arg(where));
        const auto built = catalog.buildAction(type.toString(), info.toObject(), identity);
        if (!isOk(built))
            return invalid(u"%1: %2"_s.arg(where, error(built).message));
        batch.append(
            QJsonObject { { u"actionType"_s, type }, { u"additionalInfo"_s, info.toObject() } });
    }
    return batch;
}

} // namespace SpSyncCli
