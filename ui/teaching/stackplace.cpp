// SPDX-License-Identifier: MIT
#include "ui/teaching/stackplace.h"

#include "ui/matrices/matrixlabels.h"

#include <algorithm>

namespace rnnlab {

StackPlace::StackPlace(const TrainingSnapshot &snapshot, int textIndex, const StepCursor &cursor)
    : m_snapshot(&snapshot)
{
    const RunSetup &setup = *snapshot.setup;
    const auto &sequence = snapshot.shownSequence(textIndex);
    layers = setup.session.model.numLayers;
    const auto *translate = dynamic_cast<const TranslateTask *>(setup.task.get());
    encoderDecoder = translate != nullptr;
    const int stacks = encoderDecoder ? 2 : 1;
    traceLayer = std::clamp(cursor.layer, 0, stacks * layers - 1);
    stack = traceLayer / layers;
    layer = traceLayer % layers;
    steps = std::max(1, int(sequence.layers[std::size_t(traceLayer)].hidden.cols()));
    if (encoder()) {
        tag = QStringLiteral("^{enc}");
        const auto sources = translate->sourceIndices();
        const int pair = std::clamp(textIndex, 0, int(sources.size()) - 1);
        inputs = sources[std::size_t(pair)];
        inputCount = translate->inputSize();
    } else {
        if (decoder())
            tag = QStringLiteral("^{dec}");
        inputs = sequence.inputs;
        inputCount = encoderDecoder ? setup.task->outputSize() : setup.vocabulary.size();
    }
}

QString StackPlace::inputName(int index) const
{
    const RunSetup &setup = *m_snapshot->setup;
    if (encoder()) {
        const auto &source = static_cast<const TranslateTask &>(*setup.task).sourceVocabulary();
        return QStringLiteral("‘%1’").arg(visibleCharacter(source.character(index)));
    }
    if (decoder()) // a target token: <sos>, <eos> or a character
        return QStringLiteral("‘%1’").arg(outputLabel(*setup.task, index));
    return QStringLiteral("‘%1’").arg(visibleCharacter(setup.vocabulary.character(index)));
}

QString StackPlace::captionPrefix() const
{
    if (!encoderDecoder)
        return {};
    return encoder() ? tr("Encoder · ") : tr("Decoder · ");
}

} // namespace rnnlab
