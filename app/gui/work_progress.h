#pragma once

#include <QPointer>
#include <QProgressDialog>
#include <QString>

#include <cstddef>

class QObject;
class QWidget;

namespace hb::app {

// The window-modal progress dialog of a long job on a worker thread (a movie, backgrounds): shown
// at once, kept open until the job's end is reported, deleted when closed.
QPointer<QProgressDialog> openWorkProgress(QWidget* parent, const QString& label, const QString& objectName, int maximum);

// Sets `dialog` to done / total (and `label` when not empty) from any thread, through the event
// loop of `context`'s thread; a dialog closed meanwhile is left alone.
void reportWorkProgress(QObject* context, const QPointer<QProgressDialog>& dialog, std::size_t done, std::size_t total,
                        const QString& label = {});

} // namespace hb::app
