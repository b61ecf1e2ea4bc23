// SPDX-License-Identifier: MIT
// Which language rnnlab speaks, and putting it in place: the app's translation (translations/
// rnnlab_<code>.ts, compiled and embedded under :/i18n/) and Qt's own (qtbase_<code>.qm from
// Debian's qt6-translations-l10n, in QLibraryInfo::TranslationsPath), installed on the
// application, and the locale numbers are written in where a person reads them. The choice:
// --language CODE, else View ▸ Language (QSettings view/language), else the system's languages.
// Not the strings themselves (tr() where they are written) and not files: sessions, traces and
// exported scripts always write numbers in the C locale, whatever the language.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace rnnlab {

class Language
{
    Q_DECLARE_TR_FUNCTIONS(rnnlab::Language)

public:
    //! English, the language the code is written in (its translation, rnnlab_en.ts, holds only the
    //! plural forms of the "%n …(s)" messages).
    static QString source() { return QStringLiteral("en"); }
    //! The languages with a translation: de, es, fr, ja, ko, zh_CN (the .ts files' suffixes).
    static QStringList translated();
    //! Every code --language takes: en, then translated().
    static QStringList codes();
    //! The code that \a name stands for, as typed ("ko", "zh-CN", "ZH_cn", "de_DE"), or an empty
    //! string when rnnlab does not speak it.
    static QString code(const QString &name);
    //! The refusal of --language \a name: names the codes rnnlab speaks (translated: the program
    //! installs the language it would otherwise speak before refusing).
    static QString unknownMessage(const QString &name);
    //! \a code's name in its own language ("Deutsch", "한국어"), as View ▸ Language lists it.
    static QString nativeName(const QString &code);

    //! The first of \a uiLanguages (QLocale::uiLanguages(): "de-DE", "zh-Hans-CN", …) that rnnlab
    //! speaks; en when there is none. Traditional Chinese (zh-TW, zh-Hant) is not zh_CN.
    static QString fromUiLanguages(const QStringList &uiLanguages);
    //! The language to speak: \a requested (a --language value, already checked) when it is given,
    //! else \a saved (View ▸ Language's code) when it is one, else the first of \a uiLanguages rnnlab speaks.
    static QString choose(const QString &requested, const QString &saved, const QStringList &uiLanguages);

    //! View ▸ Language's choice (a code), or an empty string for the system's languages. Read from
    //! the window's settings (organisation and application "rnnlab"), so rnnlab-cli follows it too.
    static QString saved();
    //! Remembers \a code (empty: the system's languages) for the next start.
    static void save(const QString &code);

    //! Whether rnnlab's compiled translation for \a code is embedded (en's too: its plurals).
    static bool isEmbedded(const QString &code);
    //! Installs \a code's translators on the application (replacing those installed before) and,
    //! when \a numbers, makes \a code's locale the default QLocale (so QLocale() formats numbers the
    //! reader's way; QString::number and the files stay C). Returns false when rnnlab's own
    //! translation does not load; a missing Qt translation (qt6-translations-l10n not installed)
    //! leaves Qt's dialogs in English and is not a failure.
    static bool install(const QString &code, bool numbers);
    //! The code install() put in place last (en before any).
    static QString current();
};

} // namespace rnnlab
