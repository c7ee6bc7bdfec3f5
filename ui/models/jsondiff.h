#pragma once

#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>

// Structural diff between two JSON values, with JSON Pointer paths (RFC 6901).
namespace JsonDiff {

struct Change
{
    enum class Kind { Added, Removed, Changed };
    Kind kind = Kind::Changed;
    QString path; // JSON Pointer; "" is the root
    QJsonValue before; // Undefined for Added
    QJsonValue after; // Undefined for Removed

    bool operator==(const Change &other) const = default;
};

// Objects compare key by key; arrays keep their common prefix and suffix and pair the middle
// by position, so removing the head of an action queue is one Removed change, not a cascade.
QList<Change> diff(const QJsonValue &before, const QJsonValue &after);

// Escapes one reference token (~ -> ~0, / -> ~1) and appends it to a pointer.
QString appendPointer(const QString &pointer, const QString &token);

// Compact one-line JSON for a value (scalars included).
QString compact(const QJsonValue &value);

// Lines like "+ /a/b: 1", "- /c: true", "~ /d: 1 -> 2".
QString toText(const QList<Change> &changes);

// Indexes at which the middle of two arrays differs: [prefix, oldEnd) was replaced by
// [prefix, newEnd). Shared with JsonTreeModel so the tree and the diff agree.
struct ArraySplice
{
    qsizetype prefix = 0;
    qsizetype oldEnd = 0;
    qsizetype newEnd = 0;
};
ArraySplice arraySplice(const QJsonArray &before, const QJsonArray &after);

} // namespace JsonDiff
