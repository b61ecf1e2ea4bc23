// SPDX-License-Identifier: MIT
#include "ui/window/figureexport.h"

#include "app/session/atomicfile.h"
#include "ui/graph/graphview.h"
#include "ui/matrices/heatmapwidget.h"
#include "ui/matrices/matrixpanel.h"
#include "ui/memory/memoryinfluence.h"
#include "ui/memory/memorypath.h"
#include "ui/memory/memoryunits.h"
#include "ui/memory/memoryview.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QWidget>

namespace rnnlab {

QWidget *FigureExport::paintedWidget(QWidget *widget)
{
    if (auto *area = qobject_cast<QAbstractScrollArea *>(widget))
        return area->viewport();
    return widget;
}

QByteArray FigureExport::svg(QWidget *widget, const QString &title)
{
    QWidget *target = paintedWidget(widget);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly); // a QBuffer in memory, not a file: AtomicFile::write() writes files
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(target->size());
    generator.setViewBox(QRect(QPoint(0, 0), target->size()));
    generator.setResolution(96); // CSS pixels: a browser shows it at the size it has on screen
    generator.setTitle(title);
    generator.setDescription(QStringLiteral("Exported from rnnlab"));
    QPainter painter(&generator);
    // The background the PNG gets too (image()): a view that paints no background of its own (the
    // Memory tab's path) is not transparent, white in a browser, where the PNG is the theme's.
    painter.fillRect(QRect(QPoint(), target->size()), target->palette().color(QPalette::Window));
    // The widget's own paintEvent, redirected: text is drawn as text, shapes as shapes.
    target->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    painter.end();
    return bytes;
}

QByteArray FigureExport::pdf(QWidget *widget, const QString &title)
{
    QWidget *target = paintedWidget(widget);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    // One page the figure's size: 96 widget pixels to the inch, as the SVG, so 1 px = 0.75 pt.
    writer.setResolution(96);
    writer.setPageSize(QPageSize(QSizeF(target->size()) * 72.0 / 96.0, QPageSize::Point, title, QPageSize::ExactMatch));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("rnnlab"));
    QPainter painter(&writer);
    painter.fillRect(QRect(QPoint(), target->size()), target->palette().color(QPalette::Window)); // as svg()
    // The widget's own paintEvent, redirected: shapes stay vectors, text stays text (fonts embedded).
    target->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    painter.end();
    return bytes;
}

QImage FigureExport::image(QWidget *widget, int scale)
{
    QWidget *target = paintedWidget(widget);
    scale = std::clamp(scale, 1, 4);
    QImage image(target->size() * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale); // the widget paints in its own coordinates, finer
    image.fill(target->palette().color(QPalette::Window));
    QPainter painter(&image);
    target->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    painter.end();
    return image;
}

QString FigureExport::write(QWidget *widget, const QString &path, int scale, const QString &title)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"svg")
        return AtomicFile::write(path, svg(widget, title));
    if (suffix == u"pdf")
        return AtomicFile::write(path, pdf(widget, title));
    QImage picture = image(widget, scale);
    picture.setDevicePixelRatio(1.0);
    return writePng(picture, path);
}

QString FigureExport::writePng(const QImage &image, const QString &path)
{
    QByteArray bytes;
    QBuffer buffer(&bytes); // in memory: the file itself is written by AtomicFile, whole or not at all
    buffer.open(QIODevice::WriteOnly); // a QBuffer in memory, not a file: AtomicFile::write() writes files
    if (!image.save(&buffer, "PNG"))
        //: %1 the file, %2 × %3 the picture's size in pixels.
        return QObject::tr("cannot write %1: the picture could not be encoded as PNG (%2x%3 pixels)")
            .arg(path)
            .arg(image.width())
            .arg(image.height());
    return AtomicFile::write(path, bytes);
}

void FigureExport::copy(QWidget *widget, const QString &title)
{
    auto *mime = new QMimeData;
    QImage picture = image(widget, 2);
    picture.setDevicePixelRatio(1.0);
    mime->setImageData(picture);
    mime->setData(QStringLiteral("image/svg+xml"), svg(widget, title));
    QApplication::clipboard()->setMimeData(mime);
}

QStringList FigureExport::memoryFigures()
{
    return {QStringLiteral("memory-influence"), QStringLiteral("memory-path"), QStringLiteral("memory-units")};
}

QWidget *FigureExport::find(const QString &name, GraphView *graph, MatrixPanel *matrices, MemoryView *memory)
{
    if (name.isEmpty() || name == u"graph")
        return graph;
    if (memory) {
        // The painters themselves: the whole of a text longer than the scroll area shows.
        const QList<QWidget *> views{memory->influenceView(), memory->pathView(), memory->unitsView()};
        if (const qsizetype i = memoryFigures().indexOf(name); i >= 0)
            return views[i];
    }
    for (HeatmapWidget *heatmap : matrices->heatmaps()) {
        if (heatmap->isVisible() || !matrices->isVisible()) {
            if (heatmap->pytorchName() == name || heatmap->title() == name)
                return heatmap;
        }
    }
    return nullptr;
}

namespace {

void exportWithDialog(QWidget *widget, const QString &title, const QString &suggestion)
{
    const QString svgFilter = QObject::tr("SVG, vector, text stays text (*.svg)");
    const QString pdfFilter = QObject::tr("PDF, vector, for handouts (*.pdf)");
    const QString png1 = QObject::tr("PNG at 1× (*.png)");
    const QString png2 = QObject::tr("PNG at 2× (*.png)");
    const QString png3 = QObject::tr("PNG at 3× (*.png)");
    QString filter = svgFilter;
    QString path = QFileDialog::getSaveFileName(
        widget->window(), QObject::tr("Export %1").arg(title), suggestion + QStringLiteral(".svg"),
        QStringList{svgFilter, pdfFilter, png1, png2, png3}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    const QString wanted = filter == svgFilter ? QStringLiteral("svg")
        : filter == pdfFilter                  ? QStringLiteral("pdf")
                                               : QStringLiteral("png");
    if (QFileInfo(path).suffix().toLower() != wanted)
        path += u'.' + wanted;
    const int scale = filter == png3 ? 3 : filter == png2 ? 2 : 1;
    const QString error = FigureExport::write(widget, path, scale, title);
    if (!error.isEmpty())
        QMessageBox::warning(widget->window(), QObject::tr("Cannot export"), error);
}

} // namespace

void FigureExport::populateMenu(QMenu *menu, GraphView *graph, MatrixPanel *matrices, MemoryView *memory)
{
    QObject::connect(menu, &QMenu::aboutToShow, menu, [menu, graph, matrices, memory] {
        menu->clear();
        menu->addAction(QObject::tr("&Graph as shown…"), graph,
                        [graph] { exportWithDialog(graph, QObject::tr("the graph"), QStringLiteral("graph")); });
        menu->addAction(QObject::tr("&Copy the graph"), graph,
                        [graph] { FigureExport::copy(graph, QObject::tr("rnnlab graph")); });
        bool first = true;
        for (HeatmapWidget *heatmap : matrices->heatmaps()) {
            if (heatmap->title().isEmpty())
                continue;
            if (first)
                menu->addSection(QObject::tr("Heatmaps"));
            first = false;
            const QString label = QStringLiteral("%1 (%2)").arg(heatmap->title(), heatmap->pytorchName());
            QMenu *sub = menu->addMenu(label);
            sub->addAction(QObject::tr("Export…"), heatmap, [heatmap, label] {
                exportWithDialog(heatmap, label, QString(heatmap->pytorchName()).replace(u'.', u'_'));
            });
            sub->addAction(QObject::tr("Copy"), heatmap, [heatmap, label] { FigureExport::copy(heatmap, label); });
        }
        if (!memory)
            return;
        menu->addSection(QObject::tr("Memory"));
        const QStringList titles{QObject::tr("How far back a prediction looks"), QObject::tr("The path of h_t"),
                                 QObject::tr("Units over text")};
        for (int i = 0; i < titles.size(); ++i) {
            QWidget *figure = find(memoryFigures()[i], graph, matrices, memory);
            const QString label = titles[i];
            const QString suggestion = memoryFigures()[i];
            QMenu *sub = menu->addMenu(label);
            // The Memory tab draws only while it is shown: a figure of a tab never opened is empty.
            sub->setEnabled(memory->picture().characters.size() > 0);
            // What is exported is what is seen: the figure's page shown and laid out first.
            const auto reveal = [memory, figure] {
                memory->reveal(figure);
                QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            };
            sub->addAction(QObject::tr("Export…"), figure, [figure, label, suggestion, reveal] {
                reveal();
                exportWithDialog(figure, label, suggestion);
            });
            sub->addAction(QObject::tr("Copy"), figure, [figure, label, reveal] {
                reveal();
                FigureExport::copy(figure, label);
            });
        }
    });
}

} // namespace rnnlab
