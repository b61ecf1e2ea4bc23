// SPDX-License-Identifier: MIT
// "Model and data": the task (texts, a time series: SeriesEditor, or a translation's pairs), the
// training texts or pairs (one per line) or series, and every setting of a session — cell,
// hidden size, layers, output layer, optimizer, learning rate, momentum, seed, clipping. Edits are
// checked as you type with the engine's own validate(); a problem is shown in place under its field
// with the engine's message (a hidden size that must equal the vocabulary size in words, with two
// buttons: set the hidden size it needs, or add an output layer). Apply hands a valid session to the window, which asks before it
// throws a trained model away. Not the training itself: see TrainingController.
#pragma once

#include "engine/session.h"
#include "ui/common/metatypes.h"

#include <QHash>
#include <QWidget>

#include <map>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace rnnlab {

class SeriesEditor;

class ModelPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ModelPanel(QWidget *parent = nullptr);

    //! Shows \a session's settings (what is being trained); not modified until edited.
    void setSession(const Session &session);
    //! The settings as edited now (may be invalid; see problems()).
    Session editedSession() const;
    //! The engine's problems with editedSession(), by field.
    std::vector<Problem> problems() const;
    bool hasChanges() const;
    //! The time series' part of the panel (shown for the task "Time series").
    SeriesEditor *seriesEditor() const { return m_series; }
    //! Chooses "Time series" (true) or texts as the task; a change of task also sets the model
    //! that suits it (an LSTM, H = 16, with an output layer for a series), as rnnlab-cli does.
    void setTimeSeries(bool series);
    bool isTimeSeries() const;
    //! Chooses "Translation (pairs)" (true) or texts as the task, with a translation's model.
    void setTranslation(bool translation);
    bool isTranslation() const;
    //! The task as the Task box names it ("Text", "Time series", "Translation (pairs)").
    QString taskName() const;

signals:
    //! Apply was pressed with valid settings that differ from the session being trained.
    void applyRequested(const rnnlab::Session &session);
    //! A line for the status bar (a CSV file imported).
    void message(const QString &text);

public slots:
    void apply();
    void revert();
    //! File ▸ Import series from CSV…: asks for the file, chooses "Time series" and adds its series.
    void importSeriesCsv();

protected:
    void changeEvent(QEvent *event) override;

private:
    //! Gives every form's label column (the task's, the series editor's, the model's) the width of
    //! the widest label of them all, so that their fields start at one x: each QFormLayout would
    //! otherwise size its own column, and the sections' fields would zigzag.
    void alignLabelColumns();
    void validateNow();
    void setProblem(QLabel *label, const QString &text);
    QLabel *problemLabel();

    void taskChosen();
    //! The texts' box label, placeholder and tooltip for the task chosen: texts, or pairs.
    void showLinesHint();

    Session m_session; // what is being trained
    QComboBox *m_task = nullptr; // texts, a time series, or a translation's pairs
    QWidget *m_textBlock = nullptr; // the texts' label, box and problems
    SeriesEditor *m_series = nullptr;
    QPlainTextEdit *m_texts = nullptr;
    QLabel *m_textsLabel = nullptr; // "Training texts", or a translation's "Pairs"
    int m_linesEntry = 0; // whose lines the texts' box holds: the Task box's text or translation entry
    QHash<int, QString> m_stashedLines; // the other one's lines, by Task box entry, kept for switching back
    QComboBox *m_cell = nullptr;
    QSpinBox *m_hidden = nullptr;
    QSpinBox *m_layers = nullptr;
    QCheckBox *m_outputLayer = nullptr;
    QComboBox *m_optimizer = nullptr;
    QLineEdit *m_learningRate = nullptr;
    QDoubleSpinBox *m_momentum = nullptr;
    QLineEdit *m_seed = nullptr;
    QCheckBox *m_clip = nullptr;
    QDoubleSpinBox *m_clipValue = nullptr;
    QLabel *m_vocabulary = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_revert = nullptr;
    QWidget *m_fixRow = nullptr; // the two fixes of a hidden size that does not match the outputs
    QPushButton *m_fixHidden = nullptr; // "Set hidden size to 8"
    QPushButton *m_fix = nullptr; // "Add an output layer"
    int m_neededHidden = 0; // the hidden size the outputs need without W_hy; 0: no mismatch
    QString m_mismatchText; // that mismatch in words
    std::map<std::string, QLabel *> m_problemLabels; // by field prefix
    bool m_updating = false;
};

} // namespace rnnlab
