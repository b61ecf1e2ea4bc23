// SPDX-License-Identifier: MIT
// The malloc side of AllocationCounter: __wrap_malloc, __wrap_calloc and __wrap_realloc, which the
// linker substitutes for every malloc, calloc and realloc of the statically linked code when the
// test links with --wrap=malloc,--wrap=calloc,--wrap=realloc (the allocationcounter_malloc
// library adds those options). Calls from shared libraries (Qt, libstdc++) are not wrapped.
#include "tests/support/allocationcounter.h"

#include <cstddef>

extern "C" {
void *__real_malloc(std::size_t size);
void *__real_calloc(std::size_t count, std::size_t size);
void *__real_realloc(void *p, std::size_t size);
void *__wrap_malloc(std::size_t size)
{
    rnnlab::test::AllocationCounter::record();
    return __real_malloc(size);
}
void *__wrap_calloc(std::size_t count, std::size_t size)
{
    rnnlab::test::AllocationCounter::record();
    return __real_calloc(count, size);
}
void *__wrap_realloc(void *p, std::size_t size)
{
    rnnlab::test::AllocationCounter::record();
    return __real_realloc(p, size);
}
}
