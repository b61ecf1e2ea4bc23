// SPDX-License-Identifier: MIT
// Draws a predicted string character by character in a monospace font, marking each character
// that does not match its target (PredictionsModel::MatchRole) with a different colour *and* an
// underline, so right and wrong never depend on colour alone. Only paints what the model says.
#pragma once

#include <QStyledItemDelegate>

namespace rnnlab {

class PredictionDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit PredictionDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    //! The colour wrong characters are drawn with on \a palette (a red that reads on light and dark).
    static QColor wrongColor(const QPalette &palette);
};

} // namespace rnnlab
