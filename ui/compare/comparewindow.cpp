// SPDX-License-Identifier: MIT
#include "ui/compare/comparewindow.h"

#include "app/session/problemtext.h"
#include "engine/comparison.h"
#include "engine/unicode.h"
#include "ui/common/modelstyle.h"
#include "ui/common/readernumber.h"
#include "ui/common/trainingcontrols.h"
#include "ui/compare/comparecontroller.h"
#include "ui/compare/comparepanel.h"
#include "ui/compare/comparetablemodel.h"
#include "ui/graph/graphview.h"
#include "ui/plots/compareplot.h"
#include "ui/plots/gradientcomparisonplot.h"
#include "ui/plots/memorycomparisonplot.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace rnnlab {

namespace {
QString quotedTexts(const std::vector<std::u32string> &texts)
{
    QStringList quoted;
    for (const auto &text : texts) {
        QString t = QString::fromStdString(toUtf8(text));
        if (t.size() > 48)
            t = t.left(47) + QStringLiteral("…");
        quoted << QStringLiteral("“%1”").arg(t);
    }
    return quoted.join(QStringLiteral(", "));
}
} // namespace

CompareWindow::CompareWindow(bool interactive, QWidget *parent)
    : QMainWindow(parent)
    , m_interactive(interactive)
    , m_controller(new CompareController(this))
{
    setWindowIcon(QIcon(QStringLiteral(":/rnnlab/rnnlab.svg")));
    setCentralWidget(createCentralArea());
    createActions();
    statusBar()->addPermanentWidget(m_rateLabel = new QLabel(this));
    statusBar()->showMessage(tr("Space: train · Ctrl+→: one step for every model · Ctrl+L: lock step or free-running · "
                                "F: fold the graphs"));
    connect(m_controller, &CompareController::snapshotsChanged, this, &CompareWindow::onSnapshots);
    connect(m_controller, &CompareController::problem, this, &CompareWindow::onProblem);
    connect(m_controller, &CompareController::playingChanged, m_controls, &TrainingControls::setPlaying);
    connect(m_controller, &CompareController::lockStepChanged, this, [this](bool on) {
        const QSignalBlocker block(m_lockStepAction);
        m_lockStepAction->setChecked(on);
        updateStepLabel();
    });
    resize(1280, 800);
    setSpeed(100);
}

CompareWindow::~CompareWindow() = default;

QWidget *CompareWindow::createCentralArea()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    // What every model shares: the texts and the optimizer settings.
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(8, 4, 8, 4);
    m_shared = new QLabel(central);
    m_shared->setTextFormat(Qt::PlainText);
    m_shared->setToolTip(tr("Every model trains on these texts with these optimizer settings, so that only the models "
                            "differ. Change them in the main window (Model and data) and compare again."));
    m_textSelector = new QComboBox(central);
    m_textSelector->setToolTip(tr("Which training text the graphs show"));
    m_textSelector->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_textSelector->setMinimumContentsLength(16);
    auto *textLabel = new QLabel(tr("&Text:"), central);
    textLabel->setBuddy(m_textSelector);
    bar->addWidget(m_shared, 1);
    bar->addWidget(textLabel);
    bar->addWidget(m_textSelector);
    layout->addLayout(bar);

    auto *splitter = m_splitter = new QSplitter(Qt::Vertical, central);
    splitter->setChildrenCollapsible(false);
    m_panelArea = new QWidget(splitter);
    m_panelLayout = new QHBoxLayout(m_panelArea);
    m_panelLayout->setContentsMargins(4, 0, 4, 0);
    m_panelLayout->setSpacing(8);

    auto *bottom = m_bottom = new QSplitter(Qt::Horizontal, splitter);
    bottom->setChildrenCollapsible(false);
    m_lossPlot = new ComparePlot(ComparePlot::Quantity::Loss, bottom);
    m_accuracyPlot = new ComparePlot(ComparePlot::Quantity::Accuracy, bottom);
    // How far back each model's prediction looks: only when the cells differ, or asked for.
    m_memoryPlot = new MemoryComparisonPlot(bottom);
    m_memoryPlot->setVisible(false);
    m_tableModel = new CompareTableModel(this);
    m_table = new QTableView(bottom);
    m_table->setModel(m_tableModel);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    // The table, and under it what the comparison is about (the preset's description).
    auto *right = new QWidget(bottom);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(6);
    m_table->setParent(right);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    rightLayout->addWidget(m_table);
    // Why gates help: only when the cells differ (rebuildPanels), under the table, over the
    // description that says what to look for in it.
    m_gradientPlot = new GradientComparisonPlot(right);
    m_gradientPlot->setMinimumHeight(150);
    m_gradientPlot->setLegendShown(false); // the loss plot's legend, two plots to the left, says which curve is which
    m_gradientPlot->setVisible(false);
    rightLayout->addWidget(m_gradientPlot, 3);
    m_gradientTimer = new QTimer(this);
    m_gradientTimer->setSingleShot(true);
    m_gradientTimer->setInterval(100); // ten times a second: the shares change slowly, the UI thread stays free
    connect(m_gradientTimer, &QTimer::timeout, this, &CompareWindow::updateGradientPlot);
    connect(m_gradientTimer, &QTimer::timeout, this, &CompareWindow::updateMemoryPlot);
    m_about = new QLabel(right);
    m_about->setWordWrap(true);
    m_about->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_about->setContentsMargins(6, 0, 6, 6);
    rightLayout->addWidget(m_about, 1);
    bottom->addWidget(m_lossPlot);
    bottom->addWidget(m_accuracyPlot);
    bottom->addWidget(m_memoryPlot);
    bottom->addWidget(right);
    // The plots take what the table leaves (fitTable() sizes it for its numbers).
    bottom->setStretchFactor(0, 1);
    bottom->setStretchFactor(1, 1);
    bottom->setStretchFactor(2, 1);
    bottom->setStretchFactor(3, 0);

    splitter->addWidget(m_panelArea);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_textSelector, &QComboBox::currentIndexChanged, this, [this](int index) {
        for (ComparePanel *panel : m_panels)
            panel->graphView()->setTextIndex(index);
        m_memoryPlot->setTextIndex(index);
    });
    return central;
}

void CompareWindow::createActions()
{
    QMenu *compare = menuBar()->addMenu(tr("&Compare"));
    m_controls =
        new TrainingControls(this,
                             {tr("Train every model at the chosen speed (Space)"), tr("Pause every model (Space)"),
                              tr("One optimizer step for every model (Ctrl+→)"),
                              tr("Every model back to its seed's initial weights, step 0 (Ctrl+R)")});
    compare->addAction(m_controls->playAction());
    compare->addAction(m_controls->stepAction());
    compare->addAction(m_controls->resetAction());
    connect(m_controls->playAction(), &QAction::triggered, m_controller, &CompareController::togglePlay);
    connect(m_controls->stepAction(), &QAction::triggered, m_controller, &CompareController::stepOnce);
    connect(m_controls->resetAction(), &QAction::triggered, m_controller, &CompareController::reset);
    connect(m_controls, &TrainingControls::speedChanged, m_controller, &CompareController::setSpeed);
    compare->addSeparator();
    m_lockStepAction = compare->addAction(tr("&Lock step"));
    m_lockStepAction->setCheckable(true);
    m_lockStepAction->setChecked(true);
    m_lockStepAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockStepAction->setToolTip(
        tr("On: every model shows the same step (the fast ones wait for the slowest). Off: each "
           "model trains as fast as it can (Ctrl+L)"));
    connect(m_lockStepAction, &QAction::toggled, m_controller, &CompareController::setLockStep);
    m_addAction = compare->addAction(tr("&Add a model"), this, &CompareWindow::addModel);
    m_addAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_addAction->setToolTip(tr("Compare a third model (Ctrl+Shift+N): the first cell type not compared yet"));
    compare->addSeparator();
    QAction *close = compare->addAction(tr("&Close"), this, &QWidget::close);
    close->setShortcut(QKeySequence::Close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_foldAction = view->addAction(tr("&Fold the graphs"));
    m_foldAction->setCheckable(true);
    m_foldAction->setShortcut(Qt::Key_F);
    m_foldAction->setToolTip(tr("Fold every unrolled graph into its cell with the W_hh loop, or unfold them (F)"));
    connect(m_foldAction, &QAction::toggled, this, [this](bool folded) {
        for (ComparePanel *panel : m_panels)
            panel->graphView()->setFolded(folded);
    });
    QAction *fit = view->addAction(tr("Fit to &window"), this, [this] {
        for (ComparePanel *panel : m_panels)
            panel->graphView()->fitToWindow();
    });
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    fit->setToolTip(tr("Show each whole graph (Ctrl+0)"));
    m_gradientAction = view->addAction(tr("&Gradient through time"));
    m_gradientAction->setCheckable(true);
    m_gradientAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_gradientAction->setToolTip(tr("How much of the last step's gradient reaches each h_t, model against model: on by "
                                    "itself when the cells differ (Ctrl+D)"));
    connect(m_gradientAction, &QAction::toggled, this, [this](bool on) {
        m_gradientPlot->setVisible(on);
        if (on)
            updateGradientPlot();
    });
    m_memoryAction = view->addAction(tr("How far &back a prediction looks"));
    m_memoryAction->setCheckable(true);
    m_memoryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_memoryAction->setToolTip(tr("How much each earlier input drives one step's prediction, model against model: on "
                                  "by itself when the cells differ (Ctrl+B)"));
    connect(m_memoryAction, &QAction::toggled, this, [this](bool on) {
        m_memoryPlot->setVisible(on);
        if (on)
            updateMemoryPlot();
    });
    QAction *log = view->addAction(tr("&Log scale for the loss"));
    log->setCheckable(true);
    log->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    connect(log, &QAction::toggled, m_lossPlot, &ComparePlot::setLogScale);

    auto *toolbar = addToolBar(tr("Compare"));
    toolbar->setObjectName(QStringLiteral("compareToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setMovable(false);
    toolbar->addAction(m_controls->playAction());
    toolbar->addAction(m_controls->stepAction());
    toolbar->addAction(m_controls->resetAction());
    toolbar->addSeparator();
    toolbar->addAction(m_lockStepAction);
    toolbar->addSeparator();
    m_controls->addSpeedControl(toolbar, 120);
    toolbar->addSeparator();
    m_stepLabel = m_controls->addStepLabel(toolbar);
    toolbar->addSeparator();
    m_presets = new QComboBox(toolbar);
    m_presets->setToolTip(tr("Load a comparison the lecture uses"));
    m_presets->addItem(tr("Presets…"));
    for (const ComparePreset &preset : comparePresets(/*described=*/false))
        m_presets->addItem(QString::fromStdString(preset.title), QString::fromStdString(preset.id));
    connect(m_presets, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            loadPreset(m_presets->itemData(index).toString());
        m_presets->setCurrentIndex(0);
    });
    toolbar->addWidget(m_presets);
    toolbar->addAction(m_addAction);
}

QAction *CompareWindow::playAction() const
{
    return m_controls->playAction();
}

QAction *CompareWindow::stepAction() const
{
    return m_controls->stepAction();
}

QAction *CompareWindow::resetAction() const
{
    return m_controls->resetAction();
}

void CompareWindow::setSpeed(double stepsPerSecond)
{
    m_controls->setSpeed(stepsPerSecond);
}

std::vector<Problem> CompareWindow::setSessions(const std::vector<Session> &sessions, const QString &title,
                                                const QString &description)
{
    std::vector<Problem> problems = m_controller->setSessions(sessions);
    if (!problems.empty())
        return problems;
    m_title = title;
    setWindowTitle(title.isEmpty() ? tr("Compare models — rnnlab") : tr("Compare: %1 — rnnlab").arg(title));
    rebuildPanels();
    updateSharedLine();
    m_about->setText(description.isEmpty() ? tr("Lock step: every model shows the same training step. The table's "
                                                "numbers are what rnnlab-cli train prints for each session.")
                                           : description);
    {
        const QSignalBlocker block(m_textSelector);
        m_textSelector->clear();
        for (const auto &text : sessions.front().data.texts)
            m_textSelector->addItem(QString::fromStdString(toUtf8(text)).left(40));
        m_textSelector->setEnabled(sessions.front().data.texts.size() > 1);
    }
    onSnapshots();
    return {};
}

bool CompareWindow::loadPreset(const QString &id)
{
    const auto preset = comparePreset(id.toStdString());
    if (!preset)
        return false;
    setSessions(preset->sessions, QString::fromStdString(preset->title), QString::fromStdString(preset->description));
    return true;
}

ComparePanel *CompareWindow::panel(int model) const
{
    return model >= 0 && model < panelCount() ? m_panels[static_cast<std::size_t>(model)] : nullptr;
}

void CompareWindow::rebuildPanels()
{
    const auto &sessions = m_controller->sessions();
    const auto &labels = m_controller->labels();
    while (panelCount() > int(sessions.size())) {
        delete m_panels.back();
        m_panels.pop_back();
    }
    while (panelCount() < int(sessions.size())) {
        auto *panel = new ComparePanel(panelCount(), m_panelArea);
        const int index = panel->index();
        connect(panel, &ComparePanel::sessionEdited, this,
                [this, index](const Session &session) { onPanelEdited(index, session); });
        connect(panel, &ComparePanel::removeRequested, this, [this, index] { removeModel(index); });
        panel->graphView()->setFolded(m_foldAction && m_foldAction->isChecked(), false);
        m_panelLayout->addWidget(panel, 1);
        m_panels.push_back(panel);
    }
    QStringList names;
    for (std::size_t i = 0; i < sessions.size(); ++i) {
        m_panels[i]->setSession(sessions[i], QString::fromStdString(labels[i]));
        m_panels[i]->setRemovable(sessions.size() > std::size_t(limits::minComparedModels));
        m_panels[i]->graphView()->setTextIndex(0);
        names << QString::fromStdString(CompareTable::modelName(int(i), labels[i]));
    }
    m_lossPlot->setModels(names);
    m_accuracyPlot->setModels(names);
    m_addAction->setEnabled(sessions.size() < std::size_t(limits::maxComparedModels));
    // RNN vs LSTM vs GRU: the question is how far back the gradient reaches.
    const bool cellsDiffer = std::any_of(sessions.begin(), sessions.end(),
                                         [&](const Session &s) { return s.model.cell != sessions.front().model.cell; });
    m_gradientAction->setChecked(cellsDiffer);
    m_memoryAction->setChecked(cellsDiffer);
    m_memoryPlot->setTextIndex(0);
    m_memoryPlot->setStep(std::nullopt);
    updateMemoryPlot(); // the new models' names in its legend
    fitTable();
}

void CompareWindow::fitTable()
{
    const auto &sessions = m_controller->sessions();
    const auto &labels = m_controller->labels();
    const QFontMetrics cell(m_table->font());
    const QFontMetrics header(m_table->horizontalHeader()->font());
    const int padding = cell.averageCharWidth() + 10;
    int total = 2 * m_table->frameWidth();
    for (int c = 0; c < CompareTable::ColumnCount; ++c) {
        // The widest text the column can show: its title's longest line, or a number at the
        // size it can reach (eight-digit steps, a loss with nine significant digits and an
        // exponent, a three-digit time in µs).
        int width = 0;
        for (const QString &line : m_tableModel->headerData(c, Qt::Horizontal).toString().split(u'\n'))
            width = std::max(width, header.horizontalAdvance(line));
        QStringList samples;
        switch (c) {
        case CompareTable::Model:
            for (std::size_t i = 0; i < sessions.size(); ++i)
                samples << QString::fromStdString(CompareTable::modelName(int(i), labels[i]));
            break;
        case CompareTable::Parameters:
        case CompareTable::Step:
        case CompareTable::FirstAllCorrect:
        case CompareTable::StepsPerSecond: samples << QStringLiteral("0000000"); break;
        case CompareTable::Loss: samples << QStringLiteral("0.000123456789"); break;
        case CompareTable::TimePerStep: samples << QStringLiteral("000 µs"); break;
        }
        for (const QString &sample : samples)
            width = std::max(width,
                             cell.horizontalAdvance(sample)
                                 + (c == CompareTable::Model ? m_table->iconSize().width() + 30 : 0));
        width += padding;
        m_table->horizontalHeader()->resizeSection(c, width);
        total += width;
    }
    m_table->verticalHeader()->setDefaultSectionSize(cell.height() + 8);
    m_table->setMinimumWidth(total);
    m_table->setMaximumWidth(total + 40);
    m_about->setMaximumWidth(total + 40);
}

void CompareWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    // A large window (a projector) gets larger text everywhere, not only in the graphs (which
    // scale their own on top): up to 1.35× from 1280 × 800 upwards.
    if (m_basePointSize <= 0)
        m_basePointSize = font().pointSizeF();
    const double scale = std::clamp(std::min(width() / 1280.0, height() / 800.0), 1.0, 1.35);
    if (std::abs(scale - m_fontScale) > 0.04 && m_basePointSize > 0) {
        m_fontScale = scale;
        QFont f = font();
        f.setPointSizeF(m_basePointSize * scale);
        setFont(f);
    }
}

void CompareWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_shown)
        return;
    m_shown = true;
    // The graphs get about half of the height, the curves and the table the rest (their size
    // hints alone would give the plots too little).
    // With the gradient plot under the table, the bottom needs a little more.
    const int height = m_splitter->height();
    const int graphs = height * (gradientsShown() ? 47 : 57) / 100;
    m_splitter->setSizes({graphs, height - graphs});
}

void CompareWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::FontChange && m_table) {
        // The platform may give headers a font of their own, which a parent's font does not reach.
        m_table->horizontalHeader()->setFont(font());
        if (m_controller && !m_controller->sessions().empty())
            fitTable();
    }
}

void CompareWindow::closeEvent(QCloseEvent *event)
{
    // A closed window must not go on training out of sight (three workers at full speed).
    m_controller->pause();
    QMainWindow::closeEvent(event);
}

void CompareWindow::updateSharedLine()
{
    const Session &first = m_controller->sessions().front();
    const TrainingConfig &t = first.training;
    QString training = t.optimizer == OptimizerKind::Adam
        ? tr("Adam, lr %1").arg(t.learningRate)
        : tr("SGD, lr %1, momentum %2").arg(t.learningRate).arg(t.momentum);
    training += t.clipGradNorm ? tr(", gradients clipped at %1").arg(*t.clipGradNorm) : tr(", no clipping");
    m_shared->setText(tr("Every model: %1 · %2").arg(quotedTexts(first.data.texts), training));
}

void CompareWindow::updateStepLabel()
{
    const auto &snapshots = m_controller->snapshots();
    QStringList steps;
    std::int64_t common = -1;
    bool same = true;
    for (const SnapshotPtr &s : snapshots) {
        const std::int64_t n = s ? s->stepsTaken : 0;
        same = same && (common < 0 || n == common);
        common = n;
        steps << QString::number(n);
    }
    m_stepLabel->setText(same ? tr("Step %1").arg(std::max<std::int64_t>(common, 0))
                              : tr("Steps %1").arg(steps.join(QStringLiteral(" · "))));
    m_stepLabel->setToolTip(m_controller->isLockStep()
                                ? tr("Lock step: every model has taken this many steps")
                                : tr("Free-running: the steps each model has taken (A · B · C)"));
}

void CompareWindow::onSnapshots()
{
    const auto &snapshots = m_controller->snapshots();
    for (std::size_t i = 0; i < snapshots.size() && i < m_panels.size(); ++i) {
        if (snapshots[i])
            m_panels[i]->setSnapshot(snapshots[i]);
    }
    m_lossPlot->setSnapshots(snapshots);
    m_accuracyPlot->setSnapshots(snapshots);
    if ((gradientsShown() || memoryShown()) && !m_gradientTimer->isActive())
        m_gradientTimer->start();
    QStringList descriptions;
    for (const Session &session : m_controller->sessions())
        descriptions << QString::fromStdString(describeModel(session));
    m_tableModel->setDarkBackground(palette().color(QPalette::Base).lightnessF() < 0.5);
    m_tableModel->setRows(m_controller->rows(), descriptions);
    updateStepLabel();
    const double rate = m_controller->lockStepRate();
    m_rateLabel->setText(m_controller->isPlaying() && m_controller->isLockStep() && rate > 0
                             ? tr("lock step: %1 steps/s").arg(ReaderNumber::fixed(rate, rate >= 100 ? 0 : 1))
                             : QString());
}

void CompareWindow::onProblem(int model, const QString &message)
{
    const QString letter = QString::fromStdString(modelLetter(model));
    statusBar()->showMessage(
        tr("Training stopped: model %1's step was refused (see the message on its graph)").arg(letter));
    if (m_interactive && isVisible()) {
        QMessageBox box(QMessageBox::Warning, tr("Model %1 stopped").arg(letter), message, QMessageBox::Ok, this);
        box.setInformativeText(tr("Change model %1's settings, or Reset to start every model over.").arg(letter));
        box.exec();
    }
}

void CompareWindow::onPanelEdited(int model, const Session &session)
{
    std::vector<Session> sessions = m_controller->sessions();
    sessions[static_cast<std::size_t>(model)] = session;
    const std::vector<Problem> problems = setSessions(sessions, tr("custom"), m_about->text());
    if (!problems.empty()) {
        statusBar()->showMessage(ProblemText::text(problems.front()));
        return;
    }
    statusBar()->showMessage(tr("Model %1 changed: every model starts over from step 0, so that they stay comparable")
                                 .arg(QString::fromStdString(modelLetter(model))),
                             8000);
}

void CompareWindow::addModel()
{
    std::vector<Session> sessions = m_controller->sessions();
    if (sessions.size() >= std::size_t(limits::maxComparedModels) || sessions.empty())
        return;
    // The first cell type not compared yet, otherwise the first model again with the next seed.
    Session added = sessions.front();
    bool found = false;
    for (CellKind kind : {CellKind::Lstm, CellKind::Gru, CellKind::RnnTanh, CellKind::RnnRelu}) {
        const bool used =
            std::any_of(sessions.begin(), sessions.end(), [kind](const Session &s) { return s.model.cell == kind; });
        if (!used) {
            added.model.cell = kind;
            found = true;
            break;
        }
    }
    if (!found)
        added.training.seed += 1;
    added.weights.reset();
    added.optimizerState.reset();
    sessions.push_back(added);
    setSessions(sessions, m_title, m_about->text());
}

void CompareWindow::removeModel(int model)
{
    std::vector<Session> sessions = m_controller->sessions();
    if (sessions.size() <= std::size_t(limits::minComparedModels) || model < 0 || model >= int(sessions.size()))
        return;
    sessions.erase(sessions.begin() + model);
    setSessions(sessions, m_title, m_about->text());
}

bool CompareWindow::gradientsShown() const
{
    return m_gradientAction->isChecked();
}

void CompareWindow::updateGradientPlot()
{
    if (!gradientsShown())
        return;
    const auto &snapshots = m_controller->snapshots();
    const auto &labels = m_controller->labels();
    const bool dark = palette().color(QPalette::Base).lightnessF() < 0.5;
    std::vector<GradientComparisonPlot::Series> series;
    for (std::size_t i = 0; i < snapshots.size(); ++i) {
        series.push_back({QString::fromStdString(CompareTable::modelName(int(i), labels[i])),
                          ModelStyle::of(int(i), dark).color(), snapshots[i]});
    }
    m_gradientPlot->setSeries(series);
}

bool CompareWindow::memoryShown() const
{
    return m_memoryAction->isChecked();
}

void CompareWindow::updateMemoryPlot()
{
    const auto &snapshots = m_controller->snapshots();
    const auto &labels = m_controller->labels();
    std::vector<MemoryComparisonPlot::Series> series;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        series.push_back({QString::fromStdString(CompareTable::modelName(int(i), labels[i])),
                          i < snapshots.size() ? snapshots[i] : nullptr});
    }
    // Hidden, it computes nothing (it recomputes when shown); the names still reach its legend.
    m_memoryPlot->setSeries(series);
}

std::vector<double> CompareWindow::takeFrameTimes()
{
    std::vector<double> all;
    for (ComparePanel *panel : m_panels) {
        const std::vector<double> times = panel->graphView()->takeFrameTimes();
        all.insert(all.end(), times.begin(), times.end());
    }
    return all;
}

} // namespace rnnlab
