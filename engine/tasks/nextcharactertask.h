// SPDX-License-Identifier: MIT
// Next character (task "next_character", many-to-many, the lecture's hello example): at every time
// step the network predicts the character that follows. A text of n characters is n − 1 time
// steps: its first n − 1 characters are the inputs (one-hot), its last n − 1 the targets
// ("hello": "hell" → "ello"). Loss: CrossEntropyLoss (mean) over every step of every text.
// Session fields: data.texts (each ≥ 2 characters), data.vocabulary (optional); no labels.
//
//   x_t = onehot(text[t]),  target_t = index of text[t + 1],   t = 0 … n − 2
#pragma once

#include "engine/tasks/charactertask.h"

namespace rnnlab {

class NextCharacterTask final : public CharacterTask
{
public:
    explicit NextCharacterTask(const DataConfig &data);
    static void validate(const DataConfig &data, std::vector<Problem> &problems);

    TaskKind kind() const override { return TaskKind::NextCharacter; }
    SequenceShape shape() const override { return SequenceShape::ManyToMany; }
    //! O = V: the outputs are the vocabulary's characters.
    int outputSize() const override { return m_vocabulary.size(); }
    Dataset dataset() const override;
    std::int64_t timeSteps() const override;

    //! The character of row \a row.
    std::u32string outputName(int row) const override;
    OutputKind outputKind() const override { return OutputKind::Character; }
    //! The predicted character of every step: "ello" for a good model of "hello".
    std::u32string predictionText(const SequenceTrace<float> &sequence) const override;
    //! Yes: a predicted character is the next input (the lecture's sampling loop).
    bool canGenerate() const override { return true; }
    //! One character per input (n − 1 for text \a sample), each in the vocabulary.
    std::optional<Problem> checkSavedPrediction(std::size_t sample, const std::u32string &prediction,
                                                const std::string &field) const override;
};

} // namespace rnnlab
