// SPDX-License-Identifier: MIT
#include "app/session/pytorchimport.h"

#include "app/session/inputfile.h"
#include "app/session/jsonwriter.h"
#include "app/session/statedictimport.h"
#include "app/session/torchstatedict.h"
#include "engine/dataset.h"
#include "engine/unicode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <set>

namespace rnnlab {

namespace {

std::optional<std::u32string> codePoints(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return fromUtf8(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
}

//! A bias (list of numbers) or a matrix (list of equal rows); nullopt and a problem otherwise.
std::optional<NamedTensor> readTensor(const QJsonValue &value, const std::string &name, const std::string &field,
                                      std::vector<Problem> &problems)
{
    NamedTensor tensor;
    tensor.name = name;
    const QJsonArray array = value.toArray();
    if (!value.isArray() || array.isEmpty()) {
        problems.push_back({field, "must be a non-empty list of numbers or of rows (tensor.tolist())"});
        return std::nullopt;
    }
    if (array.at(0).isArray()) {
        const qsizetype cols = array.at(0).toArray().size();
        tensor.shape = {array.size(), cols};
        for (qsizetype r = 0; r < array.size(); ++r) {
            const QJsonArray row = array.at(r).toArray();
            if (!array.at(r).isArray() || row.size() != cols) {
                problems.push_back({field + "[" + std::to_string(r) + "]",
                                    "must be a row of " + std::to_string(cols) + " numbers like row 0"});
                return std::nullopt;
            }
            for (const QJsonValue &v : row) {
                if (!v.isDouble()) {
                    problems.push_back({field + "[" + std::to_string(r) + "]", "holds something that is not a number"});
                    return std::nullopt;
                }
                tensor.values.push_back(v.toDouble());
            }
        }
    } else {
        tensor.shape = {array.size()};
        for (const QJsonValue &v : array) {
            if (!v.isDouble()) {
                problems.push_back({field, "holds something that is not a number"});
                return std::nullopt;
            }
            tensor.values.push_back(v.toDouble());
        }
    }
    return tensor;
}

//! torch's defaults, which rnnlab's optimizers reproduce; anything else is refused by name.
void checkSettings(const QJsonObject &settings, bool adam, std::vector<Problem> &problems)
{
    const auto is = [&](const char *key, double expected) {
        const QJsonValue v = settings.value(QLatin1String(key));
        return v.isUndefined() || (v.isDouble() && v.toDouble() == expected)
            || (v.isBool() && double(v.toBool()) == expected);
    };
    std::string wrong;
    if (adam) {
        const QJsonArray betas = settings.value(QLatin1String("betas")).toArray();
        if (settings.contains(QLatin1String("betas"))
            && (betas.size() != 2 || betas.at(0).toDouble() != 0.9 || betas.at(1).toDouble() != 0.999))
            wrong += " betas";
        if (!is("eps", 1e-8))
            wrong += " eps";
        if (!is("amsgrad", 0))
            wrong += " amsgrad";
    } else {
        if (!is("dampening", 0))
            wrong += " dampening";
        if (!is("nesterov", 0))
            wrong += " nesterov";
    }
    if (!is("weight_decay", 0))
        wrong += " weight_decay";
    if (!wrong.empty())
        problems.push_back({"optimizer.settings",
                            "differ from torch's defaults in" + wrong
                                + ": rnnlab trains with Adam(betas=(0.9, 0.999), eps=1e-8) or "
                                  "SGD(momentum=m), without weight decay, dampening, Nesterov or "
                                  "AMSGrad"});
}

//! clip_grad_norm and the optimizer (its kind, settings and state) into \a session.
void readTraining(const QJsonObject &root, Session &session, PytorchImportResult &result)
{
    std::vector<Problem> &problems = result.problems;
    const QJsonValue clip = root.value(QLatin1String("clip_grad_norm"));
    if (clip.isDouble())
        session.training.clipGradNorm = clip.toDouble();
    else if (!clip.isUndefined() && !clip.isNull())
        problems.push_back({"clip_grad_norm", "must be a number or null"});

    const QJsonValue optimizerValue = root.value(QLatin1String("optimizer"));
    if (optimizerValue.isObject()) {
        const QJsonObject o = optimizerValue.toObject();
        const auto kind = optimizerKindFromString(o.value(QLatin1String("type")).toString().toStdString());
        if (!kind) {
            problems.push_back({"optimizer.type", "must be \"adam\" or \"sgd\""});
            return;
        }
        session.training.optimizer = *kind;
        session.training.learningRate = o.value(QLatin1String("lr")).toDouble(std::nan(""));
        session.training.momentum = o.value(QLatin1String("momentum")).toDouble(0.0);
        if (*kind == OptimizerKind::Adam)
            session.training.momentum = 0.0;
        checkSettings(o.value(QLatin1String("settings")).toObject(), *kind == OptimizerKind::Adam, problems);
        SavedOptimizerState saved;
        const double steps = o.value(QLatin1String("steps_taken")).toDouble(-1);
        if (steps < 0 || std::floor(steps) != steps || steps > static_cast<double>(limits::maxSteps))
            problems.push_back(
                {"optimizer.steps_taken", "must be the number of training steps taken (a whole number ≥ 0)"});
        saved.stepsTaken = static_cast<std::int64_t>(std::max(0.0, steps));
        const QJsonObject state = o.value(QLatin1String("state")).toObject();
        for (qsizetype index = 0; index < state.size(); ++index) {
            const std::string field = "optimizer.state." + std::to_string(index);
            const QJsonValue value = state.value(QString::number(index));
            if (!value.isObject()) {
                problems.push_back({field,
                                    "is missing: the state is numbered 0, 1, … in model.parameters() order, "
                                    "every parameter (did some get no gradient?)"});
                return;
            }
            const QJsonObject entry = value.toObject();
            SavedOptimizerState::Entry e;
            if (entry.contains(QLatin1String("step")))
                e.step = entry.value(QLatin1String("step")).toDouble();
            for (const auto &[key, target] : {std::pair{"exp_avg", &e.expAvg},
                                              {"exp_avg_sq", &e.expAvgSq},
                                              {"momentum_buffer", &e.momentumBuffer}}) {
                if (entry.contains(QLatin1String(key)))
                    *target =
                        readTensor(entry.value(QLatin1String(key)), field + "." + key, field + "." + key, problems);
            }
            saved.entries.push_back(std::move(e));
        }
        session.optimizerState = std::move(saved);
    } else {
        result.notes.push_back("no optimizer was saved: training goes on with fresh Adam (lr 0.1), not where PyTorch "
                               "stopped; pass optimizer= to save_state_dict_json to continue exactly");
    }
}

//! Validates \a session and, when it is valid, makes it the result; its problems named as the
//! file names the fields.
void finish(Session session, PytorchImportResult &result)
{
    std::vector<Problem> &problems = result.problems;
    if (!problems.empty())
        return;
    problems = validate(session);
    for (Problem &problem : problems) {
        // The session's field names, as this file calls them.
        if (problem.field.rfind("weights.", 0) == 0)
            problem.field = "state_dict." + problem.field.substr(8);
        else if (problem.field.rfind("optimizer_state.", 0) == 0)
            problem.field = "optimizer." + problem.field.substr(16);
        else if (problem.field == "training.learning_rate")
            problem.field = "optimizer.lr";
        else if (problem.field.rfind("data.", 0) == 0)
            problem.field = problem.field.substr(5);
    }
    if (problems.empty())
        result.session = std::move(session);
}

//! A translation's file (save_state_dict_json of a translate script: "task": "translate"): its
//! pairs, vocabularies and the encoder's, decoder's and fc's tensors into \a session.
void readTranslation(const QJsonObject &root, Session &session, PytorchImportResult &result)
{
    std::vector<Problem> &problems = result.problems;
    session.data.task = TaskKind::Translate;
    const QJsonValue pairs = root.value(QLatin1String("pairs"));
    for (const QJsonValue &pair : pairs.toArray()) {
        const QJsonArray two = pair.toArray();
        const auto source = two.size() == 2 && two.at(0).isString() ? codePoints(two.at(0).toString()) : std::nullopt;
        const auto target = two.size() == 2 && two.at(1).isString() ? codePoints(two.at(1).toString()) : std::nullopt;
        if (!source || !target) {
            problems.push_back({"pairs", "must be a list of [source, target] strings"});
            return;
        }
        session.data.pairs.emplace_back(*source, *target);
    }
    if (!pairs.isArray() || session.data.pairs.empty()) {
        problems.push_back({"pairs", "are missing: save_state_dict_json(model, path, pairs, …) writes them"});
        return;
    }
    for (const auto &[key, target] : {std::pair{"source_vocabulary", &session.data.sourceVocabulary},
                                      std::pair{"target_vocabulary", &session.data.targetVocabulary}}) {
        const QJsonValue value = root.value(QLatin1String(key));
        const auto characters = value.isString() ? codePoints(value.toString()) : std::nullopt;
        if (!characters) {
            problems.push_back({key, "must be the characters in one-hot order, as a string"});
            return;
        }
        *target = *characters;
    }
    const QJsonObject stateDict = root.value(QLatin1String("state_dict")).toObject();
    static const QRegularExpression stackName(QStringLiteral("^(encoder|decoder)\\.(weight|bias)_(ih|hh)_l(\\d+)$"));
    std::vector<NamedTensor> weights;
    int layers = 0;
    for (auto it = stateDict.begin(); it != stateDict.end(); ++it) {
        const std::string name = it.key().toStdString();
        const auto match = stackName.match(it.key());
        if (match.hasMatch()) {
            layers = std::max(layers, match.captured(4).toInt() + 1);
        } else if (it.key() == u"fc.weight" || it.key() == u"fc.bias") {
            session.model.outputLayer = true;
        } else {
            problems.push_back({"state_dict." + name,
                                "is not a parameter of rnnlab's translation model: the names are "
                                "encoder.weight_ih_l{k} … encoder.bias_hh_l{k}, the same for decoder, and "
                                "fc.weight, fc.bias"});
            continue;
        }
        if (auto tensor = readTensor(it.value(), name, "state_dict." + name, problems))
            weights.push_back(std::move(*tensor));
    }
    if (!problems.empty())
        return;
    const auto hh = std::find_if(weights.begin(), weights.end(),
                                 [](const NamedTensor &w) { return w.name == "encoder.weight_hh_l0"; });
    const int G = gateCount(session.model.cell);
    if (hh == weights.end() || hh->shape.size() != 2 || hh->shape[0] != G * hh->shape[1]) {
        problems.push_back({"state_dict.encoder.weight_hh_l0",
                            hh == weights.end() ? std::string("is missing")
                                                : "is not (" + std::to_string(G) + "·H, H) as a "
                                    + toString(session.model.cell) + " cell's"});
        return;
    }
    session.model.hiddenSize = static_cast<int>(hh->shape[1]);
    session.model.numLayers = layers;
    session.weights = std::move(weights);
    readTraining(root, session, result);
    finish(std::move(session), result);
}

} // namespace

PytorchImportResult PytorchImport::read(const QString &path, const std::vector<std::u32string> &texts)
{
    QByteArray bytes;
    if (const QString error = InputFile::read(path, &bytes); !error.isEmpty()) {
        PytorchImportResult result;
        result.problems.push_back({"", error.toStdString()});
        return result;
    }
    return parse(bytes, texts);
}

PytorchImportResult PytorchImport::parse(const QByteArray &bytes, const std::vector<std::u32string> &givenTexts)
{
    // A .pt file (torch.save(model.state_dict())): the texts given, the rest inferred or asked for.
    if (TorchStateDictReader::looksLikeTorchSave(bytes))
        return StateDictImport::parse(bytes, {givenTexts, std::nullopt, std::nullopt});
    PytorchImportResult result;
    std::vector<Problem> &problems = result.problems;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        problems.push_back({"",
                            error.error != QJsonParseError::NoError
                                ? "this is not valid JSON: " + error.errorString().toStdString() + " (at byte "
                                    + std::to_string(error.offset) + ")"
                                : std::string("this is not a saved PyTorch state (a JSON object)")});
        return result;
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toString() != u"rnnlab-pytorch-state") {
        problems.push_back({"format",
                            "is not \"rnnlab-pytorch-state\": write the file with save_state_dict_json(model, "
                            "path, vocabulary, texts, optimizer) from a script rnnlab generated "
                            "(rnnlab-cli export-pytorch)"});
        return result;
    }
    if (root.value(QLatin1String("version")).toDouble(0) != 1) {
        problems.push_back({"version", "is not 1: this file was written by a newer rnnlab's helper; update rnnlab"});
        return result;
    }

    Session session;
    session.training = TrainingConfig{};
    const auto cell = cellKindFromString(root.value(QLatin1String("cell")).toString().toStdString());
    if (!cell) {
        problems.push_back({"cell", "must be \"rnn_tanh\", \"rnn_relu\", \"lstm\" or \"gru\""});
        return result;
    }
    session.model.cell = *cell;
    // What rnnlab cannot represent, by name: a training that would differ without a word otherwise.
    const double dropout = root.value(QLatin1String("dropout")).toDouble(0.0);
    if (dropout != 0.0)
        result.notes.push_back("the model was built with dropout=" + JsonWriter::formatNumber(dropout)
                               + " between its recurrent layers; rnnlab has no dropout: it ignores it and "
                                 "trains without (its losses differ from PyTorch's in training mode)");
    QStringList ignored;
    for (auto it = root.begin(); it != root.end(); ++it) {
        static const QStringList known = {QStringLiteral("format"),
                                          QStringLiteral("version"),
                                          QStringLiteral("cell"),
                                          QStringLiteral("batch_first"),
                                          QStringLiteral("dropout"),
                                          QStringLiteral("vocabulary"),
                                          QStringLiteral("texts"),
                                          QStringLiteral("state_dict"),
                                          QStringLiteral("clip_grad_norm"),
                                          QStringLiteral("task"),
                                          QStringLiteral("labels"),
                                          QStringLiteral("classes"),
                                          QStringLiteral("optimizer"),
                                          QStringLiteral("pairs"),
                                          QStringLiteral("source_vocabulary"),
                                          QStringLiteral("target_vocabulary")};
        if (!known.contains(it.key()))
            ignored << it.key();
    }
    if (!ignored.isEmpty())
        result.notes.push_back("ignored what rnnlab does not know: " + ignored.join(QStringLiteral(", ")).toStdString()
                               + " (a newer helper's, or added by hand)");
    if (root.value(QLatin1String("batch_first")) == QJsonValue(false))
        result.notes.push_back("the model was built with batch_first=False; its weights are the same, and rnnlab "
                               "feeds one sequence per text (batch_first=True)");
    if (root.value(QLatin1String("task")) == QJsonValue(QStringLiteral("translate"))) {
        if (!givenTexts.empty())
            problems.push_back({"texts", "are for a character model: a translation's pairs are in its file"});
        else
            readTranslation(root, session, result);
        return result;
    }
    const QJsonValue vocabulary = root.value(QLatin1String("vocabulary"));
    const auto characters = vocabulary.isString() ? codePoints(vocabulary.toString()) : std::nullopt;
    if (!characters || characters->empty()) {
        problems.push_back({"vocabulary", "must be the characters in one-hot order, as a string (\"helo\")"});
        return result;
    }
    session.data.vocabulary = *characters;
    if (!givenTexts.empty()) {
        session.data.texts = givenTexts;
    } else {
        const QJsonValue texts = root.value(QLatin1String("texts"));
        if (texts.isArray() && !texts.toArray().isEmpty()) {
            for (const QJsonValue &text : texts.toArray()) {
                const auto decoded = text.isString() ? codePoints(text.toString()) : std::nullopt;
                if (!decoded) {
                    problems.push_back({"texts", "must be a list of strings"});
                    return result;
                }
                session.data.texts.push_back(*decoded);
            }
        } else {
            result.textsMissing = true;
            problems.push_back({"texts",
                                "are not in the file: give the training texts (rnnlab-cli import-pytorch "
                                "--text TEXT …), or save with save_state_dict_json(…, texts=[…])"});
            return result;
        }
    }

    // A many-to-one classifier (save_state_dict_json(…, labels=…, classes=…)): validate() checks
    // that the labels match the texts and fc's rows the classes.
    const QJsonValue task = root.value(QLatin1String("task"));
    if (!task.isUndefined() && !task.isNull()) {
        const auto kind = task.isString() ? taskKindFromString(task.toString().toStdString()) : std::nullopt;
        if (!kind) {
            problems.push_back({"task", "must be \"next_character\", \"classify\" or \"translate\""});
            return result;
        }
        session.data.task = *kind;
        const auto strings = [&](const char *key, std::vector<std::u32string> &out) {
            const QJsonValue value = root.value(QLatin1String(key));
            for (const QJsonValue &item : value.toArray()) {
                const auto decoded = item.isString() ? codePoints(item.toString()) : std::nullopt;
                if (!decoded)
                    break;
                out.push_back(*decoded);
            }
            if (!value.isArray() || static_cast<qsizetype>(out.size()) != value.toArray().size())
                problems.push_back(
                    {key, "must be a list of strings (save_state_dict_json(…, labels=[…], classes=[…]))"});
        };
        if (*kind == TaskKind::Classify) {
            strings("labels", session.data.labels);
            std::vector<std::u32string> classes;
            strings("classes", classes);
            session.data.classes = std::move(classes);
            if (!problems.empty())
                return result;
        }
    }

    // The model's shape from the state_dict: V from the vocabulary, H from weight_hh_l0, L from the
    // layers present, the output layer from fc.*.
    const QJsonObject stateDict = root.value(QLatin1String("state_dict")).toObject();
    if (stateDict.isEmpty()) {
        problems.push_back(
            {"state_dict", "is missing or empty: it maps names (rnn.weight_ih_l0, …) to tensor.tolist()"});
        return result;
    }
    static const QRegularExpression rnnName(QStringLiteral("^rnn\\.(weight|bias)_(ih|hh)_l(\\d+)$"));
    std::vector<NamedTensor> weights;
    int layers = 0;
    bool outputLayer = false;
    for (auto it = stateDict.begin(); it != stateDict.end(); ++it) {
        const std::string name = it.key().toStdString();
        const auto match = rnnName.match(it.key());
        if (match.hasMatch()) {
            layers = std::max(layers, match.captured(3).toInt() + 1);
        } else if (it.key() == u"fc.weight" || it.key() == u"fc.bias") {
            outputLayer = true;
        } else {
            problems.push_back({"state_dict." + name,
                                "is not a parameter rnnlab knows: the names are rnn.weight_ih_l{k}, "
                                "rnn.weight_hh_l{k}, rnn.bias_ih_l{k}, rnn.bias_hh_l{k} "
                                "(torch.nn.RNN/LSTM/GRU, bias=True, not bidirectional) and "
                                "fc.weight, fc.bias (torch.nn.Linear)"});
            continue;
        }
        if (auto tensor = readTensor(it.value(), name, "state_dict." + name, problems))
            weights.push_back(std::move(*tensor));
    }
    if (!problems.empty())
        return result;
    const auto find = [&](const std::string &name) -> const NamedTensor * {
        for (const auto &w : weights)
            if (w.name == name)
                return &w;
        return nullptr;
    };
    const NamedTensor *hh = find("rnn.weight_hh_l0");
    const int G = gateCount(*cell);
    if (!hh || hh->shape.size() != 2 || hh->shape[0] != G * hh->shape[1]) {
        problems.push_back({"state_dict.rnn.weight_hh_l0",
                            hh ? "has shape [" + std::to_string(hh->shape[0]) + ", "
                                    + std::to_string(hh->shape.size() > 1 ? hh->shape[1] : 1) + "], not ("
                                    + std::to_string(G) + "·H, H) as a " + toString(*cell) + " cell's"
                               : std::string("is missing")});
        return result;
    }
    session.model.hiddenSize = static_cast<int>(hh->shape[1]);
    session.model.numLayers = layers;
    session.model.outputLayer = outputLayer;
    const NamedTensor *ih = find("rnn.weight_ih_l0");
    const auto V = static_cast<std::int64_t>(characters->size());
    if (ih && ih->shape.size() == 2 && ih->shape[1] != V)
        problems.push_back({"state_dict.rnn.weight_ih_l0",
                            "has " + std::to_string(ih->shape[1]) + " input columns but the vocabulary has "
                                + std::to_string(V) + " characters: one column per character"});
    session.weights = std::move(weights);

    readTraining(root, session, result);
    finish(std::move(session), result);
    return result;
}

} // namespace rnnlab
