// SPDX-License-Identifier: MIT
// The toolbar's icons (play, pause, one step, reset; zoom in, out and to fit) in every theme: the desktop's icon
// theme while rnnlab follows the desktop's palette (its icons are made for it), else — and when the
// desktop has no such icon — the shape drawn in the palette's text colour at the moment it is
// painted, so it is light on the dark theme's toolbar and dark on the light one (QStyle's standard
// media icons are black whatever the palette). Not the actions (TrainingControls).
#pragma once

#include <QIcon>

namespace rnnlab {

class ToolIcon
{
public:
    enum class Kind { Play, Pause, Step, Reset, ZoomIn, ZoomOut, ZoomFit };

    //! The icon of \a kind; it follows theme changes by itself (no need to set it again).
    static QIcon icon(Kind kind);
    //! The freedesktop icon name of \a kind ("media-playback-start").
    static QString themeName(Kind kind);
};

} // namespace rnnlab
