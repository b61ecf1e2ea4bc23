// SPDX-License-Identifier: MIT
// Where a session's autosave lives and whose it is. Each running rnnlab writes its own autosave
// (autosave-<pid>.rnnlab in ~/.local/share/rnnlab) and, from the first write until it removes the
// file or ends, holds a QLockFile beside it (autosave-<pid>.rnnlab.lock). An autosave whose lock
// can be taken belongs to nobody: its rnnlab crashed (QLockFile sees that the PID in a lock file is
// dead, or belongs to another program now) or ended without removing it — that one is offered
// back. A lock held by a running rnnlab is never taken, however old it is. Not what is in the file
// (SessionFile) nor the asking (SessionActions).
#pragma once

#include <QString>

#include <memory>

class QLockFile;

namespace rnnlab {

class AutosaveFiles
{
public:
    //! This process's autosave in the default folder.
    AutosaveFiles();
    ~AutosaveFiles();
    AutosaveFiles(const AutosaveFiles &) = delete;
    AutosaveFiles &operator=(const AutosaveFiles &) = delete;

    //! ~/.local/share/rnnlab (the XDG data folder, once: not the rnnlab/rnnlab of organisation and app).
    static QString defaultFolder();
    //! This process's autosave file.
    QString path() const { return m_path; }
    //! Another file for this process's autosave (tests); gives up the lock of the previous one.
    void setPath(const QString &path);

    //! Takes the lock of path() (before the first write); true when this process holds it.
    bool lock();
    //! Removes this process's autosave and its lock.
    void remove();

    //! The newest autosave in path()'s folder whose rnnlab is gone (see above), or empty; its lock
    //! is then held by this process until adoptOrphan(), discardOrphan() or releaseOrphan(), so two
    //! rnnlabs starting at once do not both take it.
    QString claimOrphan();
    //! The claimed orphan becomes this process's autosave (renamed to path(), locked as ours).
    bool adoptOrphan();
    //! Deletes the claimed orphan (the user does not want it back).
    void discardOrphan();
    //! Lets the claimed orphan go, left as it was (it could not be opened: another try later).
    void releaseOrphan();

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    QString m_orphan;
    std::unique_ptr<QLockFile> m_orphanLock;
};

} // namespace rnnlab
