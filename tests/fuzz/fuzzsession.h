// SPDX-License-Identifier: MIT
// The fuzz harness's body: one input (the bytes of a would-be session file) through everything a
// user's file goes through — parse and validate, train a couple of steps, generate, save the run
// as a session and load it again — checking on the way that nothing crashes and that what rnnlab
// promises holds (a refusal has a message; a saved run reloads to the same numbers). An input that
// starts like a zip archive is a would-be .pt (torch.save's state_dict) and goes through
// rnnlab-cli import-pytorch's reader instead, then the same way.
// Plain functions, no libFuzzer: tests/fuzz/fuzzmain.cpp drives them under clang's libFuzzer
// (scripts/fuzz), and tst_fuzzregressions replays the kept corpus and every crash through them
// in the ordinary (g++, and ASan) test suite. Not a unit test of any one class.
#pragma once

#include "engine/session.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace rnnlab::fuzz {

//! Valid sessions whose training buffers exceed this (estimateTrainingBytes) are parsed,
//! validated and round-tripped but not trained: the fuzz loop must stay fast (thousands of inputs
//! a second), and large sizes are covered by the limits' own tests (tst_resourcelimits).
inline constexpr std::int64_t maxTrainedBytes = std::int64_t(16) << 20;
//! Likewise for the work of one step: time steps × parameters (≈ multiply-adds of one forward pass).
inline constexpr std::int64_t maxTrainedWork = 4'000'000;
//! Training steps taken per input (before and after the save/reload round trip).
inline constexpr int trainedSteps = 2;
//! Characters generated per input, greedily and sampled.
inline constexpr int generatedLength = 8;

//! Runs \a size bytes at \a data through the whole path. Returns an empty string when every check
//! held, or a description of the first one that did not. A crash or a sanitizer report is a
//! failure too, of course, and is left to happen (libFuzzer and the sanitizers catch it).
std::string checkOne(const std::uint8_t *data, std::size_t size);

//! checkOne() for libFuzzer: on a failed check it prints the description to stderr and aborts, so
//! libFuzzer keeps the input as a crash. Always returns 0 otherwise.
int runOne(const std::uint8_t *data, std::size_t size);

//! Whether a valid \a session is small enough for the fuzz loop to train (see maxTrainedBytes).
bool isTrainedInFuzzing(const Session &session);

//! The first difference between two sessions, as "field: a vs b"; empty when they are equal
//! (numbers compared bit for bit: a saved run must reload exactly).
std::string sessionDifference(const Session &a, const Session &b);

} // namespace rnnlab::fuzz
