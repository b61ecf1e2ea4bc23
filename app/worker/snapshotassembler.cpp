// SPDX-License-Identifier: MIT
#include "app/worker/snapshotassembler.h"

#include "app/worker/runhistory.h"
#include "engine/tasks/forecasttask.h"
#include "engine/tasks/translatetask.h"
#include "engine/trainer.h"

namespace rnnlab {

SnapshotAssembler::SnapshotAssembler(std::shared_ptr<const RunSetup> setup, std::uint64_t generation)
    : m_setup(std::move(setup))
    , m_generation(generation)
{ }

std::shared_ptr<const RunSetup> SnapshotAssembler::setupOf(Session session, const Trainer &trainer)
{
    auto setup = std::make_shared<RunSetup>();
    setup->session = std::move(session);
    setup->vocabulary = trainer.dataset().vocabulary;
    setup->layout = trainer.layout();
    setup->task = trainer.taskPtr();
    return setup;
}

ParameterSet<float> SnapshotAssembler::withoutMemory(ParameterSet<float> weights)
{
    // Every stack's (an encoder–decoder has two).
    for (const RecurrentBlock &stack : weights.layout().stacks()) {
        for (int l = 0; l < stack.numLayers(); ++l)
            weights.vector(stack.weightHh(l)).setZero();
    }
    return weights;
}

SnapshotPtr SnapshotAssembler::assemble(Trainer &trainer, RunHistory &history, const RunStatus &status)
{
    auto snapshot = std::make_shared<TrainingSnapshot>();
    snapshot->generation = m_generation;
    snapshot->sequence = ++m_sequence;
    snapshot->revision = history.revision();
    snapshot->setup = m_setup;
    snapshot->stepsTaken = trainer.stepsTaken();
    snapshot->playing = status.playing;
    snapshot->targetStepsPerSecond = status.targetStepsPerSecond;
    snapshot->trainingSeconds = status.trainingSeconds;
    snapshot->trainedSteps = status.trainedSteps;
    snapshot->stepsPerSecond = status.stepsPerSecond;

    // The trainer's trace may still hold the last step's backward pass: keep its gradients and
    // update before evaluate() below replaces the forward pass.
    history.takeLastStep(trainer);
    snapshot->lastGradients = history.lastGradients();
    snapshot->lastUpdate = history.lastUpdate();

    // What the graph draws: the network as it is now — the current weights, their forward pass
    // and BPTT (what the next step will compute), or the what-if variant without memory.
    // A forecast run's signal: read from the same weights and forward pass the graph draws.
    const auto *forecastTask = dynamic_cast<const ForecastTask *>(m_setup->task.get());
    const auto *translateTask = dynamic_cast<const TranslateTask *>(m_setup->task.get());
    // A translation's greedy pass, computed here on the worker so the graph only draws it.
    const auto greedyOf = [&](const ParameterSet<float> &weights) {
        auto passes = std::make_shared<std::vector<GreedyPass>>();
        for (const auto &source : translateTask->sourceIndices())
            passes->push_back(EncoderDecoder::greedyPass(weights, *translateTask, source));
        return std::shared_ptr<const std::vector<GreedyPass>>(std::move(passes));
    };
    // A generating run's free-running passes (the one-to-many picture), likewise on the worker.
    const auto freeRunsOf = [&](const ParameterSet<float> &weights) {
        auto runs = std::make_shared<std::vector<GenerationTrace>>();
        for (const SequenceTrace<float> &text : trainer.trace().sequences) {
            if (text.inputs.empty())
                continue;
            runs->push_back(traceGeneration(weights, {text.inputs.front()}, text.length(), status.freeRunTemperature,
                                            status.freeRunSeed, &text.targets));
        }
        return std::shared_ptr<const std::vector<GenerationTrace>>(std::move(runs));
    };
    const bool generates = m_setup->task->canGenerate() && m_setup->task->outputKind() == OutputKind::Character;
    snapshot->freeRunTemperature = status.freeRunTemperature;
    snapshot->freeRunSeed = status.freeRunSeed;
    if (status.whatIfNoMemory) {
        const ParameterSet<float> noMemory = withoutMemory(trainer.parameters());
        trainer.evaluateVariant(noMemory, true);
        trainer.evaluateLastStepGradients(&noMemory);
        if (forecastTask)
            snapshot->forecast = std::make_shared<const ForecastReadout>(ForecastReadout::of(
                noMemory, trainer.trace(), *forecastTask, status.forecastLength, status.forecastFrom));
        if (translateTask)
            snapshot->greedy = greedyOf(noMemory);
        if (generates)
            snapshot->freeRuns = freeRunsOf(noMemory);
    } else {
        trainer.evaluate(true);
        trainer.evaluateLastStepGradients();
        if (forecastTask)
            snapshot->forecast = std::make_shared<const ForecastReadout>(ForecastReadout::of(
                trainer.parameters(), trainer.trace(), *forecastTask, status.forecastLength, status.forecastFrom));
        if (translateTask)
            snapshot->greedy = greedyOf(trainer.parameters());
        if (generates)
            snapshot->freeRuns = freeRunsOf(trainer.parameters());
    }
    snapshot->weights = trainer.parameters();
    snapshot->trace = trainer.trace();
    snapshot->optimizer = trainer.optimizer().state();
    snapshot->effectiveLearningRate = trainer.optimizer().effectiveLearningRates();
    snapshot->headSteps = history.headSteps(trainer);
    snapshot->viewingHistory = history.viewing();
    snapshot->checkpointStride = history.checkpointStride();
    snapshot->checkpointsSpacedOut = history.checkpointsSpacedOut();
    snapshot->edits = history.edits();
    snapshot->canRedo = history.canRedo(trainer);
    snapshot->whatIfNoMemory = status.whatIfNoMemory;
    snapshot->history = history.history();
    snapshot->problem = status.problem;
    snapshot->generated = status.generated;
    return snapshot;
}

} // namespace rnnlab
