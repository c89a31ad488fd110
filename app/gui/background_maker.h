#pragma once

#include "steps/sequence/background_run.h"

#include <QFutureWatcher>
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
    bool isRunning() const { return m_watcher.isRunning(); }
    void cancel();
    void setInteractive(bool interactive) { m_interactive = interactive; }  // false: no message boxes

signals:
    // `problem` is empty unless the run stopped (cancelled, or an error before any background).
    void finished(const std::vector<hb::steps::BackgroundProduct>& products, const QString& problem);

private:
    struct Outcome {
        std::vector<steps::BackgroundProduct> products;
        QString problem;
    };
    void onFinished();

    QWidget* m_dialogParent;
    QPointer<QProgressDialog> m_progress;
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_interactive = true;
};

} // namespace hb::app
