// SPDX-License-Identifier: MIT
// Language: the code a --language value stands for, the choice between --language, View ▸
// Language and the system's languages, the six translations embedded and carrying translated
// words, English's plurals ("1 step", "3 steps"), Qt's own translation found, the reader's numbers
// (and the C locale's where files are written); rnnlab-cli's --language, as a user types it, and
// its words in each language.
#include "app/language/language.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTranslator>
#include <QtTest>

using namespace rnnlab;

class TestLanguage : public QObject
{
    Q_OBJECT

private slots:
    void cleanup()
    {
        Language::install(Language::source(), false);
        QLocale::setDefault(QLocale::c());
    }

    void codes()
    {
        QCOMPARE(Language::codes(),
                 (QStringList{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr"),
                              QStringLiteral("ja"), QStringLiteral("ko"), QStringLiteral("zh_CN")}));
        QCOMPARE(Language::translated(), Language::codes().mid(1));
        QCOMPARE(Language::nativeName(QStringLiteral("ko")), QStringLiteral("한국어"));
        QCOMPARE(Language::nativeName(QStringLiteral("zh_CN")), QStringLiteral("简体中文"));
    }

    void code_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::newRow("ko") << QStringLiteral("ko") << QStringLiteral("ko");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("zh-CN, any case") << QStringLiteral("ZH-cn") << QStringLiteral("zh_CN");
        QTest::newRow("zh-Hans-CN (a ui language)") << QStringLiteral("zh-Hans-CN") << QStringLiteral("zh_CN");
        QTest::newRow("de_DE: the region does not matter") << QStringLiteral("de_DE") << QStringLiteral("de");
        QTest::newRow("en-GB") << QStringLiteral("en-GB") << QStringLiteral("en");
        QTest::newRow("zh_TW: traditional, not spoken") << QStringLiteral("zh_TW") << QString();
        QTest::newRow("zh alone: which script?") << QStringLiteral("zh") << QString();
        QTest::newRow("pt: no translation") << QStringLiteral("pt") << QString();
        QTest::newRow("C") << QStringLiteral("C") << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void code()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QCOMPARE(Language::code(name), expected);
    }

    void choose_data()
    {
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QString>("saved");
        QTest::addColumn<QStringList>("system");
        QTest::addColumn<QString>("expected");
        const QStringList german{QStringLiteral("de-DE"), QStringLiteral("en-US")};
        QTest::newRow("--language wins") << QStringLiteral("ko") << QStringLiteral("fr") << german
                                         << QStringLiteral("ko");
        QTest::newRow("then View > Language") << QString() << QStringLiteral("fr") << german << QStringLiteral("fr");
        QTest::newRow("then the system's") << QString() << QString() << german << QStringLiteral("de");
        QTest::newRow("a saved code rnnlab no longer speaks: the system's")
            << QString() << QStringLiteral("xx") << german << QStringLiteral("de");
        QTest::newRow("the first system language rnnlab speaks")
            << QString() << QString()
            << QStringList{QStringLiteral("pt-BR"), QStringLiteral("zh-Hant-TW"), QStringLiteral("ja-JP")}
            << QStringLiteral("ja");
        QTest::newRow("none spoken: English")
            << QString() << QString() << QStringList{QStringLiteral("pt-BR")} << QStringLiteral("en");
        QTest::newRow("the C locale: English")
            << QString() << QString() << QStringList{QStringLiteral("C")} << QStringLiteral("en");
    }
    void choose()
    {
        QFETCH(QString, requested);
        QFETCH(QString, saved);
        QFETCH(QStringList, system);
        QFETCH(QString, expected);
        QCOMPARE(Language::choose(requested, saved, system), expected);
    }

    void unknownMessageNamesTheCodes()
    {
        QCOMPARE(
            Language::unknownMessage(QStringLiteral("xx")),
            QStringLiteral(
                "--language: \"xx\" is not a language rnnlab speaks; the languages are en, de, es, fr, ja, ko, zh_CN"));
    }

    // Each compiled translation is in the binary and translates the menu bar: the .ts files were
    // compiled by lrelease and embedded, and the loader finds them.
    void translationsEmbedded_data()
    {
        QTest::addColumn<QString>("code");
        for (const QString &code : Language::translated())
            QTest::newRow(qPrintable(code)) << code;
    }
    void translationsEmbedded()
    {
        QFETCH(QString, code);
        QVERIFY(Language::isEmbedded(code));
        QVERIFY(Language::install(code, false));
        QCOMPARE(Language::current(), code);
        QVERIFY(QCoreApplication::translate("rnnlab::WindowMenus", "&File") != QStringLiteral("&File"));
        // Each menu title has its translation in the .qm (an empty string means none; German's
        // "&Training" is the same word, so comparing with the source would not tell).
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/rnnlab_%1.qm").arg(code)));
        for (const char *title : {"&File", "&Training", "&Edit", "&View", "&Help", "&Language"})
            QVERIFY2(!translator.translate("rnnlab::WindowMenus", title).isEmpty(),
                     qPrintable(QStringLiteral("%1: %2 is not translated").arg(code, QLatin1String(title))));
        QVERIFY(translator.translate("rnnlab::WindowMenus", "no such title").isEmpty());
        // Qt's own words (Debian's qt6-translations-l10n, which scripts/setup installs).
        const QString qtFile =
            QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_%1.qm").arg(code);
        QVERIFY2(QFile::exists(qtFile),
                 qPrintable(qtFile + QStringLiteral(" is missing: install qt6-translations-l10n")));
        QVERIFY(QCoreApplication::translate("QPlatformTheme", "Cancel") != QLatin1String("Cancel"));
    }

    void unknownIsNotEmbedded()
    {
        QVERIFY(Language::isEmbedded(QStringLiteral("en")));
        QVERIFY(!Language::isEmbedded(QStringLiteral("xx")));
        QVERIFY(!Language::install(QStringLiteral("xx"), false));
        QCOMPARE(Language::current(), QStringLiteral("en"));
    }

    void englishRemovesTheTranslators()
    {
        QVERIFY(Language::install(QStringLiteral("de"), false));
        QVERIFY(Language::install(QStringLiteral("en"), false));
        QCOMPARE(QCoreApplication::translate("rnnlab::WindowMenus", "&File"), QStringLiteral("&File"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
    }

    // English's plurals: the code writes "%n step(s)" once; rnnlab_en.ts (numerus messages only)
    // gives English its two forms, installed with English like any other language's translation.
    void englishPlurals_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        const QString reset = QStringLiteral("%1 starts over from the seed's initial weights. The model trained for "
                                             "%n step(s) will be discarded (File ▸ Save session as… keeps it).");
        const QString context = QStringLiteral("rnnlab::MainWindow");
        QTest::newRow("1 step") << context << reset << 1
                                << QStringLiteral("%1 starts over from the seed's initial weights. The model trained "
                                                  "for 1 step will be discarded (File ▸ Save session as… keeps it).");
        QTest::newRow("3 steps") << context << reset << 3
                                 << QStringLiteral("%1 starts over from the seed's initial weights. The model trained "
                                                   "for 3 steps will be discarded (File ▸ Save session as… keeps it).");
        // The CLI's too (its own context), the one-word form.
        QTest::newRow("1 layer") << QStringLiteral("rnnlab::cli::Common") << QStringLiteral("%n layers") << 1
                                 << QStringLiteral("1 layer");
        QTest::newRow("3 layers") << QStringLiteral("rnnlab::cli::Common") << QStringLiteral("%n layers") << 3
                                  << QStringLiteral("3 layers");
    }
    void englishPlurals()
    {
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(int, n);
        QFETCH(QString, expected);
        QVERIFY(Language::isEmbedded(QStringLiteral("en")));
        QVERIFY(Language::install(QStringLiteral("en"), false));
        QCOMPARE(Language::current(), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate(qPrintable(context), qPrintable(source), nullptr, n), expected);
        // Only the plurals: every other message stays the code's own.
        QCOMPARE(QCoreApplication::translate("rnnlab::WindowMenus", "&File"), QStringLiteral("&File"));
        QTranslator english;
        QVERIFY(english.load(QStringLiteral(":/i18n/rnnlab_en.qm")));
        QVERIFY(english.translate("rnnlab::WindowMenus", "&File").isEmpty());
    }

    // Numbers on screen in the reader's way; QString::number (what the files use) stays C.
    void numbers()
    {
        QVERIFY(Language::install(QStringLiteral("de"), true));
        QCOMPARE(QLocale().toString(0.25), QStringLiteral("0,25"));
        QCOMPARE(QString::number(0.25), QStringLiteral("0.25"));
        QVERIFY(Language::install(QStringLiteral("fr"), false)); // the CLI's: the locale is left as it was
        QCOMPARE(QLocale().toString(0.25), QStringLiteral("0,25"));
        QVERIFY(Language::install(QStringLiteral("ja"), true));
        QCOMPARE(QLocale().toString(0.25), QStringLiteral("0.25"));
    }

    void cli_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrText");
        QTest::addColumn<QString>("stdoutText");
        const QString unknown = QStringLiteral(
            "rnnlab-cli: --language: \"xx\" is not a language rnnlab speaks; the languages are en, de, es, fr, ja, ko, zh_CN\n");
        QTest::newRow("unknown, before the command")
            << QStringList{QStringLiteral("--language"), QStringLiteral("xx"), QStringLiteral("check"),
                           QStringLiteral("/nonexistent.json")}
            << 2 << unknown << QString();
        QTest::newRow("unknown, after the command, with =")
            << QStringList{QStringLiteral("check"), QStringLiteral("/nonexistent.json"),
                           QStringLiteral("--language=xx")}
            << 2 << unknown << QString();
        QTest::newRow("no value") << QStringList{QStringLiteral("--version"), QStringLiteral("--language")} << 2
                                  << QStringLiteral(
                                         "rnnlab-cli: --language needs a value: en, de, es, fr, ja, ko, zh_CN\n")
                                  << QString();
        QTest::newRow("ko, then the command")
            << QStringList{QStringLiteral("--language"), QStringLiteral("ko"), QStringLiteral("--version")} << 0
            << QString() << QStringLiteral("rnnlab-cli ");
        QTest::newRow("zh-CN after the command")
            << QStringList{QStringLiteral("--help"), QStringLiteral("--language=zh-CN")} << 0 << QString()
            << QStringLiteral("用法：rnnlab-cli"); // the help in Simplified Chinese: zh-CN is zh_CN
    }
    void cli()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, stderrText);
        QFETCH(QString, stdoutText);
        QProcess cli;
        cli.start(QStringLiteral(RNNLAB_CLI), arguments);
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QCOMPARE(cli.exitCode(), exitCode);
        QCOMPARE(QString::fromUtf8(cli.readAllStandardError()), stderrText);
        QVERIFY(QString::fromUtf8(cli.readAllStandardOutput()).startsWith(stdoutText));
    }

    // rnnlab-cli in each language: the translators are in place before a word is printed. Qt's
    // own words in a command's --help (QCommandLineParser's "Usage: %1" and "Options:", from
    // qtbase_<code>.qm) are translated today, so they check the mechanism; the
    // help must still name the command ("rnnlab-cli train") whatever "Usage: %1" becomes, and no
    // placeholder may be left. rnnlab-cli's own messages (contexts rnnlab::cli::*) reach the .ts
    // files with the next lupdate: until a translator translates them the English shows, and the
    // check that the reader's language replaces it is an expected failure (XFAIL, said in the
    // output); once rnnlab_<code>.qm holds the message it must be what the CLI prints.
    void cliSpeaksTheLanguage_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("fromSystem"); // LANGUAGE=<code> instead of --language <code>
        for (const QString &code : Language::translated()) {
            QTest::newRow(qPrintable(code)) << code << false;
            QTest::newRow(qPrintable(code + QStringLiteral(", the system's"))) << code << true;
        }
    }
    void cliSpeaksTheLanguage()
    {
        QFETCH(QString, code);
        QFETCH(bool, fromSystem);
        const auto run = [](const QStringList &arguments, const QString &language) {
            QProcess cli;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("LANGUAGE"), language);
            environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
            cli.setProcessEnvironment(environment);
            cli.start(QStringLiteral(RNNLAB_CLI), arguments);
            const bool finished = cli.waitForFinished(30000);
            return std::pair{finished && cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1,
                             QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError())};
        };
        const QStringList asked = fromSystem ? QStringList() : QStringList{QStringLiteral("--language"), code};
        const QString system = fromSystem ? code : QStringLiteral("en");
        const QRegularExpression placeholder(QStringLiteral("%[0-9n]"));

        const auto [englishStatus, english] =
            run({QStringLiteral("train"), QStringLiteral("--help")}, QStringLiteral("en"));
        const auto [status, help] = run(QStringList{QStringLiteral("train"), QStringLiteral("--help")} + asked, system);
        QCOMPARE(englishStatus, 0);
        QCOMPARE(status, 0);
        QVERIFY(english.startsWith(QStringLiteral("Usage: rnnlab-cli train [options] ")));
        QTranslator qt;
        QVERIFY(qt.load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
        const QString usage = qt.translate("QCommandLineParser", "Usage: %1");
        // "Options:" and "Usage: %1" are in each of the six qtbase_*.qm (-h's description is not in all).
        const QString options = qt.translate("QCommandLineParser", "Options:");
        QVERIFY(!usage.isEmpty() && !options.isEmpty());
        QVERIFY2(help.startsWith(usage.arg(QStringLiteral("rnnlab-cli train")) + u' '), qPrintable(help.left(200)));
        QVERIFY2(help.contains(u'\n' + options + u'\n'), qPrintable(help));
        QVERIFY(help != english);
        QVERIFY2(!help.contains(placeholder), qPrintable(help));

        // The usage text and a refusal, rnnlab-cli's own words.
        const auto [usageStatus, usageText] = run(QStringList{QStringLiteral("--help")} + asked, system);
        QCOMPARE(usageStatus, 0);
        QVERIFY2(!usageText.contains(placeholder), qPrintable(usageText));
        const auto [refusalStatus, refusal] = run(QStringList{QStringLiteral("check")} + asked, system);
        QCOMPARE(refusalStatus, 2);
        QVERIFY2(!refusal.contains(placeholder), qPrintable(refusal));
        QTranslator ours;
        QVERIFY(ours.load(QStringLiteral(":/i18n/rnnlab_%1.qm").arg(code)));
        struct Probe
        {
            QString printed;
            const char *context;
            const char *source;
        };
        const Probe probes[] = {
            {help, "rnnlab::cli::Train", "Print only the last step."},
            {usageText, "rnnlab::cli::Main", "Commands:"},
            {refusal, "rnnlab::cli::Common", "give a session file (SESSION.json) or a text (--text hello); see --help"},
        };
        for (const Probe &probe : probes) {
            const QString source = QString::fromUtf8(probe.source);
            const QString translation = ours.translate(probe.context, probe.source);
            if (translation.isEmpty()) {
                QVERIFY2(probe.printed.contains(source), qPrintable(probe.printed)); // English until translated
                QEXPECT_FAIL("",
                             qPrintable(QStringLiteral("not translated yet: %1 \"%2\" is not in rnnlab_%3.qm (lupdate, "
                                                       "then the translators)")
                                            .arg(QLatin1String(probe.context), source, code)),
                             Continue);
            }
            QVERIFY2(
                !translation.isEmpty() && probe.printed.contains(translation) && !probe.printed.contains(source),
                qPrintable(QStringLiteral("%1 \"%2\": %3").arg(QLatin1String(probe.context), source, probe.printed)));
        }
    }
};

QTEST_GUILESS_MAIN(TestLanguage)
#include "tst_language.moc"
