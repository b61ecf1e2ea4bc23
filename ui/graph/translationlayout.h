// SPDX-License-Identifier: MIT
// Where everything of an encoder–decoder's unfolded graph goes (task "translate", issue 16), as
// plain geometry: the encoder's columns over the source characters (the character, its one-hot
// x_t, h_t of every layer), then the context — the encoder's final state of every layer, the one
// vector per layer that carries the whole source across, in a column of its own — then the
// decoder's columns over <sos> + target (the previous target token as input: teacher forcing, its
// one-hot, h_t of every layer, the output probabilities over the target tokens, the argmax against
// the target) — or, in the Translate view, over its greedy steps (its own previous output as input:
// an arrow from y_{t−1} to x_t). A vector of many cells is wrapped into a small grid of sub-columns, so that a column
// as wide as a number holds it in few rows. Pure: no painting, no widgets — TranslationGraph paints
// what this computes; tst_translationlayout checks it without a GUI. Not the graph of the other
// tasks (GraphLayout), which has one row of columns.
//
// Symbols: n = source length, m + 1 = decoder steps, L = layers, H = hidden size, Vs = source
// vocabulary, T = target tokens.
#pragma once

#include <QRectF>
#include <QSizeF>

#include <vector>

namespace rnnlab {

struct TranslationGeometry
{
    int sourceLength = 3; // n
    int decoderSteps = 4; // m + 1
    int layers = 1; // L
    int hiddenSize = 4; // H
    int sourceVocabulary = 4; // Vs
    int targetTokens = 5; // T
    QSizeF viewport{800, 600};
    double lineHeight = 16; // of the view's font, px
    double numberWidth = 30; // "−0.00" in the view's font: the narrowest cell that prints its value
    //! The widest text a column prints (a token such as "<sos>", a prediction's line), px: no
    //! column is narrower, so that no label is cut.
    double labelWidth = 0;
    double contextCaptionWidth = 0; // the context box's caption, px: the box is at least as wide
    int captionLines = 1; // the encoder's and decoder's captions, wrapped to their boxes
    int predictionLines = 2; // the argmax, ✓ or ✗ — and, where one is wrong, the target
    bool greedy = false; // the Translate view: the decoder's input is its own previous output

    bool operator==(const TranslationGeometry &) const = default;
};

//! What a box of the translation graph is. Token: the character or token under a column (the
//! source character; the decoder's input token). Context: the encoder's final h of a layer, between
//! the two rows. Prediction: the decoder's argmax over the target tokens, against its target.
enum class TranslationNodeKind { Token, OneHot, Hidden, Context, Output, Prediction, StepLabel };

struct TranslationNode
{
    TranslationNodeKind kind = TranslationNodeKind::Hidden;
    bool decoder = false; // the decoder's column (false: the encoder's; the context is neither: false)
    int t = 0; // the column's step within its row (0-based); the context: 0
    int layer = 0; // Hidden, Context
    QRectF rect;
    int cells = 0; // the vector's length (OneHot: Vs or T, Hidden and Context: H, Output: T); 0 for text
    int gridColumns = 1; // the vector wrapped: cell i at row i / gridColumns, column i % gridColumns

    //! Cell \a i's rectangle of a vector node.
    QRectF cellRect(int i) const;
};

enum class TranslationEdgeKind {
    Forward, // up a column: x_t → h_t⁽¹⁾ → … → h_t⁽ᴸ⁾ (→ y_t in the decoder)
    Recurrent, // along a row: h_{t−1} → h_t
    Context, // the encoder's last h_{n−1} → the context → the decoder's first step (its h_{−1})
    TeacherForcing, // the target of step t is the decoder's input at t + 1
    Feedback, // the Translate view: the output y_t (its argmax) is the decoder's input x_{t+1}
};

struct TranslationEdge
{
    TranslationEdgeKind kind = TranslationEdgeKind::Forward;
    int layer = -1; // Recurrent, Context; −1 otherwise
    QPointF from;
    QPointF to;
};

struct TranslationLayout
{
    std::vector<TranslationNode> nodes;
    std::vector<TranslationEdge> edges;
    QRectF encoderBox; // around the encoder's columns, its caption at the top
    QRectF decoderBox;
    QRectF contextBox; // around the context column
    QRectF encoderCaption; // the encoder's and decoder's captions (captionLines high), and the context's
    QRectF decoderCaption;
    QRectF contextCaption;
    double cellHeight = 0; // of the hidden states' (and the context's) cells
    double outputCellHeight = 0; // of the output probabilities' cells
    double cellWidth = 0;
    //! The hidden states' cells are large enough to print their values (the readability rule:
    //! 0.8 lines high, a number wide); the probabilities' are given the height that is left.
    bool numbersFit = false;
    bool outputNumbersFit = false;
    QSizeF size; // the whole drawing

    static TranslationLayout of(const TranslationGeometry &geometry);

    //! The node of \a kind at (\a decoder, \a t, \a layer), or null.
    const TranslationNode *find(TranslationNodeKind kind, bool decoder, int t, int layer = 0) const;
    //! How many nodes of \a kind the layout has on the encoder's (\a decoder false) or decoder's side.
    int count(TranslationNodeKind kind, bool decoder) const;
};

} // namespace rnnlab
