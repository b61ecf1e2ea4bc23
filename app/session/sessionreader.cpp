// SPDX-License-Identifier: MIT
#include "app/session/sessionreader.h"

#include "app/session/exactjson.h"
#include "app/session/historyjson.h"
#include "app/session/jsonwriter.h"
#include "app/session/seriesjson.h"
#include "app/session/sessionfile.h"
#include "engine/unicode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>
#include <limits>

namespace rnnlab {

namespace {

std::string str(const QString &s)
{
    return s.toStdString();
}

//! Where byte \a offset of \a text is, as an editor shows it: "line L, column C" (UTF-8 characters).
std::string lineAndColumn(const QByteArray &text, qsizetype offset)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset && i < text.size(); ++i) {
        if (text.at(i) == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text.at(i)) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

} // namespace

SessionParseResult SessionReader::parse(const QByteArray &text)
{
    SessionParseResult result;
    if (!fromUtf8(std::string_view(text.constData(), static_cast<std::size_t>(text.size())))) {
        std::size_t offset = 0;
        fromUtf8(std::string_view(text.constData(), static_cast<std::size_t>(text.size())), &offset);
        result.problems.push_back({"",
                                   "the file is not valid UTF-8 (at "
                                       + lineAndColumn(text, static_cast<qsizetype>(offset))
                                       + "): save it as UTF-8 text"});
        return result;
    }
    QJsonParseError error;
    const QJsonDocument document = ExactJson::parse(text, &error);
    if (error.error != QJsonParseError::NoError) {
        std::string hint;
        if (error.offset >= text.trimmed().size())
            hint = " (the file ends too early: it was cut off — an interrupted copy or download, or a full disk; "
                   "an rnnlab save never leaves a file like this, so look for a complete copy)";
        else if (text.contains("NaN") || text.contains("Infinity"))
            hint = " (NaN and Infinity are not JSON numbers, and rnnlab needs finite values anyway)";
        result.problems.push_back({"",
                                   "this is not valid JSON: " + str(error.errorString()) + " at "
                                       + lineAndColumn(text, error.offset) + hint});
        return result;
    }
    if (!document.isObject()) {
        result.problems.push_back({"", "a session must be a JSON object ({\"format\": \"rnnlab-session\", …})"});
        return result;
    }
    const QJsonObject root = document.object();
    SessionReader reader;
    const QJsonValue format = root.value(QLatin1String("format"));
    if (format.toString() != QLatin1String("rnnlab-session")) {
        const std::string found = format.isUndefined() ? std::string("is missing")
            : format.isString()                        ? "is \"" + str(format.toString().left(40)) + "\""
                                                       : std::string("is not a string");
        result.problems.push_back({"format",
                                   found
                                       + ": this is not an rnnlab session (a session file has \"format\": "
                                         "\"rnnlab-session\")"});
        return result;
    }
    const QJsonValue version = root.value(QLatin1String("version"));
    if (!version.isDouble() || std::floor(version.toDouble()) != version.toDouble()) {
        result.problems.push_back({"version", "must be a whole number (1 or 2 for this rnnlab)"});
        return result;
    }
    if (version.toDouble() > SessionFile::currentVersion) {
        result.problems.push_back({"version",
                                   JsonWriter::formatNumber(version.toDouble())
                                       + ": this session was written by a newer rnnlab; this one reads "
                                         "versions 1 and 2. Update rnnlab to open it"});
        return result;
    }
    if (version.toDouble() < 1) {
        result.problems.push_back(
            {"version", JsonWriter::formatNumber(version.toDouble()) + " is not a session version (the first is 1)"});
        return result;
    }
    reader.checkKeys(
        root, "",
        {"format", "version", "task", "model", "data", "training", "weights", "optimizer_state", "history", "view"});

    Session session;
    // "task" came after version 1's first files: absent, it is the lecture's next-character task.
    TaskKind taskKind = TaskKind::NextCharacter;
    const QJsonValue task = root.value(QLatin1String("task"));
    if (!task.isUndefined() && !task.isNull()) {
        const auto kind = task.isString() ? taskKindFromString(task.toString().toStdString()) : std::nullopt;
        if (kind)
            taskKind = *kind;
        else
            reader.add("task",
                       "must be \"next_character\" (predict each next character, the default), "
                       "\"classify\" (one label per text, from the last time step), \"forecast\" (the next "
                       "value of a time series) or \"translate\" (pairs of strings, an encoder–decoder)");
    }
    if (auto o = reader.object(root, "model", "model")) {
        session.model = reader.model(*o);
        // A forecast reads its D features through Linear(H, D) unless told otherwise (issue 15).
        // So does a translation (issue 16), which needs one: Linear(H, T) over the target tokens.
        if ((taskKind == TaskKind::Forecast || taskKind == TaskKind::Translate)
            && !o->contains(QLatin1String("output_layer")))
            session.model.outputLayer = true;
    }
    if (auto o = reader.object(root, "data", "data"))
        session.data = reader.data(*o, taskKind);
    session.data.task = taskKind;
    if (auto o = reader.object(root, "training", "training"))
        session.training = reader.training(*o);
    const QJsonValue weights = root.value(QLatin1String("weights"));
    if (!weights.isUndefined() && !weights.isNull()) {
        if (weights.isObject())
            session.weights = reader.weights(weights.toObject());
        else
            reader.add("weights", "must be an object mapping PyTorch parameter names to values");
    }
    const QJsonValue optimizer = root.value(QLatin1String("optimizer_state"));
    if (!optimizer.isUndefined() && !optimizer.isNull()) {
        if (optimizer.isObject())
            session.optimizerState = reader.optimizerState(optimizer.toObject());
        else
            reader.add("optimizer_state", "must be an object with \"steps_taken\" and \"state\"");
    }
    const QJsonValue history = root.value(QLatin1String("history"));
    if (!history.isUndefined() && !history.isNull())
        result.history = HistoryJson::read(history, reader.m_problems);
    const QJsonValue view = root.value(QLatin1String("view"));
    if (!view.isUndefined() && !view.isNull())
        result.view = ViewState::read(view, reader.m_problems);
    if (!reader.m_problems.empty()) {
        // Nothing of a file that is refused: not half a history either.
        result.problems = std::move(reader.m_problems);
        result.history = {};
        result.view.reset();
        return result;
    }
    result.problems = validate(session);
    if (result.problems.empty())
        result.problems = validateHistory(result.history, session);
    if (result.problems.empty()) {
        result.session = std::move(session);
    } else {
        result.history = {};
        result.view.reset();
    }
    return result;
}

void SessionReader::add(const std::string &field, const std::string &message)
{
    m_problems.push_back({field, message});
}

void SessionReader::checkKeys(const QJsonObject &object, const std::string &path,
                              std::initializer_list<const char *> allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool known = false;
        for (const char *name : allowed)
            known = known || it.key() == QLatin1String(name);
        if (!known) {
            std::string names;
            for (const char *name : allowed)
                names += (names.empty() ? "" : ", ") + std::string(name);
            add(path.empty() ? str(it.key()) : path + "." + str(it.key()),
                "is not a field of " + (path.empty() ? std::string("a session") : "\"" + path + "\"")
                    + " (check the spelling); allowed: " + names);
        }
    }
}

std::optional<QJsonObject> SessionReader::object(const QJsonObject &parent, const char *name, const std::string &field)
{
    const QJsonValue value = parent.value(QLatin1String(name));
    if (value.isUndefined()) {
        add(field, "is missing: a session needs a \"" + std::string(name) + "\" object");
        return std::nullopt;
    }
    if (!value.isObject()) {
        add(field, "must be an object ({…})");
        return std::nullopt;
    }
    return value.toObject();
}

std::optional<std::int64_t> SessionReader::integer(const QJsonValue &value, const std::string &field,
                                                   std::int64_t minimum, std::int64_t maximum, const std::string &why)
{
    if (!value.isDouble()) {
        add(field, "must be a whole number");
        return std::nullopt;
    }
    const double d = value.toDouble();
    if (!std::isfinite(d) || std::floor(d) != d) {
        add(field, JsonWriter::formatNumber(d) + " is not a whole number");
        return std::nullopt;
    }
    if (d < static_cast<double>(minimum) || d > static_cast<double>(maximum)) {
        add(field,
            JsonWriter::formatNumber(d) + " is out of range: it must be between " + std::to_string(minimum) + " and "
                + std::to_string(maximum) + why);
        return std::nullopt;
    }
    // Exact for integers Qt kept as 64-bit (all the JSON integers that fit); the range check
    // above already refused what does not fit.
    const qint64 i = value.toInteger(d < 0 ? minimum : maximum);
    return i;
}

std::optional<double> SessionReader::number(const QJsonValue &value, const std::string &field)
{
    if (!value.isDouble()) {
        add(field, "must be a number");
        return std::nullopt;
    }
    return value.toDouble();
}

std::optional<std::u32string> SessionReader::text(const QJsonValue &value, const std::string &field)
{
    if (!value.isString()) {
        add(field, "must be a string");
        return std::nullopt;
    }
    const QString s = value.toString();
    std::u32string out;
    out.reserve(static_cast<std::size_t>(s.size()));
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
            out += static_cast<char32_t>(QChar::surrogateToUcs4(c, s.at(i + 1)));
            ++i;
        } else if (c.isSurrogate()) {
            add(field,
                "has an unpaired UTF-16 surrogate (\\u" + QString::number(c.unicode(), 16).toStdString()
                    + ") at character " + std::to_string(out.size() + 1) + ": texts must be valid Unicode");
            return std::nullopt;
        } else {
            out += static_cast<char32_t>(c.unicode());
        }
    }
    return out;
}

ModelConfig SessionReader::model(const QJsonObject &o)
{
    ModelConfig model;
    checkKeys(o, "model", {"cell", "hidden_size", "num_layers", "output_layer"});
    const QJsonValue cell = o.value(QLatin1String("cell"));
    if (cell.isUndefined()) {
        add("model.cell", "is missing: use \"rnn_tanh\" (the lecture's), \"rnn_relu\", \"lstm\" or \"gru\"");
    } else if (const auto kind = cell.isString() ? cellKindFromString(str(cell.toString())) : std::nullopt) {
        model.cell = *kind;
    } else {
        add("model.cell",
            (cell.isString() ? "\"" + str(cell.toString()) + "\" is not a cell type" : std::string("must be a string"))
                + ": use \"rnn_tanh\", \"rnn_relu\", \"lstm\" or \"gru\"");
    }
    const QJsonValue hidden = o.value(QLatin1String("hidden_size"));
    if (hidden.isUndefined())
        add("model.hidden_size", "is missing: the number of hidden units (4 in the lecture)");
    else if (auto h = integer(hidden, "model.hidden_size", 1, limits::maxHiddenSize,
                              " (rnnlab draws every hidden unit; larger networks cannot be shown)"))
        model.hiddenSize = static_cast<int>(*h);
    const QJsonValue layers = o.value(QLatin1String("num_layers"));
    if (!layers.isUndefined()) {
        if (auto l = integer(layers, "model.num_layers", 1, limits::maxLayers, " (the stacked view draws every layer)"))
            model.numLayers = static_cast<int>(*l);
    }
    const QJsonValue output = o.value(QLatin1String("output_layer"));
    if (!output.isUndefined()) {
        if (output.isBool())
            model.outputLayer = output.toBool();
        else
            add("model.output_layer", "must be true or false");
    }
    return model;
}

DataConfig SessionReader::data(const QJsonObject &o, TaskKind task)
{
    DataConfig data;
    checkKeys(o, "data",
              {"texts", "vocabulary", "labels", "classes", "series", "test_series", "generator", "pairs",
               "source_vocabulary", "target_vocabulary"});
    SeriesJson::read(o, data, m_problems);
    pairs(o, task, data);
    const QJsonValue texts = o.value(QLatin1String("texts"));
    if (texts.isUndefined()) {
        if (task != TaskKind::Forecast && task != TaskKind::Translate)
            add("data.texts", "is missing: give a list of training texts, e.g. [\"hello\"]");
    } else if (!texts.isArray()) {
        add("data.texts", "must be a list of strings, e.g. [\"hello\"]");
    } else {
        const QJsonArray array = texts.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (auto t = text(array.at(i), "data.texts[" + std::to_string(i) + "]"))
                data.texts.push_back(std::move(*t));
        }
    }
    const QJsonValue vocabulary = o.value(QLatin1String("vocabulary"));
    if (!vocabulary.isUndefined() && !vocabulary.isNull()) {
        if (auto v = text(vocabulary, "data.vocabulary"))
            data.vocabulary = std::move(*v);
    }
    // A classifier's labels (one per text) and, optionally, the order of its classes.
    const auto strings = [&](const char *key, const std::string &field, std::vector<std::u32string> &out) {
        const QJsonValue value = o.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return false;
        if (!value.isArray()) {
            add(field, "must be a list of strings, e.g. [\"positive\", \"negative\"]");
            return false;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (auto t = text(array.at(i), field + "[" + std::to_string(i) + "]"))
                out.push_back(std::move(*t));
        }
        return true;
    };
    strings("labels", "data.labels", data.labels);
    std::vector<std::u32string> classes;
    if (strings("classes", "data.classes", classes))
        data.classes = std::move(classes);
    return data;
}

void SessionReader::pairs(const QJsonObject &o, TaskKind task, DataConfig &data)
{
    const QJsonValue pairs = o.value(QLatin1String("pairs"));
    if (task != TaskKind::Translate) {
        for (const char *key : {"pairs", "source_vocabulary", "target_vocabulary"}) {
            if (o.contains(QLatin1String(key)))
                add(std::string("data.") + key, "is for \"task\": \"translate\" (pairs of strings)");
        }
        return;
    }
    constexpr const char *allowed =
        "each pair is \"source<Tab>target\" or [\"source\", \"target\"], e.g. [\"hello\", \"olleh\"]";
    if (pairs.isUndefined()) {
        add("data.pairs", std::string("is missing: give a list of pairs; ") + allowed);
    } else if (!pairs.isArray()) {
        add("data.pairs", std::string("must be a list of pairs; ") + allowed);
    } else {
        const QJsonArray array = pairs.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const std::string field = "data.pairs[" + std::to_string(i) + "]";
            const QJsonValue value = array.at(i);
            if (value.isString()) {
                const QString line = value.toString();
                const qsizetype tab = line.indexOf(QLatin1Char('\t'));
                if (tab < 0) {
                    add(field, "has no tab between its source and its target: " + std::string(allowed));
                    continue;
                }
                auto source = text(QJsonValue(line.left(tab)), field);
                auto target = text(QJsonValue(line.mid(tab + 1)), field);
                if (source && target)
                    data.pairs.emplace_back(std::move(*source), std::move(*target));
            } else if (value.isArray() && value.toArray().size() == 2 && value.toArray().at(0).isString()
                       && value.toArray().at(1).isString()) {
                auto source = text(value.toArray().at(0), field + "[0]");
                auto target = text(value.toArray().at(1), field + "[1]");
                if (source && target)
                    data.pairs.emplace_back(std::move(*source), std::move(*target));
            } else {
                add(field, std::string("must be two strings, a source and a target: ") + allowed);
            }
        }
    }
    for (const auto &[key, out] : {std::pair{"source_vocabulary", &data.sourceVocabulary},
                                   std::pair{"target_vocabulary", &data.targetVocabulary}}) {
        const QJsonValue value = o.value(QLatin1String(key));
        if (!value.isUndefined() && !value.isNull()) {
            if (auto v = text(value, std::string("data.") + key))
                *out = std::move(*v);
        }
    }
}

TrainingConfig SessionReader::training(const QJsonObject &o)
{
    TrainingConfig training;
    checkKeys(o, "training", {"optimizer", "learning_rate", "seed", "steps", "clip_grad_norm", "momentum"});
    const QJsonValue optimizer = o.value(QLatin1String("optimizer"));
    if (optimizer.isUndefined()) {
        add("training.optimizer", "is missing: use \"adam\" (the lecture's) or \"sgd\"");
    } else if (const auto kind =
                   optimizer.isString() ? optimizerKindFromString(str(optimizer.toString())) : std::nullopt) {
        training.optimizer = *kind;
    } else {
        add("training.optimizer",
            (optimizer.isString() ? "\"" + str(optimizer.toString()) + "\" is not an optimizer"
                                  : std::string("must be a string"))
                + ": use \"adam\" or \"sgd\"");
    }
    const QJsonValue lr = o.value(QLatin1String("learning_rate"));
    if (lr.isUndefined())
        add("training.learning_rate", "is missing: e.g. 0.1 (the lecture's, with Adam)");
    else if (auto value = number(lr, "training.learning_rate"))
        training.learningRate = *value;
    const QJsonValue seed = o.value(QLatin1String("seed"));
    if (seed.isUndefined())
        add("training.seed", "is missing: the torch.manual_seed of the initial weights (0 in the lecture)");
    else if (auto value = integer(seed, "training.seed", std::numeric_limits<std::int64_t>::min(),
                                  std::numeric_limits<std::int64_t>::max(),
                                  " (a 64-bit integer; torch keeps only its low 32 bits for the generator)"))
        training.seed = *value;
    const QJsonValue steps = o.value(QLatin1String("steps"));
    if (!steps.isUndefined()) {
        if (auto value = integer(steps, "training.steps", 0, limits::maxSteps))
            training.steps = *value;
    }
    const QJsonValue clip = o.value(QLatin1String("clip_grad_norm"));
    if (!clip.isUndefined() && !clip.isNull()) {
        if (auto value = number(clip, "training.clip_grad_norm"))
            training.clipGradNorm = *value;
    }
    const QJsonValue momentum = o.value(QLatin1String("momentum"));
    if (!momentum.isUndefined() && !momentum.isNull()) {
        if (auto value = number(momentum, "training.momentum"))
            training.momentum = *value;
    }
    return training;
}

std::optional<NamedTensor> SessionReader::tensor(const QJsonValue &value, const std::string &field, std::string name)
{
    NamedTensor tensor;
    tensor.name = std::move(name);
    if (!value.isArray()) {
        add(field, "must be a list of numbers (a bias) or a list of rows (a weight matrix)");
        return std::nullopt;
    }
    const QJsonArray array = value.toArray();
    const bool isMatrix = !array.isEmpty() && array.at(0).isArray();
    if (isMatrix) {
        const qsizetype cols = array.at(0).toArray().size();
        tensor.shape = {static_cast<std::int64_t>(array.size()), static_cast<std::int64_t>(cols)};
        for (qsizetype r = 0; r < array.size(); ++r) {
            const std::string rowField = field + "[" + std::to_string(r) + "]";
            if (!array.at(r).isArray()) {
                add(rowField, "must be a list of numbers (a row of the matrix)");
                return std::nullopt;
            }
            const QJsonArray row = array.at(r).toArray();
            if (row.size() != cols) {
                add(rowField,
                    "has " + std::to_string(row.size()) + " values but row 0 has " + std::to_string(cols)
                        + ": every row needs the same length");
                return std::nullopt;
            }
            for (qsizetype c = 0; c < cols; ++c) {
                if (!row.at(c).isDouble()) {
                    add(rowField + "[" + std::to_string(c) + "]", "must be a number");
                    return std::nullopt;
                }
                tensor.values.push_back(ExactJson::number(row.at(c)));
            }
        }
    } else {
        tensor.shape = {static_cast<std::int64_t>(array.size())};
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isDouble()) {
                add(field + "[" + std::to_string(i) + "]", "must be a number");
                return std::nullopt;
            }
            tensor.values.push_back(ExactJson::number(array.at(i)));
        }
    }
    return tensor;
}

std::vector<NamedTensor> SessionReader::weights(const QJsonObject &o)
{
    std::vector<NamedTensor> tensors;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (auto t = tensor(it.value(), "weights." + str(it.key()), str(it.key())))
            tensors.push_back(std::move(*t));
    }
    return tensors;
}

SavedOptimizerState SessionReader::optimizerState(const QJsonObject &o)
{
    SavedOptimizerState saved;
    checkKeys(o, "optimizer_state", {"steps_taken", "state"});
    const QJsonValue steps = o.value(QLatin1String("steps_taken"));
    if (steps.isUndefined())
        add("optimizer_state.steps_taken", "is missing: how many training steps led to this state");
    else if (auto v = integer(steps, "optimizer_state.steps_taken", 0, limits::maxSteps))
        saved.stepsTaken = *v;
    const QJsonValue state = o.value(QLatin1String("state"));
    if (state.isUndefined() || state.isNull())
        return saved;
    if (!state.isObject()) {
        add("optimizer_state.state", "must be an object: parameter index → its state, as torch.optim's state_dict");
        return saved;
    }
    const QJsonObject entries = state.toObject();
    for (qsizetype index = 0; index < entries.size(); ++index) {
        const std::string key = std::to_string(index);
        const std::string field = "optimizer_state.state." + key;
        const QJsonValue value = entries.value(QString::fromStdString(key));
        if (!value.isObject()) {
            add(field,
                value.isUndefined() ? "is missing: the parameters are numbered 0, 1, 2, … without gaps"
                                    : "must be an object");
            return saved;
        }
        const QJsonObject entry = value.toObject();
        checkKeys(entry, field, {"step", "exp_avg", "exp_avg_sq", "momentum_buffer"});
        SavedOptimizerState::Entry e;
        if (entry.contains(QLatin1String("step"))) {
            if (auto v = number(entry.value(QLatin1String("step")), field + ".step"))
                e.step = *v;
        }
        for (const auto &[name, target] :
             {std::pair{"exp_avg", &e.expAvg}, {"exp_avg_sq", &e.expAvgSq}, {"momentum_buffer", &e.momentumBuffer}}) {
            if (entry.contains(QLatin1String(name)))
                *target = tensor(entry.value(QLatin1String(name)), field + "." + name, field + "." + name);
        }
        saved.entries.push_back(std::move(e));
    }
    return saved;
}

} // namespace rnnlab
