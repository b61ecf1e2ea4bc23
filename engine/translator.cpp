// SPDX-License-Identifier: MIT
#include "engine/translator.h"

#include "engine/cell.h"
#include "engine/gradclip.h"
#include "engine/linear.h"
#include "engine/recurrentstack.h"

#include <cmath>
#include <cstdio>
#include <span>
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

//! Every non-empty matrix of \a layer resized to \a n columns, zero.
template<typename T>
void resizeTime(LayerTrace<T> &layer, Eigen::Index n)
{
    for (Matrix<T> *m : {&layer.inputPart, &layer.hiddenPart, &layer.preActivation, &layer.gates, &layer.cell,
                         &layer.hidden, &layer.dHiddenFromAbove, &layer.dHiddenThroughTime, &layer.dHidden,
                         &layer.dPreActivation, &layer.dHiddenPart, &layer.dCell, &layer.dHiddenLastLoss}) {
        if (m->size() > 0)
            m->setZero(m->rows(), n);
    }
}

template<typename T>
std::span<LayerTrace<T>> layersOf(SequenceTrace<T> &sequence, const RecurrentBlock &stack)
{
    return std::span<LayerTrace<T>>(sequence.layers)
        .subspan(static_cast<std::size_t>(stack.firstLayer), static_cast<std::size_t>(stack.numLayers()));
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
    const Eigen::Index H = session.model.hiddenSize;
    const bool lstm = session.model.cell == CellKind::Lstm;
    const RecurrentBlock &encoder = m_layout->stack(0);
    const RecurrentBlock &decoder = m_layout->stack(1);
    for (std::size_t p = 0; p < m_trace.sequences.size(); ++p) {
        auto &sequence = m_trace.sequences[p];
        for (auto &layer : layersOf(sequence, encoder)) {
            resizeTime(layer, static_cast<Eigen::Index>(m_sources[p].size()));
            layer.dFinalHidden = Vector<float>::Zero(H);
            if (lstm)
                layer.dFinalCell = Vector<float>::Zero(H);
        }
        for (auto &layer : layersOf(sequence, decoder)) {
            layer.initialHidden = Vector<float>::Zero(H);
            layer.dInitialHidden = Vector<float>::Zero(H);
            if (lstm) {
                layer.initialCell = Vector<float>::Zero(H);
                layer.dInitialCell = Vector<float>::Zero(H);
            }
        }
    }
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
    const RecurrentBlock &encoder = m_layout->stack(0);
    const RecurrentBlock &decoder = m_layout->stack(1);
    const bool lstm = encoder.cell == CellKind::Lstm;
    for (std::size_t p = 0; p < m_trace.sequences.size(); ++p) {
        auto &sequence = m_trace.sequences[p];
        LayerInput<float> source;
        source.oneHot = &m_sources[p];
        const auto encoderLayers = layersOf(sequence, encoder);
        RecurrentStack<float>::forward(parameters, encoder, source, encoderLayers);
        // The context: every encoder layer's final state starts the decoder's layer of that depth.
        const auto decoderLayers = layersOf(sequence, decoder);
        for (std::size_t l = 0; l < decoderLayers.size(); ++l) {
            const auto &from = encoderLayers[l];
            const Eigen::Index last = from.hidden.cols() - 1;
            decoderLayers[l].initialHidden = from.hidden.col(last);
            if (lstm)
                decoderLayers[l].initialCell = from.cell.col(last);
        }
        LayerInput<float> previousTokens;
        previousTokens.oneHot = &sequence.inputs;
        RecurrentStack<float>::forward(parameters, decoder, previousTokens, decoderLayers);
        Linear<float>::forward(parameters, *m_layout->outputLayer(), decoderLayers.back().hidden, sequence.logits);
    }
    m_task->loss().forward(m_trace);
    m_trace.hasGradients = false;
    m_trace.hasLastLossGradients = false;
}

void Translator::backward(const ParameterSet<float> &parameters)
{
    const RecurrentBlock &encoder = m_layout->stack(0);
    const RecurrentBlock &decoder = m_layout->stack(1);
    const bool lstm = encoder.cell == CellKind::Lstm;
    auto &gradients = m_trace.gradients;
    gradients.flat().setZero();
    for (std::size_t p = 0; p < m_trace.sequences.size(); ++p) {
        auto &sequence = m_trace.sequences[p];
        for (Eigen::Index t = 0; t < sequence.length(); ++t)
            m_task->loss().backward(m_trace, sequence, t, sequence.dLogits.col(t));
        const auto decoderLayers = layersOf(sequence, decoder);
        auto &top = decoderLayers.back();
        Linear<float>::backward(parameters, *m_layout->outputLayer(), top.hidden, sequence.dLogits, gradients,
                                top.dHiddenFromAbove);
        LayerInput<float> previousTokens;
        previousTokens.oneHot = &sequence.inputs;
        RecurrentStack<float>::backward(parameters, decoder, previousTokens, decoderLayers, gradients);
        // Back across the context into the encoder's final states, then through the encoder.
        const auto encoderLayers = layersOf(sequence, encoder);
        for (std::size_t l = 0; l < encoderLayers.size(); ++l) {
            encoderLayers[l].dFinalHidden = decoderLayers[l].dInitialHidden;
            if (lstm)
                encoderLayers[l].dFinalCell = decoderLayers[l].dInitialCell;
        }
        encoderLayers.back().dHiddenFromAbove.setZero(); // the encoder has no outputs of its own
        LayerInput<float> source;
        source.oneHot = &m_sources[p];
        RecurrentStack<float>::backward(parameters, encoder, source, encoderLayers, gradients);
    }
    m_trace.hasGradients = true;
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
    const RecurrentBlock &encoder = m_layout->stack(0);
    const RecurrentBlock &decoder = m_layout->stack(1);
    const int L = encoder.numLayers();
    const Eigen::Index H = m_layout->model().hiddenSize;
    // The encoder, one step at a time per layer (generation's arithmetic), from a zero state.
    std::vector<CellState<float>> states;
    for (int l = 0; l < L; ++l)
        states.push_back(CellState<float>::zero(encoder.cell, H));
    for (int index : source) {
        for (int l = 0; l < L; ++l)
            Cell<float>::step(m_parameters, encoder, l, index, l > 0 ? &states[std::size_t(l - 1)].h : nullptr,
                              states[std::size_t(l)]);
    }
    if (source.empty())
        return {};
    std::vector<int> out;
    int token = TranslateTask::sos;
    Vector<float> logits(m_layout->outputSize());
    for (int i = 0; i < m_task->maxTranslationLength(); ++i) {
        for (int l = 0; l < L; ++l)
            Cell<float>::step(m_parameters, decoder, l, token, l > 0 ? &states[std::size_t(l - 1)].h : nullptr,
                              states[std::size_t(l)]);
        Linear<float>::forward(m_parameters, *m_layout->outputLayer(), states.back().h, logits);
        Eigen::Index best = 0;
        for (Eigen::Index k = 1; k < logits.size(); ++k) {
            if (logits(k) > logits(best))
                best = k; // the first maximum on ties, as torch.argmax
        }
        token = static_cast<int>(best);
        out.push_back(token);
        if (token == TranslateTask::eos)
            break;
    }
    return out;
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
