#include "workspaces/processing/pipeline_panel.h"

#include "kernel/data_unit.h"

#include "instruments/instrument_family.h"

#include "parameter_editors.h"
#include "parameter_form.h"
#include "workspaces/processing/pipeline_document.h"
#include "kernel/step_registry.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QUndoGroup>
#include <QVBoxLayout>

namespace hb::app {

namespace {

const QString kShippedFolder = QStringLiteral(":/pipelines/");
const QString kEmptyPipeline = QStringLiteral("empty");

// The shipped pipeline the detector's family names (instruments/), or the empty one.
QString defaultPipelineFor(const QString& detector)
{
    const std::string file = instruments::defaultPipelineFor(detector.toStdString());
    return file.empty() ? kEmptyPipeline : kShippedFolder + QString::fromStdString(file);
}

// The shipped pipelines in the families' order, then any others by name.
QStringList shippedPipelines()
{
    QStringList resources;
    for (const instruments::InstrumentFamily* family : instruments::instrumentFamilies())
        for (const std::string& detector : family->detectors())
            if (const std::string file = family->defaultPipeline(detector); !file.empty())
                if (const QString resource = kShippedFolder + QString::fromStdString(file); !resources.contains(resource))
                    resources << resource;
    for (const QString& file : QDir(kShippedFolder).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        if (!resources.contains(kShippedFolder + file))
            resources << kShippedFolder + file;
    return resources;
}

} // namespace

PipelinePanel::PipelinePanel(const steps::StepRegistry& registry, QWidget* parent)
    : QWidget(parent)
    , m_registry(registry)
    , m_choice(new QComboBox(this))
    , m_steps(new QListWidget(this))
    , m_form(new widgets::ParameterForm(this))
    , m_live(new QCheckBox(tr("Live preview"), this))
    , m_orderWarning(new QLabel(this))
    , m_addMenu(new QMenu(this))
    , m_undoGroup(new QUndoGroup(this))
{
    m_choice->setObjectName(QStringLiteral("pipelineChoice"));
    m_choice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_choice->setMinimumContentsLength(16);
    m_steps->setObjectName(QStringLiteral("pipelineSteps"));
    m_live->setObjectName(QStringLiteral("livePreview"));
    m_live->setChecked(true);
    m_live->setToolTip(tr("Run the pipeline on the frame on screen after every change and show the chosen "
                          "step's input and output in the Processing tab"));

    auto* tools = new QToolBar(this);
    tools->setIconSize(QSize(16, 16));
    QAction* open = tools->addAction(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("Open pipeline..."), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open Pipeline"), QString(), tr("Pipelines (*.json)"));
        if (!path.isEmpty())
            loadFile(path);
    });
    open->setObjectName(QStringLiteral("openPipeline"));
    QAction* save = tools->addAction(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("Save pipeline as..."), this, [this] {
        // The dialog asks before replacing a file; the write itself is atomic.
        QString path = QFileDialog::getSaveFileName(this, tr("Save Pipeline"), QString(), tr("Pipelines (*.json)"));
        if (path.isEmpty())
            return;
        if (!path.endsWith(QLatin1String(".json")))
            path += QLatin1String(".json");
        saveFile(path);
    });
    save->setObjectName(QStringLiteral("savePipeline"));
    tools->addSeparator();
    QAction* undo = m_undoGroup->createUndoAction(this, tr("Undo"));
    QAction* redo = m_undoGroup->createRedoAction(this, tr("Redo"));
    undo->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    redo->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    undo->setShortcut(QKeySequence::Undo);
    redo->setShortcut(QKeySequence::Redo);
    undo->setObjectName(QStringLiteral("undoPipeline"));
    redo->setObjectName(QStringLiteral("redoPipeline"));
    tools->addAction(undo);
    tools->addAction(redo);
    tools->addSeparator();
    auto* add = new QToolButton(this);
    add->setText(tr("Add"));
    add->setToolTip(tr("Add a step after the chosen one"));
    add->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    add->setMenu(m_addMenu);
    add->setPopupMode(QToolButton::InstantPopup);
    add->setObjectName(QStringLiteral("addStep"));
    tools->addWidget(add);
    m_remove = tools->addAction(style()->standardIcon(QStyle::SP_TrashIcon), tr("Remove step"), this, [this] {
        if (currentStep() >= 0)
            document().removeStep(static_cast<std::size_t>(currentStep()));
    });
    m_up = tools->addAction(style()->standardIcon(QStyle::SP_ArrowUp), tr("Move step up"), this, [this] {
        if (currentStep() > 0)
            document().moveStep(static_cast<std::size_t>(currentStep()), static_cast<std::size_t>(currentStep() - 1));
    });
    m_down = tools->addAction(style()->standardIcon(QStyle::SP_ArrowDown), tr("Move step down"), this, [this] {
        if (currentStep() >= 0)
            document().moveStep(static_cast<std::size_t>(currentStep()), static_cast<std::size_t>(currentStep() + 1));
    });

    auto* apply = new QToolButton(this);
    apply->setObjectName(QStringLiteral("applyPipeline"));
    apply->setText(tr("Apply to"));
    apply->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    apply->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    apply->setPopupMode(QToolButton::InstantPopup);
    auto* applyMenu = new QMenu(apply);
    applyMenu->addAction(tr("This frame..."), this, [this] { emit applyRequested(Scope::Frame); });
    applyMenu->addAction(tr("This day..."), this, [this] { emit applyRequested(Scope::Day); });
    applyMenu->addAction(tr("The whole catalog..."), this, [this] { emit applyRequested(Scope::Catalog); });
    apply->setMenu(applyMenu);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);  // the form wraps to the dock's width
    scroll->setFrameShape(QFrame::NoFrame);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_steps);
    split->addWidget(scroll);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({160, 400});  // the list holds about ten steps; the form gets the rest

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_live);
    bottom->addStretch(1);
    bottom->addWidget(apply);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_choice);
    layout->addWidget(tools);
    layout->addWidget(split, 1);
    m_orderWarning->setObjectName(QStringLiteral("pipelineOrderWarning"));
    m_orderWarning->setWordWrap(true);
    m_orderWarning->setTextFormat(Qt::PlainText);
    m_orderWarning->setStyleSheet(QStringLiteral("color: #b35c00;"));
    m_orderWarning->hide();
    layout->addWidget(m_orderWarning);
    layout->addLayout(bottom);

    for (const QString& resource : shippedPipelines())
        addShipped(resource);
    auto* empty = new PipelineDocument({.name = tr("Empty pipeline").toStdString()}, m_registry, this);
    m_documents[kEmptyPipeline] = empty;
    m_choice->addItem(tr("Empty pipeline"), kEmptyPipeline);

    connect(m_choice, &QComboBox::activated, this, [this](int row) {
        const QString key = m_choice->itemData(row).toString();
        m_choiceByDetector[m_detector] = key;
        showDocument(key);
    });
    connect(m_steps, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_rebuilding)
            return;
        showStep(row);
        emit currentStepChanged(row);
    });
    connect(m_steps, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (!m_rebuilding)
            document().setEnabled(static_cast<std::size_t>(m_steps->row(item)), item->checkState() == Qt::Checked);
    });
    connect(m_form, &widgets::ParameterForm::edited, this, &PipelinePanel::onEdited);
    connect(m_live, &QCheckBox::toggled, this, &PipelinePanel::livePreviewChanged);
    showDocument(kEmptyPipeline);
}

PipelinePanel::~PipelinePanel() = default;

void PipelinePanel::addShipped(const QString& resource)
{
    QFile file(resource);
    file.open(QIODevice::ReadOnly);
    // A shipped pipeline that does not load is a build error; the tests load every one.
    steps::Pipeline pipeline = steps::pipelineFromText(file.readAll().toStdString(), m_registry, resource.toStdString());
    const QString name = QString::fromStdString(pipeline.name);
    m_documents[resource] = new PipelineDocument(std::move(pipeline), m_registry, this);
    m_choice->addItem(name, resource);
}

void PipelinePanel::setDetector(const QString& detector)
{
    if (detector == m_detector && !m_currentKey.isEmpty())
        return;
    m_detector = detector;
    const auto chosen = m_choiceByDetector.find(detector);
    showDocument(chosen != m_choiceByDetector.end() ? chosen->second : defaultPipelineFor(detector));
}

PipelineDocument& PipelinePanel::document() const
{
    return *m_documents.at(m_currentKey);
}

const steps::Pipeline& PipelinePanel::pipeline() const
{
    return document().pipeline();
}

std::ptrdiff_t PipelinePanel::currentStep() const
{
    return m_steps->currentRow();
}

void PipelinePanel::setCurrentStep(std::ptrdiff_t step)
{
    m_steps->setCurrentRow(static_cast<int>(step));
}

bool PipelinePanel::livePreview() const
{
    return m_live->isChecked();
}

void PipelinePanel::showDocument(const QString& key)
{
    const bool changedDocument = key != m_currentKey;
    if (changedDocument && !m_currentKey.isEmpty())
        disconnect(&document(), nullptr, this, nullptr);
    m_currentKey = key;
    PipelineDocument& doc = document();
    if (changedDocument) {
        connect(&doc, &PipelineDocument::changed, this, [this](std::ptrdiff_t changedStep) {
            if (m_shownIds == stepIds())
                refreshInPlace();  // parameters or enabled: the editors stay (one may be mid-drag)
            else
                rebuildStepList(std::min<std::ptrdiff_t>(changedStep, static_cast<std::ptrdiff_t>(pipeline().steps.size()) - 1));
            emit pipelineChanged();
        });
        if (!m_undoGroup->stacks().contains(doc.undoStack()))
            m_undoGroup->addStack(doc.undoStack());
    }
    m_undoGroup->setActiveStack(doc.undoStack());
    m_choice->setCurrentIndex(m_choice->findData(key));
    rebuildAddMenu();
    rebuildStepList(pipeline().steps.empty() ? -1 : 0);
    emit pipelineChanged();
}

std::vector<std::string> PipelinePanel::stepIds() const
{
    std::vector<std::string> ids;
    for (const auto& s : pipeline().steps)
        ids.push_back(s.id);
    return ids;
}

void PipelinePanel::showOrderProblems()
{
    const std::vector<std::string> problems = steps::unitProblems(pipeline(), m_registry);
    QStringList lines;
    for (const std::string& problem : problems)
        lines << QString::fromStdString(problem);
    m_orderWarning->setText(tr("This order makes no sense: %1.").arg(lines.join(QStringLiteral("; "))));
    m_orderWarning->setVisible(!problems.empty());
}

void PipelinePanel::refreshInPlace()
{
    showOrderProblems();
    m_rebuilding = true;
    const steps::Pipeline& p = pipeline();
    for (std::size_t k = 0; k < p.steps.size(); ++k)
        m_steps->item(static_cast<int>(k))->setCheckState(p.steps[k].enabled ? Qt::Checked : Qt::Unchecked);
    m_rebuilding = false;
    if (const std::ptrdiff_t step = currentStep(); step >= 0)
        m_form->setValues(p.steps[static_cast<std::size_t>(step)].parameters);
}

void PipelinePanel::rebuildStepList(std::ptrdiff_t select)
{
    m_rebuilding = true;
    m_shownIds = stepIds();
    m_steps->clear();
    const steps::Pipeline& p = pipeline();
    for (std::size_t k = 0; k < p.steps.size(); ++k) {
        const steps::Step& step = m_registry.get(p.steps[k].id, p.name);
        auto* item = new QListWidgetItem(QStringLiteral("%1. %2").arg(k + 1).arg(widgets::stepText(step.descriptor().title)), m_steps);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(p.steps[k].enabled ? Qt::Checked : Qt::Unchecked);
        QString tip = QString::fromStdString(step.descriptor().id);
        const auto& detectors = step.descriptor().detectors;
        if (!m_detector.isEmpty() && !detectors.empty() &&
            std::find(detectors.begin(), detectors.end(), m_detector.toStdString()) == detectors.end()) {
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            tip += tr(" (not for %1 frames)").arg(m_detector);
        }
        item->setToolTip(tip);
    }
    m_steps->setCurrentRow(static_cast<int>(select));
    m_rebuilding = false;
    showOrderProblems();
    showStep(select);
    updateActions();
    emit currentStepChanged(select);
}

void PipelinePanel::showStep(std::ptrdiff_t step)
{
    const steps::Pipeline& p = pipeline();
    if (step < 0 || static_cast<std::size_t>(step) >= p.steps.size()) {
        m_form->setStep(nullptr, {});
    } else {
        const steps::PipelineStep& s = p.steps[static_cast<std::size_t>(step)];
        m_form->setStep(&m_registry.get(s.id, p.name), s.parameters);
    }
    updateActions();
}

void PipelinePanel::rebuildAddMenu()
{
    m_addMenu->clear();
    for (const auto& step : m_registry.steps()) {
        if (step->kind() != pipeline().kind)
            continue;
        const auto& detectors = step->descriptor().detectors;
        if (!m_detector.isEmpty() && !detectors.empty() &&
            std::find(detectors.begin(), detectors.end(), m_detector.toStdString()) == detectors.end())
            continue;
        const std::string id = step->descriptor().id;
        QAction* action = m_addMenu->addAction(widgets::stepText(step->descriptor().title), this, [this, id] {
            document().insertStep(static_cast<std::size_t>(currentStep() + 1), id);
        });
        action->setToolTip(QString::fromStdString(id));
        action->setData(QString::fromStdString(id));
    }
}

void PipelinePanel::onEdited(const QString& key, const steps::ParamValue& value, bool final)
{
    const std::ptrdiff_t step = currentStep();
    if (step < 0)
        return;
    try {
        document().setParameter(static_cast<std::size_t>(step), key.toStdString(), value, final);
    } catch (const Error& e) {
        // The editors keep values in range; what is left is a value the step itself refuses.
        m_form->setValues(pipeline().steps[static_cast<std::size_t>(step)].parameters);
        QMessageBox::warning(this, tr("Parameter refused"), QString::fromStdString(e.what()));
    }
}

void PipelinePanel::updateActions()
{
    const std::ptrdiff_t step = currentStep(), count = static_cast<std::ptrdiff_t>(pipeline().steps.size());
    m_remove->setEnabled(step >= 0);
    m_up->setEnabled(step > 0);
    m_down->setEnabled(step >= 0 && step + 1 < count);
}

bool PipelinePanel::loadFile(const QString& path, bool ask)
{
    try {
        steps::Pipeline loaded = steps::loadPipeline(path.toStdString(), m_registry);
        document().replace(std::move(loaded), QFileInfo(path).fileName());
        return true;
    } catch (const Error& e) {
        if (ask)
            QMessageBox::warning(this, tr("Cannot open the pipeline"), QString::fromStdString(e.what()));
        return false;
    }
}

QStringList PipelinePanel::unsavedPipelines() const
{
    QStringList names;
    for (const auto& [key, document] : m_documents)
        if (!document->undoStack()->isClean())
            names << QString::fromStdString(document->pipeline().name);
    return names;
}

bool PipelinePanel::saveFile(const QString& path)
{
    try {
        steps::savePipeline(pipeline(), path.toStdString(), m_registry, true);
        document().undoStack()->setClean();
        return true;
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Cannot save the pipeline"), QString::fromStdString(e.what()));
        return false;
    }
}

} // namespace hb::app
