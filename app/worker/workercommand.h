// SPDX-License-Identifier: MIT
// What the other threads ask the training worker to do: one small struct per command, each holding
// only what that command needs, posted as a WorkerCommand and applied in order on the worker's
// thread (TrainingWorker::apply). Values only, no behaviour: what each command does is documented
// at the TrainingWorker method that posts it. Plain C++.
#pragma once

#include "engine/generation.h"
#include "engine/session.h"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <variant>

namespace rnnlab {

class LockStep;

namespace command {

struct Reset
{
    Session session;
    SavedHistory history;
};
struct Play
{ };
struct Pause
{ };
struct Step
{
    int count = 1;
};
struct SetSpeed
{
    double stepsPerSecond = 0.0;
};
struct Generate
{
    GenerationOptions options;
    std::uint64_t requestId = 0;
};
struct SetPublishInterval
{
    std::chrono::microseconds interval{0};
};
struct ViewStep
{
    std::int64_t step = 0;
};
struct ResumeFromView
{ };
struct EditWeight
{
    int tensor = 0;
    std::size_t index = 0;
    float value = 0.0f;
};
struct Undo
{ };
struct Redo
{ };
struct SetWhatIfNoMemory
{
    bool on = false;
};
struct SetForecastLength
{
    int length = 20;
    int from = 0; // the free run starts after this many points (0: at the series' end)
};
//! How the one-to-many picture's free-running pass picks (TrainingSnapshot::freeRuns): greedy
//! without a temperature, else sampled with it and the seed, as GenerationOptions says.
struct SetFreeRun
{
    std::optional<double> temperature;
    std::int64_t seed = 0;
};
struct SetCheckpointBudget
{
    std::size_t bytes = 0;
};
struct SetLockStep
{
    std::shared_ptr<LockStep> gate;
    int participant = 0;
};

} // namespace command

using WorkerCommand =
    std::variant<command::Reset, command::Play, command::Pause, command::Step, command::SetSpeed, command::Generate,
                 command::SetPublishInterval, command::ViewStep, command::ResumeFromView, command::EditWeight,
                 command::Undo, command::Redo, command::SetWhatIfNoMemory, command::SetForecastLength,
                 command::SetFreeRun, command::SetCheckpointBudget, command::SetLockStep>;

} // namespace rnnlab
