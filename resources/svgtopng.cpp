// SPDX-License-Identifier: MIT
// A build-time tool, not part of rnnlab: renders an SVG icon to a square PNG of a given size, so that
// the package ships the hicolor PNG sizes (48, 64, 128) desktops and software centres look for
// beside the scalable icon, made from the one SVG in resources/ rather than committed copies.
//   svgtopng IN.svg OUT.png SIZE
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char **argv)
{
    // No display at build time: Qt's offscreen platform is enough to paint into an image.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList arguments = QGuiApplication::arguments();
    bool ok = false;
    const int size = arguments.size() == 4 ? arguments.at(3).toInt(&ok) : 0;
    if (!ok || size < 1 || size > 4096) {
        std::fprintf(stderr, "usage: svgtopng IN.svg OUT.png SIZE (1-4096)\n");
        return 2;
    }
    QSvgRenderer renderer(arguments.at(1));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "svgtopng: %s is not an SVG Qt can render\n", qPrintable(arguments.at(1)));
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    painter.end();
    if (!image.save(arguments.at(2), "PNG")) {
        std::fprintf(stderr, "svgtopng: cannot write %s\n", qPrintable(arguments.at(2)));
        return 1;
    }
    return 0;
}
