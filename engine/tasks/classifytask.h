// SPDX-License-Identifier: MIT
// Classify (task "classify", many-to-one): one label per text, predicted from the last time step's
// output only. Every character of a text of n characters is an input (n time steps, one-hot); the
// text's one target is its label's class at the last step — the other steps have none (−1, as
// torch's ignore_index). Loss: CrossEntropyLoss (mean) over the texts' last-step outputs (torch:
// fc(out[:, −1, :])). Session fields: data.texts (each ≥ 1 character), data.labels (one per text),
// data.classes (optional: the output order), data.vocabulary (optional).
//
//   x_t = onehot(text[t]),  t = 0 … n − 1;   target_{n−1} = class of the label, target_t = −1 before
//
// Symbols: C = classes (O, the rows of y_t).
#pragma once

#include "engine/tasks/charactertask.h"

namespace rnnlab {

class ClassifyTask final : public CharacterTask
{
public:
    explicit ClassifyTask(const DataConfig &data);
    static void validate(const DataConfig &data, std::vector<Problem> &problems);
    //! The classes \a data implies: the explicit order, or the labels in order of first appearance.
    static std::vector<std::u32string> classesOf(const DataConfig &data);

    const std::vector<std::u32string> &classes() const { return m_classes; }

    TaskKind kind() const override { return TaskKind::Classify; }
    SequenceShape shape() const override { return SequenceShape::ManyToOne; }
    //! O = C: one output per class.
    int outputSize() const override { return static_cast<int>(m_classes.size()); }
    Dataset dataset() const override;
    std::int64_t timeSteps() const override;

    //! The name of class \a row.
    std::u32string outputName(int row) const override;
    OutputKind outputKind() const override { return OutputKind::Class; }
    //! The class the last time step predicts, by name.
    std::u32string predictionText(const SequenceTrace<float> &sequence) const override;
    //! No: a label is not a character to read next.
    bool canGenerate() const override { return false; }
    //! One of the classes, by name.
    std::optional<Problem> checkSavedPrediction(std::size_t sample, const std::u32string &prediction,
                                                const std::string &field) const override;

private:
    std::vector<std::u32string> m_labels;
    std::vector<std::u32string> m_classes;
};

} // namespace rnnlab
