// SPDX-License-Identifier: MIT
// A "latest value" mailbox between two threads: the writer replaces the value, the reader takes
// whatever is newest. Nothing queues up, so a fast writer never waits for a slow reader and a slow
// reader never falls behind — it simply skips the values it had no time for. Plain C++ (no Qt)
// so ThreadSanitizer can check it.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <utility>

namespace rnnlab {

template<typename T>
class LatestValue
{
public:
    //! Replaces the value (the previous one is dropped unless a reader still holds it).
    void publish(std::shared_ptr<const T> value)
    {
        std::shared_ptr<const T> previous;
        {
            std::lock_guard lock(m_mutex);
            previous = std::exchange(m_value, std::move(value));
            ++m_version;
        }
        // previous, when it is the last reference, is freed here, after the lock: a reader must
        // never wait for a snapshot's destructor (megabytes of traces and weights to free).
    }

    //! The newest value (null before the first publish).
    std::shared_ptr<const T> latest() const
    {
        std::lock_guard lock(m_mutex);
        return m_value;
    }

    //! How many values were published so far; a reader compares it to know whether anything is new.
    std::uint64_t version() const
    {
        std::lock_guard lock(m_mutex);
        return m_version;
    }

private:
    mutable std::mutex m_mutex;
    std::shared_ptr<const T> m_value;
    std::uint64_t m_version = 0;
};

} // namespace rnnlab
