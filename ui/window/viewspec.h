// SPDX-License-Identifier: MIT
// The main window's views of a snapshot, listed once: each with its id (showTab()'s name, the tab a
// saved session remembers; a dock's object name is the id + "Dock"), its title, where it goes (the
// graph in the centre, the timeline under it, a tab below, a dock on the right) and how it is
// made. MainWindow lays them out from this list and hands them every snapshot in its order. Adding
// a view is a row here. Not the views themselves, and not the window's other panels (the model and
// data, the lesson).
#pragma once

#include <QString>

#include <functional>
#include <vector>

class QWidget;

namespace rnnlab {

struct ViewSpec
{
    enum class Place {
        Graph, // the centre, above the tabs
        UnderGraph, // a strip under the graph
        Tab, // a tab of the lower half, in the list's order
        RightDock, // a dock on the right
    };

    QString id;
    QString title; // of its tab or dock; empty in the centre
    Place place;
    bool closedAtFirst = false; // a dock opened from the View menu when wanted
    //! Makes the view, a child of \a parent; it is a SnapshotView.
    std::function<QWidget *(QWidget *parent)> create;
};

//! The main window's views, in the order each snapshot reaches them.
const std::vector<ViewSpec> &mainWindowViews();

//! For a view that draws characters only (predicted strings, generation, the Memory
//! tab): what it says over itself on a time series' run, where the series is shown instead.
//! Empty for a view that shows every task (or the series' own: "signal").
QString characterOnlyNotice(const QString &id);

//! For a view that cannot draw a translation yet (task "translate", issue 16: an encoder–decoder):
//! what it says over itself on such a run, and where the run is shown instead. Empty for a view
//! that shows a translation (the loss, the predictions: each pair's greedy translation, the
//! matrices, the timeline).
QString translationNotice(const QString &id);

} // namespace rnnlab
