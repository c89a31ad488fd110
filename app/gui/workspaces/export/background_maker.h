#pragma once

#include "steps/sequence/background_run.h"

#include "job.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>
#include <vector>

class QProgressDialog;
class QWidget;

namespace hb::app {

// Computes backgrounds on a worker thread (steps::makeBackgrounds) behind a progress dialog that
// can cancel, then says what was written and what was not. Failures are reported, never thrown
// into the event loop.
class BackgroundMaker : public QObject {
    Q_OBJECT
public:
    explicit BackgroundMaker(QWidget* dialogParent, QObject* parent = nullptr);
    ~BackgroundMaker() override;

    void start(FrameSequence sequence, steps::BackgroundRun run);
    bool isRunning() const { return m_job.isRunning(); }
    void cancel() { m_job.cancel(); }
    void setInteractive(bool interactive) { m_interactive = interactive; }  // false: no message boxes

signals:
    // `problem` is empty unless the run stopped (cancelled, or an error before any background).
    void finished(const std::vector<hb::steps::BackgroundProduct>& products, const QString& problem);

private:
    void onFinished(const QString& problem, bool cancelled);

    QWidget* m_dialogParent;
    QPointer<QProgressDialog> m_progress;
    Job m_job;
    std::shared_ptr<std::vector<steps::BackgroundProduct>> m_products;  // filled by the running job
    bool m_interactive = true;
};

} // namespace hb::app
