// SPDX-License-Identifier: MIT
// Compare mode's summary table as a Qt item model: one row per model, the columns and cell texts
// of CompareTable (the very text rnnlab-cli compare prints), the model's colour and marker as the
// first column's decoration, what each column means as its header's tooltip, the model's full
// settings as the first cell's tooltip. Updating it changes only the cells whose text changed, so
// a table refreshed every frame does not relayout. The loss is shown as the graph and the
// equations print numbers (EquationView::number: 2–4 decimals), not as the CLI's nine digits,
// which stay in the cell's tooltip. Not the numbers (CompareController::rows()).
#pragma once

#include "app/worker/comparetable.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace rnnlab {

class CompareTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit CompareTableModel(QObject *parent = nullptr);

    //! The rows now; \a descriptions: each model's settings in full (tooltips), one per row.
    void setRows(const std::vector<CompareRow> &rows, const QStringList &descriptions = {});
    //! Swatches for a dark background (lighter colours) or a light one.
    void setDarkBackground(bool dark);

    //! The text the table shows in \a row's \a column: CompareTable::cell() (what rnnlab-cli
    //! compare prints), but the loss rounded as the graph and the equations print it
    //! ("1.39", "0.0123"; EquationView::number with decimalsFor its size).
    static QString displayText(const CompareRow &row, int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<std::vector<QString>> m_cells; // [row][column] displayText()
    std::vector<std::vector<QString>> m_exact; // [row][column] CompareTable::cell(): full precision
    QStringList m_descriptions;
    bool m_dark = false;
};

} // namespace rnnlab
