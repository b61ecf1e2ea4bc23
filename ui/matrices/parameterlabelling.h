// SPDX-License-Identifier: MIT
// What each heatmap of the matrix panel is called and how its rows and columns are labelled, for
// a run: per layer W_xh, b_ih, W_hh, b_hh (one block of rows per gate for an LSTM or GRU: "i3" is
// unit 3's input gate), then W_hy and b_y with an output layer (a classifier's: one row per
// class) — the slide names, the short labels beside the cells, what each row and column means for
// the tooltips ("h3 of layer 2", "input 'e'"), and which labels may be thinned when the cells are
// small (hidden units may; vocabulary characters never). A pure function of the run's setup:
// MatrixPanel applies it; tst_parameterlabelling checks it without a widget.
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace rnnlab {

struct RunSetup;

struct ParameterLabelling
{
    QString title; // "W_xh⁽²⁾", "b_ih⁽²⁾", …
    QStringList rows; // a label per row, or none (a bias: the matrix beside it labels its rows)
    QStringList columns;
    QStringList rowDescriptions; // for the tooltips
    QStringList columnDescriptions;
    bool thinRows = false; // the labels may be thinned to every n-th
    bool thinColumns = false;

    //! The labelling of every parameter of \a setup, in the panel's order.
    static std::vector<ParameterLabelling> of(const RunSetup &setup);
};

} // namespace rnnlab
