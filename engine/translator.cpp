// SPDX-License-Identifier: MIT
#include "engine/translator.h"

#include "engine/encoderdecoder.h"
#include "engine/gradclip.h"

#include <cmath>
#include <cstdio>
#include <stdexcept>

namespace rnnlab {

namespace {

const Session &checked(const Session &session)
{
    if (session.data.task != TaskKind::Translate)
        throw std::invalid_argument("Translator: the session's task is not \"translate\"");
    const std::vector<Problem> problems = validate(session);
    if (!problems.empty())
        throw std::invalid_argument("Translator: invalid session: " + problems.front().toString());
    return session;
}

} // namespace

Translator::Translator(const Session &session)
    : m_session(checked(session))
    , m_task(std::make_shared<const TranslateTask>(session.data))
    , m_sources(m_task->sourceIndices())
    , m_layout(m_task->layout(session.model))
    , m_parameters(initialParameters(session, m_layout))
    , m_optimizer(Optimizer::create(session.training, m_layout))
    , m_trace(Trace<float>::allocate(m_layout, m_task->dataset()))
    , m_clippedGradients(m_layout)
    , m_backupParameters(m_layout)
    , m_backupState(m_optimizer->state())
{
    EncoderDecoder::prepare(m_trace, *m_layout, m_sources);
    m_backupParameters.flat() = m_parameters.flat();
    if (session.optimizerState) {
        m_optimizer->setState(restoreOptimizerState(session, m_layout));
        m_backupState = m_optimizer->state();
        m_stepsTaken = session.optimizerState->stepsTaken;
    }
}

Translator::~Translator() = default;

void Translator::forward(const ParameterSet<float> &parameters)
{
    EncoderDecoder::forward(parameters, m_task->loss(), m_sources, m_trace);
}

void Translator::backward(const ParameterSet<float> &parameters)
{
    EncoderDecoder::backward(parameters, m_task->loss(), m_sources, m_trace);
}

void Translator::evaluate(bool gradients)
{
    forward(m_parameters);
    if (gradients && std::isfinite(m_trace.loss))
        backward(m_parameters);
}

StepOutcome Translator::refuse(StepOutcome outcome, const std::string &what) const
{
    char lr[32];
    std::snprintf(lr, sizeof lr, "%g", m_session.training.learningRate);
    outcome.accepted = false;
    outcome.problem = "Training step " + std::to_string(outcome.step) + " was refused: " + what
        + ". The weights are kept as they were before this step. Try a smaller learning rate (now " + lr + ")"
        + (m_session.training.clipGradNorm ? std::string(" or a smaller gradient-norm limit")
                                           : std::string(" or turn on gradient clipping (e.g. clip_grad_norm 1.0)"))
        + ".";
    return outcome;
}

StepOutcome Translator::step()
{
    StepOutcome outcome;
    outcome.step = m_stepsTaken + 1;
    forward(m_parameters);
    outcome.loss = m_trace.loss;
    outcome.correct = m_trace.correctCount;
    outcome.targets = m_trace.targetCount;
    if (!std::isfinite(m_trace.loss))
        return refuse(outcome, std::string("the loss is ") + (std::isnan(m_trace.loss) ? "NaN" : "infinite"));
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
    if (!m_parameters.allFinite() || !allFinite(m_optimizer->state())) {
        m_parameters.flat() = m_backupParameters.flat();
        m_optimizer->setState(m_backupState);
        return refuse(outcome, "the update would have made a weight or the optimizer's state infinite or NaN");
    }
    ++m_stepsTaken;
    outcome.accepted = true;
    return outcome;
}

std::vector<int> Translator::translate(const std::vector<int> &source) const
{
    return EncoderDecoder::translate(m_parameters, *m_task, source);
}

std::vector<std::vector<int>> Translator::translations() const
{
    std::vector<std::vector<int>> out;
    for (const auto &source : m_sources)
        out.push_back(translate(source));
    return out;
}

Session Translator::currentSession() const
{
    Session session = m_session;
    session.weights = toNamedTensors(m_parameters);
    session.optimizerState = saveOptimizerState(m_optimizer->state(), m_stepsTaken);
    return session;
}

} // namespace rnnlab
