// SPDX-License-Identifier: MIT
// TranslationLayout without a GUI: the encoder's columns, then the context, then the decoder's, one
// node per quantity; nothing overlaps; at the graph area of a 1280×800 and of a 1920×1080 window
// the examples' pairs fit the view with cells large enough to print their numbers (the readability
// rule: 0.8 lines high, "−0.00" wide); where they cannot, the numbers are left out, never shrunk.
#include "ui/graph/translationgraph.h"
#include "ui/graph/translationlayout.h"

#include <QTest>

using namespace rnnlab;

Q_DECLARE_METATYPE(QSizeF)

namespace {

bool overlaps(const QRectF &a, const QRectF &b)
{
    return a.intersected(b).width() > 0.01 && a.intersected(b).height() > 0.01;
}

} // namespace

class TestTranslationLayout : public QObject
{
    Q_OBJECT

private slots:
    void columns_data();
    void columns();
    void tooSmallLeavesNumbersOut();
    void labelsWholeAtTheWindowSizes_data();
    void labelsWholeAtTheWindowSizes();
    void greedyFeedsItsOutputBack();
    void walkHighlights();
};

void TestTranslationLayout::columns_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("D");
    QTest::addColumn<int>("L");
    QTest::addColumn<int>("H");
    QTest::addColumn<int>("Vs");
    QTest::addColumn<int>("T");
    QTest::addColumn<QSizeF>("viewport");
    QTest::addColumn<bool>("numbers"); // the cells large enough to print their values
    // reverse-words (GRU, H = 24): "hello" → "olleh"; the graph area of the window at 1280×800 and
    // 1920×1080 (the graph's share of the splitter, less the panels beside it).
    QTest::newRow("reverse-words 1280x800") << 5 << 6 << 1 << 24 << 13 << 15 << QSizeF(960, 420) << false;
    QTest::newRow("reverse-words 1920x1080") << 5 << 6 << 1 << 24 << 13 << 15 << QSizeF(1500, 600) << true;
    QTest::newRow("two layers, H 8, 1280x800") << 4 << 5 << 2 << 8 << 10 << 12 << QSizeF(960, 420) << true;
    QTest::newRow("english-french-like 1920x1080") << 6 << 7 << 1 << 16 << 20 << 22 << QSizeF(1500, 600) << true;
}

void TestTranslationLayout::columns()
{
    QFETCH(int, n);
    QFETCH(int, D);
    QFETCH(int, L);
    QFETCH(int, H);
    QFETCH(int, Vs);
    QFETCH(int, T);
    QFETCH(QSizeF, viewport);
    QFETCH(bool, numbers);
    TranslationGeometry g{n, D, L, H, Vs, T, viewport, 16, 30};
    const TranslationLayout layout = TranslationLayout::of(g);

    QCOMPARE(layout.count(TranslationNodeKind::Hidden, false), n * L);
    QCOMPARE(layout.count(TranslationNodeKind::Hidden, true), D * L);
    QCOMPARE(layout.count(TranslationNodeKind::Context, false), L);
    QCOMPARE(layout.count(TranslationNodeKind::OneHot, false), n);
    QCOMPARE(layout.count(TranslationNodeKind::OneHot, true), D);
    QCOMPARE(layout.count(TranslationNodeKind::Output, true), D);
    QCOMPARE(layout.count(TranslationNodeKind::Output, false), 0); // the encoder has no outputs
    QCOMPARE(layout.count(TranslationNodeKind::Prediction, true), D);

    // Left to right: the encoder, the context, the decoder; each row in time order.
    QVERIFY(layout.encoderBox.right() < layout.contextBox.left());
    QVERIFY(layout.contextBox.right() < layout.decoderBox.left());
    for (int l = 0; l < L; ++l) {
        const QRectF context = layout.find(TranslationNodeKind::Context, false, 0, l)->rect;
        QVERIFY(layout.contextBox.contains(context));
        QCOMPARE(context.top(), layout.find(TranslationNodeKind::Hidden, true, 0, l)->rect.top());
        for (int t = 0; t + 1 < n; ++t)
            QVERIFY(layout.find(TranslationNodeKind::Hidden, false, t, l)->rect.right()
                    < layout.find(TranslationNodeKind::Hidden, false, t + 1, l)->rect.left());
        if (l > 0) // deeper layers above
            QVERIFY(layout.find(TranslationNodeKind::Hidden, true, 0, l)->rect.bottom()
                    < layout.find(TranslationNodeKind::Hidden, true, 0, l - 1)->rect.top());
    }
    // The context: from the encoder's last column, into the decoder's first, one edge each per layer.
    int contextEdges = 0, teacher = 0;
    for (const TranslationEdge &edge : layout.edges) {
        contextEdges += edge.kind == TranslationEdgeKind::Context;
        teacher += edge.kind == TranslationEdgeKind::TeacherForcing;
    }
    QCOMPARE(contextEdges, 2 * L);
    QCOMPARE(teacher, D - 1);

    for (std::size_t a = 0; a < layout.nodes.size(); ++a) {
        const TranslationNode &node = layout.nodes[a];
        QVERIFY(node.rect.width() > 0 && node.rect.height() > 0);
        for (int i = 0; i < node.cells; ++i)
            QVERIFY(node.rect.adjusted(-0.01, -0.01, 0.01, 0.01).contains(node.cellRect(i)));
        for (std::size_t b = a + 1; b < layout.nodes.size(); ++b)
            QVERIFY2(!overlaps(node.rect, layout.nodes[b].rect),
                     qPrintable(QStringLiteral("nodes %1 and %2").arg(a).arg(b)));
    }
    // Whole in the view; numbers only where they are readable (colours otherwise).
    QCOMPARE(layout.numbersFit, numbers);
    QCOMPARE(layout.numbersFit, layout.cellHeight >= 0.8 * g.lineHeight - 0.01 && layout.cellWidth >= g.numberWidth);
    QVERIFY2(layout.size.width() <= viewport.width() + 0.5, qPrintable(QString::number(layout.size.width())));
    QVERIFY2(layout.size.height() <= viewport.height() + 0.5, qPrintable(QString::number(layout.size.height())));
}

void TestTranslationLayout::tooSmallLeavesNumbersOut()
{
    // H = 64 in a short view: the cells cannot be 0.8 lines high, so no number is printed at all.
    const TranslationLayout layout = TranslationLayout::of({5, 6, 2, 64, 13, 15, QSizeF(900, 300), 16, 30});
    QVERIFY(!layout.numbersFit);
    QVERIFY(layout.cellHeight >= 3);
}

void TestTranslationLayout::labelsWholeAtTheWindowSizes_data()
{
    QTest::addColumn<int>("L");
    QTest::addColumn<int>("H");
    QTest::addColumn<QSizeF>("viewport");
    QTest::addColumn<bool>("numbers"); // the hidden states' numbers printed
    // reverse-words ("hello" → "olleh", Vs = 13, T = 15) in the graph area the window leaves at
    // 1024×768, 1280×800 and 1920×1080 (with the panels docked beside it), 13 px type.
    const QSizeF small(560, 300), normal(676, 330), large(1265, 390);
    QTest::newRow("H 8, 1024x768") << 1 << 8 << small << false;
    QTest::newRow("H 8, 1280x800") << 1 << 8 << normal << true;
    QTest::newRow("H 16, 1280x800") << 1 << 16 << normal << false;
    QTest::newRow("H 24, 1280x800") << 1 << 24 << normal << false;
    QTest::newRow("H 8, 2 layers, 1280x800") << 2 << 8 << normal << false;
    QTest::newRow("H 8, 1920x1080") << 1 << 8 << large << true;
    QTest::newRow("H 16, 1920x1080") << 1 << 16 << large << true;
    QTest::newRow("H 24, 1920x1080") << 1 << 24 << large << true;
    QTest::newRow("H 8, 2 layers, 1920x1080") << 2 << 8 << large << true;
    QTest::newRow("H 24, 2 layers, 1920x1080") << 2 << 24 << large << false;
}

void TestTranslationLayout::labelsWholeAtTheWindowSizes()
{
    // Every column as wide as its widest label ("<sos>" in bold, a prediction's "✗ <eos>"), the
    // context's box as wide as its caption: nothing is cut. The drawing fits the view's width at
    // 1280 and 1920; where the cells are too short for numbers they show colours (tooltips).
    QFETCH(int, L);
    QFETCH(int, H);
    QFETCH(QSizeF, viewport);
    QFETCH(bool, numbers);
    TranslationGeometry g{5, 6, L, H, 13, 15, viewport, 15, 34};
    g.labelWidth = 42;
    g.contextCaptionWidth = 62;
    g.captionLines = 2;
    const TranslationLayout layout = TranslationLayout::of(g);
    for (const TranslationNode &node : layout.nodes) {
        if (node.cells == 0)
            QVERIFY2(node.rect.width() >= g.labelWidth, qPrintable(QString::number(node.rect.width())));
    }
    QVERIFY(layout.contextBox.width() >= g.contextCaptionWidth);
    QVERIFY(layout.contextCaption.width() >= g.contextCaptionWidth - 4);
    QVERIFY(layout.decoderCaption.height() >= 2 * g.lineHeight);
    QVERIFY(layout.encoderBox.contains(layout.encoderCaption));
    QVERIFY(layout.decoderBox.contains(layout.decoderCaption));
    // The captions above the predictions, the predictions above the probabilities.
    QVERIFY(layout.decoderCaption.bottom() <= layout.find(TranslationNodeKind::Prediction, true, 0)->rect.top() + 0.01);
    QCOMPARE(layout.numbersFit, numbers);
    if (viewport.width() >= 676)
        QVERIFY2(layout.size.width() <= viewport.width() + 0.5, qPrintable(QString::number(layout.size.width())));
    for (std::size_t a = 0; a < layout.nodes.size(); ++a) {
        for (std::size_t b = a + 1; b < layout.nodes.size(); ++b)
            QVERIFY(!overlaps(layout.nodes[a].rect, layout.nodes[b].rect));
    }
}

void TestTranslationLayout::greedyFeedsItsOutputBack()
{
    // The Translate view: each output y_t goes back in as x_{t+1} (Feedback), no teacher forcing.
    TranslationGeometry g{5, 4, 1, 8, 13, 15, QSizeF(960, 470), 15, 34};
    g.greedy = true;
    const TranslationLayout layout = TranslationLayout::of(g);
    int feedback = 0;
    for (const TranslationEdge &edge : layout.edges) {
        QVERIFY(edge.kind != TranslationEdgeKind::TeacherForcing);
        if (edge.kind != TranslationEdgeKind::Feedback)
            continue;
        // From step t's prediction (at the top) to step t + 1's token (at the bottom).
        const TranslationNode *prediction = layout.find(TranslationNodeKind::Prediction, true, feedback);
        const TranslationNode *token = layout.find(TranslationNodeKind::Token, true, feedback + 1);
        QCOMPARE(edge.from.x(), prediction->rect.right());
        QCOMPARE(edge.to, QPointF(token->rect.left(), token->rect.center().y()));
        ++feedback;
    }
    QCOMPARE(feedback, 3);
}

void TestTranslationLayout::walkHighlights()
{
    // The walk by hand's cursor (its layer the trace's: the decoder's follow the encoder's) lights
    // the node the equations are about: in the encoder, the context, the decoder and its outputs.
    const int L = 2;
    TranslationGeometry g{3, 4, L, 4, 4, 5, QSizeF(1600, 1000), 16, 30};
    const TranslationLayout layout = TranslationLayout::of(g);
    const auto one = [&](const StepCursor &cursor) {
        const auto nodes = TranslationGraph::highlighted(layout, cursor, L);
        return nodes.size() == 1 ? nodes.front() : nullptr;
    };
    QCOMPARE(one({1, 0, Phase::Input}), layout.find(TranslationNodeKind::OneHot, false, 1));
    QCOMPARE(one({1, 1, Phase::Input}), layout.find(TranslationNodeKind::Hidden, false, 1, 0)); // h_t of layer 1
    QCOMPARE(one({2, 1, Phase::Sum}), layout.find(TranslationNodeKind::Hidden, false, 2, 1));
    QCOMPARE(one({0, L + 1, Phase::Context}), layout.find(TranslationNodeKind::Context, false, 0, 1));
    QCOMPARE(one({0, L, Phase::BackwardContext}), layout.find(TranslationNodeKind::Context, false, 0, 0));
    QCOMPARE(one({0, L, Phase::Input}), layout.find(TranslationNodeKind::OneHot, true, 0));
    QCOMPARE(one({3, L + 1, Phase::Activation}), layout.find(TranslationNodeKind::Hidden, true, 3, 1));
    QCOMPARE(one({3, 2 * L - 1, Phase::Softmax}), layout.find(TranslationNodeKind::Output, true, 3));
    QCOMPARE(one({3, 2 * L - 1, Phase::Loss}), layout.find(TranslationNodeKind::Prediction, true, 3));
    QCOMPARE(one({2, 0, Phase::BackwardPre}), layout.find(TranslationNodeKind::Hidden, false, 2, 0));
    QVERIFY(one({2, L, Phase::BackwardHidden}) != nullptr);
}

QTEST_GUILESS_MAIN(TestTranslationLayout)
#include "tst_translationlayout.moc"
