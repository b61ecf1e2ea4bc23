// SPDX-License-Identifier: MIT
#include "app/session/statedictjson.h"

#include "app/session/jsonwriter.h"

#include <string>
#include <utility>

namespace rnnlab {

void StateDictJson::writeTensor(JsonWriter &w, const NamedTensor &tensor)
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

void StateDictJson::writeTensors(JsonWriter &w, const std::vector<NamedTensor> &tensors)
{
    w.beginObject();
    for (const auto &tensor : tensors) {
        w.key(tensor.name);
        writeTensor(w, tensor);
    }
    w.endObject();
}

void StateDictJson::writeOptimizerState(JsonWriter &w, const std::vector<SavedOptimizerState::Entry> &entries)
{
    w.beginObject();
    for (std::size_t t = 0; t < entries.size(); ++t) {
        const auto &entry = entries[t];
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
}

} // namespace rnnlab
