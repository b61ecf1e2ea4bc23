// SPDX-License-Identifier: MIT
#include "ui/panels/timelinetrack.h"

#include "ui/common/hovertip.h"
#include "ui/common/readernumber.h"
#include "ui/matrices/matrixlabels.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace rnnlab {

namespace {

// Okabe-Ito colours (colour-blind safe): the sparkline blue and the edits' vermillion; the edits
// are also triangles and the handle a knob, so nothing depends on colour alone.
QColor sparkColor(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5 ? QColor(0x56, 0xB4, 0xE9) : QColor(0x00, 0x72, 0xB2);
}

QColor editColor(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5 ? QColor(0xF0, 0x8A, 0x4B) : QColor(0xD5, 0x5E, 0x00);
}

constexpr int knobHalfWidth = 5; // the handle's knob above the strip
constexpr int knobHeight = 7;
constexpr int tickLength = 3;
constexpr double editHitRadius = 5.0; // pixels either side of an edit mark that show its tooltip
// How long the handle stays at a step asked for before it follows the snapshots again even if none
// has shown that step yet (the worker replaying from a far checkpoint, or refusing the step).
constexpr qint64 overrideTimeoutMs = 2000;

QString describeEdit(const WeightEdit &edit, const TrainingSnapshot &snapshot)
{
    QString weight =
        QCoreApplication::translate("rnnlab::TimelineTrack", "tensor %1 element %2").arg(edit.tensor).arg(edit.index);
    if (snapshot.setup && snapshot.setup->layout && edit.tensor >= 0
        && edit.tensor < snapshot.setup->layout->tensorCount()) {
        const TensorSpec &spec = snapshot.setup->layout->tensor(edit.tensor);
        const auto cols = static_cast<std::size_t>(std::max(spec.cols, 1));
        weight = indexedName(QString::fromStdString(spec.name), static_cast<int>(edit.index / cols),
                             static_cast<int>(edit.index % cols), spec.isVector);
    }
    //: %1 training step, %2 the weight's name, %3 and %4 its values before and after.
    return QCoreApplication::translate("rnnlab::TimelineTrack", "Edited by hand after step %1: %2 from %3 to %4")
        .arg(edit.step)
        .arg(weight, formatTickValue(edit.before), formatTickValue(edit.after));
}

} // namespace

TimelineTrack::TimelineTrack(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::MinimumExpanding); // any height it is given
    setAccessibleName(tr("Training timeline"));
    m_throttle.setSingleShot(true);
    connect(&m_throttle, &QTimer::timeout, this, &TimelineTrack::flush);
    relayout();
}

QSize TimelineTrack::sizeHint() const
{
    // About two lines of text: the strip with its sparkline, and the tick labels under it.
    return {600, 2 * fontMetrics().height() + 20};
}

QSize TimelineTrack::minimumSizeHint() const
{
    return {100, sizeHint().height()}; // a 1024-wide window leaves the strip little room
}

std::int64_t TimelineTrack::shownStep() const
{
    if (m_override)
        return *m_override;
    return m_snapshot ? m_snapshot->stepsTaken : 0;
}

QFont TimelineTrack::labelFont() const
{
    QFont small = font();
    if (small.pointSizeF() > 0)
        small.setPointSizeF(small.pointSizeF() * 0.9);
    else
        small.setPixelSize(std::max(8, small.pixelSize() * 9 / 10));
    return small;
}

int TimelineTrack::sparkTop() const
{
    return knobHeight + 1;
}

int TimelineTrack::axisY() const
{
    return height() - QFontMetrics(labelFont()).height() - tickLength - 1;
}

double TimelineTrack::minTickSpacing() const
{
    // Room for the widest label this run can have, and a gap of about three characters.
    const QFontMetrics metrics(labelFont());
    return metrics.horizontalAdvance(TimelineScale::tickLabel(std::max<std::int64_t>(headSteps(), 10)))
        + 3 * metrics.averageCharWidth();
}

void TimelineTrack::relayout()
{
    const QFontMetrics metrics(labelFont());
    // Room for the knob and for the label of step 0, centred under its tick.
    const double pad = std::max<double>(knobHalfWidth + 2, metrics.horizontalAdvance(QStringLiteral("0")) / 2.0 + 2);
    const TimelineScale scale(headSteps(), pad, width() - pad);
    const std::uint64_t generation = m_snapshot ? m_snapshot->generation : 0;
    const std::int64_t entries = m_snapshot ? m_snapshot->history.size() : 0;
    const std::int64_t lastStep = entries > 0 ? m_snapshot->history.at(entries - 1).step : 0;
    const bool sameScale =
        scale.lastStep() == m_scale.lastStep() && scale.left() == m_scale.left() && scale.right() == m_scale.right();
    if (sameScale && generation == m_sparkGeneration && entries == m_sparkEntries && lastStep == m_sparkLastStep)
        return;
    m_scale = scale;
    m_sparkGeneration = generation;
    m_sparkEntries = entries;
    m_sparkLastStep = lastStep;
    m_spark = m_snapshot ? sparkline(m_snapshot->history, m_scale) : std::vector<SparkColumn>();
    m_sparkLow = 0.0f;
    m_sparkHigh = 0.0f;
    if (!m_spark.empty()) {
        m_sparkLow = m_spark.front().low;
        m_sparkHigh = m_spark.front().high;
        for (const SparkColumn &column : m_spark) {
            m_sparkLow = std::min(m_sparkLow, column.low);
            m_sparkHigh = std::max(m_sparkHigh, column.high);
        }
    }
}

void TimelineTrack::setSnapshot(rnnlab::SnapshotPtr snapshot)
{
    if (!snapshot)
        return;
    const std::int64_t before = shownStep();
    if (!m_snapshot || snapshot->generation != m_snapshot->generation) {
        // Another run: nothing asked for in the old one still applies.
        m_throttle.stop();
        m_pending.reset();
        m_lastEmitted.reset();
        m_override.reset();
        m_dragging = false;
    }
    m_snapshot = std::move(snapshot);
    if (m_override && !m_dragging && !m_pending
        && (m_snapshot->stepsTaken == *m_override || m_overrideAge.elapsed() > overrideTimeoutMs))
        m_override.reset();
    relayout();
    if (shownStep() != before)
        emit shownStepChanged(shownStep());
    update();
}

std::vector<double> TimelineTrack::editMarkPositions() const
{
    std::vector<double> positions;
    if (!m_snapshot)
        return positions;
    for (const WeightEdit &edit : m_snapshot->edits)
        if (edit.step >= 0 && edit.step <= m_snapshot->headSteps)
            positions.push_back(m_scale.xOfStep(static_cast<double>(edit.step)));
    return positions;
}

QString TimelineTrack::toolTipAt(QPoint pos) const
{
    if (!m_snapshot)
        return {};
    QStringList edits;
    for (const WeightEdit &edit : m_snapshot->edits) {
        if (edit.step < 0 || edit.step > m_snapshot->headSteps)
            continue;
        if (std::abs(m_scale.xOfStep(static_cast<double>(edit.step)) - pos.x()) <= editHitRadius)
            edits.append(describeEdit(edit, *m_snapshot));
    }
    if (!edits.isEmpty())
        return edits.join(QLatin1Char('\n'));

    const std::int64_t step = m_scale.stepAt(pos.x());
    const History &history = m_snapshot->history;
    const std::int64_t index = firstEntryAtOrAfter(history, step);
    QString text = step > 0 && index < history.size() && history.at(index).step == step
        //: %1 training step, %2 its loss.
        ? tr("Step %1 — loss %2").arg(step).arg(ReaderNumber::fixed(static_cast<double>(history.at(index).loss), 4))
        : tr("Step %1").arg(step);
    text += u'\n' + tr("Click or drag to see the network as it was after this step.");
    if (m_snapshot->checkpointStride > 1)
        //: %1 is an ordinal ("4th").
        text += u'\n'
            + (m_snapshot->checkpointsSpacedOut
                   ? tr("Older steps are recomputed exactly from every %1 kept step (training at full speed).")
                   : tr("Older steps are recomputed exactly from every %1 kept step (memory budget)."))
                  .arg(ordinal(m_snapshot->checkpointStride));
    return text;
}

void TimelineTrack::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void TimelineTrack::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        m_scale = TimelineScale(); // the padding depends on the font: lay out again
        relayout();
        updateGeometry();
    }
}

bool TimelineTrack::event(QEvent *event)
{
    if (HoverTip::handle(this, event, [this](QPoint point) { return toolTipAt(point); }))
        return true;
    return QWidget::event(event);
}

void TimelineTrack::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const int top = sparkTop();
    const int axis = axisY();
    const double left = m_scale.left();
    const double right = m_scale.right();

    // The groove: the strip the sparkline lives in; its bottom edge is the step axis.
    const QRectF groove(left - 3.0, top + 0.5, right - left + 6.0, axis - top);
    painter.setPen(
        QPen(hasFocus() ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), hasFocus() ? 1.5 : 1.0));
    painter.setBrush(pal.brush(QPalette::Base));
    painter.drawRoundedRect(groove, 2.0, 2.0);

    // The loss sparkline: each pixel column's envelope (a line where a column has one step).
    if (!m_spark.empty()) {
        const double bandTop = top + 3.0;
        const double bandBottom = axis - 2.0;
        const float range = m_sparkHigh - m_sparkLow;
        const auto yOf = [&](float loss) {
            if (!(range > 0.0f))
                return (bandTop + bandBottom) / 2.0;
            return bandBottom - static_cast<double>((loss - m_sparkLow) / range) * (bandBottom - bandTop);
        };
        QPolygonF outline;
        outline.reserve(static_cast<qsizetype>(2 * m_spark.size()));
        for (const SparkColumn &column : m_spark)
            outline.append(QPointF(column.x, yOf(column.high)));
        for (auto it = m_spark.rbegin(); it != m_spark.rend(); ++it)
            outline.append(QPointF(it->x, yOf(it->low)));
        QColor line = sparkColor(pal);
        QColor fill = line;
        line.setAlphaF(0.55f);
        fill.setAlphaF(0.25f);
        painter.setPen(QPen(line, 1.0));
        painter.setBrush(fill);
        if (m_spark.size() == 1)
            painter.drawEllipse(QPointF(m_spark.front().x, yOf(m_spark.front().high)), 1.5, 1.5);
        else
            painter.drawPolygon(outline);
    }

    // The steps after the one shown, when rewound: dimmed, they are what "Resume" would replace.
    const std::int64_t shown = shownStep();
    const double handleX = m_scale.xOfStep(static_cast<double>(shown));
    if (shown < headSteps()) {
        QColor veil = pal.color(QPalette::Window);
        veil.setAlphaF(0.55f);
        painter.setPen(Qt::NoPen);
        painter.setBrush(veil);
        painter.drawRect(QRectF(handleX, top + 1.0, right + 2.5 - handleX, axis - top - 1.0));
    }

    // Ticks and labels at round step numbers, under the axis; the outer labels kept inside.
    painter.setFont(labelFont());
    const QFontMetrics metrics(labelFont());
    painter.setPen(QPen(pal.color(QPalette::WindowText), 1.0));
    for (std::int64_t tick : m_scale.ticks(minTickSpacing())) {
        const double x = std::round(m_scale.xOfStep(static_cast<double>(tick))) + 0.5;
        painter.drawLine(QPointF(x, axis + 0.5), QPointF(x, axis + 0.5 + tickLength));
        const QString label = TimelineScale::tickLabel(tick);
        const int w = metrics.horizontalAdvance(label);
        const double lx = std::clamp(x - w / 2.0, 0.0, std::max(0.0, width() - double(w)));
        painter.drawText(QPointF(lx, axis + tickLength + 1 + metrics.ascent()), label);
    }

    // Hand edits: a triangle standing on the axis and a thin line up through the strip.
    const QColor edit = editColor(pal);
    for (double x : editMarkPositions()) {
        QColor faint = edit;
        faint.setAlphaF(0.6f);
        painter.setPen(QPen(faint, 1.0, Qt::DashLine));
        painter.drawLine(QPointF(x, top + 2.0), QPointF(x, axis - 1.0));
        painter.setPen(QPen(pal.color(QPalette::Base), 1.0));
        painter.setBrush(edit);
        const QPointF triangle[3] = {{x - 4.5, axis + 0.5}, {x + 4.5, axis + 0.5}, {x, axis - 6.5}};
        painter.drawPolygon(triangle, 3);
    }

    // The handle: a line through the strip and a knob above it (a play head).
    const QColor highlight = pal.color(QPalette::Highlight);
    painter.setPen(QPen(highlight, 2.0));
    painter.drawLine(QPointF(handleX, top), QPointF(handleX, axis));
    QPainterPath knob;
    knob.moveTo(handleX - knobHalfWidth, 0.5);
    knob.lineTo(handleX + knobHalfWidth, 0.5);
    knob.lineTo(handleX + knobHalfWidth, knobHeight - 2.0);
    knob.lineTo(handleX, knobHeight + 2.0);
    knob.lineTo(handleX - knobHalfWidth, knobHeight - 2.0);
    knob.closeSubpath();
    painter.setPen(QPen(hasFocus() ? pal.color(QPalette::WindowText) : highlight.darker(120), 1.0));
    painter.setBrush(highlight);
    painter.drawPath(knob);
}

void TimelineTrack::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_snapshot) {
        QWidget::mousePressEvent(event);
        return;
    }
    const double x = event->position().x();
    const double handleX = m_scale.xOfStep(static_cast<double>(shownStep()));
    // Grabbing the handle itself moves it from where it is, not by the few pixels to the mouse.
    m_grabOffset = std::abs(x - handleX) <= knobHalfWidth + 1 ? handleX - x : 0.0;
    m_dragging = true;
    if (!m_pending)
        m_lastEmitted = shownStep(); // the step on screen needs no request
    request(m_scale.stepAt(x + m_grabOffset));
    event->accept();
}

void TimelineTrack::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging) {
        QWidget::mouseMoveEvent(event);
        return;
    }
    request(m_scale.stepAt(event->position().x() + m_grabOffset));
    event->accept();
}

void TimelineTrack::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragging || event->button() != Qt::LeftButton) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    m_dragging = false;
    // The step under the mouse when the button comes up is always asked for, throttle or not.
    const std::int64_t step = m_scale.stepAt(event->position().x() + m_grabOffset);
    setOverride(step);
    m_pending = step;
    flush();
    event->accept();
}

void TimelineTrack::keyPressEvent(QKeyEvent *event)
{
    if (!m_snapshot) {
        QWidget::keyPressEvent(event);
        return;
    }
    const std::int64_t shown = shownStep();
    const std::int64_t page = std::max<std::int64_t>(1, m_scale.tickStep(minTickSpacing()));
    std::int64_t target = shown;
    switch (event->key()) {
    case Qt::Key_Left: target = shown - 1; break;
    case Qt::Key_Right: target = shown + 1; break;
    // As QSlider: PageUp goes on (towards the latest step), PageDown back.
    case Qt::Key_PageUp: target = shown + page; break;
    case Qt::Key_PageDown: target = shown - page; break;
    case Qt::Key_Home: target = 0; break;
    case Qt::Key_End: target = headSteps(); break;
    default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
    target = std::clamp<std::int64_t>(target, 0, headSteps());
    if (target == shown)
        return;
    if (!m_pending)
        m_lastEmitted = shown;
    request(target);
}

void TimelineTrack::setOverride(std::optional<std::int64_t> step)
{
    const std::int64_t before = shownStep();
    m_override = step;
    m_overrideAge.start();
    if (shownStep() != before)
        emit shownStepChanged(shownStep());
    update();
}

void TimelineTrack::request(std::int64_t step)
{
    setOverride(step);
    m_pending = step;
    const qint64 elapsed = m_sinceEmit.isValid() ? m_sinceEmit.elapsed() : m_throttleMs;
    if (elapsed >= m_throttleMs)
        flush();
    else if (!m_throttle.isActive())
        m_throttle.start(static_cast<int>(m_throttleMs - elapsed));
}

void TimelineTrack::flush()
{
    m_throttle.stop();
    if (!m_pending)
        return;
    const std::int64_t step = *m_pending;
    m_pending.reset();
    if (m_lastEmitted == step) {
        // Nothing new to ask for; once the snapshot shows the step, the handle follows it again.
        if (!m_dragging && m_snapshot && m_snapshot->stepsTaken == step)
            setOverride(std::nullopt);
        return;
    }
    m_lastEmitted = step;
    m_sinceEmit.start();
    emit viewRequested(step);
}

} // namespace rnnlab
