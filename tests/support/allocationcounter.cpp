// SPDX-License-Identifier: MIT
// AllocationCounter, and the replaced global operator new that feeds it. This file is an object
// library (not part of testsupport): linked into a test binary, it replaces operator new in that
// binary only.
#include "tests/support/allocationcounter.h"

#include <atomic>
#include <cstdlib>
#include <new>

namespace rnnlab::test {

namespace {
std::atomic<long> g_allocations{0};
std::atomic<bool> g_counting{false};
} // namespace

void AllocationCounter::start()
{
    g_allocations = 0;
    g_counting = true;
}

long AllocationCounter::stop()
{
    g_counting = false;
    return g_allocations.load();
}

void AllocationCounter::record() noexcept
{
    if (g_counting.load(std::memory_order_relaxed))
        g_allocations.fetch_add(1, std::memory_order_relaxed);
}

} // namespace rnnlab::test

void *operator new(std::size_t size)
{
    rnnlab::test::AllocationCounter::record();
    if (void *p = std::malloc(size ? size : 1))
        return p;
    throw std::bad_alloc();
}
void operator delete(void *p) noexcept
{
    std::free(p);
}
void operator delete(void *p, std::size_t) noexcept
{
    std::free(p);
}
