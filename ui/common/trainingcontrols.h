// SPDX-License-Identifier: MIT
// The training controls the main window and compare mode share: Play/Pause (Space), one training
// step (Ctrl+→) and Reset (Ctrl+R) as actions for a menu and a toolbar, the speed slider from one
// step per second (to follow along in class) to as fast as the engine goes, and the bold "Step n"
// label. Only the controls: what they act on is the owner's (it connects the actions' triggered()
// and speedChanged()), and so is the step label's text.
#pragma once

#include <QObject>
#include <QString>

#include <array>

class QAction;
class QLabel;
class QSlider;
class QToolBar;
class QWidget;

namespace rnnlab {

class TrainingControls : public QObject
{
    Q_OBJECT

public:
    //! The slider's stops, steps per second; 0 = as fast as possible.
    static constexpr std::array<double, 12> speeds = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 10000, 0};

    //! What the tooltips say the actions do (one model, or every model of a comparison).
    struct ToolTips
    {
        QString play; // while paused
        QString pause; // while playing
        QString step;
        QString reset;
    };

    //! The controls of \a window (its font sizes the labels; its style gives the icons).
    TrainingControls(QWidget *window, const ToolTips &toolTips);

    QAction *playAction() const { return m_play; }
    QAction *stepAction() const { return m_step; }
    QAction *resetAction() const { return m_reset; }
    //! Play or Pause: the play action's text, icon and tooltip follow the training.
    void setPlaying(bool playing);

    //! Adds " Speed ", the slider (\a sliderWidth px) and its value ("10/s", "max") to \a toolbar.
    void addSpeedControl(QToolBar *toolbar, int sliderWidth);
    //! Adds the bold step label to \a toolbar; the owner sets its text.
    QLabel *addStepLabel(QToolBar *toolbar);
    //! Shows `action` on a tool button without its mnemonic, also the "(&P)" that Chinese,
    //! Japanese and Korean texts add (the menus keep it); follows the action's text as it changes.
    static void showWithoutMnemonicInToolBars(QAction *action);
    //! Moves the slider to the stop nearest \a stepsPerSecond (0: as fast as possible) and says
    //! so (speedChanged), also when it is there already.
    void setSpeed(double stepsPerSecond);

signals:
    //! The speed chosen, steps per second (a stop of speeds; 0 = as fast as possible).
    void speedChanged(double stepsPerSecond);

private:
    //! The stop nearest \a stepsPerSecond (on a log scale).
    static int speedIndex(double stepsPerSecond);
    void showSpeed(int index);

    QWidget *m_window;
    ToolTips m_toolTips;
    QAction *m_play = nullptr;
    QAction *m_step = nullptr;
    QAction *m_reset = nullptr;
    QSlider *m_speed = nullptr;
    QLabel *m_speedLabel = nullptr;
};

} // namespace rnnlab
