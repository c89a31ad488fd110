#include "pipeline_applier.h"

#include "kernel/step_registry.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QMetaObject>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

namespace hb::app {

PipelineApplier::PipelineApplier(QWidget* dialogParent, QObject* parent) : QObject(parent), m_dialogParent(dialogParent)
{
    connect(&m_watcher, &QFutureWatcher<steps::BatchSummary>::finished, this, &PipelineApplier::onFinished);
}

PipelineApplier::~PipelineApplier()
{
    cancel();
    m_watcher.waitForFinished();
}

void PipelineApplier::cancel()
{
    if (m_cancel)
        *m_cancel = true;
}

bool PipelineApplier::chooseFolderAndStart(const steps::Pipeline& pipeline, std::vector<std::string> inputs, const QString& what)
{
    if (isRunning()) {
        QMessageBox::information(m_dialogParent, tr("Apply pipeline"), tr("A pipeline is already running; wait for it or cancel it."));
        return false;
    }
    QSettings settings;
    const QString outDir = QFileDialog::getExistingDirectory(
        m_dialogParent, tr("Write the products of %1 (%n file(s)) into", nullptr, static_cast<int>(inputs.size())).arg(what),
        settings.value(QStringLiteral("apply/outDir")).toString());
    if (outDir.isEmpty())
        return false;
    settings.setValue(QStringLiteral("apply/outDir"), outDir);
    start(pipeline, std::move(inputs), outDir, false);
    return true;
}

void PipelineApplier::start(const steps::Pipeline& pipeline, std::vector<std::string> inputs, const QString& outDir, bool overwrite)
{
    m_pipeline = pipeline;
    m_outDir = outDir;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const int total = static_cast<int>(inputs.size());
    m_progress = new QProgressDialog(tr("Running \"%1\" ...").arg(QString::fromStdString(pipeline.name)), tr("Cancel"), 0, total,
                                     m_dialogParent);
    m_progress->setObjectName(QStringLiteral("applyProgress"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_progress, &QProgressDialog::canceled, this, &PipelineApplier::cancel);
    m_progress->setValue(0);

    steps::BatchOptions options;
    options.outDir = outDir.toStdString();
    options.layout = steps::OutputLayout::ByDay;
    options.overwrite = overwrite;
    options.cancel = m_cancel.get();
    // Progress goes through this object, which outlives the run (its destructor waits for it).
    m_watcher.setFuture(QtConcurrent::run([this, pipeline, inputs = std::move(inputs), options, cancel = m_cancel]() {
        return steps::runBatch(pipeline, inputs, options, steps::builtinSteps(),
                               [this](const steps::BatchItem& item, std::size_t done, std::size_t all) {
                                   const QString text = tr("%1 / %2: %3").arg(done).arg(all).arg(QString::fromStdString(item.input));
                                   QMetaObject::invokeMethod(this, [this, done, text] {
                                       if (m_progress) {
                                           m_progress->setValue(static_cast<int>(done));
                                           m_progress->setLabelText(text);
                                       }
                                   }, Qt::QueuedConnection);
                               });
    }));
}

void PipelineApplier::onFinished()
{
    const steps::BatchSummary summary = m_watcher.result();
    if (m_progress)
        m_progress->close();
    if (m_interactive)
        showSummary(summary);
    emit finished(summary);
}

void PipelineApplier::showSummary(const steps::BatchSummary& summary)
{
    using Status = steps::BatchItem::Status;
    QString details;
    std::vector<std::string> existing;
    for (const auto& item : summary.items) {
        if (item.status == Status::Written)
            continue;
        if (item.status == Status::Exists)
            existing.push_back(item.input);
        details += QStringLiteral("%1: %2 (%3)\n")
                       .arg(QString::fromStdString(item.input), QString::fromLatin1(steps::batchStatusName(item.status)),
                            QString::fromStdString(item.message));
    }
    QMessageBox box(summary.count(Status::Failed) > 0 ? QMessageBox::Warning : QMessageBox::Information,
                    tr("Pipeline finished"),
                    tr("%1 written to %2\n%3 already there (kept), %4 rejected, %5 skipped, %6 failed, %7 not run (cancelled)")
                        .arg(summary.count(Status::Written))
                        .arg(m_outDir)
                        .arg(summary.count(Status::Exists))
                        .arg(summary.count(Status::Rejected))
                        .arg(summary.count(Status::Skipped))
                        .arg(summary.count(Status::Failed))
                        .arg(summary.count(Status::Cancelled)),
                    QMessageBox::Ok, m_dialogParent);
    box.setDetailedText(details);
    QPushButton* replace = existing.empty() ? nullptr : box.addButton(tr("Replace the %n existing output(s)", nullptr,
                                                                         static_cast<int>(existing.size())),
                                                                      QMessageBox::DestructiveRole);
    box.exec();
    if (replace && box.clickedButton() == replace)
        start(m_pipeline, std::move(existing), m_outDir, true);
}

} // namespace hb::app
