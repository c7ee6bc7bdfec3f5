#pragma once

#include <QStyledItemDelegate>

// Paints a document's name so that what tells documents apart survives a narrow column: the
// student's or room's label first (or the kind, "Session" / "Room"), then the SID elided in the
// middle, never "Pr…44".
class DocumentNameDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QString elided(
        const QString &label, const QString &documentId, const QFontMetrics &fm, int width);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
};
