// Action validation (ActionCatalog). Input lines: 1) an action type "executor.action",
// 2) additionalInfo as a JSON object, 3) optionally an extra catalog document merged into the
// builtin one. A refusal is InvalidInput with a message; an accepted action satisfies every rule
// buildAction documents.
#include "fuzzcommon.h"
#include "sp/actioncatalog.h"

#include <QJsonDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

using SpSync::ActionCatalog;
using SpSync::SyncError;

namespace {

bool isEmptyValue(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty());
}

void checkRefusal(const SyncError &error)
{
    SP_FUZZ_CHECK(error.kind == SyncError::Kind::InvalidInput);
    SP_FUZZ_CHECK(!error.message.isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> lines = SpFuzz::splitLines(SpFuzz::bytes(data, size), 3);
    ActionCatalog catalog = ActionCatalog::builtin();
    SP_FUZZ_CHECK(catalog.hasExecutor(u"extension"_s));

    if (lines.size() == 3) {
        const auto extra = ActionCatalog::fromJson(lines[2]);
        if (const auto *error = std::get_if<SyncError>(&extra)) {
            checkRefusal(*error);
        } else {
            const ActionCatalog &parsed = std::get<ActionCatalog>(extra);
            // A parsed catalog re-parses to itself and always merges.
            const auto reparsed = ActionCatalog::fromJson(
                QJsonDocument(parsed.toJson()).toJson(QJsonDocument::Compact));
            SP_FUZZ_CHECK(std::holds_alternative<ActionCatalog>(reparsed));
            SP_FUZZ_CHECK(std::get<ActionCatalog>(reparsed).toJson() == parsed.toJson());
            QString why;
            SP_FUZZ_CHECK(catalog.merge(parsed.toJson(), &why));
            for (const QString &executor : parsed.executors()) {
                for (const QString &action : parsed.actions(executor))
                    SP_FUZZ_CHECK(
                        catalog.fields(executor, action) == parsed.fields(executor, action));
            }
        }
    }

    const QString type = QString::fromUtf8(lines.value(0));
    const QJsonObject info = QJsonDocument::fromJson(lines.value(1)).object();
    const auto built = catalog.buildAction(type, info, u"ESfuzzPUfuzz"_s);
    QString executor, action;
    const bool shaped = ActionCatalog::splitType(type, &executor, &action);
    if (const auto *error = std::get_if<SyncError>(&built)) {
        checkRefusal(*error);
        return 0;
    }
    const QJsonObject result = std::get<QJsonObject>(built);
    SP_FUZZ_CHECK(shaped && catalog.contains(executor, action));
    SP_FUZZ_CHECK(executor + u'.' + action == type);
    SP_FUZZ_CHECK(result.value(u"executor").toString() == executor);
    SP_FUZZ_CHECK(result.value(u"action").toString() == action);
    SP_FUZZ_CHECK(result.value(u"createdBy").toString() == u"ESfuzzPUfuzz");
    SP_FUZZ_CHECK(!result.value(u"id").toString().isEmpty());
    SP_FUZZ_CHECK(!result.value(u"createdAt").toString().isEmpty());
    const QJsonObject templ = catalog.fields(executor, action);
    for (auto it = templ.begin(); it != templ.end(); ++it) {
        SP_FUZZ_CHECK(result.contains(it.key()));
        if (it.value().isNull()) // mandatory
            SP_FUZZ_CHECK(!isEmptyValue(result.value(it.key())));
    }
    static const QStringList stamped { u"executor"_s, u"action"_s, u"createdBy"_s, u"id"_s,
        u"createdAt"_s };
    for (auto it = info.begin(); it != info.end(); ++it) {
        if (!stamped.contains(it.key()))
            SP_FUZZ_CHECK(result.value(it.key()) == it.value());
    }
    for (auto it = result.begin(); it != result.end(); ++it) {
        const bool urlField = it.key().endsWith(u"URL") || it.key().endsWith(u"Url");
        if (!urlField || isEmptyValue(it.value()))
            continue;
        const QUrl url(it.value().toString(), QUrl::StrictMode);
        SP_FUZZ_CHECK(url.isValid() && !url.host().isEmpty());
        SP_FUZZ_CHECK(url.scheme().compare(u"http", Qt::CaseInsensitive) == 0
            || url.scheme().compare(u"https", Qt::CaseInsensitive) == 0);
    }
    const QJsonValue respondTo = result.value(u"respondTo");
    SP_FUZZ_CHECK(isEmptyValue(respondTo) || catalog.hasExecutor(respondTo.toString()));
    return 0;
}
