// SPDX-License-Identifier: MIT
// Counts the heap allocations a piece of test code makes: every operator new of the test binary
// that links the allocationcounter object library, and — where the test also links with
// --wrap=malloc,--wrap=calloc,--wrap=realloc (the allocationcounter_malloc library) — every
// malloc, calloc and realloc of the statically linked code (Eigen allocates with std::malloc).
// Not a leak checker and not a profiler: it only counts, and only while armed.
#pragma once

#include <utility>

namespace rnnlab::test {

class AllocationCounter
{
public:
    //! Runs \a work and returns how many allocations it made.
    template<typename Work>
    static long count(Work &&work)
    {
        start();
        std::forward<Work>(work)();
        return stop();
    }

    //! Arms the counter from zero.
    static void start();
    //! Disarms it; returns what it counted since start().
    static long stop();
    //! Called by the replaced allocation functions: counts one when armed.
    static void record() noexcept;
};

} // namespace rnnlab::test
