#pragma once

#include <QApplication>
#include <QColor>
#include <QPalette>
#include <QString>

// Status colours that stay readable on light and dark palettes (the system decides which).
namespace UiColors {

inline bool darkPalette()
{
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}
inline QColor error()
{
    return darkPalette() ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
}
inline QColor added()
{
    return darkPalette() ? QColor(0xa5, 0xd6, 0xa7) : QColor(0x2e, 0x7d, 0x32);
}
inline QColor changed()
{
    return darkPalette() ? QColor(0x90, 0xca, 0xf9) : QColor(0x1e, 0x6f, 0xd0);
}
inline QString errorTextStyle() { return QStringLiteral("color: %1;").arg(error().name()); }
inline QString errorBorderStyle()
{
    return QStringLiteral("border: 1px solid %1;").arg(error().name());
}

} // namespace UiColors
