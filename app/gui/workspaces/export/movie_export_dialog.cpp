#include "workspaces/export/movie_export_dialog.h"

#include "flag_style.h"

#include "render/colormap.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hb::app {

namespace {

using exporting::MovieFormat;

QString extensionOf(MovieFormat format)
{
    return format == MovieFormat::PngFrames ? QString() : QLatin1Char('.') + QString::fromLatin1(exporting::movieFormatName(format).data());
}

QWidget* row(QWidget* parent, std::initializer_list<QWidget*> widgets)
{
    auto* box = new QWidget(parent);
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget* w : widgets)
        layout->addWidget(w);
    return box;
}

} // namespace

namespace {
int total(const std::map<review::FlagReason, int>& counts)
{
    int sum = 0;
    for (const auto& [reason, count] : counts)
        sum += count;
    return sum;
}
} // namespace

MovieExportDialog::MovieExportDialog(const QString& pipelineName, const Frames& frames, const render::DisplaySettings& display,
                                     double lowPercent, double highPercent, QWidget* parent)
    : QDialog(parent)
    , m_frames(new QComboBox(this))
    , m_leaveOutFlagged(new QCheckBox(tr("Leave out flagged frames (%1 in the review database), flagged as:").arg(total(frames.flagged)), this))
    , m_usePipeline(new QCheckBox(tr("Process with the pipeline \"%1\"").arg(pipelineName), this))
    , m_output(new QLineEdit(this))
    , m_format(new QComboBox(this))
    , m_fps(new QSpinBox(this))
    , m_width(new QSpinBox(this))
    , m_limits(new QComboBox(this))
    , m_low(new QDoubleSpinBox(this))
    , m_high(new QDoubleSpinBox(this))
    , m_colormap(new QComboBox(this))
    , m_stretch(new QComboBox(this))
    , m_time(new QCheckBox(tr("Time"), this))
    , m_instrument(new QCheckBox(tr("Instrument"), this))
    , m_number(new QCheckBox(tr("Frame number"), this))
    , m_colourBar(new QCheckBox(tr("Colour bar"), this))
    , m_scaleBar(new QCheckBox(tr("Scale (solar radii)"), this))
    , m_title(new QLineEdit(this))
    , m_frameList(new QCheckBox(tr("Write the frame list (what went in, what was left out and why) next to the movie"), this))
    , m_products(new QLineEdit(this))
{
    setWindowTitle(tr("Export Movie"));
    setObjectName(QStringLiteral("MovieExportDialog"));
    const QSettings settings;

    m_frames->addItem(tr("This day (%n frame(s))", nullptr, frames.day));
    m_frames->addItem(tr("Every day of the instrument (%n frame(s))", nullptr, frames.all));
    // What is on screen: a folder of one frame a day plays across days, and so is its movie.
    m_frames->setCurrentIndex(frames.allDaysOnScreen ? 1 : 0);
    m_leaveOutFlagged->setObjectName(QStringLiteral("leaveOutFlagged"));
    m_leaveOutFlagged->setChecked(true);
    for (const auto& [reason, count] : frames.flagged) {
        if (count == 0)
            continue;
        auto* box = new QCheckBox(tr("%1 (%2)").arg(widgets::flagLabel(reason)).arg(count), this);
        box->setObjectName(QStringLiteral("leaveOut_") + QString::fromLatin1(review::reasonKey(reason).data()));
        box->setChecked(settings.value(QStringLiteral("movie/leaveOut/") + QString::fromLatin1(review::reasonKey(reason).data()), true).toBool());
        connect(m_leaveOutFlagged, &QCheckBox::toggled, box, &QCheckBox::setEnabled);
        m_reasons[reason] = box;
    }
    m_usePipeline->setChecked(settings.value(QStringLiteral("movie/usePipeline"), true).toBool());

    m_format->addItem(tr("MP4 (H.264)"), static_cast<int>(MovieFormat::Mp4));
    m_format->addItem(tr("AVI (Motion JPEG)"), static_cast<int>(MovieFormat::Avi));
    m_format->addItem(tr("WebM (VP9)"), static_cast<int>(MovieFormat::WebM));
    m_format->addItem(tr("Animated GIF"), static_cast<int>(MovieFormat::Gif));
    m_format->addItem(tr("PNG frames (a folder)"), static_cast<int>(MovieFormat::PngFrames));
    m_format->setCurrentIndex(settings.value(QStringLiteral("movie/format"), 0).toInt());
    m_output->setText(settings.value(QStringLiteral("movie/output"), QDir::home().filePath(QStringLiteral("movie.mp4"))).toString());
    auto* browse = new QPushButton(tr("Browse..."), this);
    connect(browse, &QPushButton::clicked, this, &MovieExportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &MovieExportDialog::formatChanged);

    m_fps->setRange(1, 60);
    m_fps->setSuffix(tr(" frames/s"));
    m_fps->setValue(settings.value(QStringLiteral("movie/fps"), 10).toInt());
    m_width->setRange(0, 8192);
    m_width->setSingleStep(64);
    m_width->setSpecialValueText(tr("as the frames"));
    m_width->setSuffix(tr(" px wide"));
    m_width->setValue(settings.value(QStringLiteral("movie/width"), 0).toInt());

    m_limits->addItem(tr("Percentiles over the movie"));
    m_limits->addItem(tr("Fixed values"));
    m_limits->setToolTip(tr("One range for every frame, so that brightness means the same throughout the movie"));
    for (QDoubleSpinBox* box : {m_low, m_high}) {
        box->setDecimals(4);
        box->setRange(-1e12, 1e12);
    }
    m_low->setValue(lowPercent);
    m_high->setValue(highPercent);
    connect(m_limits, &QComboBox::currentIndexChanged, this, [this](int index) {
        const bool percentiles = index == 0;
        m_low->setSuffix(percentiles ? QStringLiteral(" %") : QString());
        m_high->setSuffix(percentiles ? QStringLiteral(" %") : QString());
    });
    m_low->setSuffix(QStringLiteral(" %"));
    m_high->setSuffix(QStringLiteral(" %"));
    for (auto name : render::colormapNames())
        m_colormap->addItem(QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size())));
    m_colormap->setCurrentText(QString::fromStdString(display.colormap));
    for (auto stretch : {render::Stretch::Linear, render::Stretch::Sqrt, render::Stretch::Log, render::Stretch::Asinh,
                         render::Stretch::HistogramEqualization})
        m_stretch->addItem(QString::fromLatin1(render::stretchName(stretch).data()), static_cast<int>(stretch));
    m_stretch->setCurrentIndex(m_stretch->findData(static_cast<int>(display.stretch)));

    for (QCheckBox* box : {m_time, m_instrument, m_number})
        box->setChecked(true);
    m_colourBar->setChecked(settings.value(QStringLiteral("movie/colourBar"), false).toBool());
    m_scaleBar->setChecked(settings.value(QStringLiteral("movie/scaleBar"), false).toBool());
    m_title->setPlaceholderText(tr("Optional title, top centre"));
    m_frameList->setChecked(true);
    m_products->setPlaceholderText(tr("Folder for the processed frames as FITS (optional)"));
    auto* browseProducts = new QPushButton(tr("Browse..."), this);
    connect(browseProducts, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Write the processed frames into"), m_products->text());
        if (!dir.isEmpty())
            m_products->setText(dir);
    });

    auto* what = new QGroupBox(tr("Frames"), this);
    auto* whatForm = new QFormLayout(what);
    whatForm->addRow(tr("Sequence"), m_frames);
    whatForm->addRow(QString(), m_leaveOutFlagged);
    for (const auto& [reason, box] : m_reasons)
        whatForm->addRow(QString(), box);
    whatForm->addRow(QString(), m_usePipeline);
    auto* output = new QGroupBox(tr("Movie"), this);
    auto* outputForm = new QFormLayout(output);
    outputForm->addRow(tr("File"), row(this, {m_output, browse}));
    outputForm->addRow(tr("Format"), m_format);
    outputForm->addRow(tr("Rate"), m_fps);
    outputForm->addRow(tr("Size"), m_width);
    auto* look = new QGroupBox(tr("Display"), this);
    auto* lookForm = new QFormLayout(look);
    lookForm->addRow(tr("Limits"), row(this, {m_limits, m_low, m_high}));
    lookForm->addRow(tr("Colour map"), row(this, {m_colormap, m_stretch}));
    lookForm->addRow(tr("Annotations"), row(this, {m_time, m_instrument, m_number, m_colourBar, m_scaleBar}));
    lookForm->addRow(tr("Title"), m_title);
    auto* products = new QGroupBox(tr("Products"), this);
    auto* productsForm = new QFormLayout(products);
    productsForm->addRow(QString(), m_frameList);
    productsForm->addRow(tr("FITS"), row(this, {m_products, browseProducts}));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &MovieExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    for (QWidget* group : {static_cast<QWidget*>(what), static_cast<QWidget*>(output), static_cast<QWidget*>(look),
                           static_cast<QWidget*>(products)})
        layout->addWidget(group);
    layout->addWidget(buttons);
    formatChanged();
}

void MovieExportDialog::setOutput(const QString& path)
{
    m_output->setText(path);
    const MovieFormat format = exporting::movieFormatForPath(path.toStdString());
    m_format->setCurrentIndex(m_format->findData(static_cast<int>(format)));
}

void MovieExportDialog::formatChanged()
{
    const auto format = static_cast<MovieFormat>(m_format->currentData().toInt());
    QString path = m_output->text();
    const QFileInfo info(path);
    if (exporting::movieFormatForPath(path.toStdString()) != format) {
        const QString stem = info.path() + QLatin1Char('/') + info.completeBaseName();
        path = format == MovieFormat::PngFrames ? stem + QStringLiteral("_frames") : stem + extensionOf(format);
        m_output->setText(QDir::cleanPath(path));
    }
}

void MovieExportDialog::browse()
{
    const auto format = static_cast<MovieFormat>(m_format->currentData().toInt());
    const QString path = format == MovieFormat::PngFrames
                             ? QFileDialog::getSaveFileName(this, tr("Folder to make for the PNG frames"), m_output->text())
                             : QFileDialog::getSaveFileName(this, tr("Export the movie as"), m_output->text(),
                                                            tr("Movies (*.mp4 *.avi *.webm *.gif)"), nullptr,
                                                            QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        setOutput(path);
}

void MovieExportDialog::accept()
{
    const QString path = m_output->text().trimmed();
    if (path.isEmpty() || !QFileInfo(path).dir().exists()) {
        QMessageBox::warning(this, tr("Export Movie"), tr("The folder of \"%1\" does not exist.").arg(path));
        return;
    }
    if (!m_products->text().trimmed().isEmpty() && !QFileInfo(m_products->text().trimmed()).isDir()) {
        QMessageBox::warning(this, tr("Export Movie"), tr("\"%1\" is not a folder.").arg(m_products->text()));
        return;
    }
    m_overwrite = false;
    if (QFileInfo::exists(path)) {
        if (QMessageBox::question(this, tr("Export Movie"), tr("\"%1\" exists. Replace it?").arg(path)) != QMessageBox::Yes)
            return;
        m_overwrite = true;
    }
    remember();
    QDialog::accept();
}

void MovieExportDialog::remember() const
{
    QSettings settings;
    for (const auto& [reason, box] : m_reasons)
        settings.setValue(QStringLiteral("movie/leaveOut/") + QString::fromLatin1(review::reasonKey(reason).data()), box->isChecked());
    settings.setValue(QStringLiteral("movie/usePipeline"), m_usePipeline->isChecked());
    settings.setValue(QStringLiteral("movie/format"), m_format->currentIndex());
    settings.setValue(QStringLiteral("movie/output"), m_output->text());
    settings.setValue(QStringLiteral("movie/fps"), m_fps->value());
    settings.setValue(QStringLiteral("movie/width"), m_width->value());
    settings.setValue(QStringLiteral("movie/colourBar"), m_colourBar->isChecked());
    settings.setValue(QStringLiteral("movie/scaleBar"), m_scaleBar->isChecked());
}

MovieExportDialog::Choice MovieExportDialog::choice() const
{
    Choice c;
    c.allDays = m_frames->currentIndex() == 1;
    if (m_leaveOutFlagged->isChecked())
        for (const review::FlagReason reason : review::kAllReasons)
            if (const auto box = m_reasons.find(reason); box == m_reasons.end() || box->second->isChecked())
                c.leftOutReasons.insert(reason);
    c.usePipeline = m_usePipeline->isChecked();
    exporting::MovieOptions& o = c.options;
    o.output = m_output->text().trimmed().toStdString();
    o.format = static_cast<MovieFormat>(m_format->currentData().toInt());
    o.framesPerSecond = m_fps->value();
    o.width = m_width->value();
    if (m_limits->currentIndex() == 0) {
        o.lowPercent = m_low->value();
        o.highPercent = m_high->value();
    } else {
        o.limits = render::DisplayRange{m_low->value(), m_high->value()};
    }
    o.colormap = m_colormap->currentText().toStdString();
    o.stretch = static_cast<render::Stretch>(m_stretch->currentData().toInt());
    o.annotations.timeStamp = m_time->isChecked();
    o.annotations.instrument = m_instrument->isChecked();
    o.annotations.frameNumber = m_number->isChecked();
    o.annotations.colourBar = m_colourBar->isChecked();
    o.annotations.scaleBar = m_scaleBar->isChecked();
    o.annotations.title = m_title->text().toStdString();
    o.overwrite = m_overwrite;
    if (m_frameList->isChecked())
        o.frameListPath = o.output + ".frames.csv";
    o.productsDir = m_products->text().trimmed().toStdString();
    return c;
}

} // namespace hb::app
