// SPDX-License-Identifier: MIT
// The row and column labels of one heatmap: their texts and tooltip descriptions, their extents in
// the heatmap's font and in the smaller label font, the LabelPlan they get at a cell size (shrunk,
// turned, staggered, or — hidden units only — thinned), how they are drawn and how the tooltips
// name them. A plain value class used by HeatmapWidget; the geometry is HeatmapLayout's, the
// widget's font is passed in.
//
// Symbols: R × C = rows × columns of the matrix (C = 1 for a bias vector).
#pragma once

#include "ui/matrices/heatmaplayout.h"

#include <QFont>
#include <QStringList>

class QPainter;

namespace rnnlab {

class HeatmapLabels
{
public:
    //! \a rows: R labels or none, \a columns: C labels or none. Call measure() afterwards.
    void setLabels(const QStringList &rows, const QStringList &columns);
    //! How tooltips name rows and columns ("input 'e'"); empty lists fall back to the labels.
    void setDescriptions(const QStringList &rows, const QStringList &columns);
    //! Whether the row / column labels may be thinned to every n-th; returns whether this changed.
    bool setMayThin(bool rows, bool columns);
    //! Measures the labels in \a font (the heatmap's) and \a small (smaller labels, see
    //! smallFont()): after setLabels() and whenever the font changes.
    void measure(const QFont &font, const QFont &small);
    //! 80 % of \a font, but not below 9 px (or \a font's own size when that is smaller): smaller
    //! characters do not read on a projector.
    static QFont smallFont(const QFont &font);

    const QStringList &rows() const { return m_rows; }
    const QStringList &columns() const { return m_columns; }
    //! Row \a i as a tooltip names it: its description, else its label, else its number (1-based).
    QString rowName(int i) const;
    QString columnName(int i) const;

    HeatmapLayout::LabelPlan rowPlan(int cellSize) const;
    HeatmapLayout::LabelPlan columnPlan(int cellSize) const;
    //! The height of the column labels over cells of \a cellSize (0 without column labels).
    int columnBand(int cellSize) const;
    //! The width of the row labels beside cells of \a cellSize (0 without row labels).
    int rowBand(int cellSize) const;

    //! "Row labels: only every 5th is drawn (h5, h10, …), …" for each thinned axis, else empty.
    QString thinningNote(int cellSize) const;
    //! The tooltip of the label band under \a position ("Column 2: input 'e'" and the thinning
    //! note), empty outside the bands.
    QString toolTipAt(const HeatmapLayout &layout, const QPoint &position) const;

    //! Draws the column labels over the grid of \a layout, in \a font or \a small as planned, none
    //! past x = \a right (the widget's last pixel column).
    void paintColumns(QPainter &painter, const HeatmapLayout &layout, const QFont &font, const QFont &small,
                      int right) const;
    //! Draws the row labels left of the grid of \a layout.
    void paintRows(QPainter &painter, const HeatmapLayout &layout, const QFont &font, const QFont &small) const;

private:
    QStringList m_rows; // (R) or empty
    QStringList m_columns; // (C) or empty
    QStringList m_rowDescriptions;
    QStringList m_columnDescriptions;
    bool m_rowsMayThin = false;
    bool m_columnsMayThin = false;
    // Widest label and line height, in the heatmap's font and in the small one (measure()).
    HeatmapLayout::LabelExtent m_rowExtent;
    HeatmapLayout::LabelExtent m_rowExtentSmall;
    HeatmapLayout::LabelExtent m_columnExtent;
    HeatmapLayout::LabelExtent m_columnExtentSmall;
};

} // namespace rnnlab
