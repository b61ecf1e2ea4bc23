// SPDX-License-Identifier: MIT
#include "ui/common/trainingcontrols.h"

#include "ui/common/toolicon.h"

#include <QAction>
#include <QLabel>
#include <QRegularExpression>
#include <QSlider>
#include <QToolBar>
#include <QWidget>

#include <cmath>

namespace rnnlab {

namespace {

QString speedText(double stepsPerSecond)
{
    return stepsPerSecond <= 0 ? QObject::tr("max") : QObject::tr("%1/s").arg(stepsPerSecond);
}

} // namespace

TrainingControls::TrainingControls(QWidget *window, const ToolTips &toolTips)
    : QObject(window)
    , m_window(window)
    , m_toolTips(toolTips)
{
    m_play = new QAction(ToolIcon::icon(ToolIcon::Kind::Play), tr("&Play"), window);
    m_play->setShortcut(Qt::Key_Space);
    m_play->setToolTip(toolTips.play);
    m_step = new QAction(ToolIcon::icon(ToolIcon::Kind::Step), tr("One training &step"), window);
    m_step->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Right));
    m_step->setToolTip(toolTips.step);
    m_reset = new QAction(ToolIcon::icon(ToolIcon::Kind::Reset), tr("&Reset"), window);
    m_reset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_reset->setToolTip(toolTips.reset);
    for (QAction *action : {m_play, m_step, m_reset})
        showWithoutMnemonicInToolBars(action);
}

void TrainingControls::showWithoutMnemonicInToolBars(QAction *action)
{
    const auto update = [action] {
        // "再生(&P)", as Chinese, Japanese and Korean menus write a mnemonic, would show "再生(P)" on
        // a tool button (Qt strips only the '&'): drop the "(&P)" whole, then the '&' of "&Play".
        static const QRegularExpression cjkMnemonic(QStringLiteral("\\s*\\(&[^)]\\)"));
        QString text = action->text();
        text.remove(cjkMnemonic);
        text.replace(QStringLiteral("&&"), QStringLiteral("\x01")).remove(u'&').replace(u'\x01', u'&');
        text = text.trimmed();
        if (action->iconText() != text)
            action->setIconText(text);
    };
    update();
    connect(action, &QAction::changed, action, update);
}

void TrainingControls::setPlaying(bool playing)
{
    m_play->setText(playing ? tr("&Pause") : tr("&Play"));
    m_play->setIcon(ToolIcon::icon(playing ? ToolIcon::Kind::Pause : ToolIcon::Kind::Play));
    m_play->setToolTip(playing ? m_toolTips.pause : m_toolTips.play);
}

void TrainingControls::addSpeedControl(QToolBar *toolbar, int sliderWidth)
{
    auto *title = new QLabel(tr(" Speed "), toolbar);
    m_speed = new QSlider(Qt::Horizontal, toolbar);
    m_speed->setRange(0, int(speeds.size()) - 1);
    m_speed->setPageStep(1);
    m_speed->setFixedWidth(sliderWidth);
    m_speed->setToolTip(tr("From one step per second (to follow along) to as fast as possible"));
    m_speedLabel = new QLabel(toolbar);
    m_speedLabel->setMinimumWidth(QFontMetrics(m_window->font()).horizontalAdvance(QStringLiteral("10000/s ")));
    toolbar->addWidget(title);
    toolbar->addWidget(m_speed);
    toolbar->addWidget(m_speedLabel);
    connect(m_speed, &QSlider::valueChanged, this, &TrainingControls::showSpeed);
}

QLabel *TrainingControls::addStepLabel(QToolBar *toolbar)
{
    auto *label = new QLabel(toolbar);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    label->setMinimumWidth(QFontMetrics(bold).horizontalAdvance(QStringLiteral("Step 00000000")));
    // "Step" here is a training step (the time steps t are the graph's columns): said on hover,
    // the toolbar having no room for the longer word at 1024 px in presentation mode.
    label->setToolTip(QObject::tr("Training steps taken: each one a forward pass over the text, the loss, "
                                  "backpropagation through time and one update of the weights"));
    toolbar->addWidget(label);
    return label;
}

int TrainingControls::speedIndex(double stepsPerSecond)
{
    int best = int(speeds.size()) - 1;
    if (stepsPerSecond > 0) {
        double distance = 1e300;
        for (std::size_t i = 0; i + 1 < speeds.size(); ++i) {
            const double d = std::abs(std::log(speeds[i]) - std::log(stepsPerSecond));
            if (d < distance) {
                distance = d;
                best = int(i);
            }
        }
    }
    return best;
}

void TrainingControls::setSpeed(double stepsPerSecond)
{
    const int index = speedIndex(stepsPerSecond);
    if (m_speed->value() == index)
        showSpeed(index);
    else
        m_speed->setValue(index); // showSpeed() through valueChanged
}

void TrainingControls::showSpeed(int index)
{
    const double speed = speeds[static_cast<std::size_t>(index)];
    m_speedLabel->setText(speedText(speed));
    emit speedChanged(speed);
}

} // namespace rnnlab
