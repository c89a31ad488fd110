#include "work_progress.h"

#include <QMetaObject>

namespace hb::app {

QPointer<QProgressDialog> openWorkProgress(QWidget* parent, const QString& label, const QString& objectName, int maximum)
{
    auto* dialog = new QProgressDialog(label, QProgressDialog::tr("Cancel"), 0, maximum, parent);
    dialog->setObjectName(objectName);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(0);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setValue(0);
    return dialog;
}

void reportWorkProgress(QObject* context, const QPointer<QProgressDialog>& dialog, std::size_t done, std::size_t total,
                        const QString& label)
{
    QMetaObject::invokeMethod(context, [dialog, done, total, label] {
        if (!dialog)
            return;
        dialog->setMaximum(static_cast<int>(total));
        dialog->setValue(static_cast<int>(done));
        if (!label.isEmpty())
            dialog->setLabelText(label);
    }, Qt::QueuedConnection);
}

} // namespace hb::app
