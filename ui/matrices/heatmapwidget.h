// SPDX-License-Identifier: MIT
// One matrix (or bias vector) as a heatmap: a titled grid of square cells coloured with
// valueColor() (RdBu, centred at 0), the numbers printed in the cells when they fit, labelled rows
// and columns, and a tooltip per cell with the exact value, the PyTorch element name and what the
// element means on the slides. Only renders the values it is given; it does not know snapshots
// (see MatrixPanel) and computes nothing about the network.
//
// Symbols: R × C = rows × columns of the matrix shown (C = 1 for a bias vector).
#pragma once

#include "eigentypes.h"
#include "heatmaplayout.h"

#include <QColor>
#include <QImage>
#include <QStringList>
#include <QWidget>

#include <optional>

namespace rnnlab {

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
    //! Keep the band for column labels even without labels, so that a bias vector beside a
    //! matrix with column labels has its rows at the same height as the matrix's rows.
    void setColumnLabelBand(bool reserve);
    //! Whether the title shows the shape ("(4×4)", "(4)"); on by default.
    void setShapeShown(bool shown);
    //! What the numbers are, for the tooltip ("weight", "gradient dL/dw", …); "value" by default.
    void setQuantity(const QString &quantity);
    //! The cell size the widget asks for (sizeHint); it shrinks below it when given less room.
    //! Clamped to [HeatmapLayout::minCellSize, HeatmapLayout::maxCellSize]. Until it is set,
    //! every setMatrix() picks HeatmapLayout::defaultCellSize() for the matrix's shape.
    void setCellSize(int pixels);

    QString title() const { return m_title; }
    QString pytorchName() const { return m_pytorchName; }
    int rows() const { return static_cast<int>(m_values.rows()); }
    int columns() const { return static_cast<int>(m_values.cols()); }
    double scale() const { return m_scale; }
    const RowMatrix<float> &values() const { return m_values; }
    int cellSize() const { return m_cellSize; }

    //! The layout for \a cellSize with this widget's font and labels.
    HeatmapLayout layoutForCellSize(int cellSize) const;
    //! The layout for the widget's current size.
    HeatmapLayout currentLayout() const;
    //! Whether the numbers are printed in the cells at the current size: in the widget's font
    //! when the widest possible number (widestCellValues()) fits, else in a slightly smaller one,
    //! else not at all. All cells or none (a matrix with holes would read as missing data), and
    //! independent of the values, so every heatmap with this cell size answers the same.
    bool valuesShown() const;
    //! The tooltip of one cell: PyTorch element name, exact value (9 significant digits), meaning.
    QString toolTipForCell(int row, int column) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    HeatmapLayout::Margins margins() const;
    void updateTextMetrics();
    void refreshImage();
    //! The font the numbers fit into the cells of \a layout with, or none.
    std::optional<QFont> valueFont(const HeatmapLayout &layout) const;
    QString titleText() const;
    QString shapeText() const;
    QFont titleFont() const;

    QString m_title;
    QString m_pytorchName;
    QString m_quantity;
    RowMatrix<float> m_values; // (R × C)
    QStringList m_rowLabels;   // (R) or empty
    QStringList m_columnLabels; // (C) or empty
    QStringList m_rowDescriptions;
    QStringList m_columnDescriptions;
    double m_scale = 1.0;
    QColor m_identityColor;
    int m_cellSize = HeatmapLayout::maxCellSize;
    bool m_cellSizeExplicit = false;
    bool m_reserveColumnBand = false;
    bool m_shapeShown = true;

    // Derived from the font and labels (updateTextMetrics), so paintEvent does not measure them.
    int m_rowLabelWidth = 0;
    int m_columnLabelWidth = 0;
    int m_titleWidth = 0;

    // One pixel per cell, rebuilt lazily in paintEvent after the values change, then scaled:
    // cheap for 1024 × 1024 matrices, and nothing is computed for a widget nobody sees.
    QImage m_image;
    bool m_imageDirty = true;
    QPoint m_hovered{-1, -1}; // (column, row) under the mouse
};

} // namespace rnnlab
