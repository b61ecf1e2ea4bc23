// SPDX-License-Identifier: MIT
#include "ui/lesson/lessonpanel.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <cmath>

namespace rnnlab {

LessonPanel::LessonPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);

    // Progress and score on lines of their own: the sidebar may be narrow.
    m_progress = new QLabel(this);
    m_progress->setForegroundRole(QPalette::PlaceholderText);
    m_scoreLabel = new QLabel(this);
    m_scoreLabel->setWordWrap(true);
    m_scoreLabel->setToolTip(tr("Your predictions this session: each prompt counts once, the first answer"));
    layout->addWidget(m_progress);

    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::RichText); // large and bold relative to the panel's font (presentation mode too)
    layout->addWidget(m_title);

    m_text = new QTextBrowser(this);
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->setOpenLinks(false);
    m_text->viewport()->setAutoFillBackground(false);
    layout->addWidget(m_text, 1);

    // The four shapes, where the lesson talks about them.
    m_shapes = new QWidget(this);
    auto *shapes = new QGridLayout(m_shapes);
    shapes->setContentsMargins(0, 0, 0, 0);
    auto *shapeGroup = new QButtonGroup(m_shapes);
    int i = 0;
    for (TaskShape shape : {TaskShape::OneToOne, TaskShape::OneToMany, TaskShape::ManyToOne, TaskShape::ManyToMany}) {
        auto *b = new QPushButton(QString::fromLatin1(shapeName(shape)), m_shapes);
        b->setCheckable(true);
        b->setChecked(shape == TaskShape::OneToMany);
        shapeGroup->addButton(b);
        shapes->addWidget(b, i / 2, i % 2);
        connect(b, &QPushButton::clicked, this, [this, shape] { emit shapeRequested(shape); });
        ++i;
    }
    layout->addWidget(m_shapes);

    m_prompt = new QGroupBox(tr("Predict, then reveal"), this);
    auto *prompt = new QVBoxLayout(m_prompt);
    m_question = new QLabel(m_prompt);
    m_question->setWordWrap(true);
    m_question->setTextFormat(Qt::RichText);
    prompt->addWidget(m_question);
    m_choiceArea = new QWidget(m_prompt);
    m_choiceGrid = new QGridLayout(m_choiceArea);
    m_choiceGrid->setContentsMargins(0, 0, 0, 0);
    m_choiceGrid->setSpacing(4);
    prompt->addWidget(m_choiceArea);
    m_choices = new QButtonGroup(this);
    m_choices->setExclusive(true);
    connect(m_choices, &QButtonGroup::idClicked, this,
            [this] { m_reveal->setEnabled(!m_revealed && !m_waitingForStep); });
    m_reveal = new QPushButton(tr("Reve&al"), m_prompt);
    m_reveal->setToolTip(tr("Show the answer and the numbers that decide it"));
    connect(m_reveal, &QPushButton::clicked, this, &LessonPanel::reveal);
    prompt->addWidget(m_reveal, 0, Qt::AlignLeft);
    m_answer = new QLabel(m_prompt);
    m_answer->setWordWrap(true);
    m_answer->setTextFormat(Qt::RichText);
    prompt->addWidget(m_answer);
    layout->addWidget(m_prompt);

    layout->addWidget(m_scoreLabel);
    auto *buttons = new QHBoxLayout;
    m_back = new QPushButton(tr("◀ &Back"), this);
    m_next = new QPushButton(tr("Next ▶"), this);
    m_back->setToolTip(tr("The previous step of the lesson (Page Up)"));
    m_next->setToolTip(tr("The next step of the lesson (Page Down)"));
    connect(m_back, &QPushButton::clicked, this, &LessonPanel::back);
    connect(m_next, &QPushButton::clicked, this, &LessonPanel::next);
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_next);
    layout->addLayout(buttons);
    updateScore();
    // Before a lesson is opened (Lesson ▸ Open the lesson, which asks before it replaces the
    // model): how to start, and nothing to press that would start it unasked.
    m_progress->setText(tr("Lesson"));
    m_title->setText(tr("Lesson ▸ Open the lesson (F9) starts the lecture, step by step."));
    m_shapes->hide();
    m_prompt->hide();
    m_back->setEnabled(false);
    m_next->setEnabled(false);
}

void LessonPanel::setStep(int index)
{
    const auto &steps = lessonSteps();
    index = std::clamp(index, 0, int(steps.size()) - 1);
    const LessonStep &step = steps[std::size_t(index)];
    m_step = index;
    m_progress->setText(tr("Lesson · step %1 of %2").arg(index + 1).arg(steps.size()));
    m_title->setText(
        QStringLiteral("<span style='font-size:x-large; font-weight:bold'>%1</span>").arg(step.title.toHtmlEscaped()));
    m_live.clear();
    m_text->setHtml(step.text);
    updateLive(true);
    m_shapes->setVisible(step.setup.shapeChooser);
    if (step.setup.shapeChooser) {
        for (QPushButton *b : m_shapes->findChildren<QPushButton *>())
            b->setChecked(step.setup.shape && b->text() == QString::fromLatin1(shapeName(*step.setup.shape)));
    }
    m_back->setEnabled(index > 0);
    m_next->setEnabled(index + 1 < int(steps.size()));
    m_revealed = false;
    m_waitingForStep = false;
    m_before.reset();
    m_answer->clear();
    m_prompt->setVisible(step.prompt.has_value());
    updateScore(); // shown beside a question, or once one was answered
    m_choicesGeneration = ~0ull;
    rebuildChoices();
    emit setupRequested(step.setup);
    emit outputsHidden(step.prompt && step.prompt->kind == PromptKind::NextCharacter);
}

void LessonPanel::next()
{
    if (m_step >= 0 && m_step + 1 < lessonStepCount())
        setStep(m_step + 1);
}

void LessonPanel::back()
{
    if (m_step > 0)
        setStep(m_step - 1);
}

bool LessonPanel::isAsking() const
{
    return m_step >= 0 && lessonSteps()[std::size_t(m_step)].prompt && !m_revealed;
}

QList<QPushButton *> LessonPanel::choiceButtons() const
{
    QList<QPushButton *> buttons;
    for (QAbstractButton *b : m_choices->buttons())
        buttons << static_cast<QPushButton *>(b);
    std::sort(buttons.begin(), buttons.end(),
              [this](QPushButton *a, QPushButton *b) { return m_choices->id(a) < m_choices->id(b); });
    return buttons;
}

QString LessonPanel::verdict() const
{
    return m_answer->text();
}

void LessonPanel::updateLive(bool now)
{
    if (m_step < 0 || !m_snapshot)
        return;
    const LessonStep &step = lessonSteps()[std::size_t(m_step)];
    if (!step.live)
        return;
    // An analysis per snapshot would cost the UI thread ~60 of them a second while training plays.
    if (!now && m_snapshot->playing && m_sinceLive.isValid() && m_sinceLive.elapsed() < 500)
        return;
    m_sinceLive.start();
    const QString live = step.live(*m_snapshot, step);
    if (live == m_live)
        return;
    m_live = live;
    const int scrolled = m_text->verticalScrollBar()->value();
    m_text->setHtml(step.liveFirst ? live + step.text : step.text + live);
    m_text->verticalScrollBar()->setValue(scrolled);
}

void LessonPanel::setSnapshot(const SnapshotPtr &snapshot)
{
    m_snapshot = snapshot;
    updateLive(false);
    if (m_waitingForStep && m_before && snapshot && snapshot->generation == m_before->generation
        && snapshot->stepsTaken == m_before->stepsTaken + 1 && !snapshot->viewingHistory) {
        m_waitingForStep = false;
        finishReveal(snapshot.get());
        return;
    }
    if (isAsking() && !m_waitingForStep)
        rebuildChoices();
}

void LessonPanel::rebuildChoices()
{
    if (m_step < 0 || !lessonSteps()[std::size_t(m_step)].prompt)
        return;
    const LessonPrompt &prompt = *lessonSteps()[std::size_t(m_step)].prompt;
    if (!m_snapshot || !m_snapshot->setup || m_snapshot->trace.sequences.empty()) {
        m_question->setText(tr("Waiting for the network…"));
        return;
    }
    m_question->setText(promptQuestion(prompt, *m_snapshot));
    // The buttons stay (and keep the student's choice) while the same network trains on.
    const QStringList choices = promptChoices(prompt, *m_snapshot);
    if (m_choicesGeneration == m_snapshot->generation && m_choices->buttons().size() == choices.size())
        return;
    m_choicesGeneration = m_snapshot->generation;
    for (QAbstractButton *b : m_choices->buttons()) {
        m_choices->removeButton(b);
        delete b;
    }
    // Characters in one row; W_hh's entries as the matrix they are (H columns).
    const int columns = prompt.kind == PromptKind::LargestGradient
        ? std::max(1, int(std::lround(std::sqrt(double(choices.size())))))
        : prompt.kind == PromptKind::LossDirection ? 2
                                                   : std::min(8, int(choices.size()));
    for (int i = 0; i < choices.size(); ++i) {
        // W_hh's entries as a grid of "row,column" buttons (the full name is in the tooltip).
        const QString label = prompt.kind == PromptKind::LargestGradient
            ? QStringLiteral("%1,%2").arg(i / columns + 1).arg(i % columns + 1)
            : choices.at(i);
        auto *b = new QPushButton(label, m_choiceArea);
        b->setToolTip(choices.at(i));
        b->setCheckable(true);
        b->setMinimumWidth(b->fontMetrics().horizontalAdvance(label) + 12);
        m_choices->addButton(b, i);
        m_choiceGrid->addWidget(b, i / columns, i % columns);
    }
    // Tab in reading order: made after Back and Next, the choices would come last (issue 19).
    QList<QWidget *> order{m_text};
    for (QAbstractButton *b : m_shapes->findChildren<QAbstractButton *>())
        order << b;
    for (QPushButton *b : choiceButtons())
        order << b;
    order << m_reveal << m_back << m_next;
    for (qsizetype k = 1; k < order.size(); ++k)
        QWidget::setTabOrder(order.at(k - 1), order.at(k));
    m_reveal->setEnabled(false);
}

void LessonPanel::reveal()
{
    if (!isAsking() || m_waitingForStep || !m_snapshot || m_choices->checkedId() < 0)
        return;
    const LessonPrompt &prompt = *lessonSteps()[std::size_t(m_step)].prompt;
    m_before = m_snapshot;
    m_reveal->setEnabled(false);
    for (QAbstractButton *b : m_choices->buttons())
        b->setEnabled(false);
    if (promptNeedsStep(prompt)) {
        m_waitingForStep = true;
        m_answer->setText(tr("Taking the training step…"));
        emit trainingStepRequested();
        return;
    }
    finishReveal(nullptr);
}

void LessonPanel::finishReveal(const TrainingSnapshot *after)
{
    const LessonPrompt &prompt = *lessonSteps()[std::size_t(m_step)].prompt;
    const PromptAnswer answer = promptAnswer(prompt, *m_before, after);
    const int chosen = m_choices->checkedId();
    const bool right = answer.correct >= 0 && chosen == answer.correct;
    m_revealed = true;
    if (!m_scoredSteps.count(m_step) && answer.correct >= 0) {
        m_scoredSteps.insert(m_step);
        m_score.record(right);
        updateScore();
    }
    const QList<QPushButton *> buttons = choiceButtons();
    const QStringList choices = promptChoices(prompt, *m_before);
    const QString correctText =
        answer.correct >= 0 && answer.correct < choices.size() ? choices.at(answer.correct) : QString();
    // Right or wrong in words and a mark, never by colour alone.
    m_answer->setText(
        (right ? tr("<p><b>✓ Right.</b></p>")
               : tr("<p><b>✗ Not this time:</b> the answer is <b>%1</b>.</p>").arg(correctText.toHtmlEscaped()))
        + QStringLiteral("<p>") + answer.explanation + QStringLiteral("</p>"));
    if (answer.correct >= 0 && answer.correct < buttons.size()) {
        QFont bold = buttons.at(answer.correct)->font();
        bold.setBold(true);
        buttons.at(answer.correct)->setFont(bold);
        buttons.at(answer.correct)->setText(QStringLiteral("✓ ") + buttons.at(answer.correct)->text());
    }
    emit outputsHidden(false);
    emit revealed(prompt.kind);
}

void LessonPanel::updateScore()
{
    m_scoreLabel->setText(QStringLiteral("<b>%1</b>").arg(m_score.text()));
    // A step without a question (the time series' forecast) before any answer: no score line —
    // "Score: no predictions yet" under a forecast read as the network's, and its height was the
    // live paragraph's in presentation mode.
    const bool asks = m_step >= 0 && lessonSteps()[std::size_t(m_step)].prompt.has_value();
    m_scoreLabel->setVisible(asks || m_score.answered > 0);
}

} // namespace rnnlab
