// SPDX-License-Identifier: MIT
// rnnlab-cli bench: training steps per second on one thread, as one JSON object. A translation
// session (issue 16) is trained by Translator, every other by Trainer.
#include "app/cli/clicommon.h"

#include "app/session/jsonwriter.h"
#include "engine/trainer.h"
#include "engine/translator.h"

#include <QCoreApplication>
#include <chrono>
#include <cstdio>
#include <memory>

namespace rnnlab::cli {

namespace {

//! bench's help and messages (context rnnlab::cli::Bench in translations/rnnlab_*.ts).
class Bench
{
    Q_DECLARE_TR_FUNCTIONS(rnnlab::cli::Bench)
};

} // namespace

int benchCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Bench::tr("Train as fast as possible on one thread (after a warm-up) and print one JSON object with "
                  "\"steps_per_s\" and \"ms_per_step\". Without a session: the lecture's example.\n\n"
                  "  rnnlab-cli bench\n"
                  "  rnnlab-cli bench ../shared/bench/rnn_tanh_h128_l2_text200.json --seconds 5"));
    addSessionArguments(parser);
    parser.addOptions({
        {QStringLiteral("seconds"), Bench::tr("How long to measure (default 3)."), QStringLiteral("S")},
        {QStringLiteral("warmup"), Bench::tr("Seconds of training before measuring (default 0.5)."),
         QStringLiteral("S")},
    });
    QString name;
    int status = 0;
    const std::optional<Session> session = parseSessionOrLectureExample(parser, arguments, &name, &status);
    if (!session)
        return status;
    double seconds = 3.0;
    double warmup = 0.5;
    for (auto [option, target] :
         {std::pair{QStringLiteral("seconds"), &seconds}, {QStringLiteral("warmup"), &warmup}}) {
        if (!parser.isSet(option))
            continue;
        const auto value = parseNumber(parser, option);
        if (!value || *value < 0.0 || *value > 3600.0) {
            if (value)
                printError(
                    Bench::tr("--%1: %2 is out of range: it must be between 0 and 3600").arg(option).arg(*value));
            return BadInput;
        }
        *target = *value;
    }
    if (seconds <= 0.0) {
        printError(Bench::tr("--seconds: must be more than 0"));
        return BadInput;
    }

    using Clock = std::chrono::steady_clock;
    const bool translate = session->data.task == TaskKind::Translate;
    std::unique_ptr<Trainer> trainer;
    std::unique_ptr<Translator> translator;
    const auto start = [&] {
        if (translate)
            translator = std::make_unique<Translator>(*session);
        else
            trainer = std::make_unique<Trainer>(*session);
    };
    start();
    long long restarts = 0;
    // Runs steps until \a duration has passed; returns how many. A refused step (divergence)
    // starts the session over, so that a long benchmark measures training, not refusals.
    const auto run = [&](double duration) {
        const auto begin = Clock::now();
        const auto end = begin + std::chrono::duration<double>(duration);
        long long steps = 0;
        for (;;) {
            for (int i = 0; i < 16; ++i) {
                if (!(translate ? translator->step() : trainer->step()).accepted) {
                    start();
                    ++restarts;
                }
                ++steps;
            }
            const auto now = Clock::now();
            if (now >= end)
                return std::pair{steps, std::chrono::duration<double>(now - begin).count()};
        }
    };
    run(warmup);
    restarts = 0;
    const auto [steps, elapsed] = run(seconds);

    const ModelConfig &m = session->model;
    JsonWriter w(/*compact=*/true);
    w.beginObject();
    w.key("session");
    w.value(name.toStdString());
    w.key("cell");
    w.value(toString(m.cell));
    w.key("hidden_size");
    w.value(m.hiddenSize);
    w.key("num_layers");
    w.value(m.numLayers);
    w.key("output_layer");
    w.value(m.outputLayer);
    // A translation's vocabulary is its source's (the encoder's inputs); its time steps are the
    // encoder's and the decoder's.
    w.key("vocabulary_size");
    w.value(
        static_cast<std::int64_t>(translate ? translator->task().inputSize() : trainer->dataset().vocabulary.size()));
    if (translate) {
        w.key("target_tokens");
        w.value(translator->task().outputSize());
    }
    w.key("time_steps");
    w.value(translate ? translator->task().timeSteps() : static_cast<std::int64_t>(trainer->dataset().targetCount()));
    w.key("parameters");
    w.value(static_cast<std::int64_t>((translate ? translator->layout() : trainer->layout())->totalSize()));
    w.key("optimizer");
    w.value(toString(session->training.optimizer));
    w.key("threads");
    w.value(1);
    w.key("steps");
    w.value(static_cast<std::int64_t>(steps));
    w.key("seconds");
    w.value(elapsed);
    w.key("steps_per_s");
    w.value(static_cast<double>(steps) / elapsed);
    w.key("ms_per_step");
    w.value(1000.0 * elapsed / static_cast<double>(steps));
    w.key("restarts_after_divergence");
    w.value(static_cast<std::int64_t>(restarts));
    w.endObject();
    printLine(w.finish());
    return Success;
}

} // namespace rnnlab::cli
