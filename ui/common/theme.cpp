// SPDX-License-Identifier: MIT
#include "ui/common/theme.h"

#include "ui/common/themestyle.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace rnnlab {

namespace {

struct Desktop
{
    bool saved = false;
    QString style;
    QPalette palette;
};

Desktop &desktop()
{
    static Desktop d;
    return d;
}

Theme g_current = Theme::System;

void set(QPalette &p, QPalette::ColorRole role, const QColor &active, const QColor &disabled)
{
    p.setColor(QPalette::Active, role, active);
    p.setColor(QPalette::Inactive, role, active);
    p.setColor(QPalette::Disabled, role, disabled);
}

QPalette lightPalette()
{
    QPalette p;
    const QColor grey(0x6E, 0x6E, 0x6E);
    set(p, QPalette::Window, QColor(0xEF, 0xEF, 0xEF), QColor(0xEF, 0xEF, 0xEF));
    set(p, QPalette::WindowText, QColor(0x1A, 0x1A, 0x1A), grey);
    set(p, QPalette::Base, Qt::white, QColor(0xF4, 0xF4, 0xF4));
    set(p, QPalette::AlternateBase, QColor(0xF3, 0xF3, 0xF3), QColor(0xF3, 0xF3, 0xF3));
    set(p, QPalette::Text, QColor(0x1A, 0x1A, 0x1A), grey);
    set(p, QPalette::PlaceholderText, QColor(0x60, 0x60, 0x60), grey);
    set(p, QPalette::Button, QColor(0xE6, 0xE6, 0xE6), QColor(0xE6, 0xE6, 0xE6));
    set(p, QPalette::ButtonText, QColor(0x1A, 0x1A, 0x1A), grey);
    set(p, QPalette::Highlight, QColor(0x1F, 0x6F, 0xC5), QColor(0xA0, 0xA0, 0xA0));
    set(p, QPalette::HighlightedText, Qt::white, Qt::white);
    set(p, QPalette::ToolTipBase, QColor(0xFF, 0xFF, 0xE1), QColor(0xFF, 0xFF, 0xE1));
    set(p, QPalette::ToolTipText, Qt::black, Qt::black);
    set(p, QPalette::Link, QColor(0x1F, 0x6F, 0xC5), grey);
    set(p, QPalette::Mid, QColor(0xA8, 0xA8, 0xA8), QColor(0xC8, 0xC8, 0xC8));
    set(p, QPalette::Light, Qt::white, Qt::white);
    set(p, QPalette::Midlight, QColor(0xF6, 0xF6, 0xF6), QColor(0xF6, 0xF6, 0xF6));
    set(p, QPalette::Dark, QColor(0x9F, 0x9F, 0x9F), QColor(0xBE, 0xBE, 0xBE));
    set(p, QPalette::Shadow, QColor(0x76, 0x76, 0x76), QColor(0xB1, 0xB1, 0xB1));
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor grey(0x80, 0x80, 0x80);
    set(p, QPalette::Window, QColor(0x2B, 0x2B, 0x2E), QColor(0x2B, 0x2B, 0x2E));
    set(p, QPalette::WindowText, QColor(0xE8, 0xE8, 0xE8), grey);
    set(p, QPalette::Base, QColor(0x1E, 0x1E, 0x20), QColor(0x26, 0x26, 0x28));
    set(p, QPalette::AlternateBase, QColor(0x33, 0x33, 0x37), QColor(0x33, 0x33, 0x37));
    set(p, QPalette::Text, QColor(0xE8, 0xE8, 0xE8), grey);
    set(p, QPalette::PlaceholderText, QColor(0xA8, 0xA8, 0xA8), grey);
    set(p, QPalette::Button, QColor(0x3A, 0x3A, 0x3E), QColor(0x33, 0x33, 0x36));
    set(p, QPalette::ButtonText, QColor(0xE8, 0xE8, 0xE8), grey);
    set(p, QPalette::Highlight, QColor(0x4A, 0x9E, 0xF0), QColor(0x50, 0x50, 0x50));
    set(p, QPalette::HighlightedText, QColor(0x10, 0x10, 0x10), QColor(0xC0, 0xC0, 0xC0));
    set(p, QPalette::ToolTipBase, QColor(0x3A, 0x3A, 0x3E), QColor(0x3A, 0x3A, 0x3E));
    set(p, QPalette::ToolTipText, QColor(0xE8, 0xE8, 0xE8), QColor(0xE8, 0xE8, 0xE8));
    set(p, QPalette::Link, QColor(0x6A, 0xB4, 0xFF), grey);
    set(p, QPalette::BrightText, QColor(0xFF, 0x80, 0x80), QColor(0xFF, 0x80, 0x80));
    set(p, QPalette::Mid, QColor(0x60, 0x60, 0x66), QColor(0x48, 0x48, 0x4C));
    set(p, QPalette::Light, QColor(0x50, 0x50, 0x55), QColor(0x40, 0x40, 0x44));
    set(p, QPalette::Midlight, QColor(0x44, 0x44, 0x48), QColor(0x3A, 0x3A, 0x3E));
    set(p, QPalette::Dark, QColor(0x18, 0x18, 0x1A), QColor(0x18, 0x18, 0x1A));
    set(p, QPalette::Shadow, QColor(0x0A, 0x0A, 0x0A), QColor(0x0A, 0x0A, 0x0A));
    return p;
}

QPalette highContrastPalette()
{
    // White text on black, yellow for what is selected or current: the combination projectors and
    // low vision read best. Frames are white, not grey: a thin grey line vanishes on a projector.
    QPalette p;
    const QColor dim(0xB0, 0xB0, 0xB0);
    set(p, QPalette::Window, Qt::black, Qt::black);
    set(p, QPalette::WindowText, Qt::white, dim);
    set(p, QPalette::Base, Qt::black, Qt::black);
    set(p, QPalette::AlternateBase, QColor(0x20, 0x20, 0x20), QColor(0x20, 0x20, 0x20));
    set(p, QPalette::Text, Qt::white, dim);
    set(p, QPalette::PlaceholderText, QColor(0xE0, 0xE0, 0xE0), dim);
    set(p, QPalette::Button, Qt::black, Qt::black);
    set(p, QPalette::ButtonText, Qt::white, dim);
    set(p, QPalette::Highlight, QColor(0xFF, 0xE0, 0x00), dim);
    set(p, QPalette::HighlightedText, Qt::black, Qt::black);
    set(p, QPalette::ToolTipBase, Qt::black, Qt::black);
    set(p, QPalette::ToolTipText, Qt::white, Qt::white);
    set(p, QPalette::Link, QColor(0x7F, 0xDB, 0xFF), dim);
    set(p, QPalette::BrightText, QColor(0xFF, 0xE0, 0x00), QColor(0xFF, 0xE0, 0x00));
    set(p, QPalette::Mid, Qt::white, dim);
    set(p, QPalette::Light, Qt::white, dim);
    set(p, QPalette::Midlight, QColor(0xE0, 0xE0, 0xE0), dim);
    set(p, QPalette::Dark, Qt::white, dim);
    set(p, QPalette::Shadow, Qt::white, dim);
    return p;
}

} // namespace

QString themeName(Theme theme)
{
    switch (theme) {
    case Theme::System: return QStringLiteral("system");
    case Theme::Light: return QStringLiteral("light");
    case Theme::Dark: return QStringLiteral("dark");
    case Theme::HighContrast: return QStringLiteral("high-contrast");
    }
    return {};
}

std::optional<Theme> themeFromName(const QString &name)
{
    for (Theme t : {Theme::System, Theme::Light, Theme::Dark, Theme::HighContrast}) {
        if (themeName(t) == name)
            return t;
    }
    return std::nullopt;
}

QStringList themeNames()
{
    return {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark"), QStringLiteral("high-contrast")};
}

QString themeTitle(Theme theme)
{
    switch (theme) {
    case Theme::System: return QObject::tr("Like the des&ktop");
    case Theme::Light: return QObject::tr("&Light");
    case Theme::Dark: return QObject::tr("&Dark");
    case Theme::HighContrast: return QObject::tr("&High contrast");
    }
    return {};
}

QPalette themePalette(Theme theme, const QPalette &desktopPalette)
{
    switch (theme) {
    case Theme::System: return desktopPalette;
    case Theme::Light: return lightPalette();
    case Theme::Dark: return darkPalette();
    case Theme::HighContrast: return highContrastPalette();
    }
    return desktopPalette;
}

void applyTheme(Theme theme)
{
    Desktop &d = desktop();
    if (!d.saved) {
        d.saved = true;
        d.style = QApplication::style() ? QApplication::style()->name() : QString();
        d.palette = QApplication::palette();
    }
    g_current = theme;
    if (theme == Theme::System) {
        if (!d.style.isEmpty() && QApplication::style()->name() != d.style)
            QApplication::setStyle(QStyleFactory::create(d.style));
        QApplication::setPalette(d.palette);
        return;
    }
    // Fusion draws with the palette alone (native styles may ignore it); ThemeStyle gives it the
    // frames it cannot derive from a dark window colour (check boxes, the slider's groove).
    if (!qobject_cast<ThemeStyle *>(QApplication::style()))
        QApplication::setStyle(new ThemeStyle);
    QApplication::setPalette(themePalette(theme, d.palette));
}

Theme currentTheme()
{
    return g_current;
}

} // namespace rnnlab
