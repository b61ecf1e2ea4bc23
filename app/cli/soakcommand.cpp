// SPDX-License-Identifier: MIT
// rnnlab-cli soak: a long training run on one thread that watches for what only a long run shows —
// resident memory creeping up, a loss turning NaN, steps getting slower. It samples the process's
// resident memory (/proc/self/statm, Linux) and the mean step time of each stretch of steps, and
// prints one line per sample and a JSON summary. Not a benchmark (rnnlab-cli bench is): the
// sampling is coarse on purpose, so that measuring does not disturb what is measured.
#include "app/cli/clicommon.h"

#include "app/session/jsonwriter.h"
#include "engine/trainer.h"

#include <QCoreApplication>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <vector>

#include <unistd.h>

namespace rnnlab::cli {

namespace {

//! soak's help and messages (context rnnlab::cli::Soak in translations/rnnlab_*.ts).
class Soak
{
    Q_DECLARE_TR_FUNCTIONS(rnnlab::cli::Soak)
};

//! Resident memory of this process in bytes (the second field of /proc/self/statm, in pages);
//! −1 where /proc is not there.
std::int64_t residentBytes()
{
    std::ifstream statm("/proc/self/statm"); // the kernel's, not a user's path: InputFile's rule does not apply
    std::int64_t size = 0;
    std::int64_t resident = 0;
    if (!(statm >> size >> resident))
        return -1;
    return resident * static_cast<std::int64_t>(sysconf(_SC_PAGESIZE));
}

double mebibytes(std::int64_t bytes)
{
    return static_cast<double>(bytes) / (1024.0 * 1024.0);
}

struct Sample
{
    std::int64_t step = 0; // steps taken when sampled
    std::int64_t rss = 0; // resident bytes
    double msPerStep = 0.0; // mean over the stretch since the previous sample
};

double quantile(std::vector<double> values, double q)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    return values[static_cast<std::size_t>(std::lround(q * static_cast<double>(values.size() - 1)))];
}

} // namespace

int soakCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Soak::tr("Train for a long run on one thread and watch resident memory (/proc/self/statm), non-finite losses "
                 "and the step time. Prints one line per sample, then one JSON object. Exit status 1 when memory grew "
                 "by more than --max-growth-kib after the warm-up or a step was not finite. Without a session: the "
                 "lecture's example.\n\n"
                 "  rnnlab-cli soak --steps 1000000\n"
                 "  rnnlab-cli soak tests/data/soak/lstm_h128_text500.json --steps 10000"));
    addSessionArguments(parser);
    parser.addOptions({
        {QStringLiteral("steps"), Soak::tr("Training steps (default 1000000)."), QStringLiteral("N")},
        {QStringLiteral("samples"), Soak::tr("Memory and step-time samples over the run (default 100)."),
         QStringLiteral("K")},
        {QStringLiteral("warmup-steps"),
         Soak::tr("Steps before the reference sample (default: 5% of --steps, "
                  "at least 1)."),
         QStringLiteral("W")},
        {QStringLiteral("max-growth-kib"),
         Soak::tr("Allowed growth of resident memory after the warm-up, in "
                  "KiB (default 1024)."),
         QStringLiteral("KIB")},
        {QStringLiteral("quiet"), Soak::tr("Only the JSON summary, not the samples.")},
    });
    QString name;
    int status = 0;
    const std::optional<Session> session = parseSessionOrLectureExample(parser, arguments, &name, &status);
    if (!session)
        return status;
    if (const auto refused = refuseTranslation(*session, QStringLiteral("soak")))
        return *refused;

    std::int64_t steps = 1'000'000;
    std::int64_t samples = 100;
    std::int64_t maxGrowthKib = 1024;
    if (parser.isSet(QStringLiteral("steps"))) {
        const auto v = parseInteger(parser, QStringLiteral("steps"), 1, limits::maxSteps);
        if (!v)
            return BadInput;
        steps = *v;
    }
    if (parser.isSet(QStringLiteral("samples"))) {
        const auto v = parseInteger(parser, QStringLiteral("samples"), 1, 100'000);
        if (!v)
            return BadInput;
        samples = *v;
    }
    std::int64_t warmup = std::max<std::int64_t>(1, steps / 20);
    if (parser.isSet(QStringLiteral("warmup-steps"))) {
        const auto v = parseInteger(parser, QStringLiteral("warmup-steps"), 1, steps);
        if (!v)
            return BadInput;
        warmup = *v;
    }
    if (parser.isSet(QStringLiteral("max-growth-kib"))) {
        const auto v = parseInteger(parser, QStringLiteral("max-growth-kib"), 0, std::int64_t(1) << 30);
        if (!v)
            return BadInput;
        maxGrowthKib = *v;
    }
    const bool quiet = parser.isSet(QStringLiteral("quiet"));

    using Clock = std::chrono::steady_clock;
    Trainer trainer(*session);
    std::int64_t refused = 0;
    std::int64_t nonFiniteLosses = 0;
    double lastLoss = 0.0;
    std::vector<Sample> taken;
    const std::int64_t stride = std::max<std::int64_t>(1, (steps - warmup) / samples);

    // Runs \a count steps; counts the refused ones and the non-finite losses (a refused step has
    // a non-finite loss, gradient or update: the weights stay those of the last good step).
    const auto run = [&](std::int64_t count) {
        for (std::int64_t i = 0; i < count; ++i) {
            const StepOutcome outcome = trainer.step();
            refused += outcome.accepted ? 0 : 1;
            nonFiniteLosses += std::isfinite(outcome.loss) ? 0 : 1;
            lastLoss = outcome.loss;
        }
    };
    const auto start = Clock::now();
    run(warmup);
    auto last = Clock::now();
    // The reference: after the warm-up, every buffer the run needs exists.
    taken.push_back({warmup, residentBytes(),
                     1000.0 * std::chrono::duration<double>(last - start).count() / static_cast<double>(warmup)});
    // A sample's line is a line of numbers, like train's steps: the same in every language (tests
    // count its " rss ").
    const auto print = [&](const Sample &s, const char *what) {
        if (quiet)
            return;
        std::fprintf(stderr, "%s step %lld  rss %.2f MiB  %.4g ms/step\n", what, static_cast<long long>(s.step),
                     mebibytes(s.rss), s.msPerStep);
    };
    print(taken.back(), "warm-up");
    for (std::int64_t done = warmup; done < steps;) {
        const std::int64_t count = std::min(stride, steps - done);
        run(count);
        done += count;
        const auto now = Clock::now();
        taken.push_back({done, residentBytes(),
                         1000.0 * std::chrono::duration<double>(now - last).count() / static_cast<double>(count)});
        last = now;
        print(taken.back(), "      ");
    }
    const double seconds = std::chrono::duration<double>(last - start).count();

    const Sample &reference = taken.front();
    std::int64_t peak = reference.rss;
    std::vector<double> stepTimes;
    for (std::size_t i = 1; i < taken.size(); ++i) {
        peak = std::max(peak, taken[i].rss);
        stepTimes.push_back(taken[i].msPerStep);
    }
    const std::int64_t growth = taken.back().rss - reference.rss;
    const std::int64_t peakGrowth = peak - reference.rss;
    const double median = quantile(stepTimes, 0.5);
    const bool finite = nonFiniteLosses == 0 && refused == 0 && trainer.parameters().allFinite();
    const bool flat = reference.rss >= 0 && peakGrowth <= maxGrowthKib * 1024;

    JsonWriter w(/*compact=*/true);
    w.beginObject();
    w.key("session");
    w.value(name.toStdString());
    w.key("steps");
    w.value(steps);
    w.key("warmup_steps");
    w.value(warmup);
    w.key("seconds");
    w.value(seconds);
    w.key("rss_after_warmup_mib");
    w.value(mebibytes(reference.rss));
    w.key("rss_end_mib");
    w.value(mebibytes(taken.back().rss));
    w.key("rss_growth_kib");
    w.value(static_cast<double>(growth) / 1024.0);
    w.key("rss_peak_growth_kib");
    w.value(static_cast<double>(peakGrowth) / 1024.0);
    w.key("non_finite_losses");
    w.value(nonFiniteLosses);
    w.key("refused_steps");
    w.value(refused);
    // The loss of the last step's forward pass (before its update); JSON has no NaN, so a
    // non-finite one is written as null.
    w.key("last_loss");
    if (std::isfinite(lastLoss))
        w.value(lastLoss);
    else
        w.null();
    w.key("ms_per_step_median");
    w.value(median);
    w.key("ms_per_step_p10");
    w.value(quantile(stepTimes, 0.1));
    w.key("ms_per_step_p90");
    w.value(quantile(stepTimes, 0.9));
    w.key("ms_per_step_max");
    w.value(stepTimes.empty() ? 0.0 : *std::max_element(stepTimes.begin(), stepTimes.end()));
    // The last tenth of the run against the first tenth after the warm-up: 1.0 is steady.
    const std::size_t tenth = std::max<std::size_t>(1, stepTimes.size() / 10);
    const auto meanOf = [](auto first, auto end) {
        double sum = 0.0;
        for (auto it = first; it != end; ++it)
            sum += *it;
        return sum / static_cast<double>(std::max<std::ptrdiff_t>(1, end - first));
    };
    w.key("step_time_drift");
    w.value(stepTimes.empty() ? 1.0
                              : meanOf(stepTimes.end() - static_cast<std::ptrdiff_t>(tenth), stepTimes.end())
                    / meanOf(stepTimes.begin(), stepTimes.begin() + static_cast<std::ptrdiff_t>(tenth)));
    w.key("memory_flat");
    w.value(flat);
    w.key("finite");
    w.value(finite);
    w.endObject();
    printLine(w.finish());
    if (reference.rss < 0)
        printError(Soak::tr("could not read /proc/self/statm: resident memory was not measured"));
    return flat && finite ? Success : Failed;
}

} // namespace rnnlab::cli
