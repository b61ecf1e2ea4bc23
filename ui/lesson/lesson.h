// SPDX-License-Identifier: MIT
// The lecture as a lesson: its steps in order (sequence data, the vanilla RNN folded and unfolded,
// the shared weights, the computation by hand, the PyTorch code, the hello example trained, the
// shapes of RNN tasks, stacked RNNs, LSTM and GRU, seeing memory), each a short text and a declarative setup of the
// window (which example, trained how far, folded or not, which tab, where the walk by hand stands,
// which task shape). Some steps ask the student to predict before the app reveals the answer.
//
// Pure data and pure functions of snapshots: MainWindow applies a setup, LessonPanel shows the
// text and the prompts, and tst_lesson checks the answers without a window.
#pragma once

#include "app/worker/snapshot.h"
#include "engine/session.h"
#include "ui/graph/graphlayout.h"
#include "ui/teaching/timestepwalker.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace rnnlab {

//! The sessions the lesson shows: the lecture's hello (rnn_tanh, H = V = 4, Adam 0.1, seed 0),
//! the same stacked two layers deep, with an LSTM or a GRU cell, and the sentiment classifier
//! shipped in resources/examples/sentiment.json, and the sine with a spike in its test series
//! (resources/examples/sine-spike.json, a time series).
enum class LessonExample { Hello, HelloStacked, HelloLstm, HelloGru, Sentiment, SineSpike };

Session lessonSession(LessonExample example);

//! How a lesson step sets up the window. The example is (re)started only when the window does not
//! already show it trained exactly \a train steps, so the student's own exploration within a step
//! is not thrown away by going Next and Back.
struct LessonSetup
{
    LessonExample example = LessonExample::Hello;
    std::int64_t train = 0; // training steps from the seed
    bool folded = false;
    QString tab = QStringLiteral("step"); // step, loss, predictions, generate, memory, signal
    std::optional<StepCursor> cursor; // the walk by hand (none: the whole pass)
    std::optional<TaskShape> shape; // draw the unfolded graph as this shape
    bool matrices = false; // show the Matrices panel
    bool gradients = false; // … in its Gradients mode
    bool shapeChooser = false; // the lesson panel offers the four shapes as buttons
};

//! Predict, then reveal.
enum class PromptKind {
    NextCharacter, // which character the network predicts at time step t
    LossDirection, // will the loss go up or down with the next update
    LargestGradient, // which entry of W_hh gets the largest |dL/dW_hh|
};

struct LessonPrompt
{
    PromptKind kind = PromptKind::NextCharacter;
    int t = 0; // NextCharacter: the time step
};

struct LessonStep
{
    QString title;
    QString text; // rich text, a few short paragraphs
    LessonSetup setup;
    std::optional<LessonPrompt> prompt;
    //! A paragraph about the network on screen, shown under the text and kept up to date as it
    //! trains: every number in it computed from the snapshot (null: none).
    QString (*live)(const TrainingSnapshot &snapshot, const LessonStep &step) = nullptr;
    //! The live paragraph above the text instead: its numbers in view without scrolling, in
    //! presentation mode's narrow panel too.
    bool liveFirst = false;
};

const std::vector<LessonStep> &lessonSteps();
int lessonStepCount();

//! The answers the student chooses from, for \a prompt on the network of \a snapshot: the
//! vocabulary's characters; "goes down", "goes up"; the entries of W_hh as "row i, column j".
QStringList promptChoices(const LessonPrompt &prompt, const TrainingSnapshot &snapshot);
//! The question itself, with the numbers of \a snapshot where it needs them.
QString promptQuestion(const LessonPrompt &prompt, const TrainingSnapshot &snapshot);

//! Which choice is right and why, with the numbers that decide it. \a after is the snapshot after
//! one more training step (needed by LossDirection only; null otherwise).
struct PromptAnswer
{
    int correct = -1; // index into promptChoices()
    QString explanation; // rich text
};
PromptAnswer promptAnswer(const LessonPrompt &prompt, const TrainingSnapshot &before, const TrainingSnapshot *after);
//! The memory step's paragraph about \a snapshot's network (the Memory tab's numbers, from
//! MemoryAnalysis of the weights the graph shows): how much the prediction at \a step's walk
//! step t looks back at each earlier input, and whether an earlier step that read the same input
//! sits elsewhere in the path of h_t. Empty when the network has no such numbers (real-valued
//! inputs, no target at t).
QString memoryFacts(const TrainingSnapshot &snapshot, const LessonStep &step);

//! The time-series step's paragraph about \a snapshot's network (its ForecastReadout, as the Signal
//! tab draws it): the threshold from the training errors, the test series' largest error, where,
//! and how many times the threshold, and how many test steps are anomalies after the warm-up.
//! Empty for a run that is not a forecast.
QString forecastFacts(const TrainingSnapshot &snapshot, const LessonStep &step);

//! Whether revealing \a prompt needs one more training step first.
bool promptNeedsStep(const LessonPrompt &prompt);

//! The session's score: prompts answered, answered right.
struct LessonScore
{
    int answered = 0;
    int right = 0;

    void record(bool correct)
    {
        ++answered;
        right += correct ? 1 : 0;
    }
    QString text() const;
};

} // namespace rnnlab
