// SPDX-License-Identifier: MIT
#include "engine/encoderdecoder.h"

#include "engine/cell.h"
#include "engine/linear.h"
#include "engine/recurrentstack.h"

#include <span>

namespace rnnlab {

namespace {

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

void EncoderDecoder::prepare(Trace<float> &trace, const ParameterLayout &layout,
                             const std::vector<std::vector<int>> &sources)
{
    const Eigen::Index H = layout.model().hiddenSize;
    const bool lstm = layout.model().cell == CellKind::Lstm;
    const RecurrentBlock &encoder = layout.stack(0);
    const RecurrentBlock &decoder = layout.stack(1);
    for (std::size_t p = 0; p < trace.sequences.size(); ++p) {
        auto &sequence = trace.sequences[p];
        for (auto &layer : layersOf(sequence, encoder)) {
            resizeTime(layer, static_cast<Eigen::Index>(sources[p].size()));
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
}

void EncoderDecoder::forward(const ParameterSet<float> &parameters, const Loss &loss,
                             const std::vector<std::vector<int>> &sources, Trace<float> &trace)
{
    const ParameterLayout &layout = parameters.layout();
    const RecurrentBlock &encoder = layout.stack(0);
    const RecurrentBlock &decoder = layout.stack(1);
    const bool lstm = encoder.cell == CellKind::Lstm;
    for (std::size_t p = 0; p < trace.sequences.size(); ++p) {
        auto &sequence = trace.sequences[p];
        LayerInput<float> source;
        source.oneHot = &sources[p];
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
        Linear<float>::forward(parameters, *layout.outputLayer(), decoderLayers.back().hidden, sequence.logits);
    }
    loss.forward(trace);
    trace.hasGradients = false;
    trace.hasLastLossGradients = false;
}

void EncoderDecoder::backward(const ParameterSet<float> &parameters, const Loss &loss,
                              const std::vector<std::vector<int>> &sources, Trace<float> &trace)
{
    const ParameterLayout &layout = parameters.layout();
    const RecurrentBlock &encoder = layout.stack(0);
    const RecurrentBlock &decoder = layout.stack(1);
    const bool lstm = encoder.cell == CellKind::Lstm;
    auto &gradients = trace.gradients;
    gradients.flat().setZero();
    for (std::size_t p = 0; p < trace.sequences.size(); ++p) {
        auto &sequence = trace.sequences[p];
        for (Eigen::Index t = 0; t < sequence.length(); ++t)
            loss.backward(trace, sequence, t, sequence.dLogits.col(t));
        const auto decoderLayers = layersOf(sequence, decoder);
        auto &top = decoderLayers.back();
        Linear<float>::backward(parameters, *layout.outputLayer(), top.hidden, sequence.dLogits, gradients,
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
        source.oneHot = &sources[p];
        RecurrentStack<float>::backward(parameters, encoder, source, encoderLayers, gradients);
    }
    trace.hasGradients = true;
}

std::vector<int> EncoderDecoder::translate(const ParameterSet<float> &parameters, const TranslateTask &task,
                                           const std::vector<int> &source)
{
    const ParameterLayout &layout = parameters.layout();
    const RecurrentBlock &encoder = layout.stack(0);
    const RecurrentBlock &decoder = layout.stack(1);
    const int L = encoder.numLayers();
    const Eigen::Index H = layout.model().hiddenSize;
    // The encoder, one step at a time per layer (generation's arithmetic), from a zero state.
    std::vector<CellState<float>> states;
    for (int l = 0; l < L; ++l)
        states.push_back(CellState<float>::zero(encoder.cell, H));
    for (int index : source) {
        for (int l = 0; l < L; ++l)
            Cell<float>::step(parameters, encoder, l, index, l > 0 ? &states[std::size_t(l - 1)].h : nullptr,
                              states[std::size_t(l)]);
    }
    if (source.empty())
        return {};
    std::vector<int> out;
    int token = TranslateTask::sos;
    Vector<float> logits(layout.outputSize());
    for (int i = 0; i < task.maxTranslationLength(); ++i) {
        for (int l = 0; l < L; ++l)
            Cell<float>::step(parameters, decoder, l, token, l > 0 ? &states[std::size_t(l - 1)].h : nullptr,
                              states[std::size_t(l)]);
        Linear<float>::forward(parameters, *layout.outputLayer(), states.back().h, logits);
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

GreedyPass EncoderDecoder::greedyPass(const ParameterSet<float> &parameters, const TranslateTask &task,
                                      const std::vector<int> &source)
{
    // translate()'s steps, each one's numbers kept as columns. Not shared with translate(): that
    // one runs every history step for the predictions table, where the copies would cost.
    const ParameterLayout &layout = parameters.layout();
    const RecurrentBlock &encoder = layout.stack(0);
    const RecurrentBlock &decoder = layout.stack(1);
    const int L = encoder.numLayers();
    const Eigen::Index H = layout.model().hiddenSize;
    const Eigen::Index T = layout.outputSize();
    GreedyPass out;
    out.hidden.assign(std::size_t(L), Matrix<float>(H, 0));
    out.logits.resize(T, 0);
    out.probabilities.resize(T, 0);
    if (source.empty())
        return out;
    std::vector<CellState<float>> states;
    for (int l = 0; l < L; ++l)
        states.push_back(CellState<float>::zero(encoder.cell, H));
    for (int index : source) {
        for (int l = 0; l < L; ++l)
            Cell<float>::step(parameters, encoder, l, index, l > 0 ? &states[std::size_t(l - 1)].h : nullptr,
                              states[std::size_t(l)]);
    }
    const Eigen::Index maxSteps = task.maxTranslationLength();
    for (auto &h : out.hidden)
        h.resize(H, maxSteps);
    out.logits.resize(T, maxSteps);
    out.probabilities.resize(T, maxSteps);
    int token = TranslateTask::sos;
    Vector<float> logits(T);
    for (Eigen::Index i = 0; i < maxSteps; ++i) {
        out.inputs.push_back(token);
        for (int l = 0; l < L; ++l) {
            Cell<float>::step(parameters, decoder, l, token, l > 0 ? &states[std::size_t(l - 1)].h : nullptr,
                              states[std::size_t(l)]);
            out.hidden[std::size_t(l)].col(i) = states[std::size_t(l)].h;
        }
        Linear<float>::forward(parameters, *layout.outputLayer(), states.back().h, logits);
        out.logits.col(i) = logits;
        // p = softmax(y): exp(y − max y) / Σ exp(y − max y), as CrossEntropyLoss's head.
        const float top = logits.maxCoeff();
        const Vector<float> e = (logits.array() - top).exp().matrix();
        out.probabilities.col(i) = e / e.sum();
        Eigen::Index best = 0;
        for (Eigen::Index k = 1; k < logits.size(); ++k) {
            if (logits(k) > logits(best))
                best = k; // the first maximum on ties, as torch.argmax (and translate())
        }
        token = static_cast<int>(best);
        out.tokens.push_back(token);
        if (token == TranslateTask::eos)
            break;
    }
    const Eigen::Index s = Eigen::Index(out.tokens.size());
    for (auto &h : out.hidden)
        h.conservativeResize(H, s);
    out.logits.conservativeResize(T, s);
    out.probabilities.conservativeResize(T, s);
    return out;
}

std::u32string EncoderDecoder::text(const TranslateTask &task, const std::vector<int> &tokens)
{
    std::u32string out;
    for (int token : tokens) {
        if (token == TranslateTask::eos)
            return out;
        out += task.outputName(token);
    }
    return out + U"…";
}

} // namespace rnnlab
