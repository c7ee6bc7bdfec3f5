// The console's small icon buttons (copy, save, move up, ...): a style icon, the name as tooltip
// and accessible name, an object name for tests, flat until hovered, and reachable by Tab.
#pragma once

#include <QStyle>

class QString;
class QToolButton;
class QWidget;

QToolButton *iconButton(
    QWidget *parent, QStyle::StandardPixmap icon, const QString &name, const QString &objectName);
