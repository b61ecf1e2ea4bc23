// SPDX-License-Identifier: MIT
#include "ui/memory/memorypath.h"

#include "ui/common/hovertip.h"
#include "ui/common/layoutrecorder.h"
#include "ui/common/readability.h"
#include "ui/common/readernumber.h"
#include "ui/teaching/equationview.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <vector>

namespace rnnlab {

namespace {
constexpr double margin = 6.0;
} // namespace

MemoryPath::MemoryPath(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    m_bar = new QWidget(this);
    auto *bar = new QHBoxLayout(m_bar);
    bar->setContentsMargins(0, 0, 0, 0);
    m_freeze = new QCheckBox(tr("Freeze axes"), m_bar);
    m_freeze->setToolTip(tr("Keep the axes of this training step — their direction, their centre and their scale — for "
                            "the later steps: train on, or move along the timeline, and watch the path change in one "
                            "frame (a point that leaves it widens the frame). Untick to give every step its own "
                            "PCA again."));
    bar->addWidget(m_freeze);
    m_note = new QLabel(m_bar);
    bar->addWidget(m_note);
    bar->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addStretch(1);
    connect(m_freeze, &QCheckBox::toggled, this, &MemoryPath::freezeToggled);
    setPicture(nullptr);
}

void MemoryPath::setPicture(const MemoryPicture *picture)
{
    m_picture = picture;
    const bool frozen = picture && picture->axes.frozen;
    {
        const QSignalBlocker block(m_freeze);
        m_freeze->setChecked(frozen);
    }
    m_freeze->setEnabled(picture && picture->points.rows() > 0);
    m_note->setText(frozenNote());
    m_note->setVisible(frozen);
    update();
}

QString MemoryPath::frozenNote() const
{
    if (!m_picture || !m_picture->axes.frozen)
        return {};
    return m_picture->axes.whatIfNoMemory ? tr("axes from training step %1, W_hh = 0").arg(m_picture->axes.step)
                                          : tr("axes from training step %1").arg(m_picture->axes.step);
}

QFont MemoryPath::textFont() const
{
    QFont f = font();
    if (QFontInfo(f).pixelSize() < Readability::normalPixels)
        f.setPixelSize(int(std::ceil(Readability::normalPixels)));
    return f;
}

QRectF MemoryPath::plotArea() const
{
    const double line = QFontMetricsF(textFont()).height();
    // The freeze switch above; room for the vertical axis title on the left and the horizontal one below.
    const double top = m_bar->sizeHint().height();
    return QRectF(margin + line + 4, top + margin, width() - 2 * margin - line - 4 - line / 2,
                  height() - top - 2 * margin - line - 4);
}

QSize MemoryPath::minimumSizeHint() const
{
    const double line = QFontMetricsF(textFont()).height();
    return {std::max(int(8 * line), m_bar->minimumSizeHint().width()), int(7 * line) + m_bar->sizeHint().height()};
}

QSize MemoryPath::sizeHint() const
{
    return minimumSizeHint().expandedTo({300, 200});
}

QPointF MemoryPath::pointOf(int t) const
{
    if (!m_picture || t < 0 || t >= m_picture->points.rows())
        return {};
    const Matrix<double> &p = m_picture->points;
    const QRectF area = plotArea();
    // Each axis spans its own range (a point's place, not distances, is what the path shows):
    // the path's extent, or the frozen one (MemoryPicture::Axes); a flat axis (no variance) puts
    // the points in the middle.
    auto place = [](double v, double lo, double hi, double from, double to) {
        return hi > lo ? from + (v - lo) / (hi - lo) * (to - from) : (from + to) / 2;
    };
    const MemoryPicture::Axes &axes = m_picture->axes;
    const double inset = QFontMetricsF(textFont()).height();
    return {place(p(t, 0), axes.low(0), axes.high(0), area.left() + inset, area.right() - inset),
            place(p(t, 1), axes.low(1), axes.high(1), area.bottom() - inset, area.top() + inset)};
}

int MemoryPath::stepAt(QPointF point) const
{
    if (!m_picture)
        return -1;
    const double radius = QFontMetricsF(textFont()).height();
    int best = -1;
    double bestDistance = radius * radius;
    for (int t = 0; t < int(m_picture->points.rows()); ++t) {
        const QPointF d = pointOf(t) - point;
        const double distance = QPointF::dotProduct(d, d);
        if (distance <= bestDistance) {
            best = t;
            bestDistance = distance;
        }
    }
    return best;
}

QString MemoryPath::toolTipOf(int t) const
{
    if (!m_picture || t < 0 || t >= m_picture->states.cols())
        return {};
    QStringList values;
    for (int unit = 0; unit < m_picture->states.rows(); ++unit)
        values << EquationView::number(m_picture->states(unit, t), 3);
    const QString symbol = m_picture->cellState ? QStringLiteral("c") : QStringLiteral("h");
    return tr("step %1, input ‘%2’\n%3 = (%4)\nPC1 %5, PC2 %6")
        .arg(t + 1)
        .arg(m_picture->characters.value(t), symbol, values.join(ReaderNumber::listSeparator()),
             EquationView::number(float(m_picture->points(t, 0)), 3),
             EquationView::number(float(m_picture->points(t, 1)), 3));
}

QString MemoryPath::axisTitle(int axis, double room) const
{
    const double ratio = m_picture ? m_picture->explainedVarianceRatio(axis) : 0.0;
    // Frozen: the shares are those of the step the axes come from, and say so.
    const QString title = m_picture && m_picture->axes.frozen
        ? tr("PC%1 (%2% of the variance at step %3)")
              .arg(axis + 1)
              .arg(std::round(100 * ratio))
              .arg(m_picture->axes.step)
        : tr("PC%1 (%2% of the variance)").arg(axis + 1).arg(std::round(100 * ratio));
    if (room <= 0 || QFontMetricsF(textFont()).horizontalAdvance(title) <= room)
        return title;
    return tr("PC%1 (%2%)").arg(axis + 1).arg(std::round(100 * ratio)); // a short axis
}

bool MemoryPath::event(QEvent *event)
{
    if (HoverTip::handle(this, event, [this](QPoint point) { return toolTipOf(stepAt(point)); }))
        return true;
    return QWidget::event(event);
}

void MemoryPath::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(textFont());
    const QColor text = palette().color(QPalette::WindowText);
    const QColor accent = palette().color(QPalette::Highlight);
    const QRectF area = plotArea();
    const QFontMetricsF metrics(painter.font());

    painter.setPen(QPen(text, 1));
    painter.drawRect(area);
    const QString horizontal = axisTitle(0, area.width());
    const QRectF below(area.left(), area.bottom() + 2, area.width(), metrics.height());
    painter.drawText(below, Qt::AlignCenter, horizontal);
    LayoutRecorder::note(painter, below, Qt::AlignCenter, horizontal, TextTag{"memory", "label"});
    painter.save();
    painter.translate(area.left() - 4, area.center().y());
    painter.rotate(-90);
    const QRectF left(-area.height() / 2, -metrics.height(), area.height(), metrics.height());
    painter.drawText(left, Qt::AlignCenter, axisTitle(1, area.height()));
    painter.restore();

    if (!m_picture || m_picture->points.rows() == 0)
        return;
    const int n = int(m_picture->points.rows());
    const double radius = std::max(3.0, metrics.height() / 4);
    // A pangram's 43 labelled points and arrows in one small plot were a tangle (the fresh-eyes
    // review): on a long text only the last recentSteps steps up to the walk's are drawn whole and
    // labelled, the rest faded and unlabelled (every point keeps its hover). Walk the text by hand
    // to move the window along.
    const int current = m_picture->t;
    const auto recent = [&](int t) { return n <= recentSteps || (t <= current && t > current - recentSteps); };
    // The arrows first, so that the points and their letters sit on top.
    QColor line = text;
    line.setAlpha(150);
    QColor faded = text;
    faded.setAlpha(45);
    for (int t = 0; t + 1 < n; ++t) {
        const QPointF a = pointOf(t);
        const QPointF b = pointOf(t + 1);
        const QPointF d = b - a;
        const double length = std::hypot(d.x(), d.y());
        if (length < 2 * radius + 1)
            continue;
        const QPointF unit = d / length;
        const QPointF tip = b - unit * (radius + 1);
        const QColor &ink = recent(t + 1) && recent(t) ? line : faded;
        painter.setPen(QPen(ink, 1.2));
        painter.drawLine(a + unit * radius, tip);
        const QPointF normal(-unit.y(), unit.x());
        const double head = std::min(8.0, length / 3);
        QPainterPath arrow;
        arrow.moveTo(tip);
        arrow.lineTo(tip - unit * head + normal * head / 2);
        arrow.lineTo(tip - unit * head - normal * head / 2);
        arrow.closeSubpath();
        painter.fillPath(arrow, ink);
    }
    // The points, then their letters (a letter is never under a later point's disc); the walk's
    // step last and larger, in the highlight colour.
    const auto discOf = [&](int t) { return t == m_picture->t ? radius * 1.6 : radius; };
    std::vector<int> order;
    for (int t = 0; t < n; ++t) {
        if (t != m_picture->t)
            order.push_back(t);
    }
    if (m_picture->t >= 0 && m_picture->t < n)
        order.push_back(m_picture->t);
    for (int t : order) {
        const bool walked = t == current;
        painter.setPen(QPen(recent(t) ? text : faded, walked ? 2 : 1));
        painter.setBrush(walked ? accent : palette().color(QPalette::Base));
        painter.drawEllipse(pointOf(t), discOf(t), discOf(t));
    }
    for (int t : order) {
        if (!recent(t))
            continue;
        const QPointF p = pointOf(t);
        const QString label = m_picture->characters.value(t);
        const double w = metrics.horizontalAdvance(label) + 4;
        // Away from the arrows in and out of its point (opposite their mean direction; beside a
        // straight run), kept inside the plot.
        QPointF away(0, 0);
        for (int other : {t - 1, t + 1}) {
            if (other < 0 || other >= n)
                continue;
            const QPointF d = pointOf(other) - p;
            const double length = std::hypot(d.x(), d.y());
            if (length > 0)
                away -= d / length;
        }
        double length = std::hypot(away.x(), away.y());
        if (length < 0.3) {
            const QPointF along = t + 1 < n ? pointOf(t + 1) - p : p - pointOf(std::max(t - 1, 0));
            away = QPointF(along.y(), -along.x());
            length = std::hypot(away.x(), away.y());
        }
        if (length <= 0) {
            away = QPointF(0.7, -0.7);
            length = 1;
        }
        away /= length;
        const QPointF centre = p + away * (discOf(t) + std::max(w, metrics.height()) / 2);
        QRectF box(centre.x() - w / 2, centre.y() - metrics.height() / 2, w, metrics.height());
        box.moveLeft(std::clamp(box.left(), area.left() + 1, area.right() - 1 - w));
        box.moveTop(std::clamp(box.top(), area.top() + 1, area.bottom() - 1 - metrics.height()));
        QFont font = painter.font();
        font.setBold(t == m_picture->t);
        painter.setFont(font);
        painter.setPen(text);
        painter.drawText(box, Qt::AlignCenter, label);
        LayoutRecorder::note(painter, box, Qt::AlignCenter, label, TextTag{"memory", "x", -1, t, -1});
    }
}

} // namespace rnnlab
