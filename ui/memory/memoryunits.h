// SPDX-License-Identifier: MIT
// "Units over text" and "find units" (issue 17, point 2): the text as lines of character cells,
// each coloured by one unit's value at that step (the graph's red/blue scale, valueColor with the
// snapshot's ColorScales), under each character the network's top-3 next outputs with their
// probabilities; a span of the text selected by dragging over it (or Shift+←/→) ranks the units
// (UnitRanking), shown as a short list beside or under the text, and clicking a row colours the
// text by that unit. Every number on hover. Only paints a UnitsPicture and keeps the choice of unit
// and span; not computing the picture (UnitsPicture::of) and not the unit chooser (MemoryView's).
#pragma once

#include "engine/unitranking.h"
#include "ui/memory/unitspicture.h"

#include <QWidget>

#include <optional>

namespace rnnlab {

class MemoryUnits : public QWidget
{
    Q_OBJECT

public:
    //! The ranked list shows this many units at most.
    static constexpr int shownUnits = 5;

    explicit MemoryUnits(QWidget *parent = nullptr);

    //! Shows \a picture, its states coloured on the scale \a scale (the |value| drawn darkest). The
    //! unit is kept (clamped to the hidden size); the span too while it still fits the text.
    void setPicture(const UnitsPicture *picture, double scale);
    int unit() const { return m_unit; }
    double scale() const { return m_scale; }
    //! The span selected (time steps [begin, end) of the text shown), if any.
    std::optional<TextSpan> span() const { return m_span; }
    //! The units ranked for span() (best first; empty without a span or for a span that cannot be ranked).
    const std::vector<UnitScore> &ranking() const { return m_ranking; }
    int shownRows() const { return std::min(int(m_ranking.size()), shownUnits); }

    //! The cell of step \a t's character, and the column of it and its guesses.
    QRectF cellRect(int t) const;
    QRectF columnRect(int t) const;
    //! The row of the \a row-th ranked unit.
    QRectF rowRect(int row) const;
    //! The step whose column is under \a point, or −1; the ranked row under it, or −1.
    int stepAt(QPointF point) const;
    int rowAt(QPointF point) const;
    //! The colour step \a t's character cell is drawn with: valueColor of the unit's value.
    QColor colorOf(int t) const;
    //! The hover text at \a point (empty: none).
    QString toolTipAt(QPointF point) const;
    //! The guess text drawn under step \a t, the \a k-th likeliest ("e 0.71"); empty when none.
    QString guessText(int t, int k) const;

    //! The height of the first line's characters with the margin above: what a scroll area around
    //! this view shows at least.
    int leastHeight() const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public slots:
    //! Colours the text by unit \a unit (0-based, clamped).
    void setUnit(int unit);
    //! Selects time steps [begin, end) of the text shown (clamped; empty clears) and ranks the units.
    void setSpan(int begin, int end);
    void clearSpan();

signals:
    void unitChanged(int unit);
    void spanChanged();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    //! Where everything goes at a width: pure arithmetic on the font and the picture.
    struct Geometry
    {
        double cellWidth = 0;
        double cellHeight = 0; // the character's cell
        double guessHeight = 0; // one guess's line
        double lineHeight = 0; // a line of the text: cells, guesses and the gap under them
        int perLine = 1;
        int lines = 0;
        QRectF text; // the lines of the text
        QRectF list; // the note and the ranked units
        double rowHeight = 0;
        double noteHeight = 0;
    };
    const Geometry &geometry(int width) const;
    Geometry computeGeometry(int width) const;
    QFont textFont() const;
    QString note() const;
    int guessRows() const;
    void rank();
    void paintList(QPainter &painter, const Geometry &g);

    const UnitsPicture *m_picture = nullptr;
    double m_scale = 1.0;
    int m_unit = 0;
    std::optional<TextSpan> m_span;
    std::vector<UnitScore> m_ranking;
    int m_anchor = -1; // where the drag or the Shift+arrow selection started
    int m_caret = 0; // the keyboard's step
    mutable std::optional<Geometry> m_geometry; // geometry(m_geometryWidth), until the picture, span or font change
    mutable int m_geometryWidth = -1;
};

} // namespace rnnlab
