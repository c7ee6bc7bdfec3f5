// Pure document transformations behind the SP layer's writes (docs/document-schema.md), kept free
// of I/O so mutate/claim logic can be unit-tested.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace SpSync::ActionQueue {

// Appends each (arrayName, action) to its array, in order. A missing or non-array field
// becomes an array.
QJsonObject append(const QJsonObject &data, const QList<QPair<QString, QJsonObject>> &actions);

struct Claim
{
    QJsonObject data; // the document with the claimed actions removed
    QJsonArray claimed; // FIFO order
};

// Takes every action at the head of data[arrayName]; nullopt when there is none.
// With a claimId, the claim also leaves a mark (see recordMark).
std::optional<Claim> claimHead(
    const QJsonObject &data, const QString &arrayName, const QString &claimId = {});

// Write marks: data["actionMarks"] keeps the ids of the last kMarkHistory claims and durable
// appends, so a writer whose write got no reply can re-read the document and tell whether it
// was applied (two consumers claiming at one revision would otherwise write identical data,
// and an append already consumed leaves no trace but its mark).
inline constexpr qsizetype kMarkHistory = 32;
QString marksField();
QString markFor(const QString &writeId); // short form of a write id (a UUID) kept in the mark
QJsonObject recordMark(const QJsonObject &data, const QString &writeId);
bool hasMark(const QJsonObject &data, const QString &writeId);

// setSync: top-level fields of `fields` replace those of `data`.
QJsonObject shallowMerge(const QJsonObject &data, const QJsonObject &fields);

} // namespace SpSync::ActionQueue
