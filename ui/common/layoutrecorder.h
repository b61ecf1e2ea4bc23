// SPDX-License-Identifier: MIT
// A record of every number and label the teaching views drew, for `rnnlab --screenshot OUT
// --layout-json FILE` and the tests that check the readability rule on the real window: each
// painter reports a text it draws (what it is: view, kind, layer, time step, unit) right where it
// draws it, and the recorder keeps where it landed in the window's pixels and at which pixel size,
// and whether it was cut by the widget's edge, a clip or a covering widget. Only one recorder is
// active, and only while a screenshot is taken: otherwise active() is null and a report costs one
// test of a pointer. Not a painter itself and not the screenshot (appmodes.cpp).
#pragma once

#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace rnnlab {

//! What a drawn text is: its view ("graph", "matrices", "equations") and kind ("h", "c", "x", "p",
//! "dh", "gate", "weight", "label", …); layer, t (0-based) and unit are -1 where they do not apply.
struct TextTag
{
    const char *view = "graph";
    const char *kind = "label";
    int layer = -1;
    int t = -1;
    int unit = -1;
};

struct RecordedText
{
    TextTag tag;
    QString text;
    QRectF rect; // in the window's pixels: the text's own box
    double pixelSize = 0; // the font's pixel size in the window's pixels
    bool clipped = false; // partly hidden: by the widget's edge, the painter's clip or another widget
};

class LayoutRecorder
{
public:
    LayoutRecorder();
    ~LayoutRecorder();
    LayoutRecorder(const LayoutRecorder &) = delete;
    LayoutRecorder &operator=(const LayoutRecorder &) = delete;

    //! The recorder that listens now, or null (nothing is recorded).
    static LayoutRecorder *active() { return s_active; }
    //! Listen (this recorder becomes active()) or stop listening.
    void setActive(bool active);

    //! \a text as drawn by \a painter (on a widget) into \a rect with the alignment \a flags in the
    //! painter's font. Call only when active() is this recorder; use note() from painting code.
    void record(const QPainter &painter, const QRectF &rect, int flags, const QString &text, const TextTag &tag);
    //! Records \a text when a recorder is active; nothing otherwise.
    static void note(const QPainter &painter, const QRectF &rect, int flags, const QString &text, const TextTag &tag)
    {
        if (s_active)
            s_active->record(painter, rect, flags, text, tag);
    }

    const std::vector<RecordedText> &items() const { return m_items; }
    void clear() { m_items.clear(); }
    //! {"items": [{"view", "kind", "layer", "t", "unit", "text", "x", "y", "w", "h", "pixel_size",
    //! "clipped"}]}, null for a -1 layer, t or unit.
    QByteArray toJson() const;

private:
    static LayoutRecorder *s_active;
    std::vector<RecordedText> m_items;
};

} // namespace rnnlab
