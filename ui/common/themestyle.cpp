// SPDX-License-Identifier: MIT
#include "ui/common/themestyle.h"

#include "ui/common/contrast.h"

#include <QFontInfo>
#include <QPainter>
#include <QPainterPath>
#include <QStyleFactory>
#include <QStyleOption>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace rnnlab {

namespace {

//! A pen for a 1 px frame in \a colour, as Fusion draws its outlines (antialiased, on the pixel
//! centres: the caller translates by half a pixel).
void prepare(QPainter *painter, const QColor &colour)
{
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->translate(0.5, 0.5);
    painter->setPen(QPen(colour, 1));
    painter->setBrush(Qt::NoBrush);
}

bool keyboardFocus(const QStyleOption *option)
{
    // Fusion outlines a control focused from the keyboard in the highlight colour: that one reads.
    return (option->state & QStyle::State_HasFocus) && (option->state & QStyle::State_KeyboardFocusChange);
}

} // namespace

ThemeStyle::ThemeStyle()
    : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
{ }

QColor ThemeStyle::frameColor(const QPalette &palette, const QColor &background)
{
    // Fusion's outline (QFusionStylePrivate::outline): the window colour, 40 % darker.
    const QColor fusionOutline = palette.color(QPalette::Window).darker(140);
    if (Contrast::ratio(fusionOutline, background) >= 1.5)
        return {};
    const QColor mid = palette.color(QPalette::Mid);
    if (Contrast::ratio(mid, background) >= 3.0)
        return mid;
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    const auto mix = [](int a, int b) { return (a * 55 + b * 45) / 100; };
    return QColor(mix(text.red(), base.red()), mix(text.green(), base.green()), mix(text.blue(), base.blue()));
}

void ThemeStyle::drawCheckedMark(const QStyleOption *option, QPainter *painter)
{
    // Fusion fills a checked button with its colour 10 % darker: on black (the high-contrast
    // theme) that is black again, and "Weights" looked the same checked as "Gradients" beside it.
    const QColor button = option->palette.color(QPalette::Button);
    if (Contrast::ratio(button, button.darker(110)) >= 1.01)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(QPen(option->palette.color(QPalette::Highlight), 2));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(QRectF(option->rect).adjusted(2, 2, -2, -2));
    painter->restore();
}

int ThemeStyle::pixelMetric(PixelMetric metric, const QStyleOption *option, const QWidget *widget) const
{
    const int fusion = QProxyStyle::pixelMetric(metric, option, widget);
    switch (metric) {
    case PM_IndicatorWidth:
    case PM_IndicatorHeight:
    case PM_ExclusiveIndicatorWidth:
    case PM_ExclusiveIndicatorHeight:
        // About the height of a capital letter and a half: Fusion's 13 px at the usual 13 px text.
        return widget ? std::max(fusion, int(std::lround(0.9 * QFontInfo(widget->font()).pixelSize()))) : fusion;
    default: return fusion;
    }
}

void ThemeStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                               const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (element == PE_PanelButtonCommand && (option->state & State_On)) {
        drawCheckedMark(option, painter);
        return;
    }
    if (element != PE_IndicatorCheckBox && element != PE_IndicatorRadioButton)
        return;
    // The box is filled with Base: its frame must read against that.
    const QColor frame = frameColor(option->palette, option->palette.color(QPalette::Base));
    if (!frame.isValid() || keyboardFocus(option))
        return;
    painter->save();
    prepare(painter, frame);
    const QRect rect = option->rect;
    if (element == PE_IndicatorCheckBox) {
        painter->drawRect(rect.adjusted(0, 0, -1, -1)); // where Fusion draws its outline
    } else {
        // Fusion's circle (PE_IndicatorRadioButton), drawn without the half-pixel shift.
        painter->translate(-0.5, -0.5);
        const QPointF centre = rect.center() + QPoint(1, 1);
        const qreal radius = (rect.width() + (rect.width() + 1) % 2) / 2.0 - 1;
        painter->drawEllipse(centre, radius, radius);
    }
    painter->restore();
}

void ThemeStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                                    const QWidget *widget) const
{
    const auto *slider = control == CC_Slider ? qstyleoption_cast<const QStyleOptionSlider *>(option) : nullptr;
    const QColor frame = slider ? frameColor(option->palette, option->palette.color(QPalette::Window)) : QColor();
    if (!frame.isValid()) {
        QProxyStyle::drawComplexControl(control, option, painter, widget);
        return;
    }
    // The groove first (Fusion's, then its frame), then the tick marks and the handle over it, so
    // that the groove's frame does not cross the handle.
    QStyleOptionSlider part = *slider;
    part.subControls = slider->subControls & SC_SliderGroove;
    QProxyStyle::drawComplexControl(control, &part, painter, widget);
    if (part.subControls) {
        const QRect groove = subControlRect(CC_Slider, slider, SC_SliderGroove, widget);
        painter->save();
        prepare(painter, frame);
        painter->drawRoundedRect(groove.adjusted(1, 1, -2, -2), 1, 1); // Fusion's groove
        painter->restore();
    }
    part.subControls = slider->subControls & ~SC_SliderGroove;
    QProxyStyle::drawComplexControl(control, &part, painter, widget);
    if ((slider->subControls & SC_SliderHandle) && !keyboardFocus(option)) {
        const QRect handle = subControlRect(CC_Slider, slider, SC_SliderHandle, widget);
        painter->save();
        prepare(painter, frame);
        painter->drawRoundedRect(handle.adjusted(1, 1, -2, -2), 2, 2); // Fusion's handle
        painter->restore();
    }
}

} // namespace rnnlab
