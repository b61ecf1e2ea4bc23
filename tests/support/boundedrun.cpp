// SPDX-License-Identifier: MIT
#include "tests/support/boundedrun.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <string>
#include <thread>
#include <vector>

extern char **environ;

namespace rnnlab::test {

BoundedRun BoundedRun::run(const QString &program, const QStringList &arguments, int timeoutMs,
                           const QStringList &environment)
{
    BoundedRun result;
    QTemporaryDir dir;
    const QByteArray outPath = QFile::encodeName(dir.filePath(QStringLiteral("out")));
    const QByteArray errPath = QFile::encodeName(dir.filePath(QStringLiteral("err")));

    std::vector<std::string> strings{QFile::encodeName(program).toStdString()};
    for (const QString &argument : arguments)
        strings.push_back(argument.toStdString());
    std::vector<char *> argv;
    for (std::string &s : strings)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    std::vector<std::string> envStrings;
    for (char **e = environ; *e; ++e)
        envStrings.emplace_back(*e);
    for (const QString &e : environment)
        envStrings.push_back(e.toStdString());
    std::vector<char *> envp;
    for (std::string &s : envStrings)
        envp.push_back(s.data());
    envp.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, outPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, 2, errPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    QElapsedTimer clock;
    clock.start();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        result.err = QStringLiteral("cannot start %1").arg(program);
        return result;
    }
    int status = 0;
    struct rusage usage = {};
    for (;;) {
        const pid_t done = ::wait4(pid, &status, WNOHANG, &usage);
        if (done == pid) {
            result.finished = true;
            break;
        }
        if (clock.elapsed() > timeoutMs) {
            ::kill(pid, SIGKILL);
            ::wait4(pid, &status, 0, &usage);
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    result.seconds = clock.nsecsElapsed() / 1e9;
    result.peakKiB = usage.ru_maxrss;
    if (result.finished && WIFEXITED(status))
        result.status = WEXITSTATUS(status);
    const auto slurp = [](const QByteArray &path) {
        QFile file(QFile::decodeName(path));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    };
    result.out = slurp(outPath);
    result.err = slurp(errPath);
    return result;
}

QString BoundedRun::describe() const
{
    return QStringLiteral("%1, %2 s, %3 MiB peak; stderr: %4")
        .arg(finished ? QStringLiteral("exit %1").arg(status) : QStringLiteral("killed at the time limit (a hang)"))
        .arg(seconds, 0, 'f', 2)
        .arg(peakKiB / 1024)
        .arg(err.trimmed());
}

} // namespace rnnlab::test
