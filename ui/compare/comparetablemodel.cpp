// SPDX-License-Identifier: MIT
#include "ui/compare/comparetablemodel.h"

#include "ui/common/modelstyle.h"
#include "ui/common/readernumber.h"
#include "ui/teaching/equationview.h"

#include <QIcon>

#include <cmath>

namespace rnnlab {

CompareTableModel::CompareTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

QString CompareTableModel::displayText(const CompareRow &row, int column)
{
    if (column == CompareTable::Loss && row.summary.loss()) {
        // As the graph and the equations print a number: a few decimals, more for a small loss.
        const float loss = *row.summary.loss();
        return EquationView::number(loss, EquationView::decimalsFor(std::abs(double(loss))));
    }
    // CompareTable writes C (rnnlab-cli compare prints the same table); here it is read.
    const QString text = QString::fromStdString(CompareTable::cell(row, column));
    return column == CompareTable::Model ? text : ReaderNumber::fromC(text);
}

void CompareTableModel::setRows(const std::vector<CompareRow> &rows, const QStringList &descriptions)
{
    std::vector<std::vector<QString>> cells;
    std::vector<std::vector<QString>> exact;
    for (const CompareRow &row : rows) {
        std::vector<QString> line;
        std::vector<QString> full;
        for (int c = 0; c < CompareTable::ColumnCount; ++c) {
            line.push_back(displayText(row, c));
            const QString exactText = QString::fromStdString(CompareTable::cell(row, c));
            full.push_back(c == CompareTable::Model ? exactText : ReaderNumber::fromC(exactText));
        }
        cells.push_back(std::move(line));
        exact.push_back(std::move(full));
    }
    m_descriptions = descriptions;
    m_exact = std::move(exact); // only tooltips read it: no dataChanged of its own
    if (cells.size() != m_cells.size()) {
        beginResetModel();
        m_cells = std::move(cells);
        endResetModel();
        return;
    }
    for (std::size_t r = 0; r < cells.size(); ++r) {
        int first = -1;
        int last = -1;
        for (std::size_t c = 0; c < cells[r].size(); ++c) {
            if (cells[r][c] == m_cells[r][c])
                continue;
            first = first < 0 ? int(c) : first;
            last = int(c);
        }
        m_cells[r] = std::move(cells[r]);
        if (first >= 0)
            emit dataChanged(index(int(r), first), index(int(r), last), {Qt::DisplayRole});
    }
}

void CompareTableModel::setDarkBackground(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    if (!m_cells.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, 0), {Qt::DecorationRole});
}

int CompareTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cells.size());
}

int CompareTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : CompareTable::ColumnCount;
}

QVariant CompareTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto row = static_cast<std::size_t>(index.row());
    const auto column = static_cast<std::size_t>(index.column());
    switch (role) {
    case Qt::DisplayRole: return m_cells[row][column];
    case Qt::TextAlignmentRole:
        return index.column() == CompareTable::Model ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                     : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DecorationRole:
        if (index.column() == CompareTable::Model)
            return QIcon(ModelStyle::of(index.row(), m_dark).sample(30, 16, 2.0));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == CompareTable::Model && index.row() < m_descriptions.size())
            return m_descriptions.at(index.row());
        if (m_exact[row][column] != m_cells[row][column]) // rounded on screen: the full number here
            return QStringLiteral("%1\n%2").arg(m_exact[row][column],
                                                QString::fromStdString(CompareTable::explanation(index.column())));
        return QString::fromStdString(CompareTable::explanation(index.column()));
    default: return {};
    }
}

QVariant CompareTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= CompareTable::ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (role) {
    case Qt::DisplayRole: {
        // Long titles on two lines ("all right / at step"): the table sits beside two plots.
        QString title = QString::fromStdString(CompareTable::header(section));
        const qsizetype space = title.indexOf(u' ', title.size() / 2 - 1);
        if (title.size() > 10 && space > 0)
            title[space] = u'\n';
        return title;
    }
    case Qt::ToolTipRole: return QString::fromStdString(CompareTable::explanation(section));
    case Qt::TextAlignmentRole:
        return section == CompareTable::Model ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                              : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default: return QAbstractTableModel::headerData(section, orientation, role);
    }
}

} // namespace rnnlab
