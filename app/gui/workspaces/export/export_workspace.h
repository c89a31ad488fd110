#pragma once

#include "workspaces/export/background_dialog.h"
#include "catalog/sequence_selector.h"
#include "export/movie_export.h"
#include "review/flag_reason.h"
#include "steps/sequence/background_run.h"

#include <QObject>

#include <functional>
#include <set>

class QMenu;
class QWidget;

namespace hb::app {

class BackgroundMaker;
class DisplayToolBar;
class MovieExporter;
class PipelinePanel;
class ReviewSession;
class Session;

// What leaves the workbench as files: movies of the sequence on screen (File > Export Movie)
// and its backgrounds (File > Compute Background), each asked for in a dialog and made by a Job
// with progress and cancel. Owns its actions, the movie exporter and the background maker.
class ExportWorkspace : public QObject {
    Q_OBJECT
public:
    // What the workspace needs of the window, as the window has it now.
    struct Context {
        Session* session = nullptr;
        ReviewSession* review = nullptr;
        PipelinePanel* pipeline = nullptr;
        DisplayToolBar* display = nullptr;
        std::function<void(const QString&)> showStatus;
    };

    ExportWorkspace(QWidget* window, Context context, QObject* parent = nullptr);

    // Adds Export Movie (Ctrl+E) and Compute Background (Ctrl+B) to the File menu.
    void addActions(QMenu* file);

    // The movie of the shown frame's sequence, as chosen: frames flagged for `leftOutReasons` left out,
    // processed with the pipeline of the Pipeline dock unless asked. Runs in the background.
    void exportMovie(bool allDays, const std::set<review::FlagReason>& leftOutReasons, bool usePipeline, exporting::MovieOptions options);
    // Backgrounds of the shown frame's sequence over all days, flagged frames left out, as the
    // Compute Background dialog asks for them; when done the pipeline may take the folder.
    void computeBackground(const BackgroundDialog::Choice& choice);

    MovieExporter* movieExporter() const noexcept { return m_movieExporter; }
    BackgroundMaker* backgroundMaker() const noexcept { return m_backgroundMaker; }

private:
    void askAndExportMovie();
    void askAndComputeBackground();
    void onBackgroundsMade(const std::vector<steps::BackgroundProduct>& products, const QString& folder, bool useInPipeline);
    // The frames of the shown frame's sequence over all days, flagged ones left out.
    FrameSequence unflaggedSequence() const;

    QWidget* m_window;
    Context m_context;
    MovieExporter* m_movieExporter;
    BackgroundMaker* m_backgroundMaker;
};

} // namespace hb::app
