// SPDX-License-Identifier: MIT
// A translation's graph (TranslationGraph) as a screen reader reads it: "Translation graph", one
// child per cell of its vectors — named as its tooltip names them ("h_2[3] of the encoder, layer
// 1"), valued with the number it prints (two decimals) — and one per text node (a token, a step,
// a prediction against its target) valued with its text; all from the snapshot it paints
// (TranslationGraph::valueOf, textOf). No keyboard cursor yet: the cells are read, not walked.
#pragma once

#include "ui/common/accessiblecells.h"
#include <QCoreApplication> // Q_DECLARE_TR_FUNCTIONS

#include <utility>
#include <vector>

namespace rnnlab {

class TranslationGraph;
struct TrainingSnapshot;

class TranslationAccessible : public AccessibleCellView
{
    Q_DECLARE_TR_FUNCTIONS(rnnlab::TranslationAccessible)

public:
    explicit TranslationAccessible(TranslationGraph *graph);

    //! For QAccessible::installFactory: the interface of a TranslationGraph, else null.
    static QAccessibleInterface *factory(const QString &className, QObject *object);

    int cellCount() const override;
    AccessibleCell cell(int index) const override;
    QString cellDescription(int index) const override;
    QAccessible::State state() const override;

private:
    TranslationGraph *graph() const;
    //! Whether the decoder's cells are the greedy pass's (the Translate view, when the snapshot has one).
    bool greedy(const TrainingSnapshot &snapshot) const;
    //! (node, cell) of child \a index: the layout's nodes in order, a vector node's cells each, a
    //! text node once (cell −1).
    std::pair<int, int> locate(int index) const;
};

} // namespace rnnlab
