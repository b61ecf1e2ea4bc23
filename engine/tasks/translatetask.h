// SPDX-License-Identifier: MIT
// Translation (task "translate", issue 16: slide 10's many-to-many of two sequences): pairs of
// strings, source → target, learnt by an encoder–decoder. What the task owns: the session's pairs
// and vocabularies (validate()), the source vocabulary and the target tokens, each pair encoded
// (the source's one-hot indices; the decoder's inputs <sos> + target and its targets target +
// <eos>), and the model's blocks. Not the arithmetic of the encoder–decoder (translator.h: the
// Network and Trainer of the other tasks read one input stream, this model reads two).
//
// Model, in this order after torch.manual_seed(seed):
//   encoder = torch.nn.RNN/LSTM/GRU(Vs, H, L, batch_first=True)
//   decoder = the same kind (T, H, L, batch_first=True), from the encoder's final state
//   fc      = torch.nn.Linear(H, T)          (model.output_layer must be true)
// Source vocabulary: the sources' characters in order of first appearance, or
// data.source_vocabulary. Target tokens: <sos>, <eos>, then the targets' characters in order of
// first appearance (or data.target_vocabulary): T of them.
//
// Symbols: Vs = source vocabulary size, T = target tokens, n = source length, m = target length.
#pragma once

#include "engine/task.h"

namespace rnnlab {

class TranslateTask final : public Task
{
public:
    static constexpr int sos = 0; // the index of <sos> among the target tokens
    static constexpr int eos = 1; // … and of <eos>

    explicit TranslateTask(const DataConfig &data);
    static void validate(const DataConfig &data, std::vector<Problem> &problems);

    //! The source vocabulary of (valid) \a data, and its target characters (without <sos>, <eos>).
    static Vocabulary sourceVocabularyOf(const DataConfig &data);
    static Vocabulary targetVocabularyOf(const DataConfig &data);

    TaskKind kind() const override { return TaskKind::Translate; }
    SequenceShape shape() const override { return SequenceShape::ManyToMany; }
    //! Vs: the encoder's input width.
    int inputSize() const override { return m_source.size(); }
    //! T: the decoder's input width and the output layer's rows.
    int outputSize() const override { return m_target.size() + 2; }
    //! The decoder's side of every pair: inputs <sos> + target, targets target + <eos> (m + 1
    //! steps); the source is sourceIndices().
    Dataset dataset() const override;
    //! Each pair's source as one-hot indices into the source vocabulary (n).
    std::vector<std::vector<int>> sourceIndices() const;
    //! Σ over the pairs of n + m + 1.
    std::int64_t timeSteps() const override;
    //! "encoder" over Vs, "decoder" over T, and "fc" = Linear(H, T).
    std::shared_ptr<const ParameterLayout> layout(const ModelConfig &model) const override;
    const Loss &loss() const override;

    const std::vector<std::pair<std::u32string, std::u32string>> &pairs() const { return m_pairs; }
    const Vocabulary &sourceVocabulary() const { return m_source; }
    //! The target characters, without <sos> and <eos>.
    const Vocabulary &targetVocabulary() const { return m_target; }
    //! Token \a index as its string: "<sos>", "<eos>" or the character (UTF-8).
    std::string tokenName(int index) const;
    //! The token strings of \a indices.
    std::vector<std::string> tokenNames(const std::vector<int> &indices) const;
    //! At most this many tokens in a greedy translation: the longest target + 1 (its <eos>).
    int maxTranslationLength() const;
    //! The one-hot indices of \a source in the source vocabulary, or the first character that is
    //! not in it.
    std::optional<char32_t> encodeSource(const std::u32string &source, std::vector<int> &out) const;

    std::u32string outputName(int row) const override;
    OutputKind outputKind() const override { return OutputKind::Character; }
    //! The teacher-forced argmax of every decoder step, as text (<eos> spelled so).
    std::u32string predictionText(const SequenceTrace<float> &sequence) const override;
    //! Not as one sequence fed back to itself: a translation is made by Translator::translate.
    bool canGenerate() const override { return false; }
    std::string metricName() const override { return "accuracy"; }
    double metric(const Trace<float> &trace) const override;
    std::optional<Problem> checkSavedPrediction(std::size_t sample, const std::u32string &prediction,
                                                const std::string &field) const override;

private:
    std::vector<std::pair<std::u32string, std::u32string>> m_pairs;
    Vocabulary m_source;
    Vocabulary m_target;
};

} // namespace rnnlab
