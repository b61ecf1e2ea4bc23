// SPDX-License-Identifier: MIT
// The libFuzzer entry point of the session harness (tests/fuzz/fuzzsession.h), built only with
// clang and -DRNNLAB_FUZZ=ON (scripts/fuzz). Everything it does is in runOne().
#include "tests/fuzz/fuzzsession.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return rnnlab::fuzz::runOne(data, size);
}
