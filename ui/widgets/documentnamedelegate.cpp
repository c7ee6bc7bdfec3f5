#include "documentnamedelegate.h"

#include "documentlistmodel.h"

#include <QApplication>
#include <QPainter>

using namespace Qt::StringLiterals;

QString DocumentNameDelegate::elided(
    const QString &label, const QString &documentId, const QFontMetrics &fm, int width)
{
    QString shown = label;
    QString sid = documentId;
    if (documentId.startsWith(u"Proctor_Room_"_s)) {
        sid = documentId.mid(13);
        if (shown.isEmpty())
            shown = tr("Room");
    } else if (documentId.startsWith(u"Session_"_s)) {
        sid = documentId.mid(8);
        if (shown.isEmpty())
            shown = tr("Session");
    }
    if (shown.isEmpty())
        return fm.elidedText(documentId, Qt::ElideMiddle, width);
    const QString separator = tr(" — ");
    const QString whole = shown + separator + (label.isEmpty() ? sid : documentId);
    if (fm.horizontalAdvance(whole) <= width)
        return whole;
    // The label keeps up to two thirds of the room; the SID gets the rest, cut in the middle.
    const QString head = fm.elidedText(shown, Qt::ElideRight, width * 2 / 3);
    const int rest = width - fm.horizontalAdvance(head + separator);
    const QString tail = fm.elidedText(sid, Qt::ElideMiddle, rest);
    return tail.isEmpty() || tail == u"…"_s ? head : head + separator + tail;
}

void DocumentNameDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, opt.widget) + 1;
    opt.text = elided(index.data(DocumentListModel::LabelRole).toString(),
        index.data(DocumentListModel::DocumentIdRole).toString(), opt.fontMetrics,
        opt.rect.width() - 2 * margin);
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
}
