// SPDX-License-Identifier: MIT
#include "app/session/sessionwriter.h"

#include "app/session/historyjson.h"
#include "app/session/jsonwriter.h"
#include "app/session/seriesjson.h"
#include "app/session/sessionfile.h"
#include "app/session/statedictjson.h"
#include "engine/unicode.h"

namespace rnnlab {

std::string SessionWriter::toJson(const Session &session, const SavedHistory &history, const ViewState *view)
{
    JsonWriter w;
    w.beginObject();
    w.key("format");
    w.value("rnnlab-session");
    w.key("version");
    // The oldest version that holds it: a plain session stays readable by rnnlab 0.1 (which
    // refuses a "task" it does not know rather than misreading a classifier).
    w.value(history.empty() && !view ? 1 : SessionFile::currentVersion);
    if (session.data.task != TaskKind::NextCharacter) {
        w.key("task");
        w.value(toString(session.data.task));
    }
    w.key("model");
    w.beginObject();
    w.key("cell");
    w.value(toString(session.model.cell));
    w.key("hidden_size");
    w.value(session.model.hiddenSize);
    w.key("num_layers");
    w.value(session.model.numLayers);
    w.key("output_layer");
    w.value(session.model.outputLayer);
    w.endObject();
    w.key("data");
    w.beginObject();
    if (session.data.task == TaskKind::Forecast) {
        SeriesJson::write(w, session.data); // numbers, not texts
    } else if (session.data.task == TaskKind::Translate) {
        w.key("pairs");
        w.beginArray();
        for (const auto &[source, target] : session.data.pairs) {
            w.beginArray();
            w.value(toUtf8(source));
            w.value(toUtf8(target));
            w.endArray();
        }
        w.endArray();
        for (const auto &[key, vocabulary] : {std::pair{"source_vocabulary", &session.data.sourceVocabulary},
                                              std::pair{"target_vocabulary", &session.data.targetVocabulary}}) {
            if (*vocabulary) {
                w.key(key);
                w.value(toUtf8(**vocabulary));
            }
        }
    } else {
        w.key("texts");
        w.beginArray();
        for (const auto &text : session.data.texts)
            w.value(toUtf8(text));
        w.endArray();
    }
    if (session.data.vocabulary) {
        w.key("vocabulary");
        w.value(toUtf8(*session.data.vocabulary));
    }
    if (!session.data.labels.empty()) {
        w.key("labels");
        w.beginArray();
        for (const auto &label : session.data.labels)
            w.value(toUtf8(label));
        w.endArray();
    }
    if (session.data.classes) {
        w.key("classes");
        w.beginArray();
        for (const auto &c : *session.data.classes)
            w.value(toUtf8(c));
        w.endArray();
    }
    w.endObject();
    w.key("training");
    w.beginObject();
    w.key("optimizer");
    w.value(toString(session.training.optimizer));
    w.key("learning_rate");
    w.value(session.training.learningRate);
    w.key("seed");
    w.value(session.training.seed);
    w.key("steps");
    w.value(session.training.steps);
    w.key("clip_grad_norm");
    if (session.training.clipGradNorm)
        w.value(*session.training.clipGradNorm);
    else
        w.null();
    w.key("momentum");
    w.value(session.training.momentum);
    w.endObject();
    if (session.weights) {
        w.key("weights");
        StateDictJson::writeTensors(w, *session.weights);
    }
    if (session.optimizerState) {
        const SavedOptimizerState &saved = *session.optimizerState;
        w.key("optimizer_state");
        w.beginObject();
        w.key("steps_taken");
        w.value(saved.stepsTaken);
        w.key("state");
        StateDictJson::writeOptimizerState(w, saved.entries);
        w.endObject();
    }
    if (!history.empty()) {
        w.key("history");
        HistoryJson::write(w, history);
    }
    if (view) {
        w.key("view");
        view->write(w);
    }
    w.endObject();
    return w.finish();
}

} // namespace rnnlab
