// SPDX-License-Identifier: MIT
// One matrix (or bias vector) as a heatmap: a titled grid of square cells coloured with
// valueColor() (RdBu, centred at 0), the numbers printed in the cells when they fit (in
// CellNumberFormat::forScale(scale), in a font that grows with the cell, never below the
// readability rule's 10 px), else the colour alone (hover and the keyboard show the value), labelled rows and columns
// (vocabulary labels never dropped: shrunk, turned or staggered, see HeatmapLayout::LabelPlan),
// and a tooltip per cell with the exact value, the PyTorch element name and what the element
// means on the slides. Only renders the values it is given; it does not know snapshots
// (see MatrixPanel) and computes nothing about the network.
//
// Editable (setEditable), its cells take new values by hand — a click types one, a vertical drag
// changes it (HeatmapInteraction, which also moves a keyboard cursor over the cells) — and leave
// as cellEdited(); the values shown change only when the caller hands over new ones. Cells set by
// hand carry a corner mark (setMarkedCells); a muted heatmap (setMuted) is drawn faded, for a
// matrix the graph does not use right now.
//
// Symbols: R × C = rows × columns of the matrix shown (C = 1 for a bias vector).
#pragma once

#include "engine/eigentypes.h"
#include "ui/matrices/heatmaplabels.h"
#include "ui/matrices/heatmaplayout.h"
#include "ui/matrices/matrixlabels.h"

#include <QColor>
#include <QImage>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <optional>
#include <vector>

class QPainter;

namespace rnnlab {

class HeatmapInteraction;

class HeatmapWidget : public QWidget
{
    Q_OBJECT

public:
    explicit HeatmapWidget(QWidget *parent = nullptr);
    ~HeatmapWidget() override;

    //! Shows a new matrix. \a title is the slide name ("W_hh", see matrixName()), \a pytorchName
    //! the state_dict name ("rnn.weight_hh_l0"), \a values the (R × C) numbers (copied),
    //! \a rowLabels / \a columnLabels one short label per row / column (R and C of them, or empty:
    //! no labels on that axis), \a scale the |value| drawn with the darkest colour.
    void setMatrix(const QString &title, const QString &pytorchName, const Eigen::Ref<const RowMatrix<float>> &values,
                   const QStringList &rowLabels, const QStringList &columnLabels, double scale);
    //! New numbers for the matrix already shown (the per-snapshot path: the copy reuses the
    //! storage when the shape is unchanged, and labels are kept).
    void setValues(const Eigen::Ref<const RowMatrix<float>> &values, double scale);

    //! The identity colour of the matrix (matrixColor()), drawn as a swatch before the title;
    //! an invalid colour draws none.
    void setIdentityColor(const QColor &color);
    //! How tooltips name rows and columns ("input 'e'", "h3"); by default the labels themselves.
    //! Empty lists fall back to the labels.
    void setDescriptions(const QStringList &rowDescriptions, const QStringList &columnDescriptions);
    //! Make the band above the cells at least \a pixels high (0: only what the column labels
    //! need), so that a bias vector beside a matrix with column labels has its rows at the same
    //! height as the matrix's rows (MatrixPanel passes the matrix's columnLabelHeight).
    void setMinimumColumnLabelBand(int pixels);
    //! Whether the row / column labels may be thinned to every n-th when the cells are too small
    //! for all of them (hidden units h1…hH may; vocabulary characters may not, the default).
    void setLabelsMayThin(bool rowLabels, bool columnLabels);
    //! Whether the title shows the shape ("(4×4)", "(4)"); on by default.
    void setShapeShown(bool shown);
    //! What the numbers are, for the tooltip ("weight", "gradient dL/dw", …); "value" by default.
    void setQuantity(const QString &quantity);
    //! The cell size the widget asks for (sizeHint); it shrinks below it when given less room.
    //! Clamped to [HeatmapLayout::minCellSize, HeatmapLayout::maxCellSize]. Until it is set,
    //! every setMatrix() picks HeatmapLayout::defaultCellSize() for the matrix's shape.
    void setCellSize(int pixels);

    //! Whether the cells can be edited by hand (click, drag, Enter); off by default. Turning it
    //! off closes an open editor without an edit.
    void setEditable(bool editable);
    bool isEditable() const;
    //! The keyboard cursor, the inline editor and the drag (tests and the panel reach them here).
    HeatmapInteraction *interaction() const { return m_interaction; }
    //! Cells to mark as set by hand, each QPoint(column, row): a small triangle in the cell's
    //! corner, in the colour of its number.
    void setMarkedCells(std::vector<QPoint> cells);
    const std::vector<QPoint> &markedCells() const { return m_marked; }
    bool isMarked(int row, int column) const;
    //! Drawn faded (the values stay readable): a matrix that the graph does not use right now.
    void setMuted(bool muted);
    bool isMuted() const { return m_muted; }
    //! Extra tooltip lines for a cell, from whoever knows more about it than its value (the matrix
    //! panel: who edited it, the optimizer's step size); an empty string adds nothing.
    using CellNotes = std::function<QString(int row, int column)>;
    void setCellNotes(CellNotes notes);

    QString title() const { return m_title; }
    QString pytorchName() const { return m_pytorchName; }
    int rows() const { return static_cast<int>(m_values.rows()); }
    int columns() const { return static_cast<int>(m_values.cols()); }
    double scale() const { return m_scale; }
    const RowMatrix<float> &values() const { return m_values; }
    int cellSize() const { return m_cellSize; }

    //! The layout for \a cellSize with this widget's font and labels.
    HeatmapLayout layoutForCellSize(int cellSize) const;
    //! How the row / column labels are drawn with cells of \a cellSize.
    HeatmapLayout::LabelPlan rowLabelPlan(int cellSize) const;
    HeatmapLayout::LabelPlan columnLabelPlan(int cellSize) const;
    //! The layout for the widget's current size.
    HeatmapLayout currentLayout() const;
    //! Whether the numbers are printed in the cells at the current size: in the largest font
    //! from 1.4× down to 0.85× the widget's in which the widest possible number
    //! (CellNumberFormat::widestTexts()) fits, else not at all. All cells or none (a matrix with
    //! holes would read as missing data), and independent of the values, so every heatmap with
    //! this cell size answers the same.
    bool valuesShown() const;
    //! The font the numbers are printed in at \a cellSize, or none when they do not fit.
    std::optional<QFont> valueFontForCellSize(int cellSize) const;
    //! The number printed in one cell (the format of the current scale).
    QString cellText(int row, int column) const;
    //! The element's PyTorch name, 0-based: "rnn.weight_hh_l0[2][3]", a bias "rnn.bias_hh_l0[2]".
    QString elementName(int row, int column) const;
    //! The tooltip of the label band: the label under \a position named in full, and whether
    //! labels are thinned; empty outside the bands.
    QString toolTipForLabelAt(const QPoint &position) const;
    //! The tooltip of one cell: PyTorch element name, exact value (9 significant digits), meaning,
    //! the cell notes, and how to edit it when the heatmap is editable.
    QString toolTipForCell(int row, int column) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    //! The user set the cell at \a row, \a column to \a value (finite; once per click-and-type or
    //! per drag).
    void cellEdited(int row, int column, float value);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void moveEvent(QMoveEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    HeatmapLayout::Margins margins(int cellSize) const;
    void updateTextMetrics();
    void refreshImage();
    QString titleText() const;
    QString shapeText() const;
    QFont titleFont() const;

    QString m_title;
    QString m_pytorchName;
    QString m_quantity;
    RowMatrix<float> m_values; // (R × C)
    HeatmapLabels m_labels;
    double m_scale = 1.0;
    CellNumberFormat m_format;
    QColor m_identityColor;
    int m_cellSize = HeatmapLayout::maxCellSize;
    bool m_cellSizeExplicit = false;
    int m_minimumColumnBand = 0;
    bool m_shapeShown = true;

    // Derived from the font (updateTextMetrics, which also measures the labels), so paintEvent
    // does not measure text.
    int m_titleWidth = 0;
    // The value font per cell size, found by measuring (valueFontForCellSize): paintEvent asks
    // for the same cell size again and again. Cleared when the font changes.
    mutable int m_valueFontCell = -1;
    mutable std::optional<QFont> m_valueFont;

    // One pixel per cell, rebuilt lazily in paintEvent after the values change, then scaled:
    // cheap for 1024 × 1024 matrices, and nothing is computed for a widget nobody sees.
    QImage m_image;
    bool m_imageDirty = true;
    QPoint m_hovered{-1, -1}; // (column, row) under the mouse

    HeatmapInteraction *m_interaction = nullptr; // a child
    std::vector<QPoint> m_marked; // (column, row) of cells set by hand
    bool m_muted = false;
    CellNotes m_cellNotes;
};

} // namespace rnnlab
