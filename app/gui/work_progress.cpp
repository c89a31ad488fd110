#include "work_progress.h"

#include "job.h"

namespace hb::app {

QPointer<QProgressDialog> showJobProgress(Job& job, QWidget* parent, const QString& label, const QString& objectName,
                                          int maximum, std::function<QString(const QString& item)> labelFor)
{
    auto* dialog = new QProgressDialog(label, QProgressDialog::tr("Cancel"), 0, maximum, parent);
    dialog->setObjectName(objectName);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(0);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setValue(0);
    QObject::connect(dialog, &QProgressDialog::canceled, &job, &Job::cancel);
    QObject::connect(&job, &Job::progressed, dialog,
                     [dialog, labelFor = std::move(labelFor)](qint64 done, qint64 total, const QString& item) {
                         dialog->setMaximum(static_cast<int>(total));
                         dialog->setValue(static_cast<int>(done));
                         if (labelFor && !item.isEmpty())
                             dialog->setLabelText(labelFor(item));
                     });
    QObject::connect(&job, &Job::finished, dialog, &QProgressDialog::close);
    return dialog;
}

} // namespace hb::app
