// SPDX-License-Identifier: MIT
#include "ui/panels/predictiondelegate.h"
#include "ui/common/monospace.h"

#include "ui/panels/predictionsmodel.h"

#include <QApplication>
#include <QPainter>

namespace rnnlab {

PredictionDelegate::PredictionDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QColor PredictionDelegate::wrongColor(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5 ? QColor(0xFF, 0x8A, 0x80) : QColor(0xC6, 0x28, 0x28);
}

QSize PredictionDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    opt.font = monospaceLike(option.font);
    opt.fontMetrics = QFontMetrics(opt.font);
    return QStyledItemDelegate::sizeHint(opt, index);
}

void PredictionDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    const QList<bool> match = index.data(PredictionsModel::MatchRole).value<QList<bool>>();
    opt.text.clear();
    // Background, selection and focus as the style draws them, then the characters ourselves.
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QFont font = monospaceLike(opt.font);
    const QFontMetrics metrics(font);
    const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(2, 0, -2, 0);
    const bool selected = opt.state & QStyle::State_Selected;
    const QColor normal = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor wrong = selected ? normal : wrongColor(opt.palette);

    painter->save();
    painter->setFont(font);
    painter->setClipRect(area);
    const int baseline = area.top() + (area.height() - metrics.height()) / 2 + metrics.ascent();
    int x = area.left();
    int i = 0; // code point index: MatchRole has one entry per character, not per UTF-16 unit
    for (const char32_t c : text.toStdU32String()) {
        const QString glyph = QString::fromUcs4(&c, 1);
        const int width = metrics.horizontalAdvance(glyph);
        const bool isWrong = i < match.size() && !match.at(i);
        painter->setPen(isWrong ? wrong : normal);
        painter->drawText(x, baseline, glyph);
        // Below the descenders ("p", "g"), so the mark never crosses a letter.
        if (isWrong)
            painter->fillRect(QRect(x, baseline + metrics.descent(), width, 2), wrong);
        x += width;
        ++i;
        if (x > area.right())
            break;
    }
    painter->restore();
}

} // namespace rnnlab
