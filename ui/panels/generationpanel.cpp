// SPDX-License-Identifier: MIT
#include "ui/panels/generationpanel.h"
#include "ui/common/monospace.h"

#include "app/session/problemtext.h"
#include "engine/unicode.h"

#include <QButtonGroup>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStyle>
#include <QTextCursor>
#include <QTextEdit>
#include <QVBoxLayout>

#include <limits>

namespace rnnlab {

namespace {

QString fromU32(const std::u32string &text)
{
    return QString::fromStdString(toUtf8(text));
}

// An error red that reads on the window colour of light and dark palettes alike.
QColor errorColor(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5 ? QColor(0xFF, 0x8A, 0x80) : QColor(0xB0, 0x1C, 0x1C);
}

} // namespace

GenerationPanel::GenerationPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    // Prime, with the engine's message right under it.
    m_prime = new QLineEdit(this);
    m_prime->setFont(monospaceFamily());
    m_prime->setPlaceholderText(tr("characters to start from"));
    m_prime->setToolTip(tr("The network reads these characters first, then continues on its own"));
    auto *primeColumn = new QVBoxLayout;
    primeColumn->setContentsMargins(0, 0, 0, 0);
    primeColumn->setSpacing(2);
    primeColumn->addWidget(m_prime);
    m_primeErrorRow = makeErrorRow(m_primeError);
    primeColumn->addWidget(m_primeErrorRow);
    // Labels with buddies (addRow(QString, QLayout *) cannot set one, and would show the '&').
    // Mnemonics use letters the main window's tabs, menus and model panel leave free.
    auto *primeLabel = new QLabel(tr("Pr&ime:"), this);
    primeLabel->setBuddy(m_prime);
    form->addRow(primeLabel, primeColumn);

    m_length = new QSpinBox(this);
    m_length->setRange(1, 1000);
    m_length->setValue(20);
    m_length->setSuffix(tr(" characters"));
    m_length->setToolTip(tr("How many characters to generate after the prime"));
    form->addRow(tr("Le&ngth:"), m_length);

    // Greedy or sampled; temperature and seed only matter (and are enabled) when sampling.
    m_greedy = new QRadioButton(tr("Greed&y"), this);
    m_greedy->setToolTip(tr("Always take the most probable next character (argmax)"));
    m_sample = new QRadioButton(tr("Sa&mple"), this);
    m_sample->setToolTip(tr("Draw the next character from softmax(logits / temperature)"));
    m_greedy->setChecked(true);
    m_modeGroup = new QButtonGroup(this);
    m_modeGroup->addButton(m_greedy);
    m_modeGroup->addButton(m_sample);
    auto *modeRow = new QHBoxLayout;
    modeRow->addWidget(m_greedy);
    modeRow->addWidget(m_sample);
    modeRow->addStretch(1);
    form->addRow(tr("Next character:"), modeRow);

    m_temperature = new QDoubleSpinBox(this);
    m_temperature->setDecimals(2);
    m_temperature->setRange(0.01, 100.0); // > 0, as validate() demands
    m_temperature->setSingleStep(0.1);
    m_temperature->setValue(1.0);
    m_temperature->setToolTip(tr("1 samples from the network's own probabilities; smaller is more "
                                 "conservative, larger more adventurous"));
    m_seed = new QSpinBox(this);
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setToolTip(tr("The same seed draws the same text again"));
    auto *samplingRow = new QHBoxLayout;
    samplingRow->addWidget(m_temperature);
    auto *seedLabel = new QLabel(tr("See&d:"), this);
    seedLabel->setBuddy(m_seed);
    samplingRow->addWidget(seedLabel);
    samplingRow->addWidget(m_seed);
    samplingRow->addStretch(1);
    auto *temperatureLabel = new QLabel(tr("Temperat&ure:"), this);
    temperatureLabel->setBuddy(m_temperature);
    form->addRow(temperatureLabel, samplingRow);
    layout->addLayout(form);

    m_otherErrorRow = makeErrorRow(m_otherError);
    layout->addWidget(m_otherErrorRow);

    auto *buttonRow = new QHBoxLayout;
    m_generate = new QPushButton(tr("Generate"), this);
    m_generate->setDefault(true);
    buttonRow->addWidget(m_generate);
    m_status = new QLabel(this);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    buttonRow->addWidget(m_status, 1);
    layout->addLayout(buttonRow);

    auto *resultLabel = new QLabel(tr("&Result (the prime in bold, then what the network wrote):"), this);
    resultLabel->setWordWrap(true);
    layout->addWidget(resultLabel);
    m_result = new QTextEdit(this);
    m_result->setReadOnly(true);
    m_result->setFont(monospaceFamily());
    m_result->setPlaceholderText(tr("Nothing generated yet"));
    m_result->setMinimumHeight(QFontMetrics(m_result->font()).height() * 3 + 12);
    resultLabel->setBuddy(m_result);
    layout->addWidget(m_result, 1);
    m_resultErrorRow = makeErrorRow(m_resultError);
    layout->addWidget(m_resultErrorRow);

    connect(m_prime, &QLineEdit::textEdited, this, [this] { m_primeEdited = true; });
    connect(m_prime, &QLineEdit::textChanged, this, &GenerationPanel::validateNow);
    connect(m_prime, &QLineEdit::returnPressed, this, &GenerationPanel::requestGeneration);
    connect(m_length, &QSpinBox::valueChanged, this, &GenerationPanel::validateNow);
    connect(m_temperature, &QDoubleSpinBox::valueChanged, this, &GenerationPanel::validateNow);
    connect(m_sample, &QRadioButton::toggled, this, &GenerationPanel::validateNow);
    connect(m_generate, &QPushButton::clicked, this, &GenerationPanel::requestGeneration);
    const auto sampling = [this] { emit samplingChanged(options()); };
    connect(m_sample, &QRadioButton::toggled, this, sampling);
    connect(m_temperature, &QDoubleSpinBox::valueChanged, this, sampling);
    connect(m_seed, &QSpinBox::valueChanged, this, sampling);

    applyErrorStyle();
    validateNow();
}

GenerationPanel::~GenerationPanel() = default;

QWidget *GenerationPanel::makeErrorRow(QLabel *&text)
{
    // Icon and red text: the message never depends on its colour.
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *icon = new QLabel(row);
    icon->setObjectName(QStringLiteral("errorIcon"));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    layout->addWidget(icon);
    text = new QLabel(row);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(text, 1);
    row->setVisible(false);
    return row;
}

void GenerationPanel::applyErrorStyle()
{
    for (QLabel *label : {m_primeError, m_otherError, m_resultError}) {
        QPalette pal = label->palette();
        pal.setColor(QPalette::WindowText, errorColor(palette()));
        label->setPalette(pal);
    }
}

void GenerationPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyErrorStyle();
}

GenerationOptions GenerationPanel::options() const
{
    GenerationOptions options;
    options.prime = m_prime->text().toStdU32String();
    options.length = m_length->value();
    if (m_sample->isChecked())
        options.temperature = m_temperature->value();
    options.seed = m_seed->value();
    return options;
}

bool GenerationPanel::canGenerate() const
{
    return m_valid;
}

QString GenerationPanel::problemText() const
{
    QStringList lines;
    for (const QWidget *row : {m_primeErrorRow, m_otherErrorRow}) {
        if (!row->isHidden())
            lines.append(row == m_primeErrorRow ? m_primeError->text() : m_otherError->text());
    }
    return lines.join(u'\n');
}

QString GenerationPanel::resultText() const
{
    return m_result->toPlainText();
}

void GenerationPanel::validateNow()
{
    m_temperature->setEnabled(m_sample->isChecked());
    m_seed->setEnabled(m_sample->isChecked());

    QStringList primeProblems;
    QStringList otherProblems;
    if (m_setup) {
        for (const Problem &problem : validate(options(), m_setup->vocabulary)) {
            const QString message = ProblemText::text(problem);
            (problem.field == "prime" ? primeProblems : otherProblems).append(message);
        }
    }
    m_primeError->setText(primeProblems.join(u'\n'));
    m_primeErrorRow->setVisible(!primeProblems.isEmpty());
    m_otherError->setText(otherProblems.join(u'\n'));
    m_otherErrorRow->setVisible(!otherProblems.isEmpty());
    if (m_setup && !m_setup->task->canGenerate()) {
        // Generation is one-to-many: it needs a model whose outputs are characters.
        otherProblems = QStringList{tr("This model is a classifier (many-to-one): its outputs are labels, not "
                                       "characters, so it cannot write text. Generation is one-to-many: train a "
                                       "next-character model (lines without a label) to use it.")};
        m_otherError->setText(otherProblems.join(u'\n'));
        m_otherErrorRow->setVisible(true);
    }
    m_valid = m_setup && primeProblems.isEmpty() && otherProblems.isEmpty();
    m_generate->setEnabled(m_valid);
    m_generate->setToolTip(m_setup ? QString() : tr("Waiting for a model"));
    if (!m_setup)
        m_status->setText(tr("Waiting for a model"));
    else if (m_status->text() == tr("Waiting for a model"))
        m_status->clear();
}

void GenerationPanel::requestGeneration()
{
    validateNow();
    if (!m_valid)
        return;
    m_status->setText(tr("Generating…"));
    emit generateRequested(options());
}

void GenerationPanel::setSnapshot(const rnnlab::SnapshotPtr &snapshot)
{
    if (!snapshot || !snapshot->setup)
        return;
    const bool newRun = !m_hasGeneration || snapshot->generation != m_generation;
    if (snapshot->setup != m_setup) {
        m_setup = snapshot->setup;
        // The default prime is the first character of the first text; a prime the user typed
        // stays as long as the new vocabulary has its characters.
        const bool keep =
            m_primeEdited && !m_prime->text().isEmpty() && validate(options(), m_setup->vocabulary).empty();
        if (!keep) {
            const auto &texts = m_setup->session.data.texts;
            const std::u32string first =
                texts.empty() || texts.front().empty() ? std::u32string() : texts.front().substr(0, 1);
            m_prime->setText(fromU32(first));
            m_primeEdited = false;
        }
        validateNow();
    }
    if (newRun) {
        m_hasGeneration = true;
        m_generation = snapshot->generation;
        m_hasShownRequest = false;
        m_result->clear();
        m_resultErrorRow->setVisible(false);
        m_status->clear();
    }
    if (snapshot->generated && (!m_hasShownRequest || snapshot->generated->requestId != m_shownRequest))
        showGenerated(*snapshot->generated);
}

void GenerationPanel::showGenerated(const GeneratedText &generated)
{
    m_hasShownRequest = true;
    m_shownRequest = generated.requestId;
    m_status->clear();
    m_result->clear();
    if (generated.problem) {
        m_resultError->setText(ProblemText::text(*generated.problem));
        m_resultErrorRow->setVisible(true);
        return;
    }
    m_resultErrorRow->setVisible(false);
    QTextCursor cursor(m_result->document());
    QTextCharFormat prime;
    prime.setFontWeight(QFont::Bold);
    prime.setFontUnderline(true); // bold and underlined: distinct without relying on the weight alone
    prime.setToolTip(tr("The prime you gave"));
    cursor.insertText(fromU32(generated.options.prime), prime);
    QTextCharFormat continuation;
    continuation.setFontWeight(QFont::Normal);
    continuation.setToolTip(tr("Generated by the network"));
    cursor.insertText(fromU32(generated.text), continuation);
}

void GenerationPanel::showSnapshot(const SnapshotPtr &snapshot, const ColorScales &)
{
    setSnapshot(snapshot);
}

} // namespace rnnlab
