// SPDX-License-Identifier: MIT
#include "app/worker/checkpointstore.h"

#include <iterator>
#include <utility>

namespace rnnlab {

CheckpointStore::CheckpointStore(std::size_t budgetBytes)
    : m_budget(budgetBytes)
{ }

std::size_t CheckpointStore::sizeOf(const TrainerState &state)
{
    std::size_t floats = static_cast<std::size_t>(state.weights.flat().size());
    floats += floatCount(state.optimizer);
    return floats * sizeof(float) + 160; // plus the bookkeeping of a map node and three vectors
}

void CheckpointStore::record(const TrainerState &state, bool pinned)
{
    store(state.stepsTaken, pinned, [&](TrainerState &slot) { slot = state; });
}

void CheckpointStore::record(const Trainer &trainer, bool pinned)
{
    store(trainer.stepsTaken(), pinned, [&](TrainerState &slot) { trainer.copyStateTo(slot); });
}

template<typename Copy>
void CheckpointStore::store(std::int64_t step, bool pinned, Copy &&copy)
{
    if (auto existing = m_checkpoints.find(step); existing != m_checkpoints.end()) {
        pinned = pinned || existing->second.pinned;
        drop(existing);
    }
    // Between thinning rounds only every stride-th step is kept (and edits, and step 0).
    if (!pinned && step % m_stride != 0)
        return;
    TrainerState slot;
    if (!m_spare.empty()) {
        slot = std::move(m_spare.back());
        m_spare.pop_back();
        m_spareBytes -= sizeOf(slot);
    }
    copy(slot);
    m_bytes += sizeOf(slot);
    m_checkpoints.emplace(step, Entry{std::move(slot), pinned});
    if (m_bytes > m_budget)
        thin();
}

CheckpointStore::Checkpoints::iterator CheckpointStore::drop(Checkpoints::iterator it)
{
    const std::size_t size = sizeOf(it->second.state);
    m_bytes -= size;
    // The kept and the spare together stay within the budget: what thinning frees is written
    // over by the checkpoints that follow, not given back and asked for again.
    if (m_bytes + m_spareBytes + size <= m_budget) {
        m_spareBytes += size;
        m_spare.push_back(std::move(it->second.state));
    }
    return m_checkpoints.erase(it);
}

void CheckpointStore::thin()
{
    // Keep every other step: those at multiples of the doubled stride, step 0, and pinned ones.
    // Repeated if a single round is not enough (say, after many pinned edits).
    while (m_bytes > m_budget && m_checkpoints.size() > 2) {
        m_stride *= 2;
        const std::int64_t last = m_checkpoints.rbegin()->first;
        for (auto it = m_checkpoints.begin(); it != m_checkpoints.end();) {
            const bool keep = it->second.pinned || it->first == 0 || it->first == last || it->first % m_stride == 0;
            it = keep ? std::next(it) : drop(it);
        }
        if (m_stride > (std::int64_t(1) << 40))
            break; // only pinned checkpoints left: the budget is what it is
    }
}

const TrainerState *CheckpointStore::atOrBefore(std::int64_t step) const
{
    auto it = m_checkpoints.upper_bound(step);
    if (it == m_checkpoints.begin())
        return nullptr;
    return &std::prev(it)->second.state;
}

void CheckpointStore::truncateAfter(std::int64_t step)
{
    for (auto it = m_checkpoints.upper_bound(step); it != m_checkpoints.end();)
        it = drop(it);
    while (!m_edits.empty() && m_edits.back().step > step)
        m_edits.pop_back();
}

std::optional<WeightEdit> CheckpointStore::popEdit()
{
    if (m_edits.empty())
        return std::nullopt;
    WeightEdit edit = m_edits.back();
    m_edits.pop_back();
    return edit;
}

} // namespace rnnlab
