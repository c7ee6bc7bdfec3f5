#pragma once

#include <QJsonObject>
#include <QJsonValue>

// Re-applying a user's edit on a document that changed while they were editing.
namespace JsonMerge {

// Three-way merge: what the user changed (base -> mine) applied on what the document is now
// (current). A key changed only meanwhile keeps the current value; one changed only by the
// user takes the user's value; one changed on both sides merges objects key by key and arrays
// of objects by their "id" (items added meanwhile are kept, items gone meanwhile stay gone),
// otherwise the user's value wins (the user saw the difference before choosing).
QJsonValue threeWay(const QJsonValue &base, const QJsonValue &mine, const QJsonValue &current);
QJsonObject threeWay(const QJsonObject &base, const QJsonObject &mine, const QJsonObject &current);

// A copy of document with the value at a JSON Pointer replaced (the path must exist).
// Returns false in *ok when the path does not name an existing value.
QJsonObject setAt(const QJsonObject &document, const QString &pointer, const QJsonValue &value,
    bool *ok = nullptr);

// The value at a JSON Pointer; undefined when the path does not name a value.
QJsonValue valueAt(const QJsonObject &document, const QString &pointer);
// The value reached by these keys (object keys, or array indices as numbers), already decoded;
// undefined when they do not name a value.
QJsonValue valueAt(const QJsonValue &root, const QStringList &keys);

} // namespace JsonMerge
