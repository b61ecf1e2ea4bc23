// SPDX-License-Identifier: MIT
// Spellings of the enums in session files, and how problems write numbers; see types.h.
#include "engine/types.h"

#include <cstdio>

namespace rnnlab {

std::string toString(CellKind kind)
{
    switch (kind) {
    case CellKind::RnnTanh: return "rnn_tanh";
    case CellKind::RnnRelu: return "rnn_relu";
    case CellKind::Lstm: return "lstm";
    case CellKind::Gru: return "gru";
    }
    return "?";
}

std::optional<CellKind> cellKindFromString(const std::string &name)
{
    for (CellKind kind : {CellKind::RnnTanh, CellKind::RnnRelu, CellKind::Lstm, CellKind::Gru}) {
        if (toString(kind) == name)
            return kind;
    }
    return std::nullopt;
}

std::string toString(OptimizerKind kind)
{
    return kind == OptimizerKind::Adam ? "adam" : "sgd";
}

std::optional<OptimizerKind> optimizerKindFromString(const std::string &name)
{
    if (name == "adam")
        return OptimizerKind::Adam;
    if (name == "sgd")
        return OptimizerKind::Sgd;
    return std::nullopt;
}

std::string toString(TaskKind kind)
{
    switch (kind) {
    case TaskKind::NextCharacter: return "next_character";
    case TaskKind::Classify: return "classify";
    case TaskKind::Forecast: return "forecast";
    case TaskKind::Translate: return "translate";
    }
    return "?";
}

std::optional<TaskKind> taskKindFromString(const std::string &name)
{
    for (TaskKind kind : {TaskKind::NextCharacter, TaskKind::Classify, TaskKind::Forecast, TaskKind::Translate}) {
        if (toString(kind) == name)
            return kind;
    }
    return std::nullopt;
}

std::string toString(WaveKind kind)
{
    switch (kind) {
    case WaveKind::Sine: return "sine";
    case WaveKind::Square: return "square";
    case WaveKind::Sawtooth: return "sawtooth";
    case WaveKind::Triangle: return "triangle";
    case WaveKind::TwoSines: return "two_sines";
    }
    return "?";
}

std::optional<WaveKind> waveKindFromString(const std::string &name)
{
    for (WaveKind kind :
         {WaveKind::Sine, WaveKind::Square, WaveKind::Sawtooth, WaveKind::Triangle, WaveKind::TwoSines}) {
        if (toString(kind) == name)
            return kind;
    }
    return std::nullopt;
}

std::string toString(AnomalyKind kind)
{
    switch (kind) {
    case AnomalyKind::Spike: return "spike";
    case AnomalyKind::LevelShift: return "level_shift";
    case AnomalyKind::Flat: return "flat";
    }
    return "?";
}

std::optional<AnomalyKind> anomalyKindFromString(const std::string &name)
{
    for (AnomalyKind kind : {AnomalyKind::Spike, AnomalyKind::LevelShift, AnomalyKind::Flat}) {
        if (toString(kind) == name)
            return kind;
    }
    return std::nullopt;
}

int gateCount(CellKind kind)
{
    switch (kind) {
    case CellKind::Lstm: return 4;
    case CellKind::Gru: return 3;
    default: return 1;
    }
}

std::string numberText(double value)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.9g", value);
    return buffer;
}

Problem Problem::of(std::string field, const char *pattern, std::vector<std::string> arguments)
{
    Problem problem{std::move(field), fill(pattern, arguments), pattern, std::move(arguments)};
    return problem;
}

std::string Problem::fill(const std::string &pattern, const std::vector<std::string> &arguments)
{
    std::string text;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char next = i + 1 < pattern.size() ? pattern[i + 1] : '\0';
        const std::size_t index = static_cast<std::size_t>(next - '1');
        if (pattern[i] == '%' && next >= '1' && next <= '9' && index < arguments.size()) {
            text += arguments[index];
            ++i;
        } else {
            text += pattern[i];
        }
    }
    return text;
}

std::string Problem::toString() const
{
    if (field.empty())
        return message;
    // "data.texts[0] is empty: …" reads as a sentence; "model.hidden_size: 4096 is out of range" too.
    const bool predicate = !message.empty() && message[0] >= 'a' && message[0] <= 'z';
    return field + (predicate ? " " : ": ") + message;
}

} // namespace rnnlab
