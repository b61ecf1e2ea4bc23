// SPDX-License-Identifier: MIT
#include "ui/panels/predictionsmodel.h"

#include "engine/unicode.h"
#include "ui/common/readernumber.h"

#include <algorithm>
#include <limits>

namespace rnnlab {

namespace {

QString fromU32(const std::u32string &text)
{
    return QString::fromStdString(toUtf8(text));
}

QString quoted(const QString &text)
{
    return u'“' + text + u'”';
}

//! The columns' texts of \a data: the texts, or a translation's sources.
std::vector<std::u32string> textsOf(const DataConfig &data)
{
    if (data.pairs.empty())
        return data.texts;
    std::vector<std::u32string> out;
    for (const auto &pair : data.pairs)
        out.push_back(pair.first);
    return out;
}

//! A classifier's label of each text, or a translation's target of each source; empty otherwise.
std::vector<std::u32string> labelsOf(const DataConfig &data)
{
    if (data.pairs.empty())
        return data.labels;
    std::vector<std::u32string> out;
    for (const auto &pair : data.pairs)
        out.push_back(pair.second);
    return out;
}

} // namespace

PredictionsModel::PredictionsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

PredictionsModel::~PredictionsModel() = default;

int PredictionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int PredictionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstTextColumn + static_cast<int>(m_texts.size());
}

std::vector<bool> PredictionsModel::matches(const std::u32string &prediction, const std::u32string &text)
{
    const std::size_t n = !text.empty() ? std::min(prediction.size(), text.size() - 1) : 0;
    std::vector<bool> result(n);
    for (std::size_t i = 0; i < n; ++i)
        result[i] = prediction[i] == text[i + 1];
    return result;
}

QString PredictionsModel::formatLoss(double loss)
{
    // One fixed number of decimals for every row: right-aligned, the decimal points line up and
    // the width never jumps, so a column of losses reads as a falling curve ("1.0953" above
    // "1.10076" with 6 significant digits did not). Six decimals keep every digit a float32 loss
    // near 1 has, and a late loss of 0.000085 still shows its digits (4 would print 0.0001);
    // the tooltip has all 9 significant digits.
    return ReaderNumber::fixed(loss, lossDecimals);
}

QString PredictionsModel::elide(const std::u32string &text, int maxCharacters)
{
    if (maxCharacters < 1 || text.size() <= static_cast<std::size_t>(maxCharacters))
        return fromU32(text);
    return fromU32(text.substr(0, static_cast<std::size_t>(maxCharacters) - 1)) + u'…';
}

QString PredictionsModel::matchDescription(const std::u32string &prediction, const std::u32string &text)
{
    const std::vector<bool> match = matches(prediction, text);
    const auto correct = std::count(match.begin(), match.end(), true);
    const std::u32string target = text.empty() ? std::u32string() : text.substr(1);
    QString description =
        tr("%1 of %2 characters match the target %3").arg(correct).arg(target.size()).arg(quoted(fromU32(target)));
    // Name the wrong ones, so the tooltip says what the marks in the cell mean.
    QStringList wrong;
    for (std::size_t i = 0; i < match.size(); ++i) {
        if (!match[i]) {
            if (wrong.size() == 5) {
                wrong.append(QStringLiteral("…"));
                break;
            }
            //: %1 a position in the text, %2 the predicted character, %3 the true one.
            wrong.append(tr("%1: %2 instead of %3")
                             .arg(i + 1)
                             .arg(QString::fromStdString(describeCharacter(prediction[i])),
                                  QString::fromStdString(describeCharacter(text[i + 1]))));
        }
    }
    if (!wrong.isEmpty())
        //: %1 lists the wrong positions ("3: 'l' instead of 'e'; 5: …").
        description += u'\n' + tr("wrong at %1").arg(wrong.join(QStringLiteral("; ")));
    return description;
}

const std::u32string *PredictionsModel::prediction(const QModelIndex &index) const
{
    const HistoryEntry &entry = m_history.at(index.row());
    const auto text = static_cast<std::size_t>(index.column() - FirstTextColumn);
    if (!entry.predictions || text >= entry.predictions->size())
        return nullptr;
    return &(*entry.predictions)[text];
}

QVariant PredictionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const HistoryEntry &entry = m_history.at(index.row());
    const int column = index.column();

    if (column == StepColumn || column == LossColumn) {
        switch (role) {
        case Qt::DisplayRole: return column == StepColumn ? QString::number(entry.step) : formatLoss(entry.loss);
        case Qt::ToolTipRole:
            if (column == LossColumn)
                return tr("loss %1 (float32, 9 significant digits)").arg(ReaderNumber::significant(entry.loss, 9));
            return QVariant();
        case Qt::TextAlignmentRole: return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default: return QVariant();
        }
    }

    const std::u32string *predicted = prediction(index);
    const std::u32string &text = m_texts[static_cast<std::size_t>(column - FirstTextColumn)];
    if (!m_labels.empty()) {
        // A classifier: one class per text, right or wrong as a whole.
        const std::u32string &label = m_labels[static_cast<std::size_t>(column - FirstTextColumn)];
        const bool right = predicted && *predicted == label;
        switch (role) {
        case Qt::DisplayRole: return predicted ? fromU32(*predicted) : QString();
        case Qt::ToolTipRole:
            if (predicted && m_translation)
                return tr("translates %1 to %2 (greedy: its own outputs fed back); the target is %3: %4")
                    .arg(quoted(fromU32(text)), quoted(fromU32(*predicted)), quoted(fromU32(label)),
                         right ? tr("right") : tr("wrong"));
            return predicted
                ? tr("predicts %1; the label is %2: %3")
                      .arg(quoted(fromU32(*predicted)), quoted(fromU32(label)), right ? tr("right") : tr("wrong"))
                : QVariant();
        case MatchRole: {
            if (!predicted)
                return QVariant();
            return QVariant::fromValue(QList<bool>(qsizetype(predicted->size()), right));
        }
        case TargetRole: return fromU32(label);
        default: return QVariant();
        }
    }
    switch (role) {
    case Qt::DisplayRole: return predicted ? fromU32(*predicted) : QString();
    case Qt::ToolTipRole: return predicted ? matchDescription(*predicted, text) : QVariant();
    case MatchRole: {
        if (!predicted)
            return QVariant();
        QList<bool> list;
        for (bool ok : matches(*predicted, text))
            list.append(ok);
        return QVariant::fromValue(list);
    }
    case TargetRole: return text.empty() ? QString() : fromU32(text.substr(1));
    default: return QVariant();
    }
}

QVariant PredictionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == StepColumn || section == LossColumn) {
        if (role == Qt::DisplayRole)
            return section == StepColumn ? tr("Step") : tr("Loss");
        if (role == Qt::ToolTipRole) {
            return section == StepColumn
                ? tr("The training step (1-based); its loss and predictions come from its forward "
                     "pass, before the update")
                : tr("Mean cross-entropy over all target characters");
        }
        return QVariant();
    }
    const std::u32string &text = m_texts[static_cast<std::size_t>(section - FirstTextColumn)];
    if (role == Qt::DisplayRole)
        return quoted(elide(text, headerCharacters));
    if (role == Qt::ToolTipRole && m_translation) {
        return tr("Pair %1, source %2, target %3: the greedy translation of the source at each step (the decoder's "
                  "own outputs fed back from <sos> to <eos>, with the weights of that step's forward pass); a wrong "
                  "translation is underlined.")
            .arg(section - FirstTextColumn + 1)
            .arg(quoted(fromU32(text)), quoted(fromU32(m_labels[static_cast<std::size_t>(section - FirstTextColumn)])));
    }
    if (role == Qt::ToolTipRole && !m_labels.empty()) {
        return tr("Text %1, label %2: the class the network gives it after reading all of it; "
                  "a wrong class is underlined.")
            .arg(section - FirstTextColumn + 1)
            .arg(quoted(fromU32(m_labels[static_cast<std::size_t>(section - FirstTextColumn)])));
    }
    if (role == Qt::ToolTipRole) {
        return tr("Text %1 prediction: the character the network predicts after each of %2; "
                  "the targets are %3. Wrong characters are underlined.")
            .arg(section - FirstTextColumn + 1)
            .arg(quoted(fromU32(text.substr(0, text.empty() ? 0 : text.size() - 1))),
                 quoted(fromU32(text.empty() ? text : text.substr(1))));
    }
    return QVariant();
}

void PredictionsModel::setSnapshot(const rnnlab::SnapshotPtr &snapshot)
{
    if (!snapshot || !snapshot->setup) {
        if (m_hasGeneration) {
            beginResetModel();
            m_hasGeneration = false;
            m_texts.clear();
            m_labels.clear();
            m_translation = false;
            m_setup.reset();
            m_history = History();
            m_rows = 0;
            endResetModel();
        }
        return;
    }
    const History &history = snapshot->history;
    // Row numbers are ints; HistoryRecorder thins long runs, so this is a guard, not a limit.
    const int size = static_cast<int>(std::min<std::int64_t>(history.size(), std::numeric_limits<int>::max()));
    const bool restart = !m_hasGeneration || snapshot->generation != m_generation
        || (snapshot->setup != m_setup && textsOf(snapshot->setup->session.data) != m_texts) || size < m_rows
        || (m_rows > 0 && history.at(m_rows - 1).step != m_history.at(m_rows - 1).step);
    if (restart) {
        beginResetModel();
        m_hasGeneration = true;
        m_generation = snapshot->generation;
        m_texts = textsOf(snapshot->setup->session.data);
        // A classifier's labels, or a translation's targets (its greedy translation is right or
        // wrong as a whole, like a class), one per text; none otherwise.
        m_labels = labelsOf(snapshot->setup->session.data);
        m_translation = !snapshot->setup->session.data.pairs.empty();
        if (m_labels.size() != m_texts.size())
            m_labels.clear();
        m_setup = snapshot->setup;
        m_history = history;
        m_rows = size;
        endResetModel();
        return;
    }
    m_setup = snapshot->setup; // same texts, maybe another RunSetup object: compare pointers next time
    if (size > m_rows) {
        beginInsertRows(QModelIndex(), m_rows, size - 1);
        m_history = history;
        m_rows = size;
        endInsertRows();
    }
}

} // namespace rnnlab
