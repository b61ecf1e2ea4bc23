// SPDX-License-Identifier: MIT
#include "ui/compare/comparepanel.h"

#include "app/session/problemtext.h"
#include "engine/comparison.h"
#include "ui/common/modelstyle.h"
#include "ui/graph/graphview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace rnnlab {

namespace {
//! Height of the band in the model's colour along the panel's top edge.
constexpr int bandHeight = 4;

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}
} // namespace

ComparePanel::ComparePanel(int index, QWidget *parent)
    : QWidget(parent)
    , m_index(index)
{
    const QString letter = QString::fromStdString(modelLetter(index));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, bandHeight + 2, 0, 0);
    layout->setSpacing(2);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(6, 0, 6, 0);
    header->setSpacing(6);
    m_swatch = new QLabel(this);
    m_title = new QLabel(letter, this);
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_title->setFont(big);
    m_label = new QLabel(this);
    m_label->setTextInteractionFlags(Qt::NoTextInteraction);
    m_remove = new QToolButton(this);
    m_remove->setText(tr("Remove"));
    m_remove->setAutoRaise(true);
    m_remove->setToolTip(tr("Compare without model %1").arg(letter));
    m_remove->setVisible(false);
    connect(m_remove, &QToolButton::clicked, this, &ComparePanel::removeRequested);
    // The label gives way when the column is narrow (it is also the tooltip's first line).
    m_label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    header->addWidget(m_swatch);
    header->addWidget(m_title);
    header->addWidget(m_label, 1);
    layout->addLayout(header);

    // The model's own settings, in compact editors (prefixes and suffixes instead of separate
    // labels, the seed in the header row, so that a third of a 1280 px window holds them).
    auto *editors = new QHBoxLayout;
    editors->setContentsMargins(6, 0, 6, 0);
    editors->setSpacing(4);
    m_cell = new QComboBox(this);
    for (CellKind kind : {CellKind::RnnTanh, CellKind::RnnRelu, CellKind::Lstm, CellKind::Gru})
        m_cell->addItem(QString::fromStdString(toString(kind)), int(kind));
    m_cell->setToolTip(
        tr("Model %1's cell: rnn_tanh, rnn_relu (torch.nn.RNN), lstm (torch.nn.LSTM) or gru (torch.nn.GRU)")
            .arg(letter));
    m_layers = new QSpinBox(this);
    m_layers->setRange(1, 8);
    m_layers->setToolTip(tr("Model %1's stacked layers (1–8)").arg(letter));
    m_hidden = new QSpinBox(this);
    m_hidden->setRange(1, 1024);
    m_hidden->setPrefix(tr("H "));
    m_hidden->setToolTip(tr("Model %1's hidden size H: units per layer (without an output layer H must equal the "
                            "vocabulary size)")
                             .arg(letter));
    m_outputLayer = new QCheckBox(tr("output layer"), this);
    m_outputLayer->setToolTip(tr("Model %1 reads its predictions through nn.Linear(H, V) (W_hy); without it, "
                                 "the top layer's hidden state is the logits")
                                  .arg(letter));
    m_seed = new QLineEdit(this);
    m_seed->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("-?\\d{1,19}")), m_seed));
    m_seed->setToolTip(tr("Model %1's seed: torch.manual_seed for its initial weights").arg(letter));
    m_seed->setMaximumWidth(m_seed->fontMetrics().horizontalAdvance(QStringLiteral("000000")) + 12);
    auto *seedLabel = new QLabel(tr("seed"), this);
    seedLabel->setBuddy(m_seed);
    for (QSpinBox *spin : {m_layers, m_hidden})
        spin->setKeyboardTracking(false); // typing "16" is one edit, not "1" then "16"
    header->addWidget(seedLabel);
    header->addWidget(m_seed);
    header->addWidget(m_remove);
    editors->addWidget(m_cell);
    editors->addWidget(m_layers);
    editors->addWidget(m_hidden);
    editors->addWidget(m_outputLayer);
    editors->addStretch(1);
    layout->addLayout(editors);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setContentsMargins(6, 0, 6, 0);
    m_problem->setVisible(false);
    QPalette warning = m_problem->palette();
    warning.setColor(QPalette::WindowText, isDark(palette()) ? QColor(0xFF, 0x9E, 0x80) : QColor(0xB0, 0x30, 0x00));
    m_problem->setPalette(warning);
    layout->addWidget(m_problem);

    m_graph = new GraphView(this);
    m_graph->setMinimumSize(200, 160);
    layout->addWidget(m_graph, 1);

    connect(m_cell, &QComboBox::currentIndexChanged, this, &ComparePanel::edited);
    connect(m_layers, &QSpinBox::valueChanged, this, &ComparePanel::edited);
    connect(m_hidden, &QSpinBox::valueChanged, this, &ComparePanel::edited);
    connect(m_outputLayer, &QCheckBox::toggled, this, &ComparePanel::edited);
    connect(m_seed, &QLineEdit::editingFinished, this, &ComparePanel::edited);
    updateSwatch();
}

void ComparePanel::setSession(const Session &session, const QString &label)
{
    m_session = session;
    m_updating = true;
    m_cell->setCurrentIndex(m_cell->findData(int(session.model.cell)));
    m_layers->setValue(session.model.numLayers);
    m_layers->setSuffix(session.model.numLayers == 1 ? tr(" layer") : tr(" layers"));
    m_hidden->setValue(session.model.hiddenSize);
    m_outputLayer->setChecked(session.model.outputLayer);
    m_seed->setText(QString::number(session.training.seed));
    m_updating = false;
    m_label->setText(label);
    m_label->setToolTip(QString::fromStdString(describeModel(session)));
    m_problem->clear();
    m_problem->setVisible(false);
}

Session ComparePanel::editedSession() const
{
    Session session = m_session;
    session.model.cell = static_cast<CellKind>(m_cell->currentData().toInt());
    session.model.numLayers = m_layers->value();
    session.model.hiddenSize = m_hidden->value();
    session.model.outputLayer = m_outputLayer->isChecked();
    bool ok = false;
    const qlonglong seed = m_seed->text().toLongLong(&ok);
    if (ok)
        session.training.seed = seed;
    if (!(session.model == m_session.model) || session.training.seed != m_session.training.seed) {
        // The session's own weights belong to the model it had: an edited model starts from its seed.
        session.weights.reset();
        session.optimizerState.reset();
    }
    return session;
}

QString ComparePanel::problemText() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void ComparePanel::setRemovable(bool removable)
{
    m_remove->setVisible(removable);
}

void ComparePanel::edited()
{
    if (m_updating)
        return;
    m_layers->setSuffix(m_layers->value() == 1 ? tr(" layer") : tr(" layers"));
    bool seedOk = false;
    m_seed->text().toLongLong(&seedOk);
    const Session session = editedSession();
    QStringList problems;
    if (!seedOk)
        problems << tr("seed: \"%1\" is not a whole number from −9223372036854775808 to 9223372036854775807")
                        .arg(m_seed->text());
    for (const Problem &problem : validate(session))
        problems << ProblemText::text(problem);
    m_problem->setText(problems.join(QLatin1Char('\n')));
    m_problem->setVisible(!problems.isEmpty());
    if (!problems.isEmpty())
        return;
    if (session.model == m_session.model && session.training.seed == m_session.training.seed)
        return; // nothing changed (an editor left without a change)
    emit sessionEdited(session);
}

void ComparePanel::setSnapshot(const SnapshotPtr &snapshot)
{
    m_graph->setSnapshot(snapshot);
}

void ComparePanel::updateSwatch()
{
    const ModelStyle style = ModelStyle::of(m_index, isDark(palette()));
    m_swatch->setPixmap(style.sample(34, fontMetrics().height(), devicePixelRatioF()));
}

void ComparePanel::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    // The model's colour along the top edge: which curve and which table row belong here.
    QPainter painter(this);
    painter.fillRect(QRect(0, 0, width(), bandHeight), ModelStyle::of(m_index, isDark(palette())).color());
}

void ComparePanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_swatch)
        updateSwatch();
}

} // namespace rnnlab
