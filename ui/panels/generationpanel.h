// SPDX-License-Identifier: MIT
// Text generation ("one-to-many"): a prime, a length, greedy or sampled (temperature, seed), a
// Generate button, and the result — the prime in bold, then what the network wrote. Validates in
// place with the engine's own rules (rnnlab::validate(GenerationOptions, Vocabulary)), showing its
// messages under the field and disabling Generate while anything is wrong. Does not generate: it
// emits generateRequested() and shows snapshot->generated when the controller publishes it.
#pragma once

#include "app/worker/snapshot.h"
#include "ui/common/metatypes.h" // SnapshotPtr and GenerationOptions as Qt meta-types, declared once
#include "ui/common/snapshotview.h"

#include <QWidget>

class QButtonGroup;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTextEdit;

namespace rnnlab {

class GenerationPanel
    : public QWidget
    , public SnapshotView
{
    Q_OBJECT

public:
    explicit GenerationPanel(QWidget *parent = nullptr);
    ~GenerationPanel() override;

    //! The options the fields describe now (valid or not).
    GenerationOptions options() const;
    //! Whether Generate is allowed: there is a model and validate() finds no problem.
    bool canGenerate() const;
    //! The engine's messages now shown (one per line), empty when none.
    QString problemText() const;
    //! The result area as plain text: prime followed by the generated characters (or empty).
    QString resultText() const;

    QLineEdit *primeEdit() const { return m_prime; }
    QSpinBox *lengthSpinBox() const { return m_length; }
    QRadioButton *sampleButton() const { return m_sample; }
    QDoubleSpinBox *temperatureSpinBox() const { return m_temperature; }
    QSpinBox *seedSpinBox() const { return m_seed; }
    QPushButton *generateButton() const { return m_generate; }

    //! SnapshotView: setSnapshot(\a snapshot) (the colour scales are not this view's).
    void showSnapshot(const SnapshotPtr &snapshot, const ColorScales &scales) override;

public slots:
    void setSnapshot(const rnnlab::SnapshotPtr &snapshot);
    //! Emits generateRequested() with options() when they are valid.
    void requestGeneration();

signals:
    void generateRequested(rnnlab::GenerationOptions options);
    //! Greedy or sampled, the temperature or the seed changed: options() (the graph's one-to-many
    //! picture generates the same way: TrainingController::setFreeRun).
    void samplingChanged(rnnlab::GenerationOptions options);

protected:
    void changeEvent(QEvent *event) override;

private:
    void validateNow();
    void showGenerated(const GeneratedText &generated);
    void applyErrorStyle();
    QWidget *makeErrorRow(QLabel *&text);

    QLineEdit *m_prime = nullptr;
    QSpinBox *m_length = nullptr;
    QButtonGroup *m_modeGroup = nullptr;
    QRadioButton *m_greedy = nullptr;
    QRadioButton *m_sample = nullptr;
    QDoubleSpinBox *m_temperature = nullptr;
    QSpinBox *m_seed = nullptr;
    QPushButton *m_generate = nullptr;
    QTextEdit *m_result = nullptr;
    // The engine's messages: under the prime, and for the other options (which the spin boxes
    // normally keep valid) and refused requests under the settings.
    QWidget *m_primeErrorRow = nullptr;
    QLabel *m_primeError = nullptr;
    QWidget *m_otherErrorRow = nullptr;
    QLabel *m_otherError = nullptr;
    QWidget *m_resultErrorRow = nullptr;
    QLabel *m_resultError = nullptr;
    QLabel *m_status = nullptr;

    std::shared_ptr<const RunSetup> m_setup;
    bool m_hasGeneration = false;
    std::uint64_t m_generation = 0;
    bool m_primeEdited = false; // the user typed a prime: keep it across resets if still valid
    bool m_valid = false;
    bool m_hasShownRequest = false;
    std::uint64_t m_shownRequest = 0; // requestId of the result on display
};

} // namespace rnnlab
