// SPDX-License-Identifier: MIT
// The colour bar that says what the heatmaps' colours mean: a caption (the mode: "Weights", …),
// then valueColor() from −scale to +scale with the tick labels −s, 0 and +s under it, in the units
// of the cells' numbers: when CellNumberFormat::forScale(scale) writes them in units of 10^E, the
// ticks are too, and "×10⁻³" stands right of the bar. Renders the scale it is given; it does not
// choose it (MatrixPanel does, with niceScale()).
#pragma once

#include <QWidget>

namespace rnnlab {

class ColorLegend : public QWidget
{
    Q_OBJECT

public:
    explicit ColorLegend(QWidget *parent = nullptr);

    //! \a scale: the |value| at either end of the bar (> 0); \a caption: what the values are.
    void setScale(double scale, const QString &caption);
    double scale() const { return m_scale; }
    QString caption() const { return m_caption; }
    //! The three tick labels drawn under the bar: "−s", "0", "+s" (in the cells' units).
    QStringList tickLabels() const;
    //! "×10⁻³" when the cells' numbers are in units of a power of ten, else empty.
    QString unitNote() const;
    //! What the colours mean, in words (the tooltip).
    QString toolTipText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    double m_scale = 1.0;
    QString m_caption;
};

} // namespace rnnlab
