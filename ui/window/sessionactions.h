// SPDX-License-Identifier: MIT
// The File menu's sessions: New, Open, Open recent (RecentFiles: missing files pruned, with Clear),
// Save, Save as (Ctrl+Shift+S), Import PyTorch state, drops of a session file onto the window, the
// title's unsaved-work mark, and the autosave that brings back an unsaved session after a crash
// (AutosaveFiles).
// Saves go through AtomicFile::write() (QSaveFile: the previous file stays whole when a save
// fails); a file that cannot be opened — damaged, truncated, from a newer rnnlab — says why and
// changes nothing. Nothing here is lost silently: New, Open and closing the window ask before they
// drop a trained model that was not saved. Not the file format (SessionFile) nor the window.
#pragma once

#include "app/session/viewstate.h"
#include "engine/session.h"
#include "ui/window/autosavefiles.h"

#include <QObject>
#include <QString>

#include <cstdint>

class QMenu;
class QMimeData;
class QTimer;

namespace rnnlab {

class MainWindow;

class SessionActions : public QObject
{
    Q_OBJECT

public:
    //! \a interactive: dialogs, QSettings (recent files) and the autosave are on; off for tests,
    //! screenshots and benchmarks (problems then go to the status bar, and lastMessage()).
    SessionActions(MainWindow *window, bool interactive);

    //! Adds New … Import to \a menu.
    void addActions(QMenu *menu);

    //! Opens \a path (a session, or a PyTorch state when it is one); on a problem says so and
    //! changes nothing. \a ask: confirm before dropping unsaved training.
    bool openFile(const QString &path, bool ask = true);
    //! Writes the session as shown to \a path; returns the error message or empty. On success the
    //! window's file is \a path and nothing is unsaved.
    QString saveTo(const QString &path);
    //! The session as shown (weights, optimizer state, history up to the shown step, view).
    Session currentSession(SavedHistory *history = nullptr, ViewState *view = nullptr) const;

    //! Training or edits since the last save or open (the window's title marks it: setWindowModified).
    bool isModified() const;
    //! The file the session came from or was last saved to; empty for a new session.
    QString currentPath() const { return m_path; }
    //! The last message shown (for tests and non-interactive use).
    QString lastMessage() const { return m_lastMessage; }

    //! A fresh session (the previous file closed) — called by MainWindow::startSession's callers
    //! that start something that is not a file.
    void forgetFile();
    //! Save / Discard / Cancel when isModified(); true to go on.
    bool maybeSave(const QString &what);

    //! Where this process's autosave goes (default: AutosaveFiles::defaultFolder(), autosave-PID.rnnlab).
    QString autosavePath() const { return m_autosave.path(); }
    void setAutosavePath(const QString &path) { m_autosave.setPath(path); }
    //! Writes the autosave when there is unsaved work; returns an error message or empty.
    QString writeAutosave();
    //! Removes the autosave (after a save, or when the user discarded the work on purpose).
    void removeAutosave();
    //! At start-up: an autosave left by a crash (its lock is stale or gone: AutosaveFiles) is
    //! offered back (interactive: asked; else opened). True when a session was restored from it.
    bool restoreAutosave();

    //! A session file among \a mime's URLs (the first local .rnnlab or .json file), or empty.
    static QString droppedSession(const QMimeData *mime);

public slots:
    void newSession();
    void open();
    bool save();
    bool saveAs();
    void importPytorch();

private:
    void setFile(const QString &path);
    void markSaved();
    //! The title's [*]: marked while isModified().
    void showModified();
    void show(const QString &title, const QString &message);
    void addRecentFile(const QString &path);
    void updateRecentMenu();
    //! What identifies the shown state: the run, its step and its edits.
    struct Stamp
    {
        std::uint64_t generation = 0;
        std::int64_t steps = 0;
        std::size_t edits = 0;
        bool operator==(const Stamp &) const = default;
    };
    Stamp currentStamp() const;

    MainWindow *m_window;
    bool m_interactive;
    QString m_path;
    Stamp m_saved;
    bool m_savedValid = false;
    bool m_pending = false; // an open's run has not shown yet: its first snapshot is the saved state
    std::uint64_t m_pendingAfterGeneration = 0;
    QString m_lastMessage;
    AutosaveFiles m_autosave;
    Stamp m_autosaved; // what the autosave file holds
    bool m_autosavedValid = false;
    QTimer *m_autosaveTimer = nullptr;
    QMenu *m_recentMenu = nullptr;
};

} // namespace rnnlab
