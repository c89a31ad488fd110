#pragma once

#include <QPointer>
#include <QProgressDialog>
#include <QString>

#include <functional>

class QWidget;

namespace hb::app {

class Job;

// The window-modal progress dialog of a running Job: shown at once, following its progress
// (`labelFor` turns the item being worked on into the dialog's text; unset keeps `label`),
// cancelling it, closed and deleted when the job ends.
QPointer<QProgressDialog> showJobProgress(Job& job, QWidget* parent, const QString& label, const QString& objectName,
                                          int maximum, std::function<QString(const QString& item)> labelFor = {});

} // namespace hb::app
