// SPDX-License-Identifier: MIT
#include "ui/window/graphbar.h"

#include "engine/session.h"
#include "engine/unicode.h"
#include "ui/common/colormap.h"
#include "ui/teaching/symboltext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

#include <algorithm>

namespace rnnlab {

GraphBar::GraphBar(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 0);
    m_texts = new QComboBox(this);
    m_texts->setToolTip(tr("Which training text the graph shows"));
    // As wide as the texts, up to 24 characters (setSession): a long text must not force its
    // width on the window; the list shows it whole.
    m_texts->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *textLabel = m_textLabel = new QLabel(tr("Te&xt:"), this);
    textLabel->setBuddy(m_texts);
    layout->addWidget(textLabel);
    layout->addWidget(m_texts);
    layout->addSpacing(12);
    // A translation's decoder: as trained (teacher forcing) or as it translates (greedy).
    m_decoder = new QComboBox(this);
    m_decoder->setObjectName(QStringLiteral("decoderMode"));
    m_decoder->addItem(tr("Teacher forcing"));
    m_decoder->addItem(tr("Translate (greedy)"));
    m_decoder->setToolTip(tr("Teacher forcing: the decoder as it is trained, fed the previous target token.\n"
                             "Translate (greedy): the decoder as it translates, fed its own previous output "
                             "(the argmax) from <sos> until <eos>; ✓/✗ where it parts from the target.\n"
                             "Both with the weights now, after the latest update: the Predictions tab's row "
                             "for a step shows that step's translation from before its update."));
    m_decoderLabel = new QLabel(tr("Deco&der:"), this);
    m_decoderLabel->setBuddy(m_decoder);
    layout->addWidget(m_decoderLabel);
    layout->addWidget(m_decoder);
    layout->addSpacing(12);
    m_decoderLabel->hide();
    m_decoder->hide();
    // The matrices' identity colours: the same arrow colour at every time step means the same matrix.
    for (MatrixRole role : {MatrixRole::InputToHidden, MatrixRole::HiddenToHidden, MatrixRole::HiddenToOutput}) {
        auto *legend = new QLabel(this);
        if (role == MatrixRole::HiddenToOutput)
            m_outputLegend = legend;
        if (role == MatrixRole::InputToHidden)
            m_inputLegend = legend;
        legend->setText(QStringLiteral("<span style='color:%1; font-size:large'>━━</span> <b><i>%2</i></b>")
                            .arg(matrixColor(role).name(), SymbolText::html(matrixName(role))));
        legend->setToolTip(role == MatrixRole::InputToHidden ? tr("W_xh: input to hidden, the same at every time step")
                               : role == MatrixRole::HiddenToHidden
                               ? tr("W_hh: hidden to hidden, carries memory from t−1 to t")
                               : tr("W_hy: hidden to output"));
        layout->addWidget(legend);
    }
    layout->addStretch(1);
    connect(m_texts, &QComboBox::currentIndexChanged, this, &GraphBar::textIndexChanged);
    connect(m_decoder, &QComboBox::currentIndexChanged, this, [this](int index) { emit greedyChanged(index == 1); });
}

void GraphBar::setSession(const Session &session)
{
    m_texts->blockSignals(true);
    m_texts->clear();
    for (const auto &text : session.data.texts)
        m_texts->addItem(QString::fromStdString(toUtf8(text)).left(48));
    // A time series: its training series, drawn one at a time like the texts.
    for (std::size_t k = 0; k < session.data.series.size(); ++k)
        m_texts->addItem(tr("series %1 (%2 points)").arg(k + 1).arg(session.data.series[k].size()));
    // A translation: its pairs, source → target.
    for (const auto &[source, target] : session.data.pairs)
        m_texts->addItem(tr("%1 → %2").arg(QString::fromStdString(toUtf8(source)).left(22),
                                           QString::fromStdString(toUtf8(target)).left(22)));
    // Then its test series (TrainingSnapshot::shownSequence's order): their forward pass with the
    // current weights, to walk through by hand where an anomaly is (never trained on).
    for (std::size_t k = 0; k < session.data.testSeries.size(); ++k)
        m_texts->addItem(tr("test series %1 (%2 points)").arg(k + 1).arg(session.data.testSeries[k].size()));
    qsizetype longest = 0;
    for (int i = 0; i < m_texts->count(); ++i)
        longest = std::max(longest, m_texts->itemText(i).size());
    m_texts->setMinimumContentsLength(int(std::clamp<qsizetype>(longest, 5, 24)));
    // A time series with a test series opens on it, as the Signal tab does: that is where the
    // anomaly is, and one series in both views (a teacher found graph and tab on two confusing).
    const bool test = !session.data.series.empty() && !session.data.testSeries.empty();
    m_texts->setCurrentIndex(test ? int(session.data.series.size()) : 0);
    m_texts->setEnabled(m_texts->count() > 1);
    m_textLabel->setText(!session.data.series.empty()      ? tr("Se&ries:")
                             : !session.data.pairs.empty() ? tr("Pa&ir:")
                                                           : tr("Te&xt:"));
    m_texts->setToolTip(!session.data.series.empty()
                            ? tr("Which series the graph and the walk by hand show: the training series, then the "
                                 "test series (their forward pass with the current weights; never trained on)")
                            : !session.data.pairs.empty() ? tr("Which pair the translation graph shows")
                                                          : tr("Which training text the graph shows"));
    m_texts->blockSignals(false);
    m_decoderLabel->setVisible(!session.data.pairs.empty());
    m_decoder->setVisible(!session.data.pairs.empty());
    // An LSTM's or GRU's input weights are W_ih, as in its equations and the Matrices panel.
    const bool gated = session.model.cell == CellKind::Lstm || session.model.cell == CellKind::Gru;
    m_inputLegend->setText(
        QStringLiteral("<span style='color:%1; font-size:large'>━━</span> <b><i>%2</i></b>")
            .arg(matrixColor(MatrixRole::InputToHidden).name(),
                 SymbolText::html(matrixName(MatrixRole::InputToHidden, -1, 1, session.model.cell))));
    m_inputLegend->setToolTip(gated
                                  ? tr("W_ih: input to hidden, one block of rows per gate, the same at every time step")
                                  : tr("W_xh: input to hidden, the same at every time step"));
    // Without an output layer there is no W_hy: the legend says what the grey arrow means instead.
    m_outputLegend->setText(
        session.model.outputLayer
            ? QStringLiteral("<span style='color:%1; font-size:large'>━━</span> <b><i>W<sub>hy</sub></i></b>")
                  .arg(matrixColor(MatrixRole::HiddenToOutput).name())
            : QStringLiteral("<span style='color:%1; font-size:large'>┅┅</span> <i>%2</i>")
                  .arg(palette().color(QPalette::PlaceholderText).name(),
                       //: Legend of the grey arrow when the model has no output layer: the outputs y are h itself.
                       tr("y = h (no W<sub>hy</sub>)")));
}

int GraphBar::textIndex() const
{
    return m_texts->currentIndex();
}

int GraphBar::textCount() const
{
    return m_texts->count();
}

void GraphBar::setTextIndex(int index)
{
    m_texts->setCurrentIndex(index);
}

bool GraphBar::isGreedy() const
{
    return m_decoder->currentIndex() == 1;
}

void GraphBar::setGreedy(bool greedy)
{
    m_decoder->setCurrentIndex(greedy ? 1 : 0);
}

} // namespace rnnlab
