// SPDX-License-Identifier: MIT
#include "app/session/tracefile.h"

#include "app/session/jsonwriter.h"
#include "app/session/statedictjson.h"
#include "engine/trainer.h"
#include "engine/unicode.h"

namespace rnnlab {

namespace {

//! A (rows × n) matrix as n columns (one list per time step).
void writeColumns(JsonWriter &w, const Matrix<float> &m)
{
    w.beginArray();
    for (Eigen::Index t = 0; t < m.cols(); ++t) {
        w.beginArray();
        for (Eigen::Index i = 0; i < m.rows(); ++i)
            w.value(m(i, t));
        w.endArray();
    }
    w.endArray();
}

} // namespace

void TraceFile::captureInitialWeights(const Trainer &trainer)
{
    m_values = trainer.task().outputKind() == OutputKind::Value;
    m_vocabulary = trainer.dataset().vocabulary.characters();
    m_initialWeights = toNamedTensors(trainer.parameters());
}

void TraceFile::captureFirstPass(const Trainer &trainer)
{
    m_firstPass = trainer.trace();
    if (trainer.trace().hasGradients)
        m_initialGradients = toNamedTensors(trainer.trace().gradients);
}

void TraceFile::addStep(const Trainer &trainer, std::int64_t step, float loss, const std::optional<float> &gradNorm)
{
    TraceStep entry{step, loss, {}, gradNorm, {}, 0.0};
    if (trainer.task().outputKind() == OutputKind::Value) {
        for (const auto &sequence : trainer.trace().sequences)
            entry.outputs.push_back(sequence.logits);
        entry.meanAbsoluteError = trainer.task().metric(trainer.trace());
    } else {
        entry.predictions = trainer.predictions();
    }
    m_steps.push_back(std::move(entry));
}

void TraceFile::captureFinalWeights(const Trainer &trainer)
{
    m_finalWeights = toNamedTensors(trainer.parameters());
}

std::string TraceFile::toJson() const
{
    JsonWriter w;
    w.beginObject();
    if (!m_values) {
        w.key("vocabulary");
        w.value(toUtf8(m_vocabulary));
    }
    w.key("initial_weights");
    StateDictJson::writeTensors(w, m_initialWeights);
    if (m_initialGradients) {
        w.key("initial_gradients");
        StateDictJson::writeTensors(w, *m_initialGradients);
    }
    if (m_firstPass) {
        w.key("initial_hidden_states");
        w.beginArray();
        for (const auto &sequence : m_firstPass->sequences) {
            w.beginArray();
            for (const auto &layer : sequence.layers)
                writeColumns(w, layer.hidden);
            w.endArray();
        }
        w.endArray();
        if (!m_firstPass->sequences.empty() && m_firstPass->sequences.front().layers.front().cell.size() > 0) {
            w.key("initial_cell_states"); // LSTM: c_t, per text, per layer, per time step
            w.beginArray();
            for (const auto &sequence : m_firstPass->sequences) {
                w.beginArray();
                for (const auto &layer : sequence.layers)
                    writeColumns(w, layer.cell);
                w.endArray();
            }
            w.endArray();
        }
        w.key(m_values ? "initial_outputs" : "initial_logits");
        w.beginArray();
        for (const auto &sequence : m_firstPass->sequences)
            writeColumns(w, sequence.logits);
        w.endArray();
    }
    w.key("steps");
    w.beginArray();
    for (const auto &step : m_steps) {
        w.beginObject();
        w.key("step");
        w.value(step.step);
        w.key("loss");
        w.value(step.loss);
        w.key("predictions");
        w.beginArray();
        if (m_values) {
            for (const auto &outputs : step.outputs)
                writeColumns(w, outputs);
        } else {
            for (const auto &prediction : step.predictions)
                w.value(toUtf8(prediction));
        }
        w.endArray();
        if (m_values) {
            w.key("mean_absolute_error");
            w.value(step.meanAbsoluteError);
        }
        if (step.gradNorm) {
            w.key("grad_norm");
            w.value(*step.gradNorm);
        }
        w.endObject();
    }
    w.endArray();
    w.key("final_weights");
    StateDictJson::writeTensors(w, m_finalWeights);
    w.endObject();
    return w.finish();
}

} // namespace rnnlab
