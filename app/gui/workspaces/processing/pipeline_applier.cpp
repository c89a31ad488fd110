#include "workspaces/processing/pipeline_applier.h"

#include "work_progress.h"

#include "kernel/step_registry.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QMetaObject>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>

namespace hb::app {

PipelineApplier::PipelineApplier(QWidget* dialogParent, QObject* parent) : QObject(parent), m_dialogParent(dialogParent)
{
    connect(&m_job, &Job::finished, this, &PipelineApplier::onFinished);
}

PipelineApplier::~PipelineApplier() = default;

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
    if (m_job.isRunning())
        return;
    m_pipeline = pipeline;
    m_outDir = outDir;
    const int total = static_cast<int>(inputs.size());
    steps::BatchOptions options;
    options.outDir = outDir.toStdString();
    options.layout = steps::OutputLayout::ByDay;
    options.overwrite = overwrite;
    auto summary = std::make_shared<steps::BatchSummary>();
    m_job.start([pipeline, inputs = std::move(inputs), options, summary](const steps::RunContext& context) mutable {
        options.cancel = context.cancel;
        *summary = steps::runBatch(pipeline, inputs, options, steps::builtinSteps(),
                                   [&context](const steps::BatchItem& item, std::size_t done, std::size_t all) {
                                       context.report(done, all, item.input);
                                   });
    });
    m_summary = std::move(summary);
    m_progress = showJobProgress(m_job, m_dialogParent, tr("Running \"%1\" ...").arg(QString::fromStdString(pipeline.name)),
                                 QStringLiteral("applyProgress"), total, [](const QString& input) { return input; });
}

void PipelineApplier::onFinished(const QString& problem)
{
    if (m_progress)
        m_progress->close();
    if (m_interactive && !problem.isEmpty())
        QMessageBox::warning(m_dialogParent, tr("Apply pipeline"), tr("The pipeline stopped: %1").arg(problem));
    else if (m_interactive)
        showSummary(*m_summary);
    emit finished(*m_summary);
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
