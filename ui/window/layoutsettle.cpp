// SPDX-License-Identifier: MIT
#include "ui/window/layoutsettle.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QEventLoop>
#include <QIODevice>
#include <QWidget>

namespace rnnlab {

namespace {

//! Every widget's place and whether it is shown, as bytes to compare.
QByteArray geometries(QWidget *window)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << window->geometry() << window->minimumSizeHint();
    for (const QWidget *w : window->findChildren<QWidget *>())
        out << w->geometry() << w->isVisible();
    return bytes;
}

} // namespace

bool LayoutSettle::wait(QWidget *window, int maxRounds)
{
    // Qt lays out in posted events: a layout that changes posts a LayoutRequest to its widget, the
    // parent's layout answers with new geometries, which may post more. One round delivers what is
    // posted; the layout is done when a round (two, for a chain that posts from a zero timer)
    // moves nothing. A time-based wait grabbed half-laid-out windows under load.
    QByteArray last = geometries(window);
    int stable = 0;
    for (int round = 0; round < maxRounds; ++round) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        QByteArray now = geometries(window);
        stable = now == last ? stable + 1 : 0;
        if (stable >= 2)
            return true;
        last = std::move(now);
    }
    return false;
}

} // namespace rnnlab
