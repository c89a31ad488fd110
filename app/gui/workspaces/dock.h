#pragma once

#include <Qt>

class QDockWidget;
class QMainWindow;
class QString;
class QWidget;

namespace hb::app {

// A dock of the window named `objectName` (its place is saved with the window's state).
QDockWidget* addDock(QMainWindow* window, const QString& title, const char* objectName, QWidget* content, Qt::DockWidgetArea area);
// `content` in a scroll area that scrolls down, never sideways: forms and lists keep their
// height when the dock is short.
QWidget* scrolledDown(QWidget* content, QWidget* parent);

} // namespace hb::app
