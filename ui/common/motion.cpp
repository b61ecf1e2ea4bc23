// SPDX-License-Identifier: MIT
#include "ui/common/motion.h"

#include <QApplication>
#include <QGuiApplication>
#include <QMainWindow>
#include <QSettings>

namespace rnnlab {

namespace {

bool g_reduced = false;
constexpr char settingsKey[] = "view/reduceMotion";

//! QApplication::isEffectEnabled(Qt::UI_General) as the platform set it, before we change it.
bool platformEffects()
{
    static const bool effects = QApplication::isEffectEnabled(Qt::UI_General);
    return effects;
}

} // namespace

bool platformReducesMotion()
{
    // Only Windows fills the hint from a reader's setting (see the header).
    return QGuiApplication::platformName() == u"windows" && !platformEffects();
}

void setReducedMotion(bool reduced)
{
    const bool platform = platformEffects(); // remembered before the first change
    g_reduced = reduced;
    // UI_General gates every other effect (menus, combo boxes, tooltips, tool boxes).
    QApplication::setEffectEnabled(Qt::UI_General, reduced ? false : platform);
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (auto *window = qobject_cast<QMainWindow *>(widget))
            window->setAnimated(!reduced);
}

bool reducedMotion()
{
    return g_reduced;
}

bool savedReducedMotion()
{
    return QSettings().value(QLatin1String(settingsKey), platformReducesMotion()).toBool();
}

void saveReducedMotion(bool reduced)
{
    QSettings().setValue(QLatin1String(settingsKey), reduced);
}

} // namespace rnnlab
