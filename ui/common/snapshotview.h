// SPDX-License-Identifier: MIT
// A view of a training snapshot: what the main window hands every snapshot to, one view after the
// other (ViewSpec lists them). A view only renders: it stores what it is given and repaints (or
// replots); it never changes the snapshot (shared, immutable) and computes nothing that another
// view needs too — the colour scales come with the snapshot, computed once (ColorScales::of).
#pragma once

#include "app/worker/snapshot.h"

namespace rnnlab {

struct ColorScales;

class SnapshotView
{
public:
    virtual ~SnapshotView() = default;
    //! Shows \a snapshot (not null), coloured on \a scales (ColorScales::of(*snapshot)).
    virtual void showSnapshot(const SnapshotPtr &snapshot, const ColorScales &scales) = 0;
};

} // namespace rnnlab
