// SPDX-License-Identifier: MIT
#include "app/language/language.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <array>

namespace rnnlab {

namespace {

struct Known
{
    const char16_t *code;
    const char16_t *nativeName;
};

// en first, then the translations in the .ts files' order (app/language/CMakeLists.txt).
const std::array<Known, 7> known = {{
    {u"en", u"English"},
    {u"de", u"Deutsch"},
    {u"es", u"Español"},
    {u"fr", u"Français"},
    {u"ja", u"日本語"},
    {u"ko", u"한국어"},
    {u"zh_CN", u"简体中文"},
}};

const QString settingsKey = QStringLiteral("view/language");

QSettings windowSettings()
{
    return QSettings(QStringLiteral("rnnlab"), QStringLiteral("rnnlab"));
}

QString g_current = QStringLiteral("en");
// Owned by the application (parent), replaced by the next install().
QTranslator *g_appTranslator = nullptr;
QTranslator *g_qtTranslator = nullptr;

void removeTranslators()
{
    for (QTranslator **translator : {&g_appTranslator, &g_qtTranslator}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
}

QString qmPath(const QString &code)
{
    return QStringLiteral(":/i18n/rnnlab_%1.qm").arg(code);
}

} // namespace

QStringList Language::codes()
{
    QStringList list;
    for (const Known &language : known)
        list << QString::fromUtf16(language.code);
    return list;
}

QStringList Language::translated()
{
    return codes().mid(1);
}

QString Language::code(const QString &name)
{
    // "zh-CN", "zh_cn", "de_DE" and "de-AT" name languages rnnlab speaks; the region counts only for Chinese.
    QString normal = name.trimmed();
    normal.replace(u'-', u'_');
    const QString lower = normal.toLower();
    if (lower == u"zh_cn" || lower == u"zh_hans" || lower == u"zh_hans_cn" || lower == u"zh_sg")
        return QStringLiteral("zh_CN");
    const QString languageOnly = lower.section(u'_', 0, 0);
    if (languageOnly == u"zh")
        return {}; // zh alone, zh_TW, zh_Hant: not Simplified Chinese
    for (const Known &language : known) {
        if (languageOnly == QString::fromUtf16(language.code))
            return languageOnly;
    }
    return {};
}

QString Language::unknownMessage(const QString &name)
{
    return tr("--language: \"%1\" is not a language rnnlab speaks; the languages are %2")
        .arg(name, codes().join(QStringLiteral(", ")));
}

QString Language::nativeName(const QString &code)
{
    for (const Known &language : known) {
        if (code == QString::fromUtf16(language.code))
            return QString::fromUtf16(language.nativeName);
    }
    return code;
}

QString Language::fromUiLanguages(const QStringList &uiLanguages)
{
    for (const QString &name : uiLanguages) {
        if (const QString found = code(name); !found.isEmpty())
            return found;
    }
    return source();
}

QString Language::choose(const QString &requested, const QString &saved, const QStringList &uiLanguages)
{
    if (!requested.isEmpty())
        return requested;
    if (const QString savedCode = code(saved); !savedCode.isEmpty())
        return savedCode;
    return fromUiLanguages(uiLanguages);
}

QString Language::saved()
{
    return windowSettings().value(settingsKey).toString();
}

void Language::save(const QString &code)
{
    QSettings settings = windowSettings();
    if (code.isEmpty())
        settings.remove(settingsKey);
    else
        settings.setValue(settingsKey, code);
}

bool Language::isEmbedded(const QString &code)
{
    return QFile::exists(qmPath(code));
}

bool Language::install(const QString &code, bool numbers)
{
    removeTranslators();
    g_current = source();
    if (numbers)
        QLocale::setDefault(QLocale(code));
    auto *app = new QTranslator(QCoreApplication::instance());
    if (!app->load(qmPath(code))) {
        delete app;
        return false;
    }
    QCoreApplication::installTranslator(app);
    g_appTranslator = app;
    // English's translation holds its plurals only ("%n step(s)" → "1 step", "3 steps"); Qt's own
    // strings are written in English.
    if (code == source())
        return true;
    // Qt's own strings (the file dialog's buttons, About Qt, QKeySequence's key names).
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        g_qtTranslator = qt;
    } else {
        delete qt;
    }
    g_current = code;
    return true;
}

QString Language::current()
{
    return g_current;
}

} // namespace rnnlab
