// SPDX-License-Identifier: MIT
// The training log: a table of every recorded step (step, loss, the predicted string of each
// text), as the lecture's loop prints it. Follows the newest row while the user is at the bottom
// and stays put when they have scrolled up to read. Only renders snapshots (PredictionsModel).
#pragma once

#include "app/worker/snapshot.h"
#include "ui/common/metatypes.h" // SnapshotPtr and GenerationOptions as Qt meta-types, declared once
#include "ui/common/snapshotview.h"

#include <QWidget>

class QTableView;

namespace rnnlab {

class PredictionsModel;

class PredictionsLog
    : public QWidget
    , public SnapshotView
{
    Q_OBJECT

public:
    explicit PredictionsLog(QWidget *parent = nullptr);
    ~PredictionsLog() override;

    PredictionsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    //! SnapshotView: setSnapshot(\a snapshot) (the colour scales are not this view's).
    void showSnapshot(const SnapshotPtr &snapshot, const ColorScales &scales) override;

public slots:
    void setSnapshot(rnnlab::SnapshotPtr snapshot);

protected:
    void changeEvent(QEvent *event) override;

private:
    void resizeColumns();

    PredictionsModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    bool m_followNewest = true; // decided before rows are inserted: was the view at the bottom?
};

} // namespace rnnlab
