// SPDX-License-Identifier: MIT
// Symbols: G = gate blocks (1 RNN, 3 GRU, 4 LSTM), H = hidden size, I = one-hot inputs (the
// vocabulary's size V), L = layers, O = the Linear's outputs. torch.nn.RNN/LSTM/GRU name their
// parameters {weight,bias}_{ih,hh}_l{k}[_reverse] and, with proj_size, weight_hr_l{k}
// (torch/nn/modules/rnn.py, RNNBase.__init__).
#include "app/session/statedictimport.h"

#include "app/session/inputfile.h"
#include "app/session/torchstatedict.h"
#include "engine/dataset.h"
#include "engine/unicode.h"

#include <QRegularExpression>

#include <algorithm>
#include <map>
#include <set>

namespace rnnlab {

namespace {

std::string shapeText(const NamedTensor &tensor)
{
    std::string text;
    for (std::int64_t size : tensor.shape)
        text += (text.empty() ? "" : " × ") + std::to_string(size);
    return text.empty() ? "a scalar" : text;
}

std::string joined(const std::vector<std::string> &names)
{
    std::string text;
    for (const std::string &name : names)
        text += (text.empty() ? "" : ", ") + name;
    return text;
}

//! "a.b.weight" → {"a.b", "weight"}; "weight" → {"", "weight"}.
std::pair<std::string, std::string> splitName(const std::string &name)
{
    const std::size_t dot = name.rfind('.');
    return dot == std::string::npos ? std::pair{std::string(), name}
                                    : std::pair{name.substr(0, dot), name.substr(dot + 1)};
}

struct RecurrentTensor
{
    const NamedTensor *tensor = nullptr;
    std::string kind; // "weight_ih", "weight_hh", "bias_ih", "bias_hh"
    int layer = 0;
};

class Inference
{
public:
    Inference(const TorchStateDict &stateDict, const StateDictImportOptions &options, PytorchImportResult &result)
        : m_stateDict(stateDict)
        , m_options(options)
        , m_result(result)
    { }

    void run()
    {
        classifyTensors();
        if (!m_result.problems.empty())
            return;
        // What is missing from the caller (the cell, the texts, the vocabulary) is said all at once.
        if (!readRecurrent())
            return;
        readVocabulary();
        if (!m_result.problems.empty() || !readLinear())
            return;
        noteWhatIsNotRecorded();
        buildSession();
    }

private:
    void problem(const std::string &field, const std::string &message)
    {
        m_result.problems.push_back({field, message});
    }

    //! Sorts every tensor into the recurrent module, a Linear candidate, or a refusal.
    void classifyTensors()
    {
        static const QRegularExpression recurrentName(
            QStringLiteral("^(.*?)(weight|bias)_(ih|hh|hr)_l(\\d{1,3})(_reverse)?$"));
        std::map<std::string, std::map<std::string, const NamedTensor *>> others; // module → parameter → tensor
        std::vector<std::string> othersOrder;
        const auto addOther = [&](const NamedTensor &tensor) {
            const auto [module, parameter] = splitName(tensor.name);
            if (!others.count(module))
                othersOrder.push_back(module);
            others[module][parameter] = &tensor;
        };
        for (const NamedTensor &tensor : m_stateDict.tensors) {
            const auto match = recurrentName.match(QString::fromStdString(tensor.name));
            const std::string prefix = match.captured(1).toStdString();
            if (!match.hasMatch() || (!prefix.empty() && prefix.back() != '.')) {
                addOther(tensor);
                continue;
            }
            if (match.captured(3) == u"hr") {
                problem(tensor.name, "is an LSTM projection (proj_size > 0), which rnnlab's LSTM does not have");
                continue;
            }
            if (!match.captured(5).isEmpty()) {
                if (!m_notedBidirectional)
                    problem(tensor.name,
                            "is the backward direction of a bidirectional recurrent layer "
                            "(bidirectional=True); rnnlab's layers read the text forward only");
                m_notedBidirectional = true;
                continue;
            }
            if (std::find(m_prefixes.begin(), m_prefixes.end(), prefix) == m_prefixes.end())
                m_prefixes.push_back(prefix);
            m_recurrent.push_back(
                {&tensor, (match.captured(2) + u'_' + match.captured(3)).toStdString(), match.captured(4).toInt()});
        }
        if (m_prefixes.size() > 1) {
            std::vector<std::string> names;
            for (const std::string &p : m_prefixes)
                names.push_back(p.empty() ? "(the top level)" : p.substr(0, p.size() - 1));
            problem("",
                    "the model has " + std::to_string(names.size()) + " recurrent modules (" + joined(names)
                        + "); rnnlab shows one nn.RNN, nn.LSTM or nn.GRU (with up to 8 layers)");
        }
        if (m_recurrent.empty() && m_result.problems.empty()) {
            std::vector<std::string> names;
            for (const NamedTensor &tensor : m_stateDict.tensors)
                names.push_back(tensor.name);
            problem("",
                    "the state_dict holds no weights of an nn.RNN, nn.LSTM or nn.GRU (weight_ih_l0, "
                    "weight_hh_l0, …); it holds "
                        + joined(names));
            return;
        }
        m_prefix = m_prefixes.empty() ? std::string() : m_prefixes.front();
        // Everything else must be one nn.Linear (weight and bias).
        const std::int64_t inputs = inputSize();
        std::vector<std::string> linears;
        for (const std::string &module : othersOrder) {
            const auto &parameters = others[module];
            const NamedTensor *weight = parameters.count("weight") ? parameters.at("weight") : nullptr;
            const NamedTensor *bias = parameters.count("bias") ? parameters.at("bias") : nullptr;
            const std::string named = module.empty() ? std::string("weight") : module + ".weight";
            if (weight && bias && parameters.size() == 2 && weight->shape.size() == 2 && bias->shape.size() == 1) {
                linears.push_back(module);
                m_linearWeight = weight;
                m_linearBias = bias;
            } else if (weight && parameters.size() == 1 && weight->shape.size() == 2
                       && (module.find("embed") != std::string::npos || weight->shape[1] == inputs)) {
                problem(named,
                        "is an nn.Embedding (" + shapeText(*weight)
                            + ", no bias) in front of the recurrent layer: rnnlab's inputs are one-hot "
                              "characters, one column of weight_ih_l0 each, which an embedding would replace");
            } else if (weight && parameters.size() == 1 && weight->shape.size() == 2) {
                problem(named, "has no bias (nn.Linear(…, bias=False)); rnnlab's output layer has one");
            } else {
                for (const auto &[parameter, tensor] : parameters)
                    problem(tensor->name,
                            "is no parameter of a recurrent layer or of one nn.Linear after it, which "
                            "is all rnnlab's model has (its shape: "
                                + shapeText(*tensor) + ")");
            }
        }
        if (linears.size() > 1)
            problem("",
                    "the model has " + std::to_string(linears.size()) + " linear layers (" + joined(linears)
                        + "); rnnlab's model has one output layer (nn.Linear) after the recurrent one");
    }

    //! weight_ih_l0's columns, or -1.
    std::int64_t inputSize() const
    {
        for (const RecurrentTensor &r : m_recurrent)
            if (r.layer == 0 && r.kind == "weight_ih" && r.tensor->shape.size() == 2)
                return r.tensor->shape[1];
        return -1;
    }

    const RecurrentTensor *find(const std::string &kind, int layer) const
    {
        for (const RecurrentTensor &r : m_recurrent)
            if (r.layer == layer && r.kind == kind)
                return &r;
        return nullptr;
    }
    std::string originalName(const std::string &kind, int layer) const
    {
        return m_prefix + kind + "_l" + std::to_string(layer);
    }

    bool readRecurrent()
    {
        int layers = 0;
        bool anyBias = false;
        for (const RecurrentTensor &r : m_recurrent) {
            layers = std::max(layers, r.layer + 1);
            anyBias = anyBias || r.kind.starts_with("bias");
        }
        if (layers > limits::maxLayers) {
            problem(originalName("weight_ih", layers - 1),
                    "is layer " + std::to_string(layers) + " of the recurrent module; rnnlab shows at most "
                        + std::to_string(limits::maxLayers) + " layers");
            return false;
        }
        if (!anyBias) {
            problem(m_prefix.empty() ? std::string() : m_prefix.substr(0, m_prefix.size() - 1),
                    "has no biases (bias=False); rnnlab's cells always have bias_ih and bias_hh");
            return false;
        }
        for (int layer = 0; layer < layers; ++layer)
            for (const char *kind : {"weight_ih", "weight_hh", "bias_ih", "bias_hh"})
                if (!find(kind, layer))
                    problem(originalName(kind, layer),
                            "is missing: layer " + std::to_string(layer)
                                + " of a recurrent module has weight_ih, weight_hh, "
                                  "bias_ih and bias_hh");
        if (!m_result.problems.empty())
            return false;
        const NamedTensor &hh = *find("weight_hh", 0)->tensor;
        const std::int64_t H = hh.shape.size() == 2 ? hh.shape[1] : 0;
        const std::int64_t G = H > 0 && hh.shape[0] % H == 0 ? hh.shape[0] / H : 0;
        if (G != 1 && G != 3 && G != 4) {
            problem(hh.name,
                    "has shape " + shapeText(hh)
                        + ", not G·H × H with G = 1 (nn.RNN), 3 (nn.GRU) or 4 (nn.LSTM) gate blocks");
            return false;
        }
        const auto fromShapes = G == 4 ? std::optional(CellKind::Lstm)
            : G == 3                   ? std::optional(CellKind::Gru)
                                       : std::nullopt;
        const std::string whatShapesSay = G == 4 ? "nn.LSTM's (4·H rows: i, f, g, o)"
            : G == 3                             ? "nn.GRU's (3·H rows: r, z, n)"
                                                 : "nn.RNN's (H rows, no gates)";
        // A missing or contradicting cell is said along with what else the caller has to give.
        if (m_options.cell && gateCount(*m_options.cell) != G)
            problem("cell",
                    toString(*m_options.cell) + " does not fit the weights, which are " + whatShapesSay + ": " + hh.name
                        + " is " + shapeText(hh));
        if (!m_options.cell && !fromShapes)
            problem("cell",
                    "cannot be told from the weights: they are " + whatShapesSay
                        + ", and a state_dict does not record nn.RNN's nonlinearity; say which it is: "
                          "rnn_tanh (nonlinearity='tanh', the default) or rnn_relu");
        m_cell = m_options.cell ? *m_options.cell : fromShapes.value_or(CellKind::RnnTanh);
        m_hidden = H;
        m_layers = layers;
        return true;
    }

    void readVocabulary()
    {
        const std::int64_t inputs = inputSize();
        if (m_options.texts.empty()) {
            m_result.textsMissing = true;
            problem("texts", "are not in a .pt file (a state_dict holds only weights): give the texts to train on");
        }
        const std::string columns = originalName("weight_ih", 0) + " has " + std::to_string(inputs) + " columns";
        if (m_options.vocabulary) {
            if (static_cast<std::int64_t>(m_options.vocabulary->size()) != inputs) {
                problem("vocabulary",
                        "has " + std::to_string(m_options.vocabulary->size()) + " characters, but the model reads "
                            + std::to_string(inputs) + " one-hot inputs (" + columns
                            + "): one character per column, in order");
                return;
            }
            m_vocabulary = *m_options.vocabulary;
            return;
        }
        if (m_options.texts.empty())
            return;
        DataConfig data;
        data.texts = m_options.texts;
        const Vocabulary found = Dataset::vocabularyOf(data);
        if (found.size() != inputs) {
            problem("vocabulary",
                    "is needed: the model reads " + std::to_string(inputs) + " one-hot inputs (" + columns
                        + ") and the texts have " + std::to_string(found.size())
                        + " different characters; give the model's " + std::to_string(inputs)
                        + " characters in the order of its one-hot columns");
            return;
        }
        m_vocabulary = found.characters();
        m_result.notes.push_back("a state_dict does not record the one-hot order: the characters were taken in the "
                                 "order they first appear in the texts (\""
                                 + toUtf8(m_vocabulary) + "\"); give the vocabulary if the model used another");
    }

    bool readLinear()
    {
        if (!m_linearWeight)
            return true;
        const std::int64_t V = static_cast<std::int64_t>(m_vocabulary.size());
        const std::string name = m_linearWeight->name;
        if (m_linearWeight->shape[1] != m_hidden) {
            problem(name,
                    "is " + shapeText(*m_linearWeight) + ": its " + std::to_string(m_linearWeight->shape[1])
                        + " inputs are not the recurrent layer's hidden size " + std::to_string(m_hidden)
                        + "; rnnlab's output layer reads the top layer's hidden state");
            return false;
        }
        if (m_linearWeight->shape[0] != V || m_linearBias->shape[0] != V) {
            problem(name,
                    "has " + std::to_string(m_linearWeight->shape[0]) + " outputs, but the vocabulary "
                        + std::to_string(V)
                        + " characters: rnnlab's output layer predicts the next character, one row each "
                          "(a classifier's .pt cannot be imported yet)");
            return false;
        }
        return true;
    }

    void noteWhatIsNotRecorded()
    {
        // Submodules _metadata lists that own no parameter (nn.Dropout, an activation, …).
        std::vector<std::string> weightless;
        for (const std::string &module : m_stateDict.modules) {
            if (module.empty())
                continue;
            const std::string dotted = module + ".";
            const bool owns = std::any_of(m_stateDict.tensors.begin(), m_stateDict.tensors.end(),
                                          [&](const NamedTensor &t) { return t.name.starts_with(dotted); });
            if (!owns)
                weightless.push_back(module);
        }
        if (!weightless.empty())
            m_result.notes.push_back(
                "the model has submodules without weights (" + joined(weightless)
                + "), whose work a state_dict does not record; rnnlab computes the output layer straight from the "
                  "recurrent layer's output: if they are dropout, that is the model in eval mode (model.eval())");
        if (m_layers > 1)
            m_result.notes.push_back("a state_dict does not record dropout between the recurrent layers "
                                     "(dropout=p); rnnlab trains without it");
        m_result.notes.push_back("a state_dict holds no optimizer state: training goes on with a fresh Adam (lr 0.1)");
    }

    void buildSession()
    {
        Session session;
        session.model.cell = m_cell;
        session.model.hiddenSize = static_cast<int>(std::min<std::int64_t>(m_hidden, 1 << 30));
        session.model.numLayers = m_layers;
        session.model.outputLayer = m_linearWeight != nullptr;
        session.data.texts = m_options.texts;
        session.data.vocabulary = m_vocabulary;
        std::vector<NamedTensor> weights;
        std::map<std::string, std::string> original; // rnnlab's name → the file's
        for (int layer = 0; layer < m_layers; ++layer) {
            for (const char *kind : {"weight_ih", "weight_hh", "bias_ih", "bias_hh"}) {
                NamedTensor tensor = *find(kind, layer)->tensor;
                tensor.name = "rnn." + std::string(kind) + "_l" + std::to_string(layer);
                original[tensor.name] = originalName(kind, layer);
                weights.push_back(std::move(tensor));
            }
        }
        if (m_linearWeight) {
            for (const auto &[tensor, name] : {std::pair{m_linearWeight, "fc.weight"}, {m_linearBias, "fc.bias"}}) {
                NamedTensor renamed = *tensor;
                original[name] = renamed.name;
                renamed.name = name;
                weights.push_back(std::move(renamed));
            }
        }
        session.weights = std::move(weights);
        std::vector<Problem> problems = validate(session);
        for (Problem &p : problems) {
            // The file's names, and the caller's words for the data.
            if (p.field.starts_with("weights.")) {
                const std::string name = p.field.substr(8);
                for (const auto &[ours, theirs] : original)
                    if (name.starts_with(ours))
                        p.field = theirs + name.substr(ours.size());
            } else if (p.field.starts_with("data.")) {
                p.field = p.field.substr(5);
            }
        }
        m_result.problems = std::move(problems);
        if (m_result.problems.empty())
            m_result.session = std::move(session);
    }

    const TorchStateDict &m_stateDict;
    const StateDictImportOptions &m_options;
    PytorchImportResult &m_result;
    std::vector<std::string> m_prefixes; // of recurrent parameters, "lstm." or ""
    std::string m_prefix;
    std::vector<RecurrentTensor> m_recurrent;
    bool m_notedBidirectional = false;
    const NamedTensor *m_linearWeight = nullptr;
    const NamedTensor *m_linearBias = nullptr;
    CellKind m_cell = CellKind::RnnTanh;
    std::int64_t m_hidden = 0;
    int m_layers = 0;
    std::u32string m_vocabulary;
};

} // namespace

PytorchImportResult StateDictImport::parse(const QByteArray &bytes, const StateDictImportOptions &options)
{
    return fromStateDict(TorchStateDictReader::parse(bytes), options);
}

PytorchImportResult StateDictImport::read(const QString &path, const StateDictImportOptions &options)
{
    return fromStateDict(TorchStateDictReader::read(path), options);
}

bool StateDictImport::isTorchSaveFile(const QString &path)
{
    QByteArray head;
    return InputFile::read(path, &head, 4, InputFile::Part::Head).isEmpty()
        && TorchStateDictReader::looksLikeTorchSave(head);
}

PytorchImportResult StateDictImport::fromStateDict(const TorchStateDict &stateDict,
                                                   const StateDictImportOptions &options)
{
    PytorchImportResult result;
    for (const std::string &message : stateDict.problems)
        result.problems.push_back({"", message});
    if (!result.problems.empty())
        return result;
    result.notes = stateDict.notes;
    Inference(stateDict, options, result).run();
    if (!result.session)
        result.notes.clear();
    return result;
}

} // namespace rnnlab
