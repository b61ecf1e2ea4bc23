// SPDX-License-Identifier: MIT
#include "app/session/sessionfile.h"

#include "app/session/historyjson.h"
#include "app/session/jsonwriter.h"
#include "engine/unicode.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSaveFile>

#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cmath>
#include <limits>

namespace rnnlab {

namespace {

//! A tensor element as written: keepNegativeZeros() turned −0 into the smallest negative double.
double tensorValue(const QJsonValue &value)
{
    const double d = value.toDouble();
    return d == -std::numeric_limits<double>::denorm_min() ? -0.0 : d;
}

std::string str(const QString &s)
{
    return s.toStdString();
}

//! Walks a parsed document, collecting problems with the path of each field.
class SessionReader
{
public:
    std::vector<Problem> problems;

    void add(const std::string &field, const std::string &message) { problems.push_back({field, message}); }

    //! Refuses keys of \a object not in \a allowed.
    void checkKeys(const QJsonObject &object, const std::string &path, std::initializer_list<const char *> allowed)
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

    std::optional<QJsonObject> object(const QJsonObject &parent, const char *name, const std::string &field)
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

    //! A whole number in [minimum, maximum]. Out-of-range values are reported with the range.
    std::optional<std::int64_t> integer(const QJsonValue &value, const std::string &field, std::int64_t minimum,
                                        std::int64_t maximum, const std::string &why = {})
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
                JsonWriter::formatNumber(d) + " is out of range: it must be between " + std::to_string(minimum)
                    + " and " + std::to_string(maximum) + why);
            return std::nullopt;
        }
        // Exact for integers Qt kept as 64-bit (all the JSON integers that fit); the range check
        // above already refused what does not fit.
        const qint64 i = value.toInteger(d < 0 ? minimum : maximum);
        return i;
    }

    std::optional<double> number(const QJsonValue &value, const std::string &field)
    {
        if (!value.isDouble()) {
            add(field, "must be a number");
            return std::nullopt;
        }
        return value.toDouble();
    }

    std::optional<std::u32string> text(const QJsonValue &value, const std::string &field)
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

    ModelConfig model(const QJsonObject &o)
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
                (cell.isString() ? "\"" + str(cell.toString()) + "\" is not a cell type"
                                 : std::string("must be a string"))
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
            if (auto l =
                    integer(layers, "model.num_layers", 1, limits::maxLayers, " (the stacked view draws every layer)"))
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

    DataConfig data(const QJsonObject &o)
    {
        DataConfig data;
        checkKeys(o, "data", {"texts", "vocabulary", "labels", "classes"});
        const QJsonValue texts = o.value(QLatin1String("texts"));
        if (texts.isUndefined()) {
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

    TrainingConfig training(const QJsonObject &o)
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

    //! A bias (list of numbers) or a weight matrix (list of equal rows) as a NamedTensor.
    std::optional<NamedTensor> tensor(const QJsonValue &value, const std::string &field, std::string name)
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
                    tensor.values.push_back(tensorValue(row.at(c)));
                }
            }
        } else {
            tensor.shape = {static_cast<std::int64_t>(array.size())};
            for (qsizetype i = 0; i < array.size(); ++i) {
                if (!array.at(i).isDouble()) {
                    add(field + "[" + std::to_string(i) + "]", "must be a number");
                    return std::nullopt;
                }
                tensor.values.push_back(tensorValue(array.at(i)));
            }
        }
        return tensor;
    }

    std::vector<NamedTensor> weights(const QJsonObject &o)
    {
        std::vector<NamedTensor> tensors;
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (auto t = tensor(it.value(), "weights." + str(it.key()), str(it.key())))
                tensors.push_back(std::move(*t));
        }
        return tensors;
    }

    //! torch.optim's state_dict()["state"] (keys "0", "1", … in parameters() order) and the steps taken.
    SavedOptimizerState optimizerState(const QJsonObject &o)
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
            for (const auto &[name, target] : {std::pair{"exp_avg", &e.expAvg},
                                               {"exp_avg_sq", &e.expAvgSq},
                                               {"momentum_buffer", &e.momentumBuffer}}) {
                if (entry.contains(QLatin1String(name)))
                    *target = tensor(entry.value(QLatin1String(name)), field + "." + name, field + "." + name);
            }
            saved.entries.push_back(std::move(e));
        }
        return saved;
    }
};

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

void writeTensor(JsonWriter &w, const NamedTensor &tensor)
{
    w.beginArray();
    if (tensor.shape.size() == 2) {
        const auto cols = static_cast<std::size_t>(tensor.shape[1]);
        for (std::size_t r = 0; r < static_cast<std::size_t>(tensor.shape[0]); ++r) {
            w.beginArray();
            for (std::size_t c = 0; c < cols; ++c)
                w.value(tensor.values[r * cols + c]);
            w.endArray();
        }
    } else {
        for (double v : tensor.values)
            w.value(v);
    }
    w.endArray();
}

namespace {

//! Qt's JSON reader keeps a whole-number double as an integer, so a "-0" in a tensor would load
//! as 0: a saved Adam moment or weight of −0 would not come back bit for bit (the fuzzer found
//! one). This writes every negative zero that is an element of an array as -5e-324 — the
//! smallest negative double, which Qt keeps as a double and which rounds to −0.0f in a float32
//! tensor. Strings are left alone (a text may contain "-0"). \a changed: whether there was any.
QByteArray keepNegativeZeros(const QByteArray &text, bool *changed)
{
    *changed = false;
    QByteArray out;
    std::vector<char> containers;
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\' && i + 1 < text.size()) {
                out += c;
                out += text[++i];
                continue;
            }
            inString = c != '"';
            out += c;
            continue;
        }
        if (c == '"')
            inString = true;
        else if (c == '[' || c == '{')
            containers.push_back(c);
        else if ((c == ']' || c == '}') && !containers.empty())
            containers.pop_back();
        else if (c == '-' && !containers.empty() && containers.back() == '[') {
            qsizetype end = i + 1;
            while (end < text.size()
                   && (std::isdigit(static_cast<unsigned char>(text[end])) || text[end] == '.' || text[end] == 'e'
                       || text[end] == 'E' || text[end] == '+' || text[end] == '-'))
                ++end;
            const QByteArray token = text.mid(i, end - i);
            bool zero = token.size() > 1;
            bool mantissa = true;
            for (qsizetype k = 1; k < token.size() && mantissa; ++k) {
                if (token[k] == 'e' || token[k] == 'E')
                    mantissa = false;
                else if (token[k] != '0' && token[k] != '.')
                    zero = false;
            }
            if (zero && std::isdigit(static_cast<unsigned char>(token[1]))) {
                out += "-5e-324";
                *changed = true;
                i = end - 1;
                continue;
            }
        }
        out += c;
    }
    return out;
}

} // namespace

SessionParseResult SessionFile::parse(const QByteArray &text)
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
    QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error == QJsonParseError::NoError) {
        // Parsed as it is (so that a problem's line and column are the file's); again with its
        // negative zeros kept, when it has any.
        bool changed = false;
        const QByteArray kept = keepNegativeZeros(text, &changed);
        if (changed)
            document = QJsonDocument::fromJson(kept, &error);
    }
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
    if (version.toDouble() > currentVersion) {
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
    if (auto o = reader.object(root, "model", "model"))
        session.model = reader.model(*o);
    if (auto o = reader.object(root, "data", "data"))
        session.data = reader.data(*o);
    // "task" came after version 1's first files: absent, it is the lecture's next-character task.
    const QJsonValue task = root.value(QLatin1String("task"));
    if (!task.isUndefined() && !task.isNull()) {
        const auto kind = task.isString() ? taskKindFromString(task.toString().toStdString()) : std::nullopt;
        if (kind)
            session.data.task = *kind;
        else
            reader.add("task",
                       "must be \"next_character\" (predict each next character, the default) or "
                       "\"classify\" (one label per text, from the last time step)");
    }
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
        result.history = HistoryJson::read(history, reader.problems);
    const QJsonValue view = root.value(QLatin1String("view"));
    if (!view.isUndefined() && !view.isNull())
        result.view = ViewState::read(view, reader.problems);
    if (!reader.problems.empty()) {
        // Nothing of a file that is refused: not half a history either.
        result.problems = std::move(reader.problems);
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

SessionParseResult SessionFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        SessionParseResult result;
        result.problems.push_back({"", "cannot open " + str(path) + ": " + str(file.errorString())});
        return result;
    }
    // A session is small (the weights of at most a few million parameters as text); refuse
    // anything that could not be one rather than reading gigabytes.
    constexpr qint64 maxBytes = qint64(512) << 20;
    if (file.size() > maxBytes) {
        SessionParseResult result;
        result.problems.push_back(
            {"", str(path) + " is " + std::to_string(file.size() >> 20) + " MiB; a session file is at most 512 MiB"});
        return result;
    }
    return parse(file.readAll());
}

std::string SessionFile::toJson(const Session &session, const SavedHistory &history, const ViewState *view)
{
    JsonWriter w;
    w.beginObject();
    w.key("format");
    w.value("rnnlab-session");
    w.key("version");
    // The oldest version that holds it: a plain session stays readable by rnnlab 0.1 (which
    // refuses a "task" it does not know rather than misreading a classifier).
    w.value(history.empty() && !view ? 1 : currentVersion);
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
    w.key("texts");
    w.beginArray();
    for (const auto &text : session.data.texts)
        w.value(toUtf8(text));
    w.endArray();
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
        w.beginObject();
        for (const auto &tensor : *session.weights) {
            w.key(tensor.name);
            writeTensor(w, tensor);
        }
        w.endObject();
    }
    if (session.optimizerState) {
        const SavedOptimizerState &saved = *session.optimizerState;
        w.key("optimizer_state");
        w.beginObject();
        w.key("steps_taken");
        w.value(saved.stepsTaken);
        w.key("state");
        w.beginObject();
        for (std::size_t t = 0; t < saved.entries.size(); ++t) {
            const auto &entry = saved.entries[t];
            w.key(std::to_string(t));
            w.beginObject();
            if (entry.step) {
                w.key("step");
                w.value(*entry.step);
            }
            for (const auto &[name, tensor] : {std::pair{"exp_avg", &entry.expAvg},
                                               {"exp_avg_sq", &entry.expAvgSq},
                                               {"momentum_buffer", &entry.momentumBuffer}}) {
                if (*tensor) {
                    w.key(name);
                    writeTensor(w, **tensor);
                }
            }
            w.endObject();
        }
        w.endObject();
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

QString SessionFile::write(const QString &path, const Session &session, const SavedHistory &history,
                           const ViewState *view)
{
    const std::string json = toJson(session, history, view);
    return writeFileAtomically(path, QByteArray(json.data(), static_cast<qsizetype>(json.size())));
}

QString writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        // Say which: the folder is missing, or it cannot be written (read-only, not yours) — access()
        // knows about read-only file systems, which matter even to root.
        const QString folder = QFileInfo(path).absolutePath();
        const QByteArray native = QFile::encodeName(folder);
        if (!QFileInfo(folder).isDir())
            return QStringLiteral("cannot write %1: the folder %2 does not exist").arg(path, folder);
        if (::access(native.constData(), W_OK) != 0)
            return QStringLiteral("cannot write %1: the folder %2 cannot be written (%3): choose another folder; "
                                  "the previous file is unchanged")
                .arg(path, folder, qt_error_string(errno));
        return QStringLiteral("cannot write %1: %2 (is the folder there and writable?)").arg(path, file.errorString());
    }
    // Qt 6.4's QSaveFile::commit() renames the temporary file even when the flush of its write
    // buffer failed (the error is not its writeError), which turned a full disk into an empty
    // session file: flush and sync here, and give up before the rename on any failure.
    if (file.write(bytes) != bytes.size() || !file.flush() || ::fsync(file.handle()) != 0) {
        const QString error = file.error() != QFileDevice::NoError ? file.errorString() : qt_error_string(errno);
        file.cancelWriting();
        return QStringLiteral("cannot write %1: %2 (is the disk full?); the previous file is unchanged")
            .arg(path, error);
    }
    if (!file.commit())
        return QStringLiteral("cannot save %1: %2; the previous file is unchanged").arg(path, file.errorString());
    return {};
}

} // namespace rnnlab
