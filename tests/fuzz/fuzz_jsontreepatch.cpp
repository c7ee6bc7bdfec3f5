// JsonTreeModel's in-place patching. Each input line is a JSON document; lines that are objects
// are applied in turn with setDocument() under QAbstractItemModelTester (which aborts on any
// inconsistent signal). After every step the tree must read back as exactly that document and
// match a model built from scratch.
#include "fuzzcommon.h"
#include "jsontreemodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

// The JSON the model shows under `index`, read through the public model API only.
QJsonValue readBack(const JsonTreeModel &model, const QModelIndex &index, int depth = 0)
{
    SP_FUZZ_CHECK(depth < 200);
    const QString type
        = index.isValid() ? model.data(index, JsonTreeModel::TypeRole).toString() : u"object"_s;
    const int rows = model.rowCount(index);
    if (type == u"object" || type == u"array") {
        QJsonObject object;
        QJsonArray array;
        for (int row = 0; row < rows; ++row) {
            const QModelIndex child = model.index(row, JsonTreeModel::KeyColumn, index);
            SP_FUZZ_CHECK(child.isValid() && model.parent(child) == index);
            const QString key = model.data(child, JsonTreeModel::KeyRole).toString();
            const QString path = model.data(child, JsonTreeModel::PathRole).toString();
            SP_FUZZ_CHECK(model.indexForPath(path) == child);
            if (type == u"array") {
                SP_FUZZ_CHECK(key == QString::number(row));
                array.append(readBack(model, child, depth + 1));
            } else {
                SP_FUZZ_CHECK(!object.contains(key));
                object.insert(key, readBack(model, child, depth + 1));
            }
        }
        const QJsonValue value = type == u"array" ? QJsonValue(array) : QJsonValue(object);
        if (index.isValid())
            SP_FUZZ_CHECK(
                QJsonValue::fromVariant(model.data(index, JsonTreeModel::ValueRole)) == value);
        return value;
    }
    SP_FUZZ_CHECK(rows == 0);
    return QJsonValue::fromVariant(model.data(index, JsonTreeModel::ValueRole));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> lines = SpFuzz::splitLines(SpFuzz::bytes(data, size), 8);
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    int applied = 0;
    for (const QByteArray &line : lines) {
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (!doc.isObject()) {
            if (line == "clear")
                model.clear();
            continue;
        }
        model.setDocument(doc.object());
        ++applied;
        SP_FUZZ_CHECK(model.hasSnapshot());
        SP_FUZZ_CHECK(model.document() == doc.object());
        SP_FUZZ_CHECK(readBack(model, {}) == QJsonValue(doc.object()));
    }
    if (applied > 1) {
        // Patching ends where a fresh snapshot of the last document starts.
        JsonTreeModel fresh;
        fresh.setDocument(model.document());
        SP_FUZZ_CHECK(readBack(fresh, {}) == readBack(model, {}));
    }
    return 0;
}
