// SPDX-License-Identifier: MIT
// The Lesson sidebar: the lecture step by step (title, a short text, Back / Next), the four task
// shapes as buttons where the lesson talks about them, and predict-then-reveal: the question, the
// answers to choose from, Reveal, then right or wrong with the numbers that decide it, and the
// session's score. It asks the window to set itself up for each step (setupRequested) and reads
// the answers from the snapshots the worker publishes; it computes nothing itself.
#pragma once

#include "app/worker/snapshot.h"
#include "ui/lesson/lesson.h"

#include <QElapsedTimer>
#include <QWidget>

#include <set>

class QButtonGroup;
class QGridLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace rnnlab {

class LessonPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LessonPanel(QWidget *parent = nullptr);

    int step() const { return m_step; }
    const LessonScore &score() const { return m_score; }
    //! The prompt of this step is waiting for an answer (the outputs it asks about stay hidden).
    bool isAsking() const;
    //! The answer buttons of the current prompt, in promptChoices() order (for tests).
    QList<QPushButton *> choiceButtons() const;
    QPushButton *revealButton() const { return m_reveal; }
    //! The verdict shown after Reveal ("✓ Right …" / "✗ …"), empty before.
    QString verdict() const;
    //! The step's paragraph about the network on screen (LessonStep::live), as shown; empty when none.
    QString liveText() const { return m_live; }

public slots:
    void setStep(int index);
    void next();
    void back();
    void setSnapshot(const rnnlab::SnapshotPtr &snapshot);
    void reveal();

signals:
    //! Set the window up for this step.
    void setupRequested(const rnnlab::LessonSetup &setup);
    //! Revealing needs one more training step (will the loss go down?).
    void trainingStepRequested();
    //! Hide (true) or show the outputs the current prompt asks about.
    void outputsHidden(bool hidden);
    //! The answer is out: show what decides it (e.g. the gradients).
    void revealed(rnnlab::PromptKind kind);
    void shapeRequested(rnnlab::TaskShape shape);

private:
    void rebuildChoices();
    void finishReveal(const TrainingSnapshot *after);
    void updateScore();
    //! Recomputes the live paragraph for m_snapshot (while training plays, at most twice a second).
    void updateLive(bool now);

    int m_step = -1;
    SnapshotPtr m_snapshot;
    SnapshotPtr m_before; // the network the question was answered on
    bool m_waitingForStep = false;
    bool m_revealed = false;
    std::set<int> m_scoredSteps; // each prompt counts once per session
    LessonScore m_score;
    std::uint64_t m_choicesGeneration = ~0ull;
    QString m_live;
    QElapsedTimer m_sinceLive;

    QLabel *m_title = nullptr;
    QLabel *m_progress = nullptr;
    QLabel *m_scoreLabel = nullptr;
    QTextBrowser *m_text = nullptr;
    QWidget *m_shapes = nullptr;
    QGroupBox *m_prompt = nullptr;
    QLabel *m_question = nullptr;
    QWidget *m_choiceArea = nullptr;
    QGridLayout *m_choiceGrid = nullptr;
    QButtonGroup *m_choices = nullptr;
    QPushButton *m_reveal = nullptr;
    QLabel *m_answer = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
};

} // namespace rnnlab
