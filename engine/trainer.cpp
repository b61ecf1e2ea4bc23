// SPDX-License-Identifier: MIT
#include "engine/trainer.h"

#include "engine/encoderdecoder.h"
#include "engine/gradclip.h"
#include "engine/network.h"
#include "engine/tasks/translatetask.h"

#include <cmath>
#include <cstdio>
#include <stdexcept>

namespace rnnlab {

namespace {
//! A session the engine cannot train is a programming error upstream (callers validate first);
//! refuse it loudly rather than read out of bounds.
const Session &checked(const Session &session)
{
    const std::vector<Problem> problems = validate(session);
    if (!problems.empty())
        throw std::invalid_argument("Trainer: invalid session: " + problems.front().toString());
    return session;
}
} // namespace

Trainer::Trainer(const Session &session)
    : m_session(checked(session))
    , m_task(Task::create(session.data))
    , m_dataset(m_task->dataset())
    , m_layout(m_task->layout(session.model))
    , m_parameters(initialParameters(session, m_layout))
    , m_optimizer(Optimizer::create(session.training, m_layout))
    , m_trace(Trace<float>::allocate(m_layout, m_dataset))
    , m_clippedGradients(m_layout)
    , m_backupParameters(m_layout)
    , m_backupState(m_optimizer->state())
{
    // An encoder–decoder (task "translate") reads two input streams: its own pass (encoderdecoder.h)
    // over the sources, on a trace shaped for them.
    if (const auto *translate = dynamic_cast<const TranslateTask *>(m_task.get())) {
        m_translate = translate;
        m_sources = translate->sourceIndices();
        EncoderDecoder::prepare(m_trace, *m_layout, m_sources);
    }
    m_backupParameters.flat() = m_parameters.flat();
    if (session.optimizerState) {
        m_optimizer->setState(restoreOptimizerState(session, m_layout));
        m_backupState = m_optimizer->state();
        m_stepsTaken = session.optimizerState->stepsTaken;
    }
}

Trainer::~Trainer() = default;

void Trainer::forward(const ParameterSet<float> &weights)
{
    if (m_translate)
        EncoderDecoder::forward(weights, m_task->loss(), m_sources, m_trace);
    else
        Network<float>::forward(weights, m_task->loss(), m_trace);
}

void Trainer::backward(const ParameterSet<float> &weights)
{
    if (m_translate)
        EncoderDecoder::backward(weights, m_task->loss(), m_sources, m_trace);
    else
        Network<float>::backward(weights, m_task->loss(), m_trace);
}

void Trainer::evaluate(bool gradients)
{
    forward(m_parameters);
    if (gradients && std::isfinite(m_trace.loss))
        backward(m_parameters);
}

void Trainer::evaluateVariant(const ParameterSet<float> &weights, bool gradients)
{
    forward(weights);
    if (gradients && std::isfinite(m_trace.loss))
        backward(weights);
}

void Trainer::evaluateLastStepGradients(const ParameterSet<float> *weights)
{
    // The last step's loss carried back alone is one stack's (Network); an encoder–decoder's is not
    // computed yet, and hasLastLossGradients stays false.
    if (std::isfinite(m_trace.loss) && !m_translate)
        Network<float>::lastStepBackward(weights ? *weights : m_parameters, m_task->loss(), m_trace);
}

TrainerState Trainer::state() const
{
    return TrainerState{m_stepsTaken, m_parameters, m_optimizer->state()};
}

void Trainer::copyStateTo(TrainerState &out) const
{
    out.stepsTaken = m_stepsTaken;
    out.weights = m_parameters; // Eigen and std::vector assignments keep storage of the same size
    out.optimizer = m_optimizer->state();
}

void Trainer::restore(const TrainerState &state)
{
    m_stepsTaken = state.stepsTaken;
    m_parameters.flat() = state.weights.flat();
    m_backupParameters.flat() = state.weights.flat();
    m_optimizer->setState(state.optimizer);
    evaluate();
}

void Trainer::setParameters(const ParameterSet<float> &weights)
{
    m_parameters.flat() = weights.flat();
    m_backupParameters.flat() = weights.flat();
    evaluate();
}

Session Trainer::currentSession() const
{
    Session session = m_session;
    session.weights = toNamedTensors(m_parameters);
    session.optimizerState = saveOptimizerState(m_optimizer->state(), m_stepsTaken);
    return session;
}

StepOutcome Trainer::refuse(StepOutcome outcome, const std::string &what) const
{
    char lr[32];
    std::snprintf(lr, sizeof lr, "%g", m_session.training.learningRate);
    char momentum[32];
    std::snprintf(momentum, sizeof momentum, "%g", m_session.training.momentum);
    outcome.accepted = false;
    outcome.problem = "Training step " + std::to_string(outcome.step) + " was refused: " + what
        + ". The weights are kept as they were before this step. ";
    // The real cause where it is known: SGD's velocity is multiplied by the momentum every step, so
    // a momentum of 1 or more makes it grow without bound whatever the learning rate.
    if (m_session.training.optimizer == OptimizerKind::Sgd && m_session.training.momentum >= 1.0)
        outcome.problem += std::string("The momentum (now ") + momentum
            + ") is 1 or more, so the velocity grows every step: use a momentum below 1 (0.9 is usual).";
    else
        outcome.problem += std::string("Try a smaller learning rate (now ") + lr + ")"
            + (m_session.training.clipGradNorm ? std::string(" or a smaller gradient-norm limit")
                                               : std::string(" or turn on gradient clipping (e.g. clip_grad_norm 1.0)"))
            + ".";
    return outcome;
}

StepOutcome Trainer::step()
{
    StepOutcome outcome;
    outcome.step = m_stepsTaken + 1;

    forward(m_parameters);
    outcome.loss = m_trace.loss;
    outcome.correct = m_trace.correctCount;
    outcome.targets = m_trace.targetCount;
    if (!std::isfinite(m_trace.loss))
        return refuse(outcome,
                      std::string("the loss is ") + (std::isnan(m_trace.loss) ? "NaN" : "infinite")
                          + " (the hidden states or outputs overflowed)");

    backward(m_parameters);
    if (!m_trace.gradients.allFinite())
        return refuse(outcome, "a gradient is not finite (the gradients exploded through time)");

    const ParameterSet<float> *gradients = &m_trace.gradients;
    if (m_session.training.clipGradNorm) {
        m_clippedGradients.flat() = m_trace.gradients.flat();
        outcome.gradNorm = clipGradientNorm(m_clippedGradients, *m_session.training.clipGradNorm);
        gradients = &m_clippedGradients;
    }

    m_backupParameters.flat() = m_parameters.flat();
    m_backupState = m_optimizer->state();
    m_optimizer->update(m_parameters, *gradients);
    if (!m_parameters.allFinite()) {
        m_parameters.flat() = m_backupParameters.flat();
        m_optimizer->setState(m_backupState);
        return refuse(outcome, "the update would have made a weight infinite or NaN");
    }
    // Adam's average of squared gradients can overflow float32 while every weight stays finite
    // (m / √v is then 0): the run has diverged all the same, and an infinite state could not be
    // saved as JSON and opened again (the fuzzer found one).
    if (!allFinite(m_optimizer->state())) {
        m_parameters.flat() = m_backupParameters.flat();
        m_optimizer->setState(m_backupState);
        return refuse(outcome, "the optimizer's running averages of the gradients overflowed (the gradients exploded)");
    }
    ++m_stepsTaken;
    outcome.accepted = true;
    return outcome;
}

ParameterSet<float> Trainer::lastUpdate() const
{
    ParameterSet<float> delta(m_layout);
    delta.flat() = m_parameters.flat() - m_backupParameters.flat();
    return delta;
}

std::vector<std::u32string> Trainer::predictions() const
{
    return m_task->predictions(m_trace);
}

std::vector<std::u32string> Trainer::translations() const
{
    std::vector<std::u32string> out;
    if (!m_translate)
        return out;
    for (const auto &source : m_sources)
        out.push_back(
            EncoderDecoder::text(*m_translate, EncoderDecoder::translate(m_backupParameters, *m_translate, source)));
    return out;
}

} // namespace rnnlab
