// SPDX-License-Identifier: MIT
// The time-series part of "Model and data" (issue 15, task "forecast"): where the training series
// come from — the signal generator (the same SignalGenerator as rnnlab-cli new-forecast, so the
// window and the CLI make identical numbers) or numbers typed, pasted or imported from a CSV file
// (SeriesText reads them) — and an optional test series: none, the training wave with an anomaly,
// or numbers of its own. Makes the series as numbers (what a session stores); not the model's
// settings nor Apply (ModelPanel), nor what the engine accepts (ForecastTask::validate, which
// ModelPanel asks).
#pragma once

#include "app/session/seriestext.h"
#include "engine/types.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QWidget;

namespace rnnlab {

class SeriesEditor : public QWidget
{
    Q_OBJECT

public:
    enum class Source { Generator, Numbers };
    enum class Test { None, Anomaly, Numbers };

    explicit SeriesEditor(QWidget *parent = nullptr);

    //! Shows \a data's series: as the generator's settings when one generator made them exactly (as
    //! rnnlab-cli new-forecast does), else as numbers. Keeps the text typed for the other source.
    void setData(const DataConfig &data);
    //! The forecast data as edited: series (float32 values), test series and generators. Where the
    //! text or the generator has problems (problems()), the series concerned are left empty.
    DataConfig data() const;
    //! What the text or the generator settings cannot make (a line, a column, a field, in words).
    std::vector<Problem> problems() const;
    //! A problem of the engine's (data.series[0][3], data.generator.series[0].period) in the
    //! panel's words, with the typed lines.
    QString inWords(const Problem &problem) const;

    //! The labels that show the training and the test series' problems.
    QLabel *trainProblemLabel() const { return m_trainProblem; }
    QLabel *testProblemLabel() const { return m_testProblem; }

    Source source() const;
    void setSource(Source source);
    Test test() const;
    void setTest(Test test);

    //! Adds a CSV file's series to the numbers box (undoable there with Ctrl+Z) and chooses
    //! Source::Numbers — or, with \a toTest, to the test series' box. Returns the problem that kept
    //! it out (the file unread, a cell that is not a number …), or empty.
    QString importCsv(const QString &path, bool toTest = false);

signals:
    void changed();
    //! A status line for the window ("Imported 120 points of 2 features from a.csv").
    void message(const QString &text);

public slots:
    //! Asks for a CSV file and imports it (File ▸ Import series from CSV…).
    void importCsvInteractively(bool toTest = false);

private:
    struct AnomalyControls
    {
        QComboBox *kind = nullptr;
        QSpinBox *at = nullptr;
        QSpinBox *length = nullptr;
        QDoubleSpinBox *size = nullptr;
    };

    //! A row of \a form whose label names \a field (for a screen reader too) but has no Alt letter:
    //! no buddy, reached by Tab from the chooser above it.
    static void subRow(QFormLayout *form, const QString &label, QWidget *field);
    void addAnomalyRows(QFormLayout *form, AnomalyControls &controls, bool optional, const QString &name);
    std::optional<AnomalySpec> anomalyOf(const AnomalyControls &controls) const;
    void setAnomaly(AnomalyControls &controls, const std::optional<AnomalySpec> &anomaly);
    SignalSpec spec() const;
    void setSpec(const SignalSpec &spec);
    void updateVisibility();
    void updateSummary();

    QComboBox *m_source = nullptr;
    QWidget *m_generator = nullptr; // the generator's rows
    QComboBox *m_wave = nullptr;
    QDoubleSpinBox *m_period = nullptr;
    QDoubleSpinBox *m_amplitude = nullptr;
    QDoubleSpinBox *m_phase = nullptr;
    QSpinBox *m_length = nullptr;
    QDoubleSpinBox *m_period2 = nullptr;
    QDoubleSpinBox *m_amplitude2 = nullptr;
    QWidget *m_twoSinesRows[2] = {};
    QDoubleSpinBox *m_noise = nullptr;
    QSpinBox *m_noiseSeed = nullptr;
    AnomalyControls m_anomaly;
    QLabel *m_summary = nullptr; // "120 points, −1 … 1"
    QPushButton *m_asNumbers = nullptr; // "Edit as numbers"
    QWidget *m_numbersBlock = nullptr;
    QPlainTextEdit *m_numbers = nullptr;
    QLabel *m_trainProblem = nullptr;
    QComboBox *m_test = nullptr;
    QWidget *m_testAnomalyBlock = nullptr;
    AnomalyControls m_testAnomaly;
    QWidget *m_testNumbersBlock = nullptr;
    QPlainTextEdit *m_testNumbers = nullptr;
    QLabel *m_testProblem = nullptr;
    bool m_updating = false;
    // The text setData() showed and the series it stands for: a file's doubles that are not
    // float32 numbers stay as they were while the text is not edited.
    QString m_shownText;
    std::vector<SeriesValues> m_shownSeries;
    QString m_shownTestText;
    std::vector<SeriesValues> m_shownTestSeries;
};

} // namespace rnnlab
