// SPDX-License-Identifier: MIT
// Running a program as a hostile-input test needs it: with a wall-clock limit (a hang is a failure,
// not a stuck test), and measuring the child's own peak resident memory (wait4()'s rusage, for that
// one child, so earlier children of the test do not count). Not QProcess, which waits for its
// children itself and so cannot give one child's rusage. POSIX only.
#pragma once

#include <QString>
#include <QStringList>

namespace rnnlab::test {

struct BoundedRun
{
    bool finished = false; //!< false: killed at the time limit (a hang)
    int status = -1; //!< exit status when finished normally; -1 when killed by a signal
    QString out;
    QString err;
    double seconds = 0; //!< wall clock from start to exit
    long peakKiB = 0; //!< peak resident set of the child (ru_maxrss)

    //! Runs \a program with \a arguments (and \a environment added, "NAME=value"), killing it after
    //! \a timeoutMs milliseconds. Standard input is /dev/null.
    static BoundedRun run(const QString &program, const QStringList &arguments, int timeoutMs,
                          const QStringList &environment = {});
    //! One line for a failure message: status, time, memory, stderr.
    QString describe() const;
};

} // namespace rnnlab::test
