// SPDX-License-Identifier: MIT
// Figures for slides: a view (the graph as it is shown now, a heatmap) drawn by its own paint code
// into an SVG (QSvgGenerator: vector shapes, text stays <text> in the view's font), a PDF for
// handouts (QPdfWriter: vector, one page the figure's size, fonts embedded), or into a PNG at
// 1×, 2× or 3× the screen's pixels, or onto the clipboard (PNG and SVG together). What is drawn is
// what the widget paints on screen — the same snapshot, highlights and fold — so nothing here
// knows about graphs. Not the screenshot mode (the whole window, appmodes.h).
#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>
#include <QStringList>

class QMenu;
class QWidget;

namespace rnnlab {

class GraphView;
class MatrixPanel;
class MemoryView;

class FigureExport
{
public:
    //! \a widget (for a scroll area: its viewport, what is on screen) as SVG bytes titled \a title.
    static QByteArray svg(QWidget *widget, const QString &title);
    //! \a widget as a one-page vector PDF titled \a title, the page the figure's size (1 px = 0.75 pt).
    static QByteArray pdf(QWidget *widget, const QString &title);
    //! \a widget at \a scale (1 to 4) times its size in device-independent pixels.
    static QImage image(QWidget *widget, int scale);
    //! Writes the figure to \a path: SVG or PDF when it ends in .svg or .pdf, otherwise PNG at \a scale. Returns
    //! an error message naming the file, or empty; a failed write leaves an existing file alone.
    static QString write(QWidget *widget, const QString &path, int scale, const QString &title);
    //! Writes \a image to \a path as PNG through AtomicFile (as every picture rnnlab writes: the
    //! screenshots too): a full disk leaves the previous file as it was. Returns an error message
    //! naming the file and the cause, or empty.
    static QString writePng(const QImage &image, const QString &path);
    //! Puts the figure on the clipboard as image/png (2×) and image/svg+xml.
    static void copy(QWidget *widget, const QString &title);
    //! The widget that paints: a scroll area's viewport, else \a widget.
    static QWidget *paintedWidget(QWidget *widget);

    //! The figure \a name names in \a graph, \a matrices or \a memory: "graph", a heatmap by its
    //! slide name ("W_hh", the first layer's) or PyTorch name ("rnn.weight_hh_l1"), or a view of
    //! the Memory tab (memoryFigures()); null when none.
    static QWidget *find(const QString &name, GraphView *graph, MatrixPanel *matrices, MemoryView *memory = nullptr);
    //! The Memory tab's figures by name: memory-influence, memory-path, memory-units.
    static QStringList memoryFigures();
    //! Fills \a menu (File > Export figure) with Export… and Copy for the graph, every heatmap and
    //! the Memory tab's views, rebuilt each time it opens (the heatmaps follow the model).
    static void populateMenu(QMenu *menu, GraphView *graph, MatrixPanel *matrices, MemoryView *memory = nullptr);
};

} // namespace rnnlab
