// SPDX-License-Identifier: MIT
// The bar above the graph: which training text the graph shows (a choice when the session has
// several), and the legend of the matrices' identity colours — the same arrow colour at every time
// step means the same matrix; without an output layer the legend says what the grey y = h arrow is.
// For a translation, the switch between its decoder's teacher-forced pass and its greedy translation.
// Not the graph.
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace rnnlab {

struct Session;

class GraphBar : public QWidget
{
    Q_OBJECT

public:
    explicit GraphBar(QWidget *parent = nullptr);

    //! Offers \a session's texts (the first chosen, or a time series' first test series, without
    //! textIndexChanged) and its legend.
    void setSession(const Session &session);
    //! The text chosen (0-based; −1 before a session), and how many there are.
    int textIndex() const;
    int textCount() const;
    void setTextIndex(int index);
    //! A translation's decoder as the graph draws it: teacher forcing (false) or its greedy
    //! translation (true: the Translate view). The switch shows for translations only.
    bool isGreedy() const;
    void setGreedy(bool greedy);

signals:
    void textIndexChanged(int index);
    void greedyChanged(bool greedy);

private:
    QComboBox *m_texts = nullptr;
    QLabel *m_outputLegend = nullptr;
    QLabel *m_textLabel = nullptr; // "Text:", or a time series' "Series:"
    QLabel *m_inputLegend = nullptr; // W_xh, or W_ih for gated cells
    QLabel *m_decoderLabel = nullptr; // a translation's: "Decoder:"
    QComboBox *m_decoder = nullptr; // … teacher forcing, or translate (greedy)
};

} // namespace rnnlab
