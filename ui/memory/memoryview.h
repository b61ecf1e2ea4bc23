// SPDX-License-Identifier: MIT
// The Memory tab (issue 17, "Seeing memory"), two pages: how far back the walk's step's prediction
// looks (MemoryInfluence) beside the path of the chosen layer's states (MemoryPath); and one unit of
// that layer over the text (MemoryUnits), for the snapshot on screen. The analysis (one forward pass
// shared by MemoryPicture::of and UnitsPicture::of, one BPTT and an SVD) runs only while the
// tab is visible, at most every recomputeInterval while training plays (then on a pool thread, one at
// a time, the newest snapshot each time), and at once for a stopped
// run's snapshot or when the walk's step, the text or the layer changes; a hidden tab only keeps the
// newest snapshot. Not the
// numbers (MemoryAnalysis) and not their drawing (the two painters).
#pragma once

#include "app/worker/snapshot.h"
#include "ui/common/colorscales.h"
#include "ui/common/metatypes.h"
#include "ui/common/snapshotview.h"
#include "ui/memory/memorypicture.h"
#include "ui/memory/unitspicture.h"
#include "ui/teaching/timestepwalker.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

#include <cstdint>
#include <optional>

class QComboBox;
class QLabel;
class QScrollArea;
class QSpinBox;
class QStackedWidget;
class QToolButton;

namespace rnnlab {

class MemoryInfluence;
class MemoryPath;
class MemoryUnits;

class MemoryView
    : public QWidget
    , public SnapshotView
{
    Q_OBJECT

public:
    //! At most about 4 analyses a second while training streams snapshots (~60 a second).
    static constexpr int recomputeInterval = 250; // ms

    //! The tab's two pages.
    enum class Page {
        InfluenceAndPath, // how far back a prediction looks, beside the path of h_t
        Units, // units over the text, Find units
    };

    explicit MemoryView(QWidget *parent = nullptr);
    ~MemoryView() override;

    void showSnapshot(const SnapshotPtr &snapshot, const ColorScales &scales) override;

    //! What is drawn now (computed for the last snapshot shown while visible).
    const MemoryPicture &picture() const { return m_picture; }
    //! How many times the analysis ran (tests: none while hidden).
    int computations() const { return m_computations; }
    MemoryInfluence *influenceView() const { return m_influence; }
    MemoryPath *pathView() const { return m_path; }
    //! The path is drawn on axes frozen at an earlier training step (setAxesFrozen()).
    bool axesFrozen() const { return m_frozen.has_value(); }
    //! Units over text (issue 17, point 2) and what it draws.
    MemoryUnits *unitsView() const { return m_units; }
    const UnitsPicture &unitsPicture() const { return m_unitsPicture; }
    Page page() const;
    //! An influence as the title prints it: decimals from 0.001 up, "2.9 × 10⁻¹⁷" below.
    static QString influenceText(double value);
    //! Makes \a figure (one of the three views) what the window shows: its page, and the Memory tab
    //! in its tab widget — an exported figure is the one seen, laid out at its size on screen.
    void reveal(QWidget *figure);

public slots:
    //! The text shown (GraphBar's choice).
    void setTextIndex(int index);
    //! The walk by hand's place: its t is the step explained (none: the last step).
    void setStepCursor(const std::optional<rnnlab::StepCursor> &cursor);
    //! The layer analysed (0-based; −1 the top) and, for an LSTM, c instead of h.
    void setLayer(int layer, bool cellState = false);
    //! Keeps the path's axes (and their scale) of the picture drawn now for every later snapshot
    //! (true), or gives each snapshot its own PCA again. Frozen axes are dropped by themselves when
    //! they no longer fit: another layer or state, a reset (MemoryPicture::of).
    void setAxesFrozen(bool frozen);
    void showPage(rnnlab::MemoryView::Page page);

protected:
    void showEvent(QShowEvent *event) override;

private:
    //! Recomputes when visible and something changed: now, or (\a inBackground, for snapshots
    //! streamed while playing) on a pool thread, unless one is already running.
    void recompute(bool inBackground = false);
    //! What one analysis gives the three views.
    struct Pictures
    {
        MemoryPicture memory;
        UnitsPicture units;
    };
    static Pictures analyse(const TrainingSnapshot &snapshot, int text, std::optional<int> t, MemoryLayer which,
                            const MemoryPicture::Axes *frozen);
    void showPictures(Pictures pictures);
    void recomputeSoon();
    void updateControls();
    QWidget *createUnitsPane(QWidget *parent);
    //! Colours the text by the unit that varies most over it, once per run (unless the user chose one).
    void chooseUnit();
    void updateUnitsControls();

    SnapshotPtr m_snapshot;
    MemoryPicture m_picture;
    int m_textIndex = 0;
    std::optional<int> m_t;
    MemoryLayer m_which;
    std::optional<MemoryPicture::Axes> m_frozen; // Freeze axes: the axes the path is projected onto
    bool m_dirty = false;
    int m_computations = 0;
    QTimer m_timer;
    QElapsedTimer m_sinceComputed;
    QFutureWatcher<Pictures> m_analysis;
    int m_generation = 0; // analyses started
    int m_analysisGeneration = 0; // the one m_analysis runs

    QComboBox *m_layer = nullptr;
    QComboBox *m_state = nullptr;
    QLabel *m_statesOf = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_influenceTitle = nullptr;
    QLabel *m_pathTitle = nullptr;
    QLabel *m_problem = nullptr;
    MemoryInfluence *m_influence = nullptr;
    MemoryPath *m_path = nullptr;
    // Units over text.
    UnitsPicture m_unitsPicture;
    ColorScales m_scales;
    QSpinBox *m_unitChooser = nullptr;
    MemoryUnits *m_units = nullptr;
    QScrollArea *m_unitsScroll = nullptr;
    //! The run (snapshot generation) whose unit is chosen, by the user or by chooseUnit(); another
    //! run starts on its most varied unit again.
    std::optional<std::uint64_t> m_unitChosenIn;
    bool m_choosingUnit = false; // the view sets the unit, not the user
    QStackedWidget *m_pages = nullptr;
    QToolButton *m_toInfluence = nullptr;
    QToolButton *m_toUnits = nullptr;
};

} // namespace rnnlab
