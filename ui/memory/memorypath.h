// SPDX-License-Identifier: MIT
// "The path of h_t" (issue 17): one text's states in the plane of the first two principal components
// of every text's states — a point per time step labelled with its input character, an arrow to the
// next, the walk's step ringed, each axis with its share of the variance. Hover a point: t, its
// character and h_t. Above the plot, "Freeze axes": keeps this training step's axes and scale for
// the later steps (the view keeps them; this only asks, and says which step they come from). Only
// paints a MemoryPicture; not the PCA (StatePca).
#pragma once

#include "ui/memory/memorypicture.h"

#include <QWidget>

class QCheckBox;
class QLabel;

namespace rnnlab {

class MemoryPath : public QWidget
{
    Q_OBJECT

public:
    //! On a longer text, the steps drawn whole and labelled: the walk's and those just before it.
    static constexpr int recentSteps = 8;

    explicit MemoryPath(QWidget *parent = nullptr);

    void setPicture(const MemoryPicture *picture);
    //! Where point \a t is drawn (widget coordinates).
    QPointF pointOf(int t) const;
    //! The step whose point is nearest \a point within the hover radius, or −1.
    int stepAt(QPointF point) const;
    //! The hover text of step \a t: t, its character and the state.
    QString toolTipOf(int t) const;
    //! The title of axis \a axis (0: horizontal): "PC1 (63% of the variance)", or "PC1 (63%)" when
    //! that is longer than \a room px (0: any length).
    QString axisTitle(int axis, double room = 0) const;
    //! The "Freeze axes" switch and what it says about the frozen axes ("axes from training step 40").
    QCheckBox *freezeSwitch() const { return m_freeze; }
    QString frozenNote() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    //! The user asks to freeze the axes at the step drawn (true) or to go back to each step's own.
    void freezeToggled(bool frozen);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QFont textFont() const;
    QRectF plotArea() const;

    const MemoryPicture *m_picture = nullptr;
    QWidget *m_bar = nullptr; // the freeze switch and its note, above the plot
    QCheckBox *m_freeze = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace rnnlab
