// SPDX-License-Identifier: MIT
#include "ui/plots/plotwidget.h"

#include "ui/common/readability.h"
#include "ui/common/readernumber.h"
#include "ui/plots/logaxis.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QCheckBox>
#include <QEvent>
#include <QFontMetrics>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace rnnlab {

namespace {

// Training steps and time steps are whole numbers: never a tick at step 2.5 (labelled "3": the
// axis prints whole numbers). QCustomPlot's readable steps are 1, 2, 2.5 and 5 times a power of
// ten; below 10, 2.5 becomes 2.
class WholeNumberTicker : public QCPAxisTicker
{
protected:
    double getTickStep(const QCPRange &range) override
    {
        const double step = std::max(1.0, QCPAxisTicker::getTickStep(range));
        return step == std::floor(step) ? step : std::floor(step);
    }
    // A count, as the status bar and the timeline write one: grouped from 10 000 on.
    QString getTickLabel(double tick, const QLocale &, QChar, int) override
    {
        return ReaderNumber::count(std::llround(tick));
    }
};

} // namespace

PlotWidget::PlotWidget(QWidget *parent, bool logScale)
    : QWidget(parent)
    , m_logScale(logScale)
{ }

PlotWidget::~PlotWidget() = default;

QCustomPlot *PlotWidget::createPlot(QSize minimumSize)
{
    m_plot = new QCustomPlot(this);
    // The tickers write with the plot's locale: the reader's (QLocale(), as the language choice set
    // it: "0,25" in German), without digit grouping in a value ("1.000,5" would read as a decimal to
    // an English eye and the group separator widens every label). Step axes write counts (WholeNumberTicker).
    QLocale reader;
    reader.setNumberOptions(QLocale::OmitGroupSeparator);
    m_plot->setLocale(reader);
    m_plot->setMinimumSize(minimumSize);
    m_plot->installEventFilter(this); // its Show event: the replot deferred while hidden
    return m_plot;
}

QCheckBox *PlotWidget::addLogScaleSwitch(QWidget *parent, const QString &toolTip, int linearPrecision,
                                         LinearTicker linearTicker)
{
    m_logBox = new QCheckBox(tr("Log scale"), parent);
    m_logBox->setToolTip(toolTip);
    m_linearPrecision = linearPrecision;
    m_linearTicker = std::move(linearTicker);
    connect(m_logBox, &QCheckBox::toggled, this, &PlotWidget::setLogScale);
    return m_logBox;
}

QLabel *PlotWidget::addHint(const QMargins &margins)
{
    // A Qt label laid over the plot (QCustomPlot has no layout of its own for widgets), so the
    // text wraps in a narrow dock.
    auto *overlay = new QVBoxLayout(m_plot);
    overlay->setContentsMargins(margins);
    auto *hint = new QLabel(m_plot);
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setAttribute(Qt::WA_TransparentForMouseEvents);
    overlay->addWidget(hint, 0, Qt::AlignCenter);
    return hint;
}

void PlotWidget::setStepAxis(QCPAxis *axis, const QString &label)
{
    axis->setLabel(label);
    axis->setTicker(QSharedPointer<QCPAxisTicker>(new WholeNumberTicker));
    axis->setNumberFormat(QStringLiteral("f"));
    axis->setNumberPrecision(0);
    // QCustomPlot asks for about five labels whatever the axis's length: on compare mode's narrow
    // plots at 1280×800 "50100150200250300" ran together. Before every replot, as many labels as
    // fit: the widest ("300", the range's end) and two letters' gap each, with a margin for the
    // ticker rounding its step down to 1, 2, 2.5 or 5 (up to a third more labels). Connected once.
    if (axis->property("rnnlabStepTicks").toBool())
        return;
    axis->setProperty("rnnlabStepTicks", true);
    connect(axis->parentPlot(), &QCustomPlot::beforeReplot, axis, [axis] {
        if (!axis->axisRect() || axis->orientation() != Qt::Horizontal)
            return;
        const QFontMetrics metrics(axis->tickLabelFont());
        const double widest = std::max(std::abs(axis->range().lower), std::abs(axis->range().upper));
        const int label = metrics.horizontalAdvance(ReaderNumber::count(std::llround(widest)));
        const int pitch = label + 2 * metrics.horizontalAdvance(QLatin1Char('M'));
        axis->ticker()->setTickCount(std::max(1, int(axis->axisRect()->width() / (1.35 * std::max(1, pitch)))));
    });
}

void PlotWidget::setPercentAxis(QCPAxis *axis, const QString &label)
{
    axis->setLabel(label);
    auto percent = QSharedPointer<QCPAxisTickerFixed>(new QCPAxisTickerFixed);
    percent->setTickStep(25.0);
    percent->setScaleStrategy(QCPAxisTickerFixed::ssNone);
    axis->setTicker(percent);
    axis->setNumberFormat(QStringLiteral("f"));
    axis->setNumberPrecision(0);
    axis->setRange(0.0, 104.0);
}

void PlotWidget::styleAxes(std::initializer_list<QCPAxis *> axes, ZeroLine zeroLine) const
{
    const QPalette &pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    const QColor grid = pal.color(QPalette::Mid);
    for (QCPAxis *axis : axes) {
        axis->setBasePen(QPen(text, 1));
        axis->setTickPen(QPen(text, 1));
        axis->setSubTickPen(QPen(text, 1));
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
        axis->grid()->setPen(QPen(grid, 1, Qt::DotLine));
        axis->grid()->setSubGridPen(Qt::NoPen);
        if (zeroLine == ZeroLine::Hidden)
            axis->grid()->setZeroLinePen(Qt::NoPen);
    }
}

bool PlotWidget::isDark() const
{
    return palette().color(QPalette::Base).lightnessF() < 0.5;
}

void PlotWidget::setLogScale(bool logarithmic)
{
    if (!m_logBox)
        return;
    const bool changed = logarithmic != m_logScale;
    m_logScale = logarithmic;
    {
        const QSignalBlocker blocker(m_logBox);
        m_logBox->setChecked(logarithmic);
    }
    setLogarithmicAxis(m_plot->yAxis, logarithmic, m_linearPrecision,
                       m_linearTicker ? m_linearTicker() : QSharedPointer<QCPAxisTicker>());
    if (changed) {
        valueScaleChanged();
        emit logScaleChanged(logarithmic);
    }
}

void PlotWidget::applyTheme()
{
    m_themed = true;
    applyPalette();
}

void PlotWidget::requestReplot()
{
    if (!m_plot->isVisible()) {
        m_replotPending = true; // and nothing is computed for a hidden plot
        return;
    }
    replotShown();
}

void PlotWidget::replot()
{
    m_replotPending = false;
    prepareReplot();
    ++m_replotCount;
    m_plot->replot(QCustomPlot::rpQueuedRefresh);
}

void PlotWidget::replotShown()
{
    replot();
}

void PlotWidget::prepareReplot()
{ }

void PlotWidget::valueScaleChanged()
{
    requestReplot();
}

void PlotWidget::fontChanged()
{ }

QFont PlotWidget::axisFont() const
{
    // Enlarged type (presentation mode: about 1/50 of the screen's height) at 4/5 on the axes, as
    // the graph takes it: a plot is a small part of the screen, and its ticks at full size left
    // the curves a strip 40 px high at 1920x1080. That is still above the readability rule's
    // 1/60 of the height (17 px at 800, 23 px at 1080). At the desktop's size, the font as it is.
    QFont text = font();
    const double desktop = QApplication::font().pointSizeF();
    if (text.pointSizeF() > desktop)
        text.setPointSizeF(std::max(desktop, text.pointSizeF() * 0.8));
    return text;
}

double PlotWidget::smallestAxisTextPixels() const
{
    double smallest = std::numeric_limits<double>::infinity();
    const double dpi = m_plot->logicalDpiY();
    for (QCPAxis *axis : m_plot->axisRect()->axes()) {
        if (!axis->visible())
            continue;
        for (const QFont &f : {axis->tickLabelFont(), axis->labelFont()})
            smallest = std::min(smallest, Readability::pixelsOf(f.pointSizeF(), f.pixelSize(), dpi));
    }
    return smallest;
}

void PlotWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Also sent while the subclass's constructor sets the background role, before it has what
    // applyPalette() colours (applyTheme() says when it has).
    if (event->type() == QEvent::PaletteChange && m_themed) {
        applyPalette();
        requestReplot();
    }
    // A larger window font (presentation mode on a projector) must reach the axes' text too:
    // QCustomPlot copies the font into each axis when it makes it and never looks again.
    if (event->type() == QEvent::FontChange && m_plot) {
        const QFont text = axisFont();
        for (QCPAxis *axis : m_plot->axisRect()->axes()) {
            axis->setTickLabelFont(text);
            axis->setLabelFont(text);
            axis->setSelectedTickLabelFont(text);
            axis->setSelectedLabelFont(text);
        }
        fontChanged();
        requestReplot();
    }
}

bool PlotWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_plot && event->type() == QEvent::Show && m_replotPending)
        requestReplot();
    return QWidget::eventFilter(watched, event);
}

} // namespace rnnlab
