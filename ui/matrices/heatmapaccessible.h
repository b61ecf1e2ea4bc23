// SPDX-License-Identifier: MIT
// A heatmap as a screen reader reads it: the matrix named as on the slides ("W_hh"), one cell per
// element named as PyTorch names it ("rnn.weight_hh_l0[2][3]"), valued with the number the cell
// prints ("0.12"), described with its tooltip (exact value, meaning, how to edit it); the cell with
// the keyboard cursor is the focused child. Reads the HeatmapWidget; not its keyboard handling
// (HeatmapInteraction).
#pragma once

#include "ui/common/accessiblecells.h"
#include <QCoreApplication> // Q_DECLARE_TR_FUNCTIONS

namespace rnnlab {

class HeatmapWidget;

class HeatmapAccessible : public AccessibleCellView
{
    Q_DECLARE_TR_FUNCTIONS(rnnlab::HeatmapAccessible)

public:
    explicit HeatmapAccessible(HeatmapWidget *heatmap);

    //! For QAccessible::installFactory: the interface of a HeatmapWidget, else null.
    static QAccessibleInterface *factory(const QString &className, QObject *object);

    int cellCount() const override;
    AccessibleCell cell(int index) const override;
    QString cellDescription(int index) const override;
    int cellAt(const QPoint &position) const override;
    int focusedCell() const override;
    QAccessible::State state() const override;

private:
    HeatmapWidget *heatmap() const;
};

} // namespace rnnlab
