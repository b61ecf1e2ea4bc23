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
    return kind == TaskKind::Classify ? "classify" : "next_character";
}

std::optional<TaskKind> taskKindFromString(const std::string &name)
{
    if (name == "next_character")
        return TaskKind::NextCharacter;
    if (name == "classify")
        return TaskKind::Classify;
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

std::string Problem::toString() const
{
    if (field.empty())
        return message;
    // "data.texts[0] is empty: …" reads as a sentence; "model.hidden_size: 4096 is out of range" too.
    const bool predicate = !message.empty() && message[0] >= 'a' && message[0] <= 'z';
    return field + (predicate ? " " : ": ") + message;
}

} // namespace rnnlab
