// Pure document transformations behind the SP layer's writes (DESIGN 4), kept free of I/O
// so mutate/claim logic can be unit-tested.
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
std::optional<Claim> claimHead(const QJsonObject &data, const QString &arrayName);

// setSync: top-level fields of `fields` replace those of `data`.
QJsonObject shallowMerge(const QJsonObject &data, const QJsonObject &fields);

} // namespace SpSync::ActionQueue
