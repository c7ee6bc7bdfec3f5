#include "iconbutton.h"

#include <QToolButton>

QToolButton *iconButton(
    QWidget *parent, QStyle::StandardPixmap icon, const QString &name, const QString &objectName)
{
    auto *b = new QToolButton(parent);
    b->setIcon(parent->style()->standardIcon(icon));
    b->setToolTip(name);
    b->setAccessibleName(name);
    b->setObjectName(objectName);
    b->setAutoRaise(true);
    b->setFocusPolicy(Qt::StrongFocus); // with the style's focus frame
    return b;
}
