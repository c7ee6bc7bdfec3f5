#pragma once

#include <QString>

// Light and dark. Qt 6.4 has no QStyleHints::colorScheme, so "System" means the style and
// palette the platform theme gave the application at start; Light and Dark are Fusion with a
// fixed palette. The choice is remembered in QSettings ("ui/theme").
namespace Theme {

enum class Mode { System, Light, Dark };

// Call once after the QApplication exists, before any palette change.
void captureSystem();
void apply(Mode mode);
Mode current();
bool isDark(); // the palette in effect

Mode load(); // from QSettings; System when unset
void save(Mode mode);
QString key(Mode mode); // "system", "light", "dark"

} // namespace Theme
