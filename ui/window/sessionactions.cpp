// SPDX-License-Identifier: MIT
#include "ui/window/sessionactions.h"

#include "app/session/inputfile.h"
#include "app/session/problemtext.h"
#include "app/session/pytorchimport.h"
#include "app/session/sessionfile.h"
#include "app/session/torchstatedict.h"
#include "app/worker/historyrecorder.h"
#include "ui/controller/trainingcontroller.h"
#include "ui/window/mainwindow.h"
#include "ui/window/recentfiles.h"

#include <QAction>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QRegularExpression>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QUrl>

namespace rnnlab {

namespace {

constexpr int autosaveIntervalMs = 30'000;
//! The file dialogs' filter, in the language shown (a function: a static QString would be
//! built before the translators are installed).
QString fileFilter()
{
    //: A file dialog's filter: keep the patterns in parentheses and the ";;" between the two.
    return QCoreApplication::translate("rnnlab::SessionActions", "rnnlab sessions (*.rnnlab *.json);;All files (*)");
}

} // namespace

SessionActions::SessionActions(MainWindow *window, bool interactive)
    : QObject(window)
    , m_window(window)
    , m_interactive(interactive)
{
    connect(window->controller(), &TrainingController::snapshotChanged, this, [this](const SnapshotPtr &snapshot) {
        // The first snapshot of the run an open started is what the file holds.
        if (m_pending && snapshot->generation != m_pendingAfterGeneration) {
            m_pending = false;
            m_saved = currentStamp();
            m_savedValid = true;
        }
        showModified(); // training and weight edits arrive as snapshots
    });
    if (m_interactive) {
        m_autosaveTimer = new QTimer(this);
        m_autosaveTimer->setInterval(autosaveIntervalMs);
        connect(m_autosaveTimer, &QTimer::timeout, this, [this] {
            const QString error = writeAutosave();
            if (!error.isEmpty())
                m_window->statusBar()->showMessage(tr("Autosave failed: %1").arg(error), 10000);
        });
        m_autosaveTimer->start();
    }
}

void SessionActions::addActions(QMenu *file)
{
    QStyle *style = m_window->style();
    QAction *newAction = file->addAction(style->standardIcon(QStyle::SP_FileIcon), tr("&New session"), this,
                                         &SessionActions::newSession);
    newAction->setShortcut(QKeySequence::New);
    newAction->setToolTip(tr("Start over with the lecture's hello example"));
    QAction *openAction = file->addAction(style->standardIcon(QStyle::SP_DialogOpenButton), tr("&Open session…"), this,
                                          &SessionActions::open);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    // Pruned each time it opens: a file deleted or moved since is not offered.
    connect(m_recentMenu, &QMenu::aboutToShow, this, &SessionActions::updateRecentMenu);
    file->addSeparator();
    QAction *saveAction = file->addAction(style->standardIcon(QStyle::SP_DialogSaveButton), tr("&Save session"), this,
                                          &SessionActions::save);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setToolTip(tr("Save the settings, trained weights, optimizer state, loss history and view (.rnnlab)"));
    QAction *saveAsAction = file->addAction(tr("Save session &as…"), this, &SessionActions::saveAs);
    // QKeySequence::SaveAs is empty on plain X11 and KDE: the key every desktop knows, explicitly.
    saveAsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    file->addSeparator();
    QAction *import = file->addAction(tr("&Import PyTorch state…"), this, &SessionActions::importPytorch);
    import->setToolTip(
        tr("A model trained in PyTorch, saved with save_state_dict_json() from the PyTorch panel's script"));
    updateRecentMenu();
}

SessionActions::Stamp SessionActions::currentStamp() const
{
    const SnapshotPtr snapshot = m_window->controller()->snapshot();
    if (!snapshot)
        return {};
    return {snapshot->generation, snapshot->viewingHistory ? snapshot->headSteps : snapshot->stepsTaken,
            snapshot->edits.size()};
}

bool SessionActions::isModified() const
{
    if (m_pending)
        return false;
    const Stamp now = currentStamp();
    if (!m_savedValid)
        return now.steps > 0 || now.edits > 0;
    return !(now == m_saved);
}

void SessionActions::markSaved()
{
    m_saved = currentStamp();
    m_savedValid = true;
    m_pending = false;
    showModified();
}

void SessionActions::forgetFile()
{
    m_path.clear();
    m_savedValid = false;
    m_pending = false;
    showModified();
}

void SessionActions::showModified()
{
    m_window->setWindowModified(isModified());
}

void SessionActions::setFile(const QString &path)
{
    m_path = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
}

void SessionActions::show(const QString &title, const QString &message)
{
    m_lastMessage = message;
    if (m_interactive && m_window->isVisible())
        QMessageBox::warning(m_window, title, message);
    else
        m_window->statusBar()->showMessage(QString(message).remove(QRegularExpression(QStringLiteral("<[^>]*>"))));
}

Session SessionActions::currentSession(SavedHistory *history, ViewState *view) const
{
    const SnapshotPtr snapshot = m_window->controller()->snapshot();
    if (!snapshot || !snapshot->setup)
        return m_window->controller()->session();
    // The network as shown (the latest step, or the rewound one): its weights and optimizer state,
    // so that training the file goes on exactly from here.
    Session session = snapshot->setup->session;
    session.weights = toNamedTensors(snapshot->weights);
    session.optimizerState = saveOptimizerState(snapshot->optimizer, snapshot->stepsTaken);
    if (history) {
        *history = toSavedHistory(snapshot->history);
        // A rewound view saves the run up to the step it shows: the later steps are not in the file's weights.
        std::size_t keep = 0;
        while (keep < history->entries.size() && history->entries[keep].step <= snapshot->stepsTaken)
            ++keep;
        history->entries.resize(keep);
        std::erase_if(history->predictions, [&](const SavedHistory::Predictions &p) { return p.from >= keep; });
    }
    if (view)
        *view = m_window->viewState();
    return session;
}

QString SessionActions::saveTo(const QString &path)
{
    SavedHistory history;
    ViewState view;
    const Session session = currentSession(&history, &view);
    if (!session.weights)
        return tr("there is no trained model to save yet");
    const QString error = SessionFile::write(path, session, history, &view);
    if (!error.isEmpty())
        return error;
    setFile(path);
    markSaved();
    removeAutosave();
    addRecentFile(m_path);
    m_window->setSessionName(QFileInfo(path).completeBaseName());
    m_window->statusBar()->showMessage(
        tr("Saved %1 (step %2)").arg(path).arg(session.optimizerState ? session.optimizerState->stepsTaken : 0), 5000);
    return {};
}

bool SessionActions::save()
{
    if (m_path.isEmpty())
        return saveAs();
    const QString error = saveTo(m_path);
    if (!error.isEmpty()) {
        show(tr("Cannot save"), error);
        return false;
    }
    return true;
}

bool SessionActions::saveAs()
{
    const QString suggestion = m_path.isEmpty() ? m_window->sessionName() + QStringLiteral(".rnnlab") : m_path;
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save session"), suggestion, fileFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".rnnlab");
    const QString error = saveTo(path);
    if (!error.isEmpty()) {
        show(tr("Cannot save"), error);
        return false;
    }
    return true;
}

bool SessionActions::maybeSave(const QString &what)
{
    if (!isModified() || !m_interactive)
        return true;
    const auto answer = QMessageBox::question(
        m_window, tr("Save the session?"),
        tr("%1 closes this session. It has changes that are not saved (training, weights by hand or settings).")
            .arg(what),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        removeAutosave();
        return true;
    }
    return false;
}

void SessionActions::newSession()
{
    if (!maybeSave(tr("A new session")))
        return;
    m_window->startSession(lectureExample(), QStringLiteral("hello"));
    forgetFile();
}

void SessionActions::open()
{
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Open session"), QFileInfo(m_path).absolutePath(), fileFilter());
    if (!path.isEmpty())
        openFile(path);
}

bool SessionActions::openFile(const QString &path, bool ask)
{
    QByteArray head; // a FIFO or a device reads as nothing here; SessionFile::read() then says what it is
    InputFile::read(path, &head, 4096, InputFile::Part::Head);
    // A JSON state from save_state_dict_json, or a .pt from torch.save (PytorchImport reads both).
    if (head.contains("\"rnnlab-pytorch-state\"") || TorchStateDictReader::looksLikeTorchSave(head)) {
        PytorchImportResult imported = PytorchImport::read(path);
        if (imported.textsMissing && m_interactive && m_window->isVisible()) {
            // The state holds weights, not what they were trained on: ask for the texts.
            bool ok = false;
            const QString texts = QInputDialog::getMultiLineText(
                m_window, tr("Training texts"),
                tr("%1 does not say which texts the model was trained on. Its training texts, one per line:")
                    .arg(QFileInfo(path).fileName()),
                QString(), &ok);
            if (!ok)
                return false;
            std::vector<std::u32string> given;
            for (const QString &line : texts.split(u'\n', Qt::SkipEmptyParts))
                given.push_back(line.toStdU32String());
            if (!given.empty())
                imported = PytorchImport::read(path, given);
        }
        if (!imported.session) {
            QStringList lines;
            for (const auto &problem : imported.problems)
                lines << ProblemText::text(problem).toHtmlEscaped();
            show(tr("Cannot import this PyTorch state"),
                 tr("<p>%1 cannot be imported; nothing was changed.</p><ul><li>%2</li></ul>")
                     .arg(QFileInfo(path).fileName().toHtmlEscaped(), lines.join(QStringLiteral("</li><li>"))));
            return false;
        }
        if (ask && !maybeSave(tr("Importing %1").arg(QFileInfo(path).fileName())))
            return false;
        m_window->startSession(*imported.session, QFileInfo(path).completeBaseName());
        forgetFile(); // not an rnnlab session: Save asks where
        QStringList notes;
        for (const auto &note : imported.notes)
            notes << QString::fromStdString(note);
        m_window->statusBar()->showMessage(tr("Imported %1. %2").arg(QFileInfo(path).fileName(), notes.join(u' ')),
                                           15000);
        return true;
    }

    SessionParseResult parsed = SessionFile::read(path);
    if (!parsed.session) {
        QStringList lines;
        for (const auto &problem : parsed.problems)
            lines << ProblemText::text(problem).toHtmlEscaped();
        show(tr("Cannot open this session"),
             tr("<p>%1 cannot be opened; nothing was changed.</p><ul><li>%2</li></ul>")
                 .arg(QFileInfo(path).fileName().toHtmlEscaped(), lines.join(QStringLiteral("</li><li>"))));
        return false;
    }
    if (ask && !maybeSave(tr("Opening %1").arg(QFileInfo(path).fileName())))
        return false;
    const SnapshotPtr before = m_window->controller()->snapshot();
    m_pendingAfterGeneration = before ? before->generation : 0;
    m_window->startSession(*parsed.session, QFileInfo(path).completeBaseName(), parsed.history);
    if (parsed.view)
        m_window->applyViewState(*parsed.view);
    setFile(path);
    m_pending = true; // saved as soon as the run it started shows
    showModified();
    addRecentFile(m_path);
    return true;
}

void SessionActions::importPytorch()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import PyTorch state"), QString(),
                                                      tr("PyTorch states (*.pt *.pth *.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

QString SessionActions::writeAutosave()
{
    if (!isModified())
        return {};
    const Stamp now = currentStamp();
    if (m_autosavedValid && now == m_autosaved && QFileInfo::exists(m_autosave.path()))
        return {}; // nothing new since the last autosave
    SavedHistory history;
    ViewState view;
    const Session session = currentSession(&history, &view);
    if (!session.weights)
        return {};
    // Locked before the file exists: a running rnnlab's autosave is never offered to another.
    m_autosave.lock();
    const QString error = SessionFile::write(m_autosave.path(), session, history, &view);
    m_autosaved = now;
    m_autosavedValid = error.isEmpty();
    return error;
}

void SessionActions::removeAutosave()
{
    m_autosavedValid = false;
    m_autosave.remove();
}

bool SessionActions::restoreAutosave()
{
    const QString orphan = m_autosave.claimOrphan(); // the newest, locked by us while we ask
    if (orphan.isEmpty())
        return false;
    if (m_interactive) {
        const auto answer =
            QMessageBox::question(m_window, tr("Restore the unsaved session?"),
                                  tr("rnnlab ended without saving a session (autosaved %1). Restore it?")
                                      .arg(QLocale().toString(QFileInfo(orphan).lastModified(), QLocale::ShortFormat)),
                                  QMessageBox::Yes | QMessageBox::Discard, QMessageBox::Yes);
        if (answer == QMessageBox::Discard) {
            m_autosave.discardOrphan();
            return false;
        }
    }
    if (!openFile(orphan, false)) {
        m_autosave.releaseOrphan(); // the message said why; the file stays for another try
        return false;
    }
    // Now this process's unsaved work: it moves to this process's autosave, and Save asks where.
    forgetFile();
    m_autosave.adoptOrphan();
    m_window->setSessionName(tr("recovered"));
    return true;
}

QString SessionActions::droppedSession(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl &url : mime->urls()) {
        const QString suffix = QFileInfo(url.toLocalFile()).suffix().toLower();
        if (url.isLocalFile() && (suffix == u"rnnlab" || suffix == u"json"))
            return url.toLocalFile();
    }
    return {};
}

void SessionActions::addRecentFile(const QString &path)
{
    if (!m_interactive || QFileInfo(path).absolutePath() == QFileInfo(m_autosave.path()).absolutePath())
        return;
    RecentFiles::add(path);
    updateRecentMenu();
}

void SessionActions::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = m_interactive ? RecentFiles::load() : QStringList();
    for (const QString &path : recent) {
        // "&&": an ampersand in a file name is shown, not taken for a mnemonic.
        QString name = QFileInfo(path).fileName().replace(u'&', QStringLiteral("&&"));
        m_recentMenu->addAction(name, this, [this, path] { openFile(path); })->setToolTip(path);
    }
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear the list"), this, [this] {
            RecentFiles::clear();
            updateRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

} // namespace rnnlab
