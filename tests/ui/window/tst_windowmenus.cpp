// SPDX-License-Identifier: MIT
// The window's keys as a desktop user expects them (offscreen): F1 opens the handbook that ships in
// the resources; Save As is Ctrl+Shift+S on every desktop; every menu title and form label has an
// Alt mnemonic of its own, unique in the menu bar, in each form (a panel: labels, buttons) and in
// each menu (Model and data too with the task Time series), and a menu's letter is nobody else's in the window; the title marks unsaved work; Help ▸ Keyboard Shortcuts lists every action that has a key;
// the toolbar's icons contrast with the toolbar in every theme; every toolbar action is on the
// toolbar itself (no "»" overflow) from 1024×768 up, in the normal window and in presentation mode. Writes pictures of the handbook, its
// Notation page, the shortcut list and the dark toolbar to help-screenshots/ (look at them). View ▸
// Reduce motion folds at once, stills the docks and is remembered for the next start.
#include "tests/support/testsupport.h"

#include "app/session/sessionfile.h"
#include "engine/comparison.h"
#include "engine/trainer.h"
#include "engine/types.h"
#include "ui/common/motion.h"
#include "ui/common/theme.h"
#include "ui/common/trainingcontrols.h"
#include "ui/controller/trainingcontroller.h"
#include "ui/graph/graphview.h"
#include "ui/help/helpwindow.h"
#include "ui/help/shortcutlist.h"
#include "ui/window/mainwindow.h"
#include "ui/window/modelpanel.h"
#include "ui/window/serieseditor.h"
#include "ui/window/sessionactions.h"

#include "engine/comparison.h"
#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <QStatusBar>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>

#include <map>

using namespace rnnlab;

namespace {

void train(MainWindow &window, int count)
{
    const std::int64_t target = window.controller()->stepsTaken() + count;
    window.controller()->step(count);
    QTRY_COMPARE_WITH_TIMEOUT(window.controller()->stepsTaken(), target, 10000);
}

//! Fails when two of \a titles (text by what it is) share an Alt letter; \a where names the place.
void expectUnique(const QList<std::pair<QString, QString>> &titles, const QString &where)
{
    std::map<QChar, QString> taken;
    for (const auto &[what, text] : titles) {
        const QChar letter = ShortcutList::mnemonic(text);
        if (letter.isNull())
            continue;
        const auto [it, fresh] = taken.emplace(letter, text);
        QVERIFY2(fresh,
                 qPrintable(QStringLiteral("%1: Alt+%2 is both \"%3\" and \"%4\" (%5)")
                                .arg(where, letter, it->second, text, what)));
    }
}

//! Each menu's items have their own letters, submenus included; dynamic menus are filled first.
void expectUniqueInMenu(QMenu *menu, const QString &where)
{
    emit menu->aboutToShow(); // Export figure and Open recent fill themselves when they open
    QList<std::pair<QString, QString>> items;
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        items.append({QStringLiteral("menu item"), action->text()});
        if (QMenu *sub = action->menu())
            expectUniqueInMenu(sub, where + QStringLiteral(" ▸ ") + ShortcutList::plainText(sub->title()));
    }
    expectUnique(items, where);
}

//! The form \a widget is on: the page of a tab, the content of a dock, else the window itself.
QWidget *formOf(QWidget *widget, MainWindow &window)
{
    for (QWidget *w = widget->parentWidget(); w && w != &window; w = w->parentWidget()) {
        auto *dock = qobject_cast<QDockWidget *>(w->parentWidget());
        if ((dock && dock->widget() == w) || qobject_cast<QStackedWidget *>(w->parentWidget()))
            return w;
    }
    return &window;
}

//! What answers to Alt+letter in \a window outside its menus, by form: labels (their buddy),
//! buttons, group boxes, shown now.
std::map<QWidget *, QList<std::pair<QString, QString>>> formMnemonics(MainWindow &window)
{
    std::map<QWidget *, QList<std::pair<QString, QString>>> forms;
    for (QLabel *label : window.findChildren<QLabel *>()) {
        if (label->buddy() && label->isVisibleTo(&window))
            forms[formOf(label, window)].append({QStringLiteral("label"), label->text()});
    }
    for (QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
        // A button's Alt key is its shortcut when that is its mnemonic (Apply's Ctrl+Return is not).
        if (button->isVisibleTo(&window) && !qobject_cast<QToolButton *>(button)
            && button->shortcut() == QKeySequence::mnemonic(button->text()))
            forms[formOf(button, window)].append({QStringLiteral("button"), button->text()});
    }
    for (QGroupBox *box : window.findChildren<QGroupBox *>()) {
        if (box->isVisibleTo(&window))
            forms[formOf(box, window)].append({QStringLiteral("group"), box->title()});
    }
    return forms;
}

//! Mean luminance difference between the icon's opaque pixels and \a background.
double contrast(const QIcon &icon, const QColor &background)
{
    const QImage image = icon.pixmap(QSize(22, 22)).toImage().convertToFormat(QImage::Format_ARGB32);
    double sum = 0;
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() < 128)
                continue;
            sum += std::abs(c.lightnessF() - background.lightnessF());
            ++count;
        }
    }
    return count == 0 ? 0 : sum / count;
}

} // namespace

class TestWindowMenus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void f1OpensTheHandbook();
    void notationPage();
    void saveAsIsCtrlShiftS();
    void mnemonicsAreUnique_data();
    void mnemonicsAreUnique();
    void titleMarksUnsavedWork();
    void comparePresetsDescribedWhenOpened();
    void compareRefusesATimeSeries();
    void everyKeyIsListed();
    void iconsContrastInEveryTheme_data();
    void iconsContrastInEveryTheme();
    void toolbarFits_data();
    void toolbarFits();
    void reduceMotionIsRemembered();

private:
    QDir m_pictures;
};

void TestWindowMenus::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QDir().mkpath(QStringLiteral("help-screenshots"));
    m_pictures = QDir(QStringLiteral("help-screenshots"));
}

void TestWindowMenus::f1OpensTheHandbook()
{
    QVERIFY2(QFile::exists(QStringLiteral(":/rnnlab/handbook.md")), "the handbook is not in the resources");
    MainWindow window(false);
    window.startSession(lectureExample());
    window.resize(1024, 768);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QCOMPARE(window.findChild<HelpWindow *>(QStringLiteral("handbook")), nullptr);
    QTest::keyClick(&window, Qt::Key_F1);
    auto *help = window.findChild<HelpWindow *>(QStringLiteral("handbook"));
    QVERIFY2(help && help->isVisible(), "F1 did not open the handbook");
    const QString text = help->browser()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("A tour of the window")), qPrintable(text.left(300)));
    QVERIFY2(text.contains(QStringLiteral("Ctrl+Shift+S")), "the handbook names Save As's key");
    QVERIFY2(text.contains(QStringLiteral("For the classroom")), "the handbook is cut short");
    // F1 again brings the same window back rather than a second one.
    QTest::keyClick(&window, Qt::Key_F1);
    QCOMPARE(window.findChildren<HelpWindow *>().size(), 1);
    QVERIFY(help->grab().save(m_pictures.filePath(QStringLiteral("handbook.png"))));

    // In presentation mode the menu bar is hidden; F1 still works.
    help->close();
    window.setPresentationMode(true);
    QTest::keyClick(&window, Qt::Key_F1);
    QVERIFY2(help->isVisible(), "F1 does nothing in presentation mode");
}

void TestWindowMenus::notationPage()
{
    MainWindow window(false);
    window.startSession(lectureExample());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *notation = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (ShortcutList::plainText(action->text()) == QStringLiteral("Notation"))
            notation = action;
    }
    QVERIFY2(notation, "Help ▸ Notation is missing");
    notation->trigger();
    auto *help = window.findChild<HelpWindow *>(QStringLiteral("handbook"));
    QVERIFY(help && help->isVisible());
    // Opened at its heading.
    const QTextBlock at = help->browser()->textCursor().block();
    QCOMPARE(at.text(), QStringLiteral("Notation"));
    QVERIFY(at.blockFormat().headingLevel() > 0);
    help->resize(900, 700);
    QVERIFY(help->grab().save(m_pictures.filePath(QStringLiteral("notation.png"))));

    // The table's PyTorch names are names rnnlab's parameters really have (a 2-layer RNN with an
    // output layer has every one of them), and the README carries the same table.
    QFile handbook(QStringLiteral(":/rnnlab/handbook.md"));
    QVERIFY(handbook.open(QIODevice::ReadOnly));
    const QString markdown = QString::fromUtf8(handbook.readAll());
    const qsizetype from = markdown.indexOf(QStringLiteral("## Notation"));
    QVERIFY(from >= 0);
    const QString section = markdown.mid(from, markdown.indexOf(QStringLiteral("\n## "), from + 1) - from);
    QStringList rows;
    for (const QString &line : section.split(u'\n')) {
        if (line.startsWith(u'|'))
            rows << line;
    }
    QVERIFY(rows.size() >= 10);
    Session stacked = lectureExample();
    stacked.model = ModelConfig{CellKind::RnnTanh, 4, 2, true};
    QStringList names;
    const Trainer trainer(stacked);
    for (const TensorSpec &tensor : trainer.layout()->tensors())
        names << QString::fromStdString(tensor.name);
    static const QRegularExpression parameter(QStringLiteral("`((?:rnn|fc)\\.[a-z_0-9]+)`"));
    int checked = 0;
    for (auto match = parameter.globalMatch(section); match.hasNext(); ++checked) {
        const QString name = match.next().captured(1);
        QVERIFY2(names.contains(name), qPrintable(name + QStringLiteral(" is not one of ") + names.join(u' ')));
    }
    QVERIFY(checked >= 7);
    QFile readme(QFINDTESTDATA("../../../README.md"));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QString readmeText = QString::fromUtf8(readme.readAll());
    QVERIFY(readmeText.contains(QStringLiteral("### Notation")));
    for (const QString &row : rows)
        QVERIFY2(readmeText.contains(row), qPrintable(QStringLiteral("README lacks the handbook's row ") + row));
}

void TestWindowMenus::saveAsIsCtrlShiftS()
{
    MainWindow window(false);
    const QKeySequence key(Qt::CTRL | Qt::SHIFT | Qt::Key_S);
    QList<QAction *> onKey;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcuts().contains(key))
            onKey << action;
    }
    QCOMPARE(onKey.size(), 1); // exactly one: an ambiguous key does nothing at all
    QCOMPARE(ShortcutList::plainText(onKey.first()->text()), QStringLiteral("Save session as…"));
}

void TestWindowMenus::mnemonicsAreUnique_data()
{
    QTest::addColumn<QString>("state");
    QTest::newRow("as it opens") << QString();
    QTest::newRow("lesson open") << QStringLiteral("lesson");
    QTest::newRow("PyTorch panel open") << QStringLiteral("pytorch");
    QTest::newRow("generation tab") << QStringLiteral("generate");
    // Model and data with the task Time series: every row the generator can show at once (two
    // sines, a level shift in the series and in the test series), and the numbers boxes.
    QTest::newRow("time series: the generator, every row") << QStringLiteral("series-generator");
    QTest::newRow("time series: numbers") << QStringLiteral("series-numbers");
}

void TestWindowMenus::mnemonicsAreUnique()
{
    QFETCH(QString, state);
    MainWindow window(false);
    window.startSession(lectureExample());
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    if (state == u"lesson")
        window.openLesson(2);
    else if (state == u"pytorch")
        window.showPytorchPanel();
    else if (state == u"generate")
        window.showTab(QStringLiteral("generate"));
    if (state.startsWith(u"series")) {
        window.modelPanel()->setTimeSeries(true);
        SeriesEditor *series = window.modelPanel()->seriesEditor();
        if (state == u"series-generator") {
            series->setSource(SeriesEditor::Source::Generator);
            series->setTest(SeriesEditor::Test::Anomaly);
            auto *wave = series->findChild<QComboBox *>(QStringLiteral("wave"));
            QVERIFY(wave);
            wave->setCurrentIndex(wave->findData(int(WaveKind::TwoSines)));
            for (const char *name : {"anomalyKind", "testAnomalyKind"}) {
                auto *kind = series->findChild<QComboBox *>(QLatin1String(name));
                QVERIFY(kind);
                kind->setCurrentIndex(kind->findData(int(AnomalyKind::LevelShift))); // at, length and size
            }
            QVERIFY(series->findChild<QWidget *>(QStringLiteral("period2"))->isVisibleTo(&window));
            QVERIFY(series->findChild<QWidget *>(QStringLiteral("testAnomalyLength"))->isVisibleTo(&window));
        } else {
            series->setSource(SeriesEditor::Source::Numbers);
            series->setTest(SeriesEditor::Test::Numbers);
            QVERIFY(series->findChild<QWidget *>(QStringLiteral("testNumbers"))->isVisibleTo(&window));
        }
        // The series editor's choosers are among the labels checked below.
        int seriesLabels = 0;
        for (QLabel *label : series->findChildren<QLabel *>())
            seriesLabels += label->buddy() && label->isVisibleTo(&window) ? 1 : 0;
        QVERIFY(seriesLabels >= 2);
    }

    // Every menu title and form label has a letter.
    for (QAction *action : window.menuBar()->actions())
        QVERIFY2(!ShortcutList::mnemonic(action->text()).isNull(), qPrintable(action->text()));
    int labels = 0;
    for (QLabel *label : window.findChildren<QLabel *>()) {
        if (!label->buddy() || label->buddy()->focusPolicy() == Qt::NoFocus)
            continue; // a row of radio buttons or check boxes has its own letters
        ++labels;
        QVERIFY2(!ShortcutList::mnemonic(label->text()).isNull(), qPrintable(label->text()));
    }
    QVERIFY2(labels >= 10, "the model panel's form labels were not found");
    // Unique where they compete: the menu bar, each form, each menu; and a menu title's letter is
    // the menu's alone in the whole window (Alt+H is Help, not "Hidden size").
    QList<std::pair<QString, QString>> menuTitles;
    QSet<QChar> menuLetters;
    for (QAction *action : window.menuBar()->actions()) {
        menuTitles.append({QStringLiteral("menu"), action->text()});
        menuLetters.insert(ShortcutList::mnemonic(action->text()));
    }
    expectUnique(menuTitles, QStringLiteral("the menu bar"));
    int forms = 0;
    for (const auto &[form, titles] : formMnemonics(window)) {
        ++forms;
        const QString name =
            form->objectName().isEmpty() ? QString::fromLatin1(form->metaObject()->className()) : form->objectName();
        expectUnique(titles, name);
        for (const auto &[what, text] : titles) {
            const QChar letter = ShortcutList::mnemonic(text);
            QVERIFY2(letter.isNull() || !menuLetters.contains(letter),
                     qPrintable(
                         QStringLiteral("Alt+%1 is a menu's, and \"%2\" (%3, in %4)'s").arg(letter, text, what, name)));
        }
    }
    QVERIFY(forms >= 2);
    for (QAction *action : window.menuBar()->actions())
        expectUniqueInMenu(action->menu(), ShortcutList::plainText(action->text()));
}

void TestWindowMenus::comparePresetsDescribedWhenOpened()
{
    // The cells preset's description is measured by training its three models: not while the
    // window starts, but by the time the menu shows it (a tooltip) — the whole, measured text.
    MainWindow window;
    QMenu *compare = nullptr;
    for (QAction *action : window.menuBar()->actions()) {
        if (action->menu() && action->text().remove(u'&') == u"Compare")
            compare = action->menu();
    }
    QVERIFY(compare);
    QAction *cells = nullptr;
    for (QAction *action : compare->actions()) {
        if (action->data().toString() == u"cells")
            cells = action;
    }
    QVERIFY(cells);
    const QString expected = QString::fromStdString(comparePreset("cells")->description);
    QVERIFY(expected.contains(u"step")); // the measured part, as tst_presetoutcome checks it
    QVERIFY(cells->toolTip() != expected);
    emit compare->aboutToShow();
    QCOMPARE(cells->toolTip(), expected);
}

void TestWindowMenus::compareRefusesATimeSeries()
{
    // The Compare menu's "this model" entries on a forecast session (issue 15): compare mode reads
    // predicted characters, so it refuses with the reason in the status bar, opens nothing, and the
    // window keeps its run.
    SessionParseResult parsed =
        SessionFile::read(rnnlab::test::sourceFile(QStringLiteral("resources/examples/sine-spike.json")));
    QVERIFY(parsed.session);
    MainWindow window(false);
    window.startSession(*parsed.session, QStringLiteral("sine-spike"));
    window.show();
    QVERIFY(QTest::qWaitFor([&] { return window.controller()->snapshot() != nullptr; }, 10000));
    QMenu *compare = nullptr;
    for (QAction *action : window.menuBar()->actions()) {
        if (action->menu() && action->text().remove(u'&') == u"Compare")
            compare = action->menu();
    }
    QVERIFY(compare);
    int tried = 0;
    for (QAction *action : compare->actions()) {
        if (!action->text().startsWith(QStringLiteral("This model")))
            continue;
        ++tried;
        action->trigger();
        QCOMPARE(window.compareWindow(), nullptr);
        const QString message = window.statusBar()->currentMessage();
        QVERIFY2(message.contains(QStringLiteral("Cannot compare")) && message.contains(QStringLiteral("forecast")),
                 qPrintable(message));
        QVERIFY(window.controller()->session().data.task == TaskKind::Forecast);
    }
    QCOMPARE(tried, 2); // one more layer; RNN, LSTM and GRU
}

void TestWindowMenus::titleMarksUnsavedWork()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("run.rnnlab"));
    MainWindow window(false);
    window.startSession(lectureExample(), QStringLiteral("hello"));
    window.show();
    QVERIFY(window.windowTitle().contains(QStringLiteral("[*]"))); // Qt shows it as * when modified
    QTRY_VERIFY_WITH_TIMEOUT(window.controller()->snapshot(), 5000);
    QVERIFY(!window.isWindowModified());
    train(window, 3);
    QTRY_VERIFY_WITH_TIMEOUT(window.isWindowModified(), 5000);
    QCOMPARE(window.sessionActions()->saveTo(path), QString());
    QVERIFY(!window.isWindowModified());
    train(window, 1);
    QTRY_VERIFY_WITH_TIMEOUT(window.isWindowModified(), 5000);
    // Opening a file: what it holds is saved work.
    QVERIFY(window.openFile(path, false));
    QTRY_COMPARE_WITH_TIMEOUT(window.controller()->stepsTaken(), std::int64_t(3), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isWindowModified(), 5000);
    // A weight set by hand is unsaved work too.
    window.controller()->editWeight(0, 0, 0.5f);
    QTRY_VERIFY_WITH_TIMEOUT(window.isWindowModified(), 5000);
}

void TestWindowMenus::everyKeyIsListed()
{
    MainWindow window(false);
    window.startSession(lectureExample());
    window.resize(1024, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QList<ShortcutList::Entry> entries = ShortcutList::collect(&window);
    int withKeys = 0;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty())
            continue;
        ++withKeys;
        const QString what = ShortcutList::plainText(action->text());
        const bool listed = std::any_of(entries.begin(), entries.end(), [&](const ShortcutList::Entry &entry) {
            return entry.what == what && entry.keys == action->shortcuts();
        });
        QVERIFY2(listed,
                 qPrintable(QStringLiteral("%1 (%2) is not in the list")
                                .arg(what, action->shortcut().toString(QKeySequence::NativeText))));
    }
    QVERIFY2(withKeys >= 25, qPrintable(QString::number(withKeys)));
    // The keys the issue names are there.
    QStringList keys;
    for (const ShortcutList::Entry &entry : entries)
        for (const QKeySequence &key : entry.keys)
            keys << key.toString(QKeySequence::PortableText);
    for (const char *key : {"Space", "F", "B", "L", "Right", "Left", "PgDown", "PgUp", "F1", "F11", "Ctrl+Shift+S"})
        QVERIFY2(keys.contains(QLatin1String(key)), key);

    // Help ▸ Keyboard Shortcuts shows them.
    QAction *open = nullptr;
    for (QAction *action : window.findChildren<QAction *>())
        if (ShortcutList::plainText(action->text()) == u"Keyboard Shortcuts")
            open = action;
    QVERIFY(open);
    open->trigger();
    auto *help = window.findChild<HelpWindow *>(QStringLiteral("shortcuts"));
    QVERIFY(help && help->isVisible());
    const QString text = help->browser()->toPlainText();
    for (const char *what : {"Save session as…", "rnnlab Handbook", "Back through time", "Apply"})
        QVERIFY2(text.contains(QString::fromUtf8(what)), what);
    help->resize(720, 900);
    QVERIFY(help->grab().save(m_pictures.filePath(QStringLiteral("shortcuts.png"))));
}

void TestWindowMenus::iconsContrastInEveryTheme_data()
{
    QTest::addColumn<QString>("theme");
    QTest::newRow("light") << QStringLiteral("light");
    QTest::newRow("dark") << QStringLiteral("dark");
    QTest::newRow("high contrast") << QStringLiteral("high-contrast");
}

void TestWindowMenus::iconsContrastInEveryTheme()
{
    QFETCH(QString, theme);
    applyTheme(*themeFromName(theme));
    MainWindow window(false);
    window.startSession(lectureExample());
    window.resize(1024, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *toolbar = window.findChild<QToolBar *>(QStringLiteral("trainingToolbar"));
    QVERIFY(toolbar);
    const QColor background = toolbar->palette().color(QPalette::Window);
    for (QToolButton *button : toolbar->findChildren<QToolButton *>()) {
        if (button->icon().isNull() || !button->isVisible())
            continue;
        const double c = contrast(button->icon(), background);
        QVERIFY2(c > 0.35,
                 qPrintable(QStringLiteral("%1: its icon is %2 from the toolbar's lightness")
                                .arg(ShortcutList::plainText(button->text()))
                                .arg(c)));
    }
    QVERIFY(toolbar->grab().save(m_pictures.filePath(QStringLiteral("toolbar-%1.png").arg(theme))));
    applyTheme(Theme::Light);
}

void TestWindowMenus::toolbarFits_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("presentation");
    for (const QSize size : {QSize(1024, 768), QSize(1280, 800), QSize(1920, 1080)}) {
        const QString name = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
        QTest::newRow(qPrintable(name)) << size << false;
        QTest::newRow(qPrintable(name + QStringLiteral(", presentation"))) << size << true;
    }
}

void TestWindowMenus::toolbarFits()
{
    QFETCH(QSize, size);
    QFETCH(bool, presentation);
    MainWindow window(false);
    window.startSession(lectureExample());
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    if (presentation)
        window.setPresentationMode(true);
    auto *toolbar = window.findChild<QToolBar *>(QStringLiteral("trainingToolbar"));
    QVERIFY(toolbar);
    auto *extension = toolbar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
    QVERIFY(extension);
    // Paused ("Play"), then playing ("Pause", the longer of the two), at a long run's step count.
    QLabel *step = nullptr;
    const auto findStep = [&] {
        for (QLabel *label : toolbar->findChildren<QLabel *>())
            if (label->text().startsWith(QStringLiteral("Step ")))
                step = label;
        return step != nullptr;
    };
    QTRY_VERIFY(findStep());
    for (const bool playing : {false, true}) {
        if (playing) {
            window.setSpeed(1);
            window.controller()->play();
            QTRY_VERIFY(window.controller()->snapshot() && window.controller()->snapshot()->playing);
        }
        step->setText(QStringLiteral("Step 1200 of 5000"));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QApplication::processEvents();
        QVERIFY2(!extension->isVisible(),
                 qPrintable(QStringLiteral("the toolbar overflows: %1 px wide, needs %2")
                                .arg(toolbar->width())
                                .arg(toolbar->sizeHint().width())));
        for (QAction *a : toolbar->actions()) {
            QWidget *w = toolbar->widgetForAction(a);
            QVERIFY2(a->isSeparator() || (w && w->isVisible()), qPrintable(ShortcutList::plainText(a->text())));
        }
    }
    window.controller()->pause();
}

void TestWindowMenus::reduceMotionIsRemembered()
{
    QCoreApplication::setOrganizationName(QStringLiteral("rnnlab-tests")); // ~/.qttest (test mode)
    const auto restore = qScopeGuard([] {
        QSettings().remove(QStringLiteral("view/reduceMotion"));
        QCoreApplication::setOrganizationName(QString());
        setReducedMotion(false);
    });
    QSettings().remove(QStringLiteral("view/reduceMotion"));
    // Never chosen: the platform's preference (none offscreen).
    QCOMPARE(savedReducedMotion(), platformReducesMotion());
    QVERIFY(!platformReducesMotion());
    setReducedMotion(savedReducedMotion());

    MainWindow window; // interactive: View's choices are remembered
    window.startSession(lectureExample());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *action = window.findChild<QAction *>(QStringLiteral("reduceMotion"));
    QVERIFY(action && action->isCheckable());
    QVERIFY(!action->isChecked());
    QVERIFY(window.isAnimated());

    action->trigger();
    QVERIFY(action->isChecked());
    QVERIFY(reducedMotion());
    QVERIFY(savedReducedMotion());
    QVERIFY(!window.isAnimated()); // the docks no longer slide
    QVERIFY(!QApplication::isEffectEnabled(Qt::UI_AnimateMenu));
    window.graphView()->setFolded(true); // F
    QVERIFY(window.graphView()->isFolded());
    QVERIFY(!window.graphView()->isAnimating());

    action->trigger();
    QVERIFY(!action->isChecked());
    QVERIFY(!reducedMotion());
    QCOMPARE(QSettings().value(QStringLiteral("view/reduceMotion")), QVariant(false)); // chosen, not the default
    QVERIFY(window.isAnimated());
    window.graphView()->setFolded(false);
    QVERIFY(window.graphView()->isAnimating());
    window.setWindowModified(false); // closing asks nothing
}

QTEST_MAIN(TestWindowMenus)
#include "tst_windowmenus.moc"
