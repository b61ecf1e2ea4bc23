// SPDX-License-Identifier: MIT
// ThemeStyle (offscreen): in the dark and high-contrast themes a check box, a radio button and the
// speed slider's groove and handle have frames that contrast with what is around them by at least
// 3:1 (WCAG's minimum for a control's boundary) — Fusion alone drew them in the background's own
// colour — and in the light theme ThemeStyle draws exactly what Fusion draws.
#include "ui/common/contrast.h"
#include "ui/common/theme.h"
#include "ui/common/themestyle.h"

#include <QApplication>
#include <QCheckBox>
#include <QImage>
#include <QRadioButton>
#include <QSlider>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace rnnlab;

namespace {

//! \a widget drawn with \a style and \a palette, at 1×.
QImage render(QWidget *widget, QStyle *style, const QPalette &palette)
{
    widget->setStyle(style);
    widget->setPalette(palette);
    widget->setAutoFillBackground(true);
    widget->resize(widget->sizeHint().expandedTo(QSize(160, 24)));
    QImage image(widget->size(), QImage::Format_ARGB32);
    widget->render(&image);
    return image;
}

//! The largest contrast with \a against of the pixels of \a image along \a line (inclusive).
double strongest(const QImage &image, QPoint from, QPoint to, const QColor &against)
{
    double best = 1.0;
    const int steps = std::max(std::abs(to.x() - from.x()), std::abs(to.y() - from.y()));
    for (int i = 0; i <= steps; ++i) {
        const QPoint p = steps == 0 ? from : from + (to - from) * i / steps;
        if (image.rect().contains(p))
            best = std::max(best, Contrast::ratio(image.pixelColor(p), against));
    }
    return best;
}

} // namespace

class TestThemeStyle : public QObject
{
    Q_OBJECT

private slots:
    void framesContrast_data();
    void framesContrast();
    void lightIsFusion();
    void checkedButtonShows_data();
    void checkedButtonShows();
};

void TestThemeStyle::framesContrast_data()
{
    QTest::addColumn<int>("theme");
    QTest::newRow("dark") << int(Theme::Dark);
    QTest::newRow("high contrast") << int(Theme::HighContrast);
}

void TestThemeStyle::framesContrast()
{
    QFETCH(int, theme);
    const QPalette palette = themePalette(Theme(theme), QApplication::palette());
    const QColor base = palette.color(QPalette::Base);
    const QColor window = palette.color(QPalette::Window);
    ThemeStyle style;
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));

    // An unticked check box: its box's left side against the Base it is filled with.
    QCheckBox box(QStringLiteral("Last step's loss only"));
    const QImage fusionBox = render(&box, fusion.get(), palette);
    const QImage themeBox = render(&box, &style, palette);
    QStyleOptionButton option;
    option.initFrom(&box); // after render(): its size
    const QRect indicator = style.subElementRect(QStyle::SE_CheckBoxIndicator, &option, &box);
    QVERIFY(indicator.isValid() && box.rect().contains(indicator));
    const auto side = [&](const QImage &image) {
        return strongest(image, QPoint(indicator.left(), indicator.top() + 3),
                         QPoint(indicator.left(), indicator.bottom() - 3), base);
    };
    const double before = side(fusionBox);
    const double after = side(themeBox);
    QVERIFY2(before < 1.5, qPrintable(QStringLiteral("Fusion's box already reads: %1").arg(before))); // the defect
    QVERIFY2(after >= 3.0, qPrintable(QStringLiteral("check box frame %1:1").arg(after)));

    // The same for a radio button's circle: its leftmost point.
    QRadioButton radio(QStringLiteral("one"));
    const QImage radioImage = render(&radio, &style, palette);
    QStyleOptionButton radioOption;
    radioOption.initFrom(&radio);
    const QRect circle = style.subElementRect(QStyle::SE_RadioButtonIndicator, &radioOption, &radio);
    const double round = strongest(radioImage, QPoint(circle.left(), circle.center().y()),
                                   QPoint(circle.left() + 2, circle.center().y() + 1), base);
    QVERIFY2(round >= 3.0, qPrintable(QStringLiteral("radio frame %1:1").arg(round)));

    // The speed slider at its low end: the groove right of the handle (not the filled part) has a
    // visible top edge against the window, and so has the handle.
    QSlider slider(Qt::Horizontal);
    slider.setRange(0, 100);
    slider.setValue(10);
    slider.resize(200, 24);
    QStyleOptionSlider sliderOption;
    sliderOption.initFrom(&slider);
    sliderOption.orientation = Qt::Horizontal;
    sliderOption.minimum = 0;
    sliderOption.maximum = 100;
    sliderOption.sliderPosition = sliderOption.sliderValue = 10;
    sliderOption.subControls = QStyle::SC_All;
    const QImage sliderImage = render(&slider, &style, palette);
    sliderOption.rect = slider.rect();
    const QRect groove = style.subControlRect(QStyle::CC_Slider, &sliderOption, QStyle::SC_SliderGroove, &slider);
    const QRect handle = style.subControlRect(QStyle::CC_Slider, &sliderOption, QStyle::SC_SliderHandle, &slider);
    QVERIFY(groove.isValid() && handle.isValid());
    const int right = groove.right() - 10;
    const double grooveEdge =
        strongest(sliderImage, QPoint(right, groove.top()), QPoint(right, groove.center().y()), window);
    QVERIFY2(grooveEdge >= 3.0, qPrintable(QStringLiteral("slider groove %1:1").arg(grooveEdge)));
    const double handleEdge = strongest(sliderImage, QPoint(handle.center().x(), handle.top()),
                                        QPoint(handle.center().x(), handle.top() + 2), window);
    QVERIFY2(handleEdge >= 3.0, qPrintable(QStringLiteral("slider handle %1:1").arg(handleEdge)));
}

void TestThemeStyle::lightIsFusion()
{
    // Where Fusion's outline reads, ThemeStyle adds nothing: pixel for pixel the same.
    const QPalette palette = themePalette(Theme::Light, QApplication::palette());
    QVERIFY(!ThemeStyle::frameColor(palette, palette.color(QPalette::Base)).isValid());
    QVERIFY(!ThemeStyle::frameColor(palette, palette.color(QPalette::Window)).isValid());
    ThemeStyle style;
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    for (bool checked : {false, true}) {
        QCheckBox box(QStringLiteral("Log scale"));
        box.setChecked(checked);
        QCOMPARE(render(&box, &style, palette), render(&box, fusion.get(), palette));
    }
    QSlider slider(Qt::Horizontal);
    slider.setValue(30);
    QCOMPARE(render(&slider, &style, palette), render(&slider, fusion.get(), palette));
}

void TestThemeStyle::checkedButtonShows_data()
{
    QTest::addColumn<int>("theme");
    QTest::newRow("light") << int(Theme::Light);
    QTest::newRow("dark") << int(Theme::Dark);
    QTest::newRow("high contrast") << int(Theme::HighContrast);
}

void TestThemeStyle::checkedButtonShows()
{
    // A checked page button ("Weights" beside "Gradients") must look checked: Fusion's darker fill
    // where it shows (light, dark: ThemeStyle draws exactly Fusion's), ThemeStyle's mark where it
    // does not (black, darkened, is black).
    QFETCH(int, theme);
    const QPalette palette = themePalette(Theme(theme), QApplication::palette());
    ThemeStyle style;
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QToolButton button;
    button.setText(QStringLiteral("Weights"));
    button.setCheckable(true);
    const QImage unchecked = render(&button, &style, palette);
    button.setChecked(true);
    const QImage checked = render(&button, &style, palette);
    const QImage fusionChecked = render(&button, fusion.get(), palette);
    // Over the button's middle row, left of the text: what a glance compares.
    const int y = checked.height() / 2;
    double most = 1.0;
    for (int x = 1; x < 8; ++x)
        most = std::max(most, Contrast::ratio(checked.pixelColor(x, y), unchecked.pixelColor(x, y)));
    if (Theme(theme) == Theme::HighContrast) {
        QVERIFY2(most >= 3.0, qPrintable(QStringLiteral("checked against unchecked %1:1").arg(most)));
    } else {
        QCOMPARE(checked, fusionChecked);
        QVERIFY2(checked != unchecked, "Fusion's checked fill");
    }
}

QTEST_MAIN(TestThemeStyle)
#include "tst_themestyle.moc"
