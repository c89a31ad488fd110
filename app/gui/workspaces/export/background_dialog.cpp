#include "workspaces/export/background_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hb::app {

namespace {
using Kind = steps::PixelStatistic::Kind;
}

BackgroundDialog::BackgroundDialog(const QString& what, int frames, int flagged, const QString& pipelineSteps,
                                   const QString& folder, QWidget* parent)
    : QDialog(parent)
    , m_statistic(new QComboBox(this))
    , m_percentile(new QSpinBox(this))
    , m_minFrames(new QSpinBox(this))
    , m_window(new QComboBox(this))
    , m_days(new QSpinBox(this))
    , m_folder(new QLineEdit(folder, this))
    , m_usePipeline(new QCheckBox(tr("Through the pipeline first: %1").arg(pipelineSteps), this))
    , m_useInPipeline(new QCheckBox(tr("Then divide by them in the pipeline (its background step takes the folder)"), this))
{
    setWindowTitle(tr("Compute Background"));
    setObjectName(QStringLiteral("backgroundDialog"));
    auto* summary = new QLabel(tr("%1: %n frame(s)", nullptr, frames).arg(what) +
                                   (flagged ? tr(", %n flagged left out", nullptr, flagged) : QString()),
                               this);
    summary->setWordWrap(true);

    m_statistic->addItem(tr("Percentile (robust minimum)"), static_cast<int>(Kind::Percentile));
    m_statistic->addItem(tr("Minimum"), static_cast<int>(Kind::Minimum));
    m_statistic->addItem(tr("Median"), static_cast<int>(Kind::Median));
    m_statistic->addItem(tr("Mean of the lowest quartile"), static_cast<int>(Kind::LowQuartileMean));
    m_statistic->addItem(tr("Mean"), static_cast<int>(Kind::Mean));
    m_statistic->setToolTip(tr("Per pixel over the frames of a window: a low percentile keeps the F-corona and "
                               "streamers and leaves out CMEs, planets and cosmic rays"));
    m_percentile->setRange(0, 100);
    m_percentile->setValue(10);
    m_percentile->setSuffix(tr(" %"));
    m_minFrames->setRange(1, 100000);
    m_minFrames->setValue(3);
    m_minFrames->setToolTip(tr("A pixel with fewer usable samples (not masked) is left undefined"));
    m_window->addItem(tr("The whole sequence"), static_cast<int>(steps::BackgroundWindow::Kind::All));
    m_window->addItem(tr("Each day"), static_cast<int>(steps::BackgroundWindow::Kind::Day));
    m_window->addItem(tr("Each day, from the days around it"), static_cast<int>(steps::BackgroundWindow::Kind::Rolling));
    m_days->setRange(1, 61);
    m_days->setValue(5);
    m_days->setSuffix(tr(" days"));
    auto* windowRow = new QHBoxLayout;
    windowRow->addWidget(m_window, 1);
    windowRow->addWidget(m_days);
    auto* choose = new QPushButton(tr("Choose..."), this);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);
    m_usePipeline->setChecked(true);
    m_useInPipeline->setChecked(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Statistic"), m_statistic);
    form->addRow(tr("Percentile"), m_percentile);
    form->addRow(tr("At least"), m_minFrames);
    form->addRow(tr("Window"), windowRow);
    form->addRow(tr("Folder"), folderRow);
    m_minFrames->setSuffix(tr(" frames per pixel"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Compute"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addLayout(form);
    layout->addWidget(m_usePipeline);
    layout->addWidget(m_useInPipeline);
    layout->addWidget(buttons);

    connect(m_statistic, &QComboBox::currentIndexChanged, this, &BackgroundDialog::updateEnabled);
    connect(m_window, &QComboBox::currentIndexChanged, this, &BackgroundDialog::updateEnabled);
    connect(m_folder, &QLineEdit::textChanged, this, &BackgroundDialog::updateEnabled);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getExistingDirectory(this, tr("Folder for the backgrounds"), m_folder->text());
        if (!chosen.isEmpty())
            m_folder->setText(chosen);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateEnabled();
}

void BackgroundDialog::setFolder(const QString& folder)
{
    m_folder->setText(folder);
    updateEnabled();  // the same text may name a folder made since
}

void BackgroundDialog::updateEnabled()
{
    m_percentile->setEnabled(static_cast<Kind>(m_statistic->currentData().toInt()) == Kind::Percentile);
    m_days->setEnabled(static_cast<steps::BackgroundWindow::Kind>(m_window->currentData().toInt()) ==
                       steps::BackgroundWindow::Kind::Rolling);
    auto* ok = findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    const QFileInfo folder(m_folder->text());
    ok->setEnabled(folder.isDir() && folder.isWritable());
    ok->setToolTip(ok->isEnabled() ? QString() : tr("Choose a folder you may write to"));
}

BackgroundDialog::Choice BackgroundDialog::choice() const
{
    Choice c;
    c.model.statistic.kind = static_cast<Kind>(m_statistic->currentData().toInt());
    c.model.statistic.percentile = m_percentile->value();
    c.model.statistic.minSamples = static_cast<std::size_t>(m_minFrames->value());
    c.window.kind = static_cast<steps::BackgroundWindow::Kind>(m_window->currentData().toInt());
    c.window.days = m_days->value();
    c.folder = m_folder->text();
    c.usePipeline = m_usePipeline->isChecked();
    c.useInPipeline = m_useInPipeline->isChecked();
    return c;
}

} // namespace hb::app
