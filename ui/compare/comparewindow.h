// SPDX-License-Identifier: MIT
// Compare mode's window: two or three models side by side — one column per model with its own
// settings and its unfolded graph (ComparePanel) — over one plot with every model's loss, one
// with every model's share of correct characters (ComparePlot), and the summary table
// (CompareTableModel) — with, when the cells differ (RNN vs LSTM vs GRU), how much of the last
// step's gradient reaches each h_t (GradientComparisonPlot: why gates help) and how far back each
// model's prediction at one step looks (MemoryComparisonPlot, beside the other curves); the toolbar trains them together (play/pause, one step, reset, lock step
// or free-running, speed) and loads the presets. It wires the views to its CompareController and
// keeps nothing but view state itself. Opened from the main window (File ▸ Compare models…), or
// by rnnlab --screenshot/--bench-ui with --compare / --compare-preset.
#pragma once

#include "engine/session.h"
#include "ui/common/metatypes.h"

#include <QMainWindow>

#include <vector>

class QAction;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QSplitter;
class QTableView;
class QTimer;

namespace rnnlab {

class CompareController;
class ComparePanel;
class ComparePlot;
class CompareTableModel;
class GradientComparisonPlot;
class MemoryComparisonPlot;
class TrainingControls;

class CompareWindow : public QMainWindow
{
    Q_OBJECT

public:
    //! \a interactive: report problems in message boxes; off for screenshots, benchmarks and tests.
    explicit CompareWindow(bool interactive = true, QWidget *parent = nullptr);
    ~CompareWindow() override;

    //! Compares \a sessions (2 or 3) from step 0, titled \a title, with \a description (what to
    //! look for) under the table. When they cannot be compared
    //! (validateComparison(), validate()) nothing changes and the problems are returned.
    std::vector<Problem> setSessions(const std::vector<Session> &sessions, const QString &title = {},
                                     const QString &description = {});
    //! Loads the preset called \a id ("layers", "cells"); false if there is none.
    bool loadPreset(const QString &id);

    CompareController *controller() const { return m_controller; }
    int panelCount() const { return int(m_panels.size()); }
    ComparePanel *panel(int model) const;
    ComparePlot *lossPlot() const { return m_lossPlot; }
    ComparePlot *accuracyPlot() const { return m_accuracyPlot; }
    CompareTableModel *tableModel() const { return m_tableModel; }
    GradientComparisonPlot *gradientPlot() const { return m_gradientPlot; }
    //! Whether the gradient plot is shown: on by itself when the compared cells differ (View menu).
    bool gradientsShown() const;
    QAction *gradientAction() const { return m_gradientAction; }
    MemoryComparisonPlot *memoryPlot() const { return m_memoryPlot; }
    //! Whether "How far back a prediction looks" is shown: on by itself when the cells differ (View menu).
    bool memoryShown() const;
    QAction *memoryAction() const { return m_memoryAction; }
    QTableView *tableView() const { return m_table; }
    QAction *playAction() const;
    QAction *stepAction() const;
    QAction *resetAction() const;
    QAction *lockStepAction() const { return m_lockStepAction; }
    //! Steps per second for every model; 0 = as fast as possible.
    void setSpeed(double stepsPerSecond);
    //! How long each graph paint took (ms), all panels, since the last call (for --bench-ui).
    std::vector<double> takeFrameTimes();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private slots:
    void onSnapshots();
    void onProblem(int model, const QString &message);
    void onPanelEdited(int model, const rnnlab::Session &session);
    void addModel();
    void removeModel(int model);

private:
    void createActions();
    QWidget *createCentralArea();
    void rebuildPanels();
    //! Column widths for the widest numbers a row can get, so that the table never relayouts
    //! while it updates every frame, and the width the table needs beside the plots.
    void fitTable();
    void updateSharedLine();
    void updateStepLabel();
    //! Hands the snapshots shown now to the gradient plot (throttled: see m_gradientTimer).
    void updateGradientPlot();
    //! Hands the snapshots shown now to the memory plot (throttled with the gradient plot).
    void updateMemoryPlot();

    bool m_interactive;
    CompareController *m_controller = nullptr;
    QString m_title;
    std::vector<ComparePanel *> m_panels;
    QWidget *m_panelArea = nullptr;
    QHBoxLayout *m_panelLayout = nullptr;
    ComparePlot *m_lossPlot = nullptr;
    ComparePlot *m_accuracyPlot = nullptr;
    CompareTableModel *m_tableModel = nullptr;
    QTableView *m_table = nullptr;
    QSplitter *m_bottom = nullptr;
    QSplitter *m_splitter = nullptr; // panels above, plots and table below
    bool m_shown = false;
    double m_fontScale = 1.0;
    double m_basePointSize = 0.0;
    QLabel *m_shared = nullptr;
    QLabel *m_about = nullptr; // under the table: what to look for
    GradientComparisonPlot *m_gradientPlot = nullptr; // between the table and m_about
    QTimer *m_gradientTimer = nullptr; // merges the snapshots of a frame burst into one recomputation
    MemoryComparisonPlot *m_memoryPlot = nullptr; // beside the accuracy plot
    QComboBox *m_textSelector = nullptr;
    QComboBox *m_presets = nullptr;
    TrainingControls *m_controls = nullptr; // play, step, reset, speed: the main window's
    QLabel *m_stepLabel = nullptr;
    QLabel *m_rateLabel = nullptr;
    QAction *m_lockStepAction = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_foldAction = nullptr;
    QAction *m_gradientAction = nullptr;
    QAction *m_memoryAction = nullptr;
};

} // namespace rnnlab
