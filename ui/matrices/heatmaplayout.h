// SPDX-License-Identifier: MIT
// Where a heatmap's parts go: the title band, the column labels, the row labels and a grid of
// square cells, plus hit-testing and which labels fit. A plain value class (no widget, no font:
// text extents come in as pixel numbers), used by HeatmapWidget's paintEvent, its tooltips and
// its size hints, and tested without a GUI. Not the drawing (heatmapwidget.h).
//
//   ┌───────────────────────────┐  titleHeight
//   │ ■ W_hh (4×4)              │
//   │      h1  h2  h3  h4       │  columnLabelHeight (0 without column labels)
//   │  h1 ┌───┬───┬───┬───┐     │
//   │  h2 │   │   │   │   │     │  rows × cellSize
//   │ ... └───┴───┴───┴───┘     │
//   └───────────────────────────┘
//   rowLabelWidth, then cols × cellSize
#pragma once

#include <QPoint>
#include <QRect>
#include <QSize>

namespace rnnlab {

class HeatmapLayout
{
public:
    static constexpr int maxCellSize = 48; // larger cells look like a table, not a matrix
    static constexpr int minCellSize = 2; // below that a cell is invisible on a projector
    static constexpr int gridGapMinCell = 8; // cells this large get a 1 px gap between them
    static constexpr int textPadding = 2; // around a number inside a cell
    static constexpr int tierGap = 3; // between staggered columns of row labels

    //! How the labels of one axis are drawn when a cell is narrower than they are. Vocabulary
    //! labels are never dropped (a student must be able to tell which column is 'e'): they shrink,
    //! turn 90° or, in the end, stagger into tiers. Hidden-unit labels may instead be thinned.
    struct LabelPlan
    {
        bool small = false; //!< in the smaller label font (the widget's, shrunk to a legible minimum)
        bool rotated = false; //!< column labels only: turned 90°, read bottom to top
        int tiers = 1; //!< label i in tier i % tiers: column labels in rows, row labels in columns
        int step = 1; //!< only every step-th label (the step-th, 2·step-th, …) is drawn

        bool operator==(const LabelPlan &) const = default;
    };
    //! The widest label of an axis and the line height, in one font, in pixels.
    struct LabelExtent
    {
        int width = 0;
        int height = 0;
    };

    //! Space outside the cells, in pixels.
    struct Margins
    {
        int titleHeight = 0;
        int titleWidth = 0; // the title's text, so the widget is never narrower
        int columnLabelHeight = 0;
        int rowLabelWidth = 0;
    };

    HeatmapLayout() = default;
    HeatmapLayout(int rows, int columns, int cellSize, const Margins &margins);

    int rows() const { return m_rows; }
    int columns() const { return m_columns; }
    int cellSize() const { return m_cellSize; }
    const Margins &margins() const { return m_margins; }

    //! Everything: title, labels and cells.
    QSize size() const;
    //! The cells, all rows × columns of them.
    QRect gridRect() const;
    //! One cell (without the gap: the gap is the last pixel row and column, see cellFillRect).
    QRect cellRect(int row, int column) const;
    //! The coloured part of a cell: cellRect minus a 1 px gap when cells are ≥ gridGapMinCell.
    QRect cellFillRect(int row, int column) const;
    //! The (row, column) under \a position as QPoint(column, row), or (-1, -1) outside the cells.
    QPoint cellAt(const QPoint &position) const;
    //! Where the label of \a row is drawn (right-aligned against the grid).
    QRect rowLabelRect(int row) const;
    //! Where the label of \a column is drawn (centred over its column).
    QRect columnLabelRect(int column) const;

    //! Whether a number \a textWidth × \a textHeight pixels fits into one cell with padding.
    bool fitsInCell(int textWidth, int textHeight) const;
    //! Draw every n-th label so that labels of \a extent pixels (along the axis) do not overlap:
    //! the smallest n of 1, 2, 5, 10, 20, 50, … with n × cellSize ≥ extent + 2.
    int labelStep(int extent) const;

    //! How column labels of \a normal extent (in the widget's font) or \a small extent (in the
    //! smaller font) go over cells of \a cellSize: the first that fits of horizontal, horizontal
    //! small, and for labels wider than high rotated, rotated small; then, when \a mayThin, every
    //! n-th label horizontally (labelStep()), else small labels staggered into as many rows as
    //! they need.
    static LabelPlan planColumnLabels(int cellSize, LabelExtent normal, LabelExtent small, bool mayThin);
    //! The same for row labels beside cells of \a cellSize: normal, small; then thinned (when
    //! \a mayThin) or small labels staggered into as many columns as they need.
    static LabelPlan planRowLabels(int cellSize, LabelExtent normal, LabelExtent small, bool mayThin);
    //! The height the column labels of \a plan need (without the 2 px gap to the grid).
    static int columnLabelBand(const LabelPlan &plan, LabelExtent normal, LabelExtent small);
    //! The width the row labels of \a plan need (without the gap to the grid).
    static int rowLabelBand(const LabelPlan &plan, LabelExtent normal, LabelExtent small);
    //! Whether \a plan draws label \a index (0-based): every label, or with step n the n-th,
    //! 2n-th, … ("h5", "h10", … rather than "h1", "h6", …).
    static bool drawsLabel(const LabelPlan &plan, int index);

    //! The cell size a \a rows × \a columns matrix gets by default: about 320 px for the larger
    //! side, between minCellSize and maxCellSize.
    static int defaultCellSize(int rows, int columns);
    //! The largest cell size ≤ \a preferred (and ≥ minCellSize) with which the layout fits \a available.
    static int cellSizeToFit(int rows, int columns, const Margins &margins, const QSize &available, int preferred);

private:
    int m_rows = 0;
    int m_columns = 0;
    int m_cellSize = maxCellSize;
    Margins m_margins;
};

} // namespace rnnlab
