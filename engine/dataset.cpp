// SPDX-License-Identifier: MIT
#include "engine/dataset.h"

#include "engine/tasks/classifytask.h"

namespace rnnlab {

int Sequence::targetCount() const
{
    if (targets.empty())
        return static_cast<int>(targetValues.cols());
    int count = 0;
    for (int target : targets)
        count += target >= 0 ? 1 : 0;
    return count;
}

int Dataset::targetCount() const
{
    int count = 0;
    for (const auto &sequence : sequences)
        count += sequence.targetCount();
    return count;
}

Dataset Dataset::fromConfig(const DataConfig &data)
{
    return Task::create(data)->dataset();
}

Vocabulary Dataset::vocabularyOf(const DataConfig &data)
{
    return CharacterTask::vocabularyOf(data);
}

std::vector<std::u32string> Dataset::classesOf(const DataConfig &data)
{
    return ClassifyTask::classesOf(data);
}

} // namespace rnnlab
