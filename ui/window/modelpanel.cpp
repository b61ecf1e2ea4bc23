// SPDX-License-Identifier: MIT
#include "ui/window/modelpanel.h"

#include "ui/window/serieseditor.h"

#include "app/session/pairstsv.h"
#include "app/session/problemtext.h"
#include "app/session/textsession.h"
#include "engine/dataset.h"
#include "engine/task.h"
#include "engine/tasks/forecasttask.h"
#include "engine/tasks/translatetask.h"
#include "engine/unicode.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QDoubleValidator>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>
#include <optional>

namespace rnnlab {

namespace {

QString fromCodePoints(const std::u32string &text)
{
    return QString::fromStdString(toUtf8(text));
}

//! Which problem label shows a field's problem ("data.texts[2]" → "data.texts").
std::string fieldGroup(const std::string &field)
{
    if (field.rfind("data.texts", 0) == 0 || field == "data.vocabulary")
        return "data.texts";
    // A time series' problems, under the training or the test series.
    if (field.rfind("data.test_series", 0) == 0 || field.rfind("data.generator.test_series", 0) == 0)
        return "data.test_series";
    if (field.rfind("data.series", 0) == 0 || field.rfind("data.generator", 0) == 0)
        return "data.series";
    if (field.empty() || field.rfind("weights", 0) == 0)
        return "";
    return field;
}

//! A problem's look: dark orange words (with an icon, setProblem()), wrapped, hidden while empty.
void styleProblemLabel(QLabel *label)
{
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->hide();
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, QColor(0xB0, 0x30, 0x00));
    label->setPalette(p);
}

//! The Task combo's entries, in its order.
enum TaskEntry { TextEntry, SeriesEntry, TranslationEntry };

TaskEntry entryOf(TaskKind kind)
{
    return kind == TaskKind::Forecast ? SeriesEntry : kind == TaskKind::Translate ? TranslationEntry : TextEntry;
}

//! The model a task starts with when the panel switches to it: rnnlab-cli new-forecast's for a
//! time series (an LSTM of 16 units with an output layer, Adam at 0.01), new-translate's for a
//! translation (a GRU of 24 units, Adam at 0.02), the lecture's for texts.
Session defaultsFor(int entry)
{
    Session s = lectureExample();
    if (entry == SeriesEntry) {
        s.model = ModelConfig{CellKind::Lstm, 16, 1, true};
        s.training.learningRate = 0.01;
    } else if (entry == TranslationEntry) {
        s.model = ModelConfig{CellKind::Gru, 24, 1, true};
        s.training.learningRate = 0.02;
    }
    return s;
}

} // namespace

void ModelPanel::alignLabelColumns()
{
    std::vector<QWidget *> labels;
    for (QFormLayout *form : findChildren<QFormLayout *>()) {
        for (int row = 0; row < form->rowCount(); ++row) {
            if (QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole); item && item->widget())
                labels.push_back(item->widget());
        }
    }
    int widest = 0;
    for (QWidget *label : labels) {
        label->setMinimumWidth(0); // measured afresh (a font change)
        widest = std::max(widest, label->sizeHint().width());
    }
    for (QWidget *label : labels)
        label->setMinimumWidth(widest);
}

void ModelPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        alignLabelColumns();
}

ModelPanel::ModelPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);

    auto *taskForm = new QFormLayout;
    taskForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_task = new QComboBox(this);
    m_task->setObjectName(QStringLiteral("task"));
    m_task->addItem(tr("Text"));
    m_task->addItem(tr("Time series"));
    m_task->addItem(tr("Translation (pairs)"));
    m_task->setToolTip(tr("Text: the network reads characters and predicts the next one (or, with "
                          "text<Tab>label lines, names a label: a classifier).\nTime series: it reads numbers "
                          "and predicts the next value of each feature (MSE loss).\nTranslation (pairs): an "
                          "encoder reads each source<Tab>target line's source, a decoder writes its target."));
    auto *taskLabel = new QLabel(tr("Tas&k"), this);
    taskLabel->setBuddy(m_task);
    taskForm->addRow(taskLabel, m_task);
    layout->addLayout(taskForm);

    m_textBlock = new QWidget(this);
    auto *textLayout = new QVBoxLayout(m_textBlock);
    textLayout->setContentsMargins(0, 0, 0, 0);
    auto *textsLabel = m_textsLabel = new QLabel(tr("Train&ing texts (one per line)"), m_textBlock);
    m_texts = new QPlainTextEdit(m_textBlock);
    m_texts->setObjectName(QStringLiteral("texts"));
    // Tab types a tab: "text<Tab>label" lines make a classifier (Ctrl+Tab moves on).
    m_texts->setTabChangesFocus(false);
    m_texts->setTabStopDistance(QFontMetricsF(m_texts->font()).horizontalAdvance(QStringLiteral("    ")));
    m_texts->setPlaceholderText(tr("hello"));
    m_texts->setToolTip(tr("Each line is one training sequence: the network reads its characters one at a time "
                           "and learns to predict the next one.\nLines of the form text<Tab>label train a classifier "
                           "instead (many-to-one): the network reads the whole text and then names its label."));
    textsLabel->setBuddy(m_texts);
    const int lines = 4;
    m_texts->setFixedHeight(QFontMetrics(m_texts->font()).lineSpacing() * lines + 14);
    textLayout->addWidget(textsLabel);
    textLayout->addWidget(m_texts);
    m_problemLabels["data.texts"] = problemLabel();
    m_problemLabels["data.texts"]->setParent(m_textBlock);
    textLayout->addWidget(m_problemLabels["data.texts"]);
    layout->addWidget(m_textBlock);
    m_series = new SeriesEditor(this);
    m_series->hide();
    styleProblemLabel(m_series->trainProblemLabel());
    styleProblemLabel(m_series->testProblemLabel());
    m_problemLabels["data.series"] = m_series->trainProblemLabel();
    m_problemLabels["data.test_series"] = m_series->testProblemLabel();
    layout->addWidget(m_series);
    m_vocabulary = new QLabel(this);
    m_vocabulary->setTextFormat(Qt::PlainText); // the texts are the user's: never markup
    m_vocabulary->setWordWrap(true);
    m_vocabulary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_vocabulary);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    const auto addRow = [&](const QString &label, QWidget *field, const std::string &key) {
        form->addRow(label, field);
        QLabel *problem = problemLabel();
        form->addRow(problem);
        m_problemLabels[key] = problem;
    };

    m_cell = new QComboBox(this);
    m_cell->addItem(tr("RNN, tanh"), QStringLiteral("rnn_tanh"));
    m_cell->addItem(tr("RNN, ReLU"), QStringLiteral("rnn_relu"));
    m_cell->addItem(tr("LSTM"), QStringLiteral("lstm"));
    m_cell->addItem(tr("GRU"), QStringLiteral("gru"));
    m_cell->setToolTip(
        tr("RNN: h_t = tanh(W_hh h_{t−1} + W_xh x_t + b) as on the slides, b = b_ih + b_hh (PyTorch keeps the "
           "two biases apart and adds them), or with ReLU instead of tanh. LSTM: gates i, f, o and a cell state "
           "c_t that carries memory. GRU: the update gate z mixes the old h_{t−1} with a candidate n_t, whose "
           "reset gate r decides how much of h_{t−1} it sees. The outputs y_t are h_t, or W_hy h_t + b_y with an "
           "output layer. As torch.nn.RNN, LSTM and GRU compute them."));
    addRow(tr("&Cell"), m_cell, "model.cell");

    m_hidden = new QSpinBox(this);
    m_hidden->setObjectName(QStringLiteral("hiddenSize"));
    m_hidden->setRange(1, limits::maxHiddenSize);
    m_hidden->setToolTip(tr("Hidden units H: the length of h_t"));
    addRow(tr("Hidden si&ze"), m_hidden, "model.hidden_size");
    // The two ways out of a hidden size that does not match the outputs without W_hy: the
    // lecture's own (one hidden unit per character) first, then an output layer.
    m_fixRow = new QWidget(this);
    auto *fixes = new QVBoxLayout(m_fixRow); // one above the other: the panel stays as narrow as it was
    fixes->setContentsMargins(0, 0, 0, 0);
    m_fixHidden = new QPushButton(m_fixRow);
    m_fixHidden->setToolTip(tr("The lecture's setup: h_t is the output, one hidden unit per character"));
    fixes->addWidget(m_fixHidden);
    m_fix = new QPushButton(tr("Add an output layer"), m_fixRow);
    m_fix->setToolTip(tr("Adds W_hy (nn.Linear(H, V)), so the hidden size no longer has to match the vocabulary"));
    fixes->addWidget(m_fix);
    m_fixRow->hide();
    form->addRow(m_fixRow);

    m_layers = new QSpinBox(this);
    m_layers->setRange(1, limits::maxLayers);
    m_layers->setToolTip(tr("Stacked layers (torch.nn.RNN num_layers)"));
    addRow(tr("La&yers"), m_layers, "model.num_layers");

    m_outputLayer = new QCheckBox(tr("W_hy: y_t = W_hy h_t + b_y"), this);
    m_outputLayer->setToolTip(tr("Without it (the lecture's setup) the outputs are h_t itself, and the hidden size "
                                 "must equal the number of characters"));
    addRow(tr("O&utput layer"), m_outputLayer, "model.output_layer");

    m_optimizer = new QComboBox(this);
    m_optimizer->addItem(tr("Adam"), QStringLiteral("adam"));
    m_optimizer->addItem(tr("SGD"), QStringLiteral("sgd"));
    addRow(tr("O&ptimizer"), m_optimizer, "training.optimizer");

    m_learningRate = new QLineEdit(this);
    auto *validator = new QDoubleValidator(0.0, 1e9, 12, m_learningRate);
    validator->setNotation(QDoubleValidator::ScientificNotation);
    validator->setLocale(QLocale::c());
    m_learningRate->setValidator(validator);
    m_learningRate->setToolTip(tr("0.1 with Adam in the lecture"));
    addRow(tr("Lear&ning rate"), m_learningRate, "training.learning_rate");

    m_momentum = new QDoubleSpinBox(this);
    m_momentum->setRange(0.0, 0.999);
    m_momentum->setDecimals(3);
    m_momentum->setSingleStep(0.05);
    m_momentum->setToolTip(tr("SGD's momentum (Adam has its own: betas 0.9 and 0.999)"));
    addRow(tr("&Momentum"), m_momentum, "training.momentum");

    // Any 64-bit integer, as torch.manual_seed takes it (a spin box would stop at 2^31 − 1).
    m_seed = new QLineEdit(this);
    m_seed->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("-?\\d{0,19}")), m_seed));
    m_seed->setToolTip(
        tr("torch.manual_seed for the initial weights: the same seed gives PyTorch's weights bit for bit"));
    addRow(tr("See&d"), m_seed, "training.seed");

    auto *clipRow = new QWidget(this);
    auto *clipLayout = new QHBoxLayout(clipRow);
    clipLayout->setContentsMargins(0, 0, 0, 0);
    m_clip = new QCheckBox(tr("at"), clipRow);
    m_clipValue = new QDoubleSpinBox(clipRow);
    m_clipValue->setRange(0.001, 1000.0);
    m_clipValue->setDecimals(3);
    m_clipValue->setValue(1.0);
    clipLayout->addWidget(m_clip);
    clipLayout->addWidget(m_clipValue, 1);
    clipRow->setToolTip(tr("clip_grad_norm_: scales all gradients down when their total norm exceeds this"));
    addRow(tr("&Gradient clipping"), clipRow, "training.clip_grad_norm");
    layout->addLayout(form);

    auto *buttons = new QHBoxLayout;
    m_revert = new QPushButton(tr("&Revert"), this);
    m_revert->setToolTip(tr("Back to the settings being trained"));
    m_apply = new QPushButton(tr("Apply"), this);
    m_apply->setDefault(true);
    m_apply->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_apply->setToolTip(tr("Start over with these settings (Ctrl+Return)"));
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);
    layout->addLayout(buttons);
    layout->addStretch(1);
    alignLabelColumns();

    const auto changed = [this] { validateNow(); };
    connect(m_texts, &QPlainTextEdit::textChanged, this, changed);
    connect(m_task, &QComboBox::currentIndexChanged, this, &ModelPanel::taskChosen);
    connect(m_series, &SeriesEditor::changed, this, changed);
    connect(m_series, &SeriesEditor::message, this, &ModelPanel::message);
    connect(m_cell, &QComboBox::currentIndexChanged, this, changed);
    connect(m_hidden, &QSpinBox::valueChanged, this, changed);
    connect(m_layers, &QSpinBox::valueChanged, this, changed);
    connect(m_outputLayer, &QCheckBox::toggled, this, changed);
    connect(m_optimizer, &QComboBox::currentIndexChanged, this, changed);
    connect(m_learningRate, &QLineEdit::textChanged, this, changed);
    connect(m_momentum, &QDoubleSpinBox::valueChanged, this, changed);
    connect(m_seed, &QLineEdit::textChanged, this, changed);
    connect(m_clip, &QCheckBox::toggled, this, changed);
    connect(m_clipValue, &QDoubleSpinBox::valueChanged, this, changed);
    connect(m_apply, &QPushButton::clicked, this, &ModelPanel::apply);
    connect(m_revert, &QPushButton::clicked, this, &ModelPanel::revert);
    connect(m_fix, &QPushButton::clicked, this, [this] { m_outputLayer->setChecked(true); });
    connect(m_fixHidden, &QPushButton::clicked, this, [this] {
        if (m_neededHidden > 0)
            m_hidden->setValue(m_neededHidden);
    });
    setSession(lectureExample());
}

QLabel *ModelPanel::problemLabel()
{
    auto *label = new QLabel(this);
    styleProblemLabel(label);
    return label;
}

void ModelPanel::setProblem(QLabel *label, const QString &text)
{
    if (text.isEmpty()) {
        label->hide();
        label->clear();
        return;
    }
    // An icon and the words: never colour alone.
    label->setText(QStringLiteral("⚠ ") + text.toHtmlEscaped());
    label->show();
}

void ModelPanel::setSession(const Session &session)
{
    m_session = session;
    m_updating = true;
    // A time series (task "forecast") shows in the series editor; the texts typed stay in their box
    // (and the other way round), so that switching the task back loses nothing.
    // A translation's pairs ("source<Tab>target" lines) show in the texts' box, under their own label.
    const bool series = session.data.task == TaskKind::Forecast;
    m_task->setCurrentIndex(entryOf(session.data.task));
    m_textBlock->setVisible(!series);
    m_series->setVisible(series);
    if (series) {
        m_series->setData(session.data);
    } else {
        m_texts->setPlainText(TextSession::linesOf(session.data).join(u'\n'));
        m_linesEntry = entryOf(session.data.task);
        m_stashedLines.clear();
    }
    showLinesHint();
    m_cell->setCurrentIndex(m_cell->findData(QString::fromStdString(toString(session.model.cell))));
    m_hidden->setValue(session.model.hiddenSize);
    m_layers->setValue(session.model.numLayers);
    m_outputLayer->setChecked(session.model.outputLayer);
    m_optimizer->setCurrentIndex(m_optimizer->findData(QString::fromStdString(toString(session.training.optimizer))));
    m_learningRate->setText(QString::number(session.training.learningRate, 'g', 12));
    m_momentum->setValue(session.training.momentum);
    m_seed->setText(QString::number(session.training.seed));
    m_clip->setChecked(session.training.clipGradNorm.has_value());
    if (session.training.clipGradNorm)
        m_clipValue->setValue(*session.training.clipGradNorm);
    m_updating = false;
    validateNow();
}

Session ModelPanel::editedSession() const
{
    Session s = m_session;
    QStringList lines = m_texts->toPlainText().split(u'\n');
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast(); // a trailing newline is not an empty text
    // "text<Tab>label" lines: a classifier; no tab anywhere: next-character prediction. A mix is a
    // mistake problems() names.
    if (isTimeSeries()) {
        s.data = m_series->data();
    } else if (m_task->currentIndex() == TranslationEntry) {
        // A translation: its lines are its pairs ("source<Tab>target"); a bad line leaves no pair,
        // which validate() names.
        if (s.data.task != TaskKind::Translate) {
            s.data = DataConfig{}; // from texts or a time series: none of their fields
            s.data.task = TaskKind::Translate;
        }
        std::vector<Problem> problems;
        s.data.pairs = PairsTsv::parse(lines.join(u'\n').toUtf8(), problems);
        s.data.sourceVocabulary.reset(); // edited pairs make their own vocabularies
        s.data.targetVocabulary.reset();
    } else {
        if (s.data.task != TaskKind::NextCharacter && s.data.task != TaskKind::Classify)
            s.data = DataConfig{}; // from a time series: none of its fields
        TextSession::setLines(s.data, lines);
        s.data.vocabulary.reset(); // edited texts make their own vocabulary
    }
    if (const auto cell = cellKindFromString(m_cell->currentData().toString().toStdString()))
        s.model.cell = *cell;
    s.model.hiddenSize = m_hidden->value();
    s.model.numLayers = m_layers->value();
    s.model.outputLayer = m_outputLayer->isChecked();
    if (const auto optimizer = optimizerKindFromString(m_optimizer->currentData().toString().toStdString()))
        s.training.optimizer = *optimizer;
    bool ok = false;
    const double lr = QLocale::c().toDouble(m_learningRate->text().trimmed(), &ok);
    s.training.learningRate = ok ? lr : std::numeric_limits<double>::quiet_NaN();
    s.training.momentum = s.training.optimizer == OptimizerKind::Sgd ? m_momentum->value() : 0.0;
    bool seedOk = false;
    const qlonglong seed = m_seed->text().trimmed().toLongLong(&seedOk);
    s.training.seed = seedOk ? seed : m_session.training.seed;
    s.training.clipGradNorm = m_clip->isChecked() ? std::optional<double>(m_clipValue->value()) : std::nullopt;
    // Weights belong to the session being trained; changed settings start from the seed.
    const Session &current = m_session;
    const bool sameModel =
        s.model == current.model && s.data == current.data && s.training.seed == current.training.seed;
    if (!sameModel)
        s.weights.reset();
    return s;
}

std::vector<Problem> ModelPanel::problems() const
{
    std::vector<Problem> found = validate(editedSession());
    if (isTimeSeries()) {
        // What the typed numbers or the generator cannot make, said where it is; the engine's
        // problems with the data then follow from it ("there is no series") and are left out.
        std::vector<Problem> own = m_series->problems();
        if (!own.empty()) {
            std::erase_if(found, [](const Problem &p) { return p.field.rfind("data.", 0) == 0; });
            found.insert(found.begin(), own.begin(), own.end());
        }
    }
    bool seedOk = false;
    m_seed->text().trimmed().toLongLong(&seedOk);
    if (!seedOk)
        found.push_back(
            {"training.seed", "must be a whole number between −9223372036854775808 and 9223372036854775807"});
    return found;
}

bool ModelPanel::hasChanges() const
{
    const Session s = editedSession();
    return !(s.model == m_session.model && s.data == m_session.data && s.training == m_session.training);
}

void ModelPanel::validateNow()
{
    if (m_updating)
        return;
    const Session s = editedSession();
    const std::vector<Problem> found = problems();
    // The engine's mismatch of hidden size and outputs (no W_hy), said in words rather than in the
    // session file's field names, with the hidden size it needs (the task's output size).
    m_neededHidden = 0;
    std::optional<Problem> mismatch;
    const bool dataValid =
        std::none_of(found.begin(), found.end(), [](const Problem &p) { return p.field.rfind("data.", 0) == 0; });
    if (dataValid && !s.model.outputLayer) {
        const std::shared_ptr<const Task> task = Task::create(s.data);
        const Problem expected = task->hiddenSizeMismatch(s.model.hiddenSize);
        for (const Problem &p : found) {
            if (p.field == expected.field && p.message == expected.message) {
                mismatch = p;
                m_neededHidden = task->outputSize();
                m_mismatchText = task->outputKind() == OutputKind::Value
                    ? tr("Without W_hy the hidden state is the output, so this setup needs one hidden unit per "
                         "feature: %1, hidden size %2.")
                          .arg(m_neededHidden == 1 ? tr("1 feature") : tr("%1 features").arg(m_neededHidden))
                          .arg(s.model.hiddenSize)
                    : task->outputKind() == OutputKind::Class
                    ? tr("Without W_hy the hidden state is the output, so this setup needs one hidden unit per "
                         "class: %1, hidden size %2.")
                          .arg(m_neededHidden == 1 ? tr("1 class") : tr("%1 classes").arg(m_neededHidden))
                          .arg(s.model.hiddenSize)
                    : tr("Without W_hy the hidden state is the output, so the lecture's setup needs one hidden "
                         "unit per character: %1, hidden size %2.")
                          .arg(m_neededHidden == 1 ? tr("1 character") : tr("%1 characters").arg(m_neededHidden))
                          .arg(s.model.hiddenSize);
            }
        }
    }
    std::map<std::string, QString> byGroup;
    QString general;
    for (const Problem &p : found) {
        const std::string group = fieldGroup(p.field);
        QString text = ProblemText::text(p);
        if (mismatch && p.field == mismatch->field && p.message == mismatch->message)
            text = m_mismatchText;
        else if (group == "data.series" || group == "data.test_series")
            text = m_series->inWords(p);
        else if (p.field.rfind("data.texts[", 0) == 0) // "data.texts[1] is empty" → "Line 2 is empty"
            text = ProblemText::text(p, tr("Line %1").arg(std::stoi(p.field.substr(11)) + 1));
        else if (p.field.rfind("data.labels[", 0) == 0) // "data.labels[1] is empty" → "The label of line 2 is empty"
            text = ProblemText::text(p, tr("The label of line %1").arg(std::stoi(p.field.substr(12)) + 1));
        if (group.empty() || !m_problemLabels.count(group))
            general += (general.isEmpty() ? QString() : QStringLiteral("\n")) + text;
        else
            byGroup[group] += (byGroup[group].isEmpty() ? QString() : QStringLiteral("\n")) + text;
    }
    const std::string generalGroup = isTimeSeries() ? "data.series" : "data.texts"; // the one shown
    if (!general.isEmpty())
        byGroup[generalGroup] += (byGroup[generalGroup].isEmpty() ? QString() : QStringLiteral("\n")) + general;
    for (auto &[key, label] : m_problemLabels)
        setProblem(label, byGroup.count(key) ? byGroup[key] : QString());

    m_fixHidden->setText(tr("Set hidden size to %1").arg(m_neededHidden));
    m_fixRow->setVisible(mismatch.has_value());
    m_momentum->setEnabled(s.training.optimizer == OptimizerKind::Sgd);
    m_clipValue->setEnabled(m_clip->isChecked());

    const Vocabulary vocabulary = Dataset::vocabularyOf(s.data);
    QString shown;
    for (char32_t c : vocabulary.characters())
        shown += c == U' ' ? QStringLiteral("␣") : QString::fromStdString(toUtf8(c));
    const QString count = vocabulary.size() == 1 ? tr("1 character") : tr("%1 characters").arg(vocabulary.size());
    QString classes;
    if (const auto classNames = TextSession::classesOf(s.data)) {
        QStringList names;
        for (const std::u32string &name : *classNames)
            names << fromCodePoints(name);
        classes = tr("\nClassifier (many-to-one), %n class(es): %1", "", int(names.size()))
                      .arg(names.join(QStringLiteral(", ")));
    }
    if (s.data.task == TaskKind::Forecast)
        m_vocabulary->setText(
            ForecastTask::featuresOf(s.data) == 1
                ? tr("Time series: the next value at every time step (MSE loss).")
                : tr("Time series: the next value of each of %1 features at every time step (MSE loss).")
                      .arg(ForecastTask::featuresOf(s.data)));
    else if (s.data.task == TaskKind::Translate)
        m_vocabulary->setText(
            !dataValid ? QString()
                       : tr("Translation: %1 source characters; %2 target tokens (<sos>, <eos> and the targets' "
                            "characters)")
                             .arg(TranslateTask::sourceVocabularyOf(s.data).size())
                             .arg(TranslateTask::targetVocabularyOf(s.data).size() + 2));
    else
        m_vocabulary->setText(s.data.texts.empty() ? QString() : tr("Vocabulary: %1 (%2)").arg(shown, count) + classes);
    const bool changes = hasChanges();
    m_apply->setEnabled(found.empty() && changes);
    m_revert->setEnabled(changes);
}

void ModelPanel::apply()
{
    if (!problems().empty() || !hasChanges())
        return;
    emit applyRequested(editedSession());
}

void ModelPanel::revert()
{
    setSession(m_session);
}

bool ModelPanel::isTimeSeries() const
{
    return m_task->currentIndex() == SeriesEntry;
}

bool ModelPanel::isTranslation() const
{
    return m_task->currentIndex() == TranslationEntry;
}

QString ModelPanel::taskName() const
{
    return m_task->currentText();
}

void ModelPanel::setTimeSeries(bool series)
{
    m_task->setCurrentIndex(series ? SeriesEntry : TextEntry);
}

void ModelPanel::setTranslation(bool translation)
{
    m_task->setCurrentIndex(translation ? TranslationEntry : TextEntry);
}

void ModelPanel::showLinesHint()
{
    if (m_task->currentIndex() == TranslationEntry) {
        m_textsLabel->setText(tr("Pa&irs (one per line: source<Tab>target)"));
        m_texts->setPlaceholderText(tr("hello\tolleh\nworld\tdlrow"));
        m_texts->setToolTip(tr("Each line is one pair: the source, a Tab, then its target (hello<Tab>olleh).\n"
                               "The encoder reads the source; the decoder learns to write the target from "
                               "<sos> until <eos>."));
    } else {
        m_textsLabel->setText(tr("Train&ing texts (one per line)"));
        m_texts->setPlaceholderText(tr("hello"));
        m_texts->setToolTip(tr("Each line is one training sequence: the network reads its characters one at a "
                               "time and learns to predict the next one.\nLines of the form text<Tab>label train a "
                               "classifier instead (many-to-one): the network reads the whole text and then names "
                               "its label."));
    }
}

void ModelPanel::taskChosen()
{
    if (m_updating)
        return;
    const int entry = m_task->currentIndex();
    const bool series = entry == SeriesEntry;
    m_textBlock->setVisible(!series);
    m_series->setVisible(series);
    // Texts and pairs share the box: each keeps its own lines, so that switching back loses nothing.
    if (!series && entry != m_linesEntry) {
        const QString shown = m_texts->toPlainText();
        const QString other = m_stashedLines.value(entry);
        m_stashedLines.insert(m_linesEntry, shown);
        m_linesEntry = entry;
        m_updating = true;
        m_texts->setPlainText(other);
        m_updating = false;
    }
    showLinesHint();
    // The model that suits the task: the session's own when it is of that kind, else the defaults.
    const int sessionEntry = entryOf(m_session.data.task);
    const Session &model = entry == sessionEntry ? m_session : defaultsFor(entry);
    m_updating = true;
    m_cell->setCurrentIndex(m_cell->findData(QString::fromStdString(toString(model.model.cell))));
    m_hidden->setValue(model.model.hiddenSize);
    m_layers->setValue(model.model.numLayers);
    m_outputLayer->setChecked(model.model.outputLayer);
    m_learningRate->setText(QString::number(model.training.learningRate, 'g', 12));
    m_updating = false;
    validateNow();
}

void ModelPanel::importSeriesCsv()
{
    setTimeSeries(true);
    m_series->importCsvInteractively(false);
}

} // namespace rnnlab
