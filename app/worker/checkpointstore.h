// SPDX-License-Identifier: MIT
// The training history you can rewind: checkpoints of the run (weights, optimizer state, steps)
// within a memory budget, and the weight edits made by hand. Every step is kept while the budget
// allows; beyond it, every other kept step is thinned out (evenly), and a step that is no longer
// kept is recomputed exactly from the nearest kept one before it — training is deterministic, so
// replaying from a checkpoint gives the same bits. A step where weights were edited by hand is
// always kept (its checkpoint holds the edited weights), so a replay never crosses an edit.
// Plain C++, owned by the worker thread.
#pragma once

#include "engine/trainer.h"

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

namespace rnnlab {

//! One weight set by hand: after \a step training steps, \a tensor's element \a index went from
//! \a before to \a after.
struct WeightEdit
{
    std::int64_t step = 0;
    int tensor = 0;
    std::size_t index = 0;
    float before = 0.0f;
    float after = 0.0f;
};

class CheckpointStore
{
public:
    static constexpr std::size_t defaultBudget = std::size_t(256) << 20; // 256 MiB

    //! \a budgetBytes: how much memory the checkpoints may take.
    explicit CheckpointStore(std::size_t budgetBytes = defaultBudget);

    //! Records the state after step state.stepsTaken (replacing one at the same step). \a pinned:
    //! never thinned out (edits).
    void record(const TrainerState &state, bool pinned = false);
    //! The same for \a trainer's state, copied straight into the store: into the storage of a
    //! checkpoint thinned out before, so that recording allocates nothing once the budget was
    //! reached (a fresh 100 KB–1 MB block per checkpoint cost the worker its page faults: 14% of
    //! its time at full speed beside the window, issue 14).
    void record(const Trainer &trainer, bool pinned = false);
    //! Whether record() would keep the state after \a step (so the caller need not copy it).
    bool wants(std::int64_t step) const { return step % m_stride == 0; }
    //! The latest checkpoint at or before \a step (null when there is none).
    const TrainerState *atOrBefore(std::int64_t step) const;
    //! The earliest checkpoint (null when there is none).
    const TrainerState *earliest() const
    {
        return m_checkpoints.empty() ? nullptr : &m_checkpoints.begin()->second.state;
    }
    //! Forgets everything after \a step (the run goes on from there).
    void truncateAfter(std::int64_t step);
    //! From now on keeps only every other step it would have kept (those kept so far stay): for a
    //! run whose checkpoints cost too much of its time (RunHistory::setCheckpointShare).
    void spaceOut()
    {
        m_stride *= 2;
        m_spacedOut = true;
    }
    //! Whether spaceOut() made the kept steps sparser (else only the budget did, if anything).
    bool spacedOut() const { return m_spacedOut; }
    //! Kept steps are 1 apart up to here (the budget was never reached), else every stride-th.
    std::int64_t stride() const { return m_stride; }
    std::size_t bytes() const { return m_bytes; }
    std::size_t count() const { return m_checkpoints.size(); }
    std::size_t budget() const { return m_budget; }

    //! Edits, oldest first.
    void addEdit(const WeightEdit &edit) { m_edits.push_back(edit); }
    const std::vector<WeightEdit> &edits() const { return m_edits; }
    std::optional<WeightEdit> popEdit();

private:
    struct Entry
    {
        TrainerState state;
        bool pinned = false;
    };
    static std::size_t sizeOf(const TrainerState &state);
    //! Keeps the state \a copy writes (into the storage it is given) as the one after \a step.
    template<typename Copy>
    void store(std::int64_t step, bool pinned, Copy &&copy);
    //! Forgets \a it's checkpoint, keeping its storage for a later one while the budget allows.
    using Checkpoints = std::map<std::int64_t, Entry>;
    Checkpoints::iterator drop(Checkpoints::iterator it);
    void thin();

    Checkpoints m_checkpoints;
    std::vector<TrainerState> m_spare; // storage of dropped checkpoints, to be written over
    std::size_t m_spareBytes = 0;
    std::vector<WeightEdit> m_edits;
    std::size_t m_budget;
    std::size_t m_bytes = 0;
    std::int64_t m_stride = 1;
    bool m_spacedOut = false;
};

} // namespace rnnlab
