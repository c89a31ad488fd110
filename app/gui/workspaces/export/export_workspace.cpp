#include "workspaces/export/export_workspace.h"

#include "workspaces/export/background_maker.h"
#include "workspaces/image/display_toolbar.h"
#include "workspaces/export/movie_export_dialog.h"
#include "workspaces/export/movie_exporter.h"
#include "workspaces/processing/pipeline_document.h"
#include "workspaces/processing/pipeline_panel.h"
#include "review/flag_reason.h"
#include "workspaces/review/review_session.h"
#include "session.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>
#include <map>
#include <memory>

namespace hb::app {

ExportWorkspace::ExportWorkspace(QWidget* window, Context context, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_context(std::move(context))
    , m_movieExporter(new MovieExporter(window, this))
    , m_backgroundMaker(new BackgroundMaker(window, this))
{
}

void ExportWorkspace::addActions(QMenu* file)
{
    QAction* movie = file->addAction(tr("Export &Movie..."), this, &ExportWorkspace::askAndExportMovie);
    movie->setObjectName(QStringLiteral("exportMovieAction"));
    movie->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction* background = file->addAction(tr("Compute &Background..."), this, &ExportWorkspace::askAndComputeBackground);
    background->setObjectName(QStringLiteral("computeBackgroundAction"));
    background->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
}

void ExportWorkspace::askAndExportMovie()
{
    if (m_context.session->shownEntry() < 0) {
        QMessageBox::information(m_window, tr("Export Movie"), tr("Choose a frame first: the movie is made of its sequence."));
        return;
    }
    if (m_movieExporter->isRunning()) {
        QMessageBox::information(m_window, tr("Export Movie"), tr("A movie is being made; wait for it or cancel it."));
        return;
    }
    const Session& session = *m_context.session;
    const int shown = session.shownEntry();
    const FrameSequence day = session.sequenceOf(shown, false), all = session.sequenceOf(shown, true);
    MovieExportDialog::Frames frames{.day = static_cast<int>(day.frames.size()), .all = static_cast<int>(all.frames.size())};
    for (const CatalogEntry& e : all.frames)
        if (const auto reason = m_context.review->mark(e.info.path).flagged)
            ++frames.flagged[*reason];
    // The sequence on screen spans days when its frames do (the catalog chose the instrument, or
    // the folder holds one frame a day).
    std::set<std::string> days;
    for (int index : session.sequence())
        if (const auto& t = session.entry(index).info.time)
            days.insert(t->dayString());
    frames.allDaysOnScreen = days.size() > 1 || (day.frames.size() == 1 && all.frames.size() > 1);
    MovieExportDialog dialog(QString::fromStdString(m_context.pipeline->pipeline().name), frames, m_context.display->settings(),
                             m_context.display->percentiles().x(), m_context.display->percentiles().y(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const MovieExportDialog::Choice choice = dialog.choice();
    exportMovie(choice.allDays, choice.leftOutReasons, choice.usePipeline, choice.options);
}

void ExportWorkspace::exportMovie(bool allDays, const std::set<review::FlagReason>& leftOutReasons, bool usePipeline,
                                  exporting::MovieOptions options)
{
    if (m_context.session->shownEntry() < 0)
        return;
    FrameSequence sequence = m_context.session->sequenceOf(m_context.session->shownEntry(), allDays);
    if (!leftOutReasons.empty() && m_context.review->isOpen()) {
        // What the review database says now, read on the UI thread; the run only looks it up.
        auto reasons = std::make_shared<std::map<std::string, std::string>>();
        for (const CatalogEntry& e : sequence.frames)
            if (const auto reason = m_context.review->mark(e.info.path).flagged; reason && leftOutReasons.count(*reason))
                (*reasons)[e.info.path] = std::string(review::reasonKey(*reason));
        options.flagged = [reasons](const std::string& path) -> std::optional<std::string> {
            const auto found = reasons->find(path);
            return found == reasons->end() ? std::nullopt : std::optional(found->second);
        };
    }
    steps::Pipeline pipeline;
    pipeline.name = "as read";
    if (usePipeline)
        pipeline = m_context.pipeline->pipeline();
    m_movieExporter->start(pipeline, std::move(sequence), std::move(options));
}

FrameSequence ExportWorkspace::unflaggedSequence() const
{
    FrameSequence sequence = m_context.session->sequenceOf(m_context.session->shownEntry(), true);
    std::erase_if(sequence.frames, [this](const CatalogEntry& e) { return m_context.review->mark(e.info.path).flagged.has_value(); });
    return sequence;
}

namespace {
// The steps a background step sees: those before the first one.
steps::Pipeline stepsBeforeBackground(steps::Pipeline pipeline)
{
    const auto first = std::find_if(pipeline.steps.begin(), pipeline.steps.end(),
                                    [](const steps::PipelineStep& s) { return s.id == "sequence.background"; });
    pipeline.steps.erase(first, pipeline.steps.end());
    return pipeline;
}
} // namespace

void ExportWorkspace::askAndComputeBackground()
{
    if (m_context.session->shownEntry() < 0) {
        QMessageBox::information(m_window, tr("Compute Background"), tr("Choose a frame first: the background is made of its sequence."));
        return;
    }
    if (m_backgroundMaker->isRunning()) {
        QMessageBox::information(m_window, tr("Compute Background"), tr("Backgrounds are being computed; wait for them or cancel."));
        return;
    }
    const FrameSequence sequence = unflaggedSequence();
    const int all = static_cast<int>(m_context.session->sequenceOf(m_context.session->shownEntry(), true).frames.size());
    const steps::Pipeline before = stepsBeforeBackground(m_context.pipeline->pipeline());
    const int enabled = static_cast<int>(std::count_if(before.steps.begin(), before.steps.end(),
                                                       [](const steps::PipelineStep& s) { return s.enabled; }));
    QString folder = QSettings().value(QStringLiteral("backgrounds/folder")).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir()) {
        // Not the data folder: backgrounds there would be scanned as frames of the sequence.
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/HelioBench backgrounds");
        QDir().mkpath(folder);
    }
    BackgroundDialog dialog(QString::fromStdString(sequence.label), static_cast<int>(sequence.frames.size()),
                            all - static_cast<int>(sequence.frames.size()),
                            tr("%1 (%n step(s))", nullptr, enabled).arg(QString::fromStdString(before.name)), folder, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    computeBackground(dialog.choice());
}

void ExportWorkspace::computeBackground(const BackgroundDialog::Choice& choice)
{
    if (m_context.session->shownEntry() < 0 || m_backgroundMaker->isRunning())
        return;
    QSettings().setValue(QStringLiteral("backgrounds/folder"), choice.folder);
    steps::BackgroundRun run;
    run.model = choice.model;
    run.window = choice.window;
    run.folder = choice.folder.toStdString();
    run.pipeline.name = "as read";
    if (choice.usePipeline)
        run.pipeline = stepsBeforeBackground(m_context.pipeline->pipeline());
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_backgroundMaker, &BackgroundMaker::finished, this,
                          [this, connection, folder = choice.folder, use = choice.useInPipeline](
                              const std::vector<steps::BackgroundProduct>& products, const QString& problem) {
                              disconnect(*connection);
                              if (problem.isEmpty())
                                  onBackgroundsMade(products, folder, use);
                          });
    m_backgroundMaker->start(unflaggedSequence(), std::move(run));
}

void ExportWorkspace::onBackgroundsMade(const std::vector<steps::BackgroundProduct>& products, const QString& folder, bool useInPipeline)
{
    const bool any = std::any_of(products.begin(), products.end(), [](const auto& p) { return p.problem.empty(); });
    if (!any || !useInPipeline)
        return;
    PipelineDocument& document = m_context.pipeline->document();
    const auto& stepsNow = m_context.pipeline->pipeline().steps;
    auto found = std::find_if(stepsNow.begin(), stepsNow.end(), [](const steps::PipelineStep& s) { return s.id == "sequence.background"; });
    std::size_t at = static_cast<std::size_t>(found - stepsNow.begin());
    if (found == stepsNow.end())
        document.insertStep(at, "sequence.background");
    document.setParameter(at, "file", folder.toStdString(), true);
    m_context.showStatus(tr("Backgrounds in %1: the pipeline's background step (step %2) uses them").arg(folder).arg(at + 1));
}

} // namespace hb::app
