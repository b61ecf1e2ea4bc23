// SPDX-License-Identifier: MIT
// What every QCustomPlot view of rnnlab shares, so that each plot only says what it plots: the
// plot itself (made where the subclass lays it out), the theme's colours on its axes (again on
// every palette change), the replot that waits while the plot is hidden and comes once when it is
// shown (a plot in a hidden tab would spend milliseconds per snapshot on a million points nobody
// sees), the "Log scale" switch of the value axis, the whole-number step / time axis, the 0–100 %
// axis, the hint laid over empty axes, and the widget's font on the axes' text (QCustomPlot's axes
// keep the font they were made with: without this, presentation mode's large type never reached
// the tick labels). A base class only: it plots nothing and knows no
// snapshot. QCustomPlot stays inside ui/plots/ (forward-declared here).
#pragma once

#include <QSharedPointer>
#include <QWidget>

#include <functional>
#include <initializer_list>

class QCheckBox;
class QFont;
class QCPAxis;
class QCPAxisTicker;
class QCustomPlot;
class QLabel;

namespace rnnlab {

class PlotWidget : public QWidget
{
    Q_OBJECT

public:
    ~PlotWidget() override;

    bool logScale() const { return m_logScale; }
    //! The value axis (yAxis) logarithmic or linear; the "Log scale" checkbox follows. A plot
    //! without the switch (addLogScaleSwitch() not called) ignores it and stays linear.
    void setLogScale(bool logarithmic);
    //! How many replots this widget has asked QCustomPlot for (for tests: at most one per
    //! snapshot, none while hidden).
    int replotCount() const { return m_replotCount; }
    //! The smallest text on the axes (tick labels and axis labels), in pixels as drawn: it follows
    //! the widget's font (presentation mode's large type), for tests of the readability rule.
    double smallestAxisTextPixels() const;

signals:
    void logScaleChanged(bool logarithmic);

protected:
    //! \a logScale: the value axis' scale before the first setLogScale() (the switch's default).
    explicit PlotWidget(QWidget *parent = nullptr, bool logScale = false);

    //! Makes the plot (once), at least \a minimumSize, watched for being shown (the deferred
    //! replot). The subclass puts it in its layout.
    QCustomPlot *createPlot(QSize minimumSize);
    QCustomPlot *plot() const { return m_plot; }

    //! A ticker for the linear value axis; null: QCustomPlot's plain one.
    using LinearTicker = std::function<QSharedPointer<QCPAxisTicker>()>;
    //! The "Log scale" checkbox (a child of \a parent) that switches the value axis: logarithmic
    //! with powers of ten, linear with \a linearPrecision significant digits and \a linearTicker.
    QCheckBox *addLogScaleSwitch(QWidget *parent, const QString &toolTip, int linearPrecision,
                                 LinearTicker linearTicker = {});
    //! A text over the middle of the empty axes (a Qt label: it wraps), \a margins inside the
    //! plot's edges; it lets the mouse through. Hidden or shown by the subclass.
    QLabel *addHint(const QMargins &margins);
    //! The "Log scale" checkbox, or null before addLogScaleSwitch().
    QCheckBox *logScaleSwitch() const { return m_logBox; }

    //! \a axis counts training steps or time steps: labelled \a label, ticks at whole numbers only.
    static void setStepAxis(QCPAxis *axis, const QString &label);
    //! \a axis shows a share in %: labelled \a label, ticks every 25, 0 … 104 (room above 100 %, so
    //! that a curve at 100 % does not hide in the frame).
    static void setPercentAxis(QCPAxis *axis, const QString &label);
    //! Whether QCustomPlot's zero line (a grey line where the grid passes 0) is drawn.
    enum class ZeroLine { Hidden, Shown };
    //! The theme's colours on \a axes: text-coloured lines, ticks and labels, a dotted grid in the
    //! palette's Mid, no sub-grid.
    void styleAxes(std::initializer_list<QCPAxis *> axes, ZeroLine zeroLine = ZeroLine::Hidden) const;
    //! A dark theme (the plot's background is dark): curves take their lighter colours.
    bool isDark() const;

    //! Applies the palette now (applyPalette()) and from now on whenever it changes, each time
    //! followed by a replot. Called once by the subclass, when it has what applyPalette() colours.
    void applyTheme();
    //! Replots when the plot is visible (replotShown()); otherwise once it is shown.
    void requestReplot();
    //! Replots now (prepareReplot(), then QCustomPlot's queued refresh).
    void replot();

    //! The palette's colours on everything the subclass draws.
    virtual void applyPalette() = 0;
    //! A replot requested while the plot is visible: by default at once; a subclass may merge
    //! bursts (then it calls replot() later).
    virtual void replotShown();
    //! What a replot needs first (data a hidden plot did not compute yet).
    virtual void prepareReplot();
    //! The value axis changed between linear and logarithmic: ranges and data follow.
    virtual void valueScaleChanged();
    //! The widget's font changed (presentation mode's large type): the axes have taken it
    //! already (axisFont()); what else the subclass sized from the font (a legend) follows here.
    virtual void fontChanged();
    //! The font of the axes' text: the widget's, or 4/5 of it where it is larger than the
    //! desktop's (presentation mode), never below the desktop's.
    QFont axisFont() const;

    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QCustomPlot *m_plot = nullptr;
    QCheckBox *m_logBox = nullptr;
    int m_linearPrecision = 6;
    LinearTicker m_linearTicker;
    bool m_logScale = false;
    bool m_themed = false; // applyTheme() has run: palette changes are followed
    bool m_replotPending = false; // asked for while hidden
    int m_replotCount = 0;
};

} // namespace rnnlab
