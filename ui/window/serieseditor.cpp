// SPDX-License-Identifier: MIT
#include "ui/window/serieseditor.h"

#include "app/session/inputfile.h"
#include "engine/session.h"
#include "engine/signalgenerator.h"
#include "ui/common/readernumber.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTextCursor>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace rnnlab {

namespace {

constexpr int seriesLines = 5; // the numbers boxes' height in lines

QString numberShown(double value)
{
    QString text = ReaderNumber::significant(value, 3);
    if (text.startsWith(u'-'))
        text[0] = QChar(0x2212);
    return text;
}

QPlainTextEdit *numbersBox(QWidget *parent)
{
    auto *box = new QPlainTextEdit(parent);
    box->setTabChangesFocus(true); // a tab separates columns in pasted text; typed, it moves on
    box->setLineWrapMode(QPlainTextEdit::NoWrap);
    box->setPlaceholderText(QCoreApplication::translate("rnnlab::SeriesEditor", "0\n0.31\n0.59\n…"));
    box->setToolTip(QCoreApplication::translate(
        "rnnlab::SeriesEditor",
        "One time point per line. Several numbers on a line (separated by commas, semicolons, tabs or spaces) are "
        "several features, one per column; a single line of comma-separated numbers is one feature.\nAn empty line "
        "starts another series: several series train together, each its own sequence from a zero state. Lines "
        "starting with # are comments. Numbers use a decimal point (0.5, -2, 1e-3)."));
    box->setFixedHeight(QFontMetrics(box->font()).lineSpacing() * seriesLines + 14);
    return box;
}

//! A spin box that writes its value with no trailing zeros ("20", "0.5", "1.5708"), not
//! QDoubleSpinBox's fixed decimals ("20.0000"); it still takes and rounds to decimals() places.
class ShortNumberBox : public QDoubleSpinBox
{
public:
    using QDoubleSpinBox::QDoubleSpinBox;

    QString textFromValue(double value) const override
    {
        QString text = locale().toString(value, 'f', decimals());
        const QString point = locale().decimalPoint();
        if (text.contains(point)) {
            while (text.endsWith(u'0'))
                text.chop(1);
            if (text.endsWith(point))
                text.chop(point.size());
        }
        return text;
    }
};

QDoubleSpinBox *doubleBox(QWidget *parent, double minimum, double maximum, int decimals, double step, double value,
                          const QString &tip)
{
    auto *box = new ShortNumberBox(parent);
    box->setRange(minimum, maximum);
    box->setDecimals(decimals);
    box->setSingleStep(step);
    box->setValue(value);
    box->setToolTip(tip);
    box->setLocale(QLocale::c()); // a decimal point, as the numbers box and session files write it
    return box;
}

QSpinBox *intBox(QWidget *parent, int minimum, int maximum, int value, const QString &tip)
{
    auto *box = new QSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setValue(value);
    box->setToolTip(tip);
    return box;
}

} // namespace

SeriesEditor::SeriesEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("seriesEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *sourceForm = new QFormLayout;
    sourceForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("seriesSource"));
    m_source->addItem(tr("Generator"));
    m_source->addItem(tr("Num&bers"));
    m_source->setToolTip(tr("Where the training series come from: a generated wave, or numbers typed, pasted or "
                            "imported from a CSV file. Either way the session stores the numbers."));
    // Alt letters: this editor's two choosers and the numbers box (Tr&aining series, Test ser&ies,
    // Num&bers) have letters that the model's rows (K C Z Y U P N M D G, &Revert) and the menus
    // (F T E S O V L H) do not use; the rows under them have none (the alphabet has too few letters
    // left, and a letter shared is a letter that jumps nowhere for sure): their labels name their
    // fields for a screen reader (subRow) and Tab reaches them from the chooser above.
    auto *sourceLabel = new QLabel(tr("Tr&aining series"), this);
    sourceLabel->setBuddy(m_source);
    sourceForm->addRow(sourceLabel, m_source);
    layout->addLayout(sourceForm);

    // The generator: the same settings as rnnlab-cli new-forecast's options.
    m_generator = new QWidget(this);
    auto *gen = new QFormLayout(m_generator);
    gen->setContentsMargins(0, 0, 0, 0);
    gen->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_wave = new QComboBox(m_generator);
    m_wave->setObjectName(QStringLiteral("wave"));
    m_wave->addItem(tr("Sine"), int(WaveKind::Sine));
    m_wave->addItem(tr("Square"), int(WaveKind::Square));
    m_wave->addItem(tr("Sawtooth"), int(WaveKind::Sawtooth));
    m_wave->addItem(tr("Triangle"), int(WaveKind::Triangle));
    m_wave->addItem(tr("Two sines"), int(WaveKind::TwoSines));
    m_wave->setToolTip(tr("Sine A sin(2πt/P + φ); square, sawtooth and triangle of the same period and amplitude; "
                          "or the sum of two sines A sin(2πt/P + φ) + A₂ sin(2πt/P₂)"));
    gen->addRow(tr("&Wave"), m_wave);
    // Decimals per field: periods in time steps (2), amplitudes, noise and sizes (3), the phase in
    // radians (4: π/2 ≈ 1.5708); shown without trailing zeros (ShortNumberBox).
    m_period = doubleBox(m_generator, 0.0, 1e6, 2, 1.0, 20.0, tr("P: time steps per period (> 0)"));
    m_period->setObjectName(QStringLiteral("period"));
    subRow(gen, tr("Period"), m_period);
    m_amplitude = doubleBox(m_generator, -1e6, 1e6, 3, 0.1, 1.0, tr("A: the wave's largest value"));
    m_amplitude->setObjectName(QStringLiteral("amplitude"));
    subRow(gen, tr("Amplitude"), m_amplitude);
    m_phase = doubleBox(m_generator, -1000.0, 1000.0, 4, 0.1, 0.0, tr("φ: the phase in radians (π/2 ≈ 1.5708)"));
    m_phase->setObjectName(QStringLiteral("phase"));
    m_phase->setSuffix(tr(" rad"));
    subRow(gen, tr("Phase"), m_phase);
    m_length = intBox(m_generator, 0, int(limits::maxTotalPoints), 120,
                      tr("Points of the series (≥ 2): a series of n points is n − 1 time steps"));
    m_length->setObjectName(QStringLiteral("length"));
    subRow(gen, tr("Length"), m_length);
    m_period2 = doubleBox(m_generator, 0.0, 1e6, 2, 1.0, 7.0, tr("P₂: the second sine's period (> 0)"));
    m_period2->setObjectName(QStringLiteral("period2"));
    m_amplitude2 = doubleBox(m_generator, -1e6, 1e6, 3, 0.1, 0.5, tr("A₂: the second sine's amplitude"));
    m_amplitude2->setObjectName(QStringLiteral("amplitude2"));
    subRow(gen, tr("Period 2"), m_period2);
    subRow(gen, tr("Amplitude 2"), m_amplitude2);
    m_twoSinesRows[0] = m_period2;
    m_twoSinesRows[1] = m_amplitude2;
    m_noise = doubleBox(m_generator, 0.0, 1e6, 3, 0.05, 0.0,
                        tr("σ: Gaussian noise added to every point (0: none); the seed below makes it the same on "
                           "every machine"));
    m_noise->setObjectName(QStringLiteral("noise"));
    subRow(gen, tr("Noise σ"), m_noise);
    m_noiseSeed = intBox(m_generator, std::numeric_limits<int>::min(), std::numeric_limits<int>::max(), 0,
                         tr("The noise's own seed (not the weights')"));
    m_noiseSeed->setObjectName(QStringLiteral("noiseSeed"));
    subRow(gen, tr("Noise seed"), m_noiseSeed);
    addAnomalyRows(gen, m_anomaly, true, QStringLiteral("anomaly"));
    m_summary = new QLabel(m_generator);
    m_summary->setWordWrap(true);
    m_asNumbers = new QPushButton(tr("Edit as numbers"), m_generator);
    m_asNumbers->setToolTip(tr("Puts the generated numbers into the numbers box, to change them by hand"));
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_asNumbers);
    gen->addRow(summaryRow);
    layout->addWidget(m_generator);

    // Numbers typed, pasted or imported.
    m_numbersBlock = new QWidget(this);
    auto *numbers = new QVBoxLayout(m_numbersBlock);
    numbers->setContentsMargins(0, 0, 0, 0);
    m_numbers = numbersBox(m_numbersBlock);
    m_numbers->setObjectName(QStringLiteral("seriesNumbers"));
    auto *importButton = new QPushButton(tr("Import CSV…"), m_numbersBlock); // (File ▸ Import CSV… too)
    importButton->setToolTip(tr("Adds a CSV file's numbers as another series: one row per time point, one column "
                                "per feature, a header row optional"));
    auto *numbersHeader = new QHBoxLayout;
    auto *numbersLabel = new QLabel(tr("Num&bers"), m_numbersBlock);
    numbersLabel->setBuddy(m_numbers);
    numbersHeader->addWidget(numbersLabel, 1);
    numbersHeader->addWidget(importButton);
    numbers->addLayout(numbersHeader);
    numbers->addWidget(m_numbers);
    layout->addWidget(m_numbersBlock);
    m_trainProblem = new QLabel(this);
    layout->addWidget(m_trainProblem);

    // The test series: evaluated, never trained on.
    auto *testForm = new QFormLayout;
    testForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_test = new QComboBox(this);
    m_test->setObjectName(QStringLiteral("testSeries"));
    m_test->addItem(tr("None"));
    m_test->addItem(tr("Wave with an anomaly"));
    m_test->addItem(tr("Num&bers"));
    m_test->setToolTip(tr("A series the network is tested on but never trained on: where its error jumps above "
                          "the training error's, the Signal tab rings an anomaly"));
    auto *testLabel = new QLabel(tr("Test ser&ies"), this);
    testLabel->setBuddy(m_test);
    testForm->addRow(testLabel, m_test);
    layout->addLayout(testForm);
    m_testAnomalyBlock = new QWidget(this);
    auto *testAnomaly = new QFormLayout(m_testAnomalyBlock);
    testAnomaly->setContentsMargins(0, 0, 0, 0);
    testAnomaly->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addAnomalyRows(testAnomaly, m_testAnomaly, false, QStringLiteral("testAnomaly"));
    setAnomaly(m_testAnomaly, AnomalySpec{AnomalyKind::Spike, 70, 1, 2.0});
    layout->addWidget(m_testAnomalyBlock);
    m_testNumbersBlock = new QWidget(this);
    auto *testNumbers = new QVBoxLayout(m_testNumbersBlock);
    testNumbers->setContentsMargins(0, 0, 0, 0);
    m_testNumbers = numbersBox(m_testNumbersBlock);
    m_testNumbers->setObjectName(QStringLiteral("testNumbers"));
    auto *testImport = new QPushButton(tr("Import CSV…"), m_testNumbersBlock);
    testImport->setToolTip(tr("Adds a CSV file's numbers as a test series"));
    auto *testHeader = new QHBoxLayout;
    auto *testNumbersLabel = new QLabel(tr("Test numbers"), m_testNumbersBlock);
    m_testNumbers->setAccessibleName(testNumbersLabel->text()); // Tab from Test series reaches it
    testHeader->addWidget(testNumbersLabel, 1);
    testHeader->addWidget(testImport);
    testNumbers->addLayout(testHeader);
    testNumbers->addWidget(m_testNumbers);
    layout->addWidget(m_testNumbersBlock);
    m_testProblem = new QLabel(this);
    layout->addWidget(m_testProblem);

    const auto edited = [this] {
        if (m_updating)
            return;
        updateVisibility();
        updateSummary();
        emit changed();
    };
    connect(m_source, &QComboBox::currentIndexChanged, this, edited);
    connect(m_wave, &QComboBox::currentIndexChanged, this, edited);
    for (QDoubleSpinBox *box :
         {m_period, m_amplitude, m_phase, m_period2, m_amplitude2, m_noise, m_anomaly.size, m_testAnomaly.size})
        connect(box, &QDoubleSpinBox::valueChanged, this, edited);
    for (QSpinBox *box :
         {m_length, m_noiseSeed, m_anomaly.at, m_anomaly.length, m_testAnomaly.at, m_testAnomaly.length})
        connect(box, &QSpinBox::valueChanged, this, edited);
    for (QComboBox *box : {m_anomaly.kind, m_testAnomaly.kind, m_test})
        connect(box, &QComboBox::currentIndexChanged, this, edited);
    connect(m_numbers, &QPlainTextEdit::textChanged, this, edited);
    connect(m_testNumbers, &QPlainTextEdit::textChanged, this, edited);
    connect(importButton, &QPushButton::clicked, this, [this] { importCsvInteractively(false); });
    connect(testImport, &QPushButton::clicked, this, [this] { importCsvInteractively(true); });
    connect(m_asNumbers, &QPushButton::clicked, this, [this] {
        const SignalSpec s = spec();
        if (!SignalGenerator::validate(s, "").empty())
            return;
        QTextCursor cursor(m_numbers->document());
        cursor.select(QTextCursor::Document);
        cursor.insertText(SeriesText::format({SignalGenerator::series(s)})); // undoable, unlike setPlainText
        setSource(Source::Numbers);
        m_numbers->setFocus();
    });
    updateVisibility();
    updateSummary();
}

void SeriesEditor::subRow(QFormLayout *form, const QString &label, QWidget *field)
{
    auto *name = new QLabel(label, form->parentWidget());
    form->addRow(name, field);
    name->setBuddy(nullptr); // addRow made it the buddy: no Alt letter (see the constructor)
    field->setAccessibleName(label.trimmed());
}

void SeriesEditor::addAnomalyRows(QFormLayout *form, AnomalyControls &c, bool optional, const QString &name)
{
    c.kind = new QComboBox(form->parentWidget());
    c.kind->setObjectName(name + QStringLiteral("Kind"));
    if (optional)
        c.kind->addItem(tr("None"), -1);
    c.kind->addItem(tr("Spike"), int(AnomalyKind::Spike));
    c.kind->addItem(tr("Level shift"), int(AnomalyKind::LevelShift));
    c.kind->addItem(tr("Flat stretch"), int(AnomalyKind::Flat));
    c.kind->setToolTip(tr("Spike: + size at one point. Level shift: + size over a stretch (length 0: to the end). "
                          "Flat stretch: the value at “at” held for a stretch."));
    subRow(form, tr("Anomaly"), c.kind);
    // Counted from 1, as the Signal tab's axis and the graph's t = 1 … n count: "80" had put the
    // spike at the axis' 81. rnnlab-cli's --anomaly counts from 1 too; the session keeps the index from 0.
    c.at = intBox(form->parentWidget(), 1, int(limits::maxTotalPoints), 61,
                  tr("Where the anomaly starts: a point of the series, counted from 1 as the Signal tab's time axis"));
    c.length = intBox(form->parentWidget(), 0, int(limits::maxTotalPoints), 1, tr("How many points it lasts"));
    c.size = doubleBox(form->parentWidget(), -1e6, 1e6, 3, 0.5, 3.0, tr("What it adds to the wave"));
    subRow(form, tr("  at point"), c.at);
    subRow(form, tr("  length"), c.length);
    subRow(form, tr("  size"), c.size);
    c.at->setObjectName(name + QStringLiteral("At"));
    c.length->setObjectName(name + QStringLiteral("Length"));
    c.size->setObjectName(name + QStringLiteral("Size"));
}

std::optional<AnomalySpec> SeriesEditor::anomalyOf(const AnomalyControls &c) const
{
    const int kind = c.kind->currentData().toInt();
    if (kind < 0)
        return std::nullopt;
    return AnomalySpec{AnomalyKind(kind), c.at->value() - 1, c.length->value(), c.size->value()};
}

void SeriesEditor::setAnomaly(AnomalyControls &c, const std::optional<AnomalySpec> &anomaly)
{
    if (!anomaly) {
        c.kind->setCurrentIndex(std::max(0, c.kind->findData(-1)));
        return;
    }
    c.kind->setCurrentIndex(c.kind->findData(int(anomaly->kind)));
    c.at->setValue(int(std::clamp<std::int64_t>(anomaly->at + 1, c.at->minimum(), c.at->maximum())));
    c.length->setValue(int(std::clamp<std::int64_t>(anomaly->length, c.length->minimum(), c.length->maximum())));
    c.size->setValue(anomaly->size);
}

SignalSpec SeriesEditor::spec() const
{
    SignalSpec s;
    s.wave = WaveKind(m_wave->currentData().toInt());
    s.period = m_period->value();
    s.amplitude = m_amplitude->value();
    s.phase = m_phase->value();
    s.length = m_length->value();
    s.period2 = m_period2->value();
    s.amplitude2 = m_amplitude2->value();
    s.noise = m_noise->value();
    s.noiseSeed = m_noiseSeed->value();
    s.anomaly = anomalyOf(m_anomaly);
    return s;
}

void SeriesEditor::setSpec(const SignalSpec &s)
{
    m_wave->setCurrentIndex(m_wave->findData(int(s.wave)));
    m_period->setValue(s.period);
    m_amplitude->setValue(s.amplitude);
    m_phase->setValue(s.phase);
    m_length->setValue(int(std::clamp<std::int64_t>(s.length, 0, m_length->maximum())));
    m_period2->setValue(s.period2);
    m_amplitude2->setValue(s.amplitude2);
    m_noise->setValue(s.noise);
    m_noiseSeed->setValue(int(std::clamp<std::int64_t>(s.noiseSeed, m_noiseSeed->minimum(), m_noiseSeed->maximum())));
    setAnomaly(m_anomaly, s.anomaly);
}

SeriesEditor::Source SeriesEditor::source() const
{
    return m_source->currentIndex() == 0 ? Source::Generator : Source::Numbers;
}

void SeriesEditor::setSource(Source source)
{
    m_source->setCurrentIndex(source == Source::Generator ? 0 : 1);
}

SeriesEditor::Test SeriesEditor::test() const
{
    return Test(std::max(0, m_test->currentIndex()));
}

void SeriesEditor::setTest(Test test)
{
    m_test->setCurrentIndex(int(test));
}

void SeriesEditor::updateVisibility()
{
    const bool generator = source() == Source::Generator;
    m_generator->setVisible(generator);
    m_numbersBlock->setVisible(!generator);
    auto *form = qobject_cast<QFormLayout *>(m_generator->layout());
    const bool twoSines = m_wave->currentData().toInt() == int(WaveKind::TwoSines);
    for (QWidget *row : m_twoSinesRows)
        form->setRowVisible(row, twoSines);
    m_noiseSeed->setEnabled(m_noise->value() > 0.0);
    const auto showAnomaly = [](QFormLayout *f, const AnomalyControls &c) {
        const int kind = c.kind->currentData().toInt();
        f->setRowVisible(c.at, kind >= 0);
        // A spike is one point (no length); a flat stretch holds a value (no size).
        f->setRowVisible(c.length, kind == int(AnomalyKind::LevelShift) || kind == int(AnomalyKind::Flat));
        f->setRowVisible(c.size, kind == int(AnomalyKind::Spike) || kind == int(AnomalyKind::LevelShift));
        c.length->setMinimum(kind == int(AnomalyKind::LevelShift) ? 0 : 1);
        c.length->setSpecialValueText(kind == int(AnomalyKind::LevelShift) ? QObject::tr("to the end") : QString());
    };
    showAnomaly(form, m_anomaly);
    showAnomaly(qobject_cast<QFormLayout *>(m_testAnomalyBlock->layout()), m_testAnomaly);
    // The wave with an anomaly needs a wave.
    if (auto *model = qobject_cast<QStandardItemModel *>(m_test->model()))
        model->item(int(Test::Anomaly))->setEnabled(generator);
    m_testAnomalyBlock->setVisible(test() == Test::Anomaly);
    m_testNumbersBlock->setVisible(test() == Test::Numbers);
}

void SeriesEditor::updateSummary()
{
    const SignalSpec s = spec();
    if (!SignalGenerator::validate(s, "").empty()) {
        m_summary->clear();
        m_asNumbers->setEnabled(false);
        return;
    }
    const std::vector<double> values = SignalGenerator::generate(s);
    const auto [low, high] = std::minmax_element(values.begin(), values.end());
    m_summary->setText((values.size() == 1 ? tr("1 point") : tr("%1 points").arg(values.size()))
                       + tr(", %1 … %2").arg(numberShown(*low), numberShown(*high)));
    m_asNumbers->setEnabled(true);
}

void SeriesEditor::setData(const DataConfig &data)
{
    m_updating = true;
    bool generated = data.seriesGenerators.size() == 1 && data.series.size() == 1
        && SignalGenerator::validate(data.seriesGenerators.front(), "").empty();
    if (generated) {
        setSpec(data.seriesGenerators.front());
        // Only when the controls hold that generator exactly and it makes these very numbers.
        generated = spec() == data.seriesGenerators.front()
            && SignalGenerator::series(data.seriesGenerators.front()) == data.series.front();
    }
    m_shownSeries.clear();
    m_shownText.clear();
    // Numbers: the text typed stays when it reads as these very series (comments and all, after
    // Apply); else the series are written out.
    const auto showNumbers = [](QPlainTextEdit *box, const std::vector<SeriesValues> &series, QString &shownText,
                                std::vector<SeriesValues> &shownSeries, const std::string &field) {
        shownSeries = series;
        const ParsedSeries typed = SeriesText::parse(box->toPlainText(), field);
        if (typed.ok() && typed.series == series) {
            shownText = box->toPlainText();
            return;
        }
        shownText = SeriesText::format(series);
        box->setPlainText(shownText);
    };
    if (!generated && !data.series.empty())
        showNumbers(m_numbers, data.series, m_shownText, m_shownSeries, "data.series");
    setSource(generated || data.series.empty() ? Source::Generator : Source::Numbers);

    m_shownTestSeries.clear();
    m_shownTestText.clear();
    Test test = data.testSeries.empty() ? Test::None : Test::Numbers;
    if (generated && data.testSeries.size() == 1 && data.testSeriesGenerators.size() == 1) {
        SignalSpec testSpec = data.testSeriesGenerators.front();
        if (testSpec.anomaly && SignalGenerator::validate(testSpec, "").empty()) {
            setAnomaly(m_testAnomaly, testSpec.anomaly);
            SignalSpec shown = spec();
            shown.anomaly = anomalyOf(m_testAnomaly);
            if (shown == testSpec && SignalGenerator::series(testSpec) == data.testSeries.front())
                test = Test::Anomaly;
        }
    }
    if (test == Test::Numbers)
        showNumbers(m_testNumbers, data.testSeries, m_shownTestText, m_shownTestSeries, "data.test_series");
    setTest(test);
    m_updating = false;
    updateVisibility();
    updateSummary();
}

DataConfig SeriesEditor::data() const
{
    DataConfig d;
    d.task = TaskKind::Forecast;
    const SignalSpec s = spec();
    const bool specOk = SignalGenerator::validate(s, "").empty();
    if (source() == Source::Generator) {
        if (specOk) {
            d.series = {SignalGenerator::series(s)};
            d.seriesGenerators = {s};
        }
    } else {
        const QString text = m_numbers->toPlainText();
        if (!m_shownText.isEmpty() && text == m_shownText) {
            d.series = m_shownSeries;
        } else {
            ParsedSeries parsed = SeriesText::parse(text, "data.series");
            if (parsed.ok())
                d.series = std::move(parsed.series);
        }
    }
    switch (test()) {
    case Test::None: break;
    case Test::Anomaly: {
        SignalSpec testSpec = s;
        testSpec.anomaly = anomalyOf(m_testAnomaly);
        if (source() == Source::Generator && specOk && SignalGenerator::validate(testSpec, "").empty()) {
            d.testSeries = {SignalGenerator::series(testSpec)};
            d.testSeriesGenerators = {testSpec};
        }
        break;
    }
    case Test::Numbers: {
        const QString text = m_testNumbers->toPlainText();
        if (!m_shownTestText.isEmpty() && text == m_shownTestText) {
            d.testSeries = m_shownTestSeries;
        } else {
            ParsedSeries parsed = SeriesText::parse(text, "data.test_series");
            if (parsed.ok())
                d.testSeries = std::move(parsed.series);
        }
        break;
    }
    }
    return d;
}

std::vector<Problem> SeriesEditor::problems() const
{
    std::vector<Problem> found;
    const SignalSpec s = spec();
    if (source() == Source::Generator) {
        found = SignalGenerator::validate(s, "data.generator.series[0]");
        if (s.length == 1)
            found.push_back({"data.generator.series[0].length",
                             "1 is too short: a series needs at least 2 points (an input and the value after it)"});
    } else if (m_numbers->toPlainText().trimmed().isEmpty()) {
        found.push_back({"data.series",
                         "Type or paste the numbers of a series (at least 2, one per line), import "
                         "a CSV file, or choose the generator"});
    } else if (m_shownText.isEmpty() || m_numbers->toPlainText() != m_shownText) {
        found = SeriesText::parse(m_numbers->toPlainText(), "data.series").problems;
    }
    if (test() == Test::Anomaly) {
        if (source() != Source::Generator) {
            found.push_back({"data.test_series",
                             "The wave with an anomaly is the generator's wave: choose the "
                             "generator above, or give the test series as numbers"});
        } else {
            SignalSpec testSpec = s;
            testSpec.anomaly = anomalyOf(m_testAnomaly);
            for (Problem &p : SignalGenerator::validate(testSpec, "data.generator.test_series[0]")) {
                if (p.field.find(".anomaly") != std::string::npos) // the rest is the wave's, said above
                    found.push_back(std::move(p));
            }
        }
    } else if (test() == Test::Numbers) {
        if (m_testNumbers->toPlainText().trimmed().isEmpty())
            found.push_back({"data.test_series",
                             "Type or paste the test series' numbers, import a CSV file, or "
                             "choose no test series"});
        else if (m_shownTestText.isEmpty() || m_testNumbers->toPlainText() != m_shownTestText)
            for (Problem &p : SeriesText::parse(m_testNumbers->toPlainText(), "data.test_series").problems)
                found.push_back(std::move(p));
    }
    return found;
}

QString SeriesEditor::inWords(const Problem &problem) const
{
    // A problem the text made is a sentence already.
    if ((problem.field == "data.series" || problem.field == "data.test_series") && !problem.message.empty()
        && problem.message[0] >= 'A' && problem.message[0] <= 'Z')
        return QString::fromStdString(problem.message);
    std::optional<ParsedSeries> train;
    std::optional<ParsedSeries> test;
    if (source() == Source::Numbers)
        train = SeriesText::parse(m_numbers->toPlainText(), "data.series");
    if (this->test() == Test::Numbers)
        test = SeriesText::parse(m_testNumbers->toPlainText(), "data.test_series");
    return SeriesText::inWords(problem, train ? &*train : nullptr, test ? &*test : nullptr);
}

QString SeriesEditor::importCsv(const QString &path, bool toTest)
{
    QByteArray bytes;
    const QString name = QFileInfo(path).fileName();
    // 256 MiB: a million points of a few features (limits::maxTotalPoints), as text, with room.
    if (const QString error = InputFile::read(path, &bytes, qint64(256) << 20); !error.isEmpty())
        return error;
    const ParsedSeries parsed = SeriesText::parseCsv(bytes, toTest ? "data.test_series" : "data.series");
    if (!parsed.ok())
        return tr("%1: %2").arg(name, QString::fromStdString(parsed.problems.front().message));
    QPlainTextEdit *box = toTest ? m_testNumbers : m_numbers;
    QTextCursor cursor(box->document());
    cursor.movePosition(QTextCursor::End);
    QString text = QStringLiteral("# %1\n").arg(name) + SeriesText::format(parsed.series);
    const QString before = box->toPlainText();
    if (!before.trimmed().isEmpty()) // another series after those typed: an empty line between
        text = (before.endsWith(u'\n') ? QStringLiteral("\n") : QStringLiteral("\n\n")) + text;
    cursor.insertText(text); // undoable (Ctrl+Z in the box), unlike setPlainText
    if (toTest)
        setTest(Test::Numbers);
    else
        setSource(Source::Numbers);
    const SeriesValues &series = parsed.series.front();
    const QString points = series.size() == 1 ? tr("1 point") : tr("%1 points").arg(series.size());
    const QString features =
        series.front().size() == 1 ? tr("1 feature") : tr("%1 features").arg(series.front().size());
    emit message(tr("Imported %1 of %2 from %3").arg(points, features, name));
    return {};
}

void SeriesEditor::importCsvInteractively(bool toTest)
{
    const QString path =
        QFileDialog::getOpenFileName(this, toTest ? tr("Import a test series from CSV") : tr("Import series from CSV"),
                                     QString(), tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString problem = importCsv(path, toTest);
    if (!problem.isEmpty()) {
        QLabel *label = toTest ? m_testProblem : m_trainProblem;
        label->setText(QStringLiteral("⚠ ") + problem.toHtmlEscaped());
        label->show();
        emit message(problem);
    }
}

} // namespace rnnlab
