// SPDX-License-Identifier: MIT
// The training log as a table: one row per recorded step (History), with its step, its loss and
// what the network predicted for each text — the lines the lecture's loop prints. Rows are
// appended as the history grows (beginInsertRows), and the model is reset for a new generation.
// Holds the snapshot's History (shared, immutable chunks), never a copy of the entries.
//
// Correctness of a prediction: for a text "hello" the targets are "ello"; predicted character i is
// correct when it equals text[i + 1] (what CrossEntropyLoss compares it with).
#pragma once

#include "app/worker/snapshot.h"
#include "ui/common/metatypes.h" // SnapshotPtr and GenerationOptions as Qt meta-types, declared once

#include <QAbstractTableModel>

#include <string>
#include <vector>

namespace rnnlab {

class PredictionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { StepColumn = 0, LossColumn = 1, FirstTextColumn = 2 };
    enum Role {
        //! For a prediction cell: QList<bool>, one per predicted character, true when it matches
        //! the target (what PredictionDelegate marks).
        MatchRole = Qt::UserRole + 1,
        //! For a prediction cell: the target as a QString ("ello" for "hello").
        TargetRole,
    };
    //! Header texts longer than this are elided with "…".
    static constexpr int headerCharacters = 24;
    //! Digits after the point in the Loss column.
    static constexpr int lossDecimals = 6;

    //! A loss as the Loss column shows it: always lossDecimals decimals ("1.095302", "0.000085").
    static QString formatLoss(double loss);

    explicit PredictionsModel(QObject *parent = nullptr);
    ~PredictionsModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    //! The texts of the run whose history is shown, one per prediction column.
    const std::vector<std::u32string> &texts() const { return m_texts; }

    //! Which characters of \a prediction equal their target \a text[i + 1] (shorter of the two).
    static std::vector<bool> matches(const std::u32string &prediction, const std::u32string &text);
    //! \a text cut to \a maxCharacters code points, the last one replaced by "…" when cut.
    static QString elide(const std::u32string &text, int maxCharacters);
    //! The tooltip of a prediction cell: "3 of 4 characters match the target “ello”", and where not.
    static QString matchDescription(const std::u32string &prediction, const std::u32string &text);

public slots:
    void setSnapshot(const rnnlab::SnapshotPtr &snapshot);

private:
    const std::u32string *prediction(const QModelIndex &index) const;

    bool m_hasGeneration = false;
    std::uint64_t m_generation = 0;
    std::vector<std::u32string> m_texts; // (texts) of the run, for the headers and the targets
    std::vector<std::u32string> m_labels; // a classifier's label of each text; empty: next character
    bool m_translation = false; // m_texts are a translation's sources, m_labels their targets
    std::shared_ptr<const RunSetup> m_setup; // whose texts m_texts are (compared by pointer first)
    History m_history; // entries [0, m_rows) are the rows
    int m_rows = 0;
};

} // namespace rnnlab
