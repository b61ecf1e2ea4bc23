// SPDX-License-Identifier: MIT
// How the window showed a session when it was saved — folded or not, the text, the tab, the walk
// by hand, the matrices' mode, the speed — so that a reopened .rnnlab file looks as it was left.
// Presentation only: nothing here changes a number, so a value the window cannot place (a time
// step past the text's end) is ignored there rather than refused here. Not the session itself
// (sessionfile.h) nor the window (MainWindow applies it). QtCore only.
#pragma once

#include "engine/types.h"

#include <QString>

#include <optional>
#include <vector>

class QJsonValue;

namespace rnnlab {

class JsonWriter;

struct ViewState
{
    bool folded = false;
    int textIndex = 0; // which training text the graph shows (0-based)
    QString tab; // "step", "loss", "predictions", "generate", "memory", "pytorch"; empty: the default
    bool layerMajor = false; // the walk by hand goes layer by layer
    QString matrices; // "weights", "gradients", "last_change"; empty: weights
    bool whatIfNoMemory = false;
    double speed = 10.0; // steps per second while playing; 0 = as fast as possible
    //! Where the walk by hand stood: time step (0-based), layer (0-based), phase (TimeStepWalker's name).
    struct Cursor
    {
        int t = 0;
        int layer = 0;
        QString phase;
        bool operator==(const Cursor &) const = default;
    };
    std::optional<Cursor> cursor;

    bool operator==(const ViewState &) const = default;

    static const QStringList &tabNames();
    static const QStringList &matrixModeNames();

    //! Reads a "view" object; problems name the field ("view.tab") and what is allowed.
    static ViewState read(const QJsonValue &value, std::vector<Problem> &problems);
    void write(JsonWriter &writer) const;
};

} // namespace rnnlab
