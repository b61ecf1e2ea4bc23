// SPDX-License-Identifier: MIT
// Issue 19 §2 "Colour": the colours that carry meaning stay apart for every viewer. First the
// measuring tools (ColourVision) against published numbers: CIEDE2000 against Sharma, Wu & Dalal's
// test pairs, CIELAB against the sRGB primaries' known coordinates, and the Machado et al.
// simulations on what they must do (greys stay grey, a protanope's and a deuteranope's confusion
// line collapses to one colour). Then the palette: for every theme, every pair of colours that
// means something (the value scale's sign, ✓/✗, the compared models, a cell's gates, the matrix
// roles, the signal plot's curves) read from the accessors the views paint with, under normal
// vision and the three simulated dichromacies, must differ by ΔE00 ≥ 10 (the README's "Colour
// vision" says why 10). RNNLAB_COLOUR_TABLE=1 prints the table the README shows
// (scripts/colour-table). Last, that the compared models differ by more than colour.
#include "engine/session.h"
#include "ui/common/colormap.h"
#include "ui/common/colourvision.h"
#include "ui/common/modelstyle.h"
#include "ui/common/theme.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <limits>
#include <vector>

using namespace rnnlab;
using Viewer = ColourVision::Viewer;

namespace {

//! Two colours shown together that must be told apart, sometimes in several variants (the scale's
//! ±1 and ±0.25, W_xh and W_hh of any two layers): the row's ΔE00 is the smallest over them.
struct Pair
{
    QString what; // "Gates (LSTM)"
    QString first, second; // "i", "f"
    QString themes; // "all", "light", "dark, high-contrast"
    std::vector<std::pair<QColor, QColor>> variants;
};

// Colour-coded categories that must be told apart at a glance, on a projector, by every viewer.
constexpr double threshold = 10.0;

const std::array<Theme, 3> themes = {Theme::Light, Theme::Dark, Theme::HighContrast};

bool isDark(Theme theme)
{
    // As PlotWidget::isDark and the compare panel decide it.
    return themePalette(theme, QPalette()).color(QPalette::Base).lightnessF() < 0.5;
}

//! Adds \a pair for each theme, merging the themes whose colours are the same into one row.
void addPerTheme(std::vector<Pair> &pairs, const QString &what, const QString &first, const QString &second,
                 const std::function<std::pair<QColor, QColor>(Theme)> &colours)
{
    std::vector<Pair> rows;
    for (Theme theme : themes) {
        const auto c = colours(theme);
        auto same = std::find_if(rows.begin(), rows.end(), [&](const Pair &p) { return p.variants.front() == c; });
        if (same != rows.end())
            same->themes += QStringLiteral(", ") + themeName(theme);
        else
            rows.push_back({what, first, second, themeName(theme), {c}});
    }
    if (rows.size() == 1)
        rows.front().themes = QStringLiteral("all");
    pairs.insert(pairs.end(), rows.begin(), rows.end());
}

std::vector<Pair> meaningfulPairs()
{
    std::vector<Pair> pairs;
    const QString all = QStringLiteral("all");

    // The diverging value scale (the graph's strips, the matrix heatmaps): a value and its negative.
    Pair sign{QStringLiteral("Value scale (graph, heatmaps)"),
              QStringLiteral("+v"),
              QStringLiteral("−v (v = ¼, ½, ¾, 1 of the scale)"),
              QStringLiteral("all"),
              {}};
    for (double v : {1.0, 0.75, 0.5, 0.25})
        sign.variants.emplace_back(valueColor(v, 1.0), valueColor(-v, 1.0));
    pairs.push_back(sign);

    pairs.push_back({QStringLiteral("Prediction (graph)"),
                     QStringLiteral("right ✓"),
                     QStringLiteral("wrong ✗"),
                     all,
                     {{verdictColor(true), verdictColor(false)}}});

    const QString models = QStringLiteral("ABC");
    for (int i = 0; i < 3; ++i)
        for (int j = i + 1; j < 3; ++j)
            addPerTheme(pairs, QStringLiteral("Compared models"), models.at(i), models.at(j), [&](Theme theme) {
                return std::pair(ModelStyle::of(i, isDark(theme)).color(), ModelStyle::of(j, isDark(theme)).color());
            });

    for (CellKind cell : {CellKind::Lstm, CellKind::Gru}) {
        const QString what = cell == CellKind::Lstm ? QStringLiteral("Gates (LSTM)") : QStringLiteral("Gates (GRU)");
        for (int i = 0; i < gateCount(cell); ++i)
            for (int j = i + 1; j < gateCount(cell); ++j)
                pairs.push_back(
                    {what, gateLetter(cell, i), gateLetter(cell, j), all, {{gateColor(cell, i), gateColor(cell, j)}}});
    }

    // Matrix roles: W_xh and W_hh have a shade per layer (matrixColor(role, layer, layers)); W_hy and
    // the biases have one colour. A stack of the most layers shows every shade at once.
    const auto shades = [](MatrixRole role) {
        std::vector<QColor> colours;
        if (role == MatrixRole::HiddenToOutput || role == MatrixRole::Bias)
            colours.push_back(matrixColor(role));
        else
            for (int layer = 0; layer < limits::maxLayers; ++layer)
                colours.push_back(matrixColor(role, layer, limits::maxLayers));
        return colours;
    };
    const std::array<MatrixRole, 4> roles = {MatrixRole::InputToHidden, MatrixRole::HiddenToHidden,
                                             MatrixRole::HiddenToOutput, MatrixRole::Bias};
    for (std::size_t i = 0; i < roles.size(); ++i) {
        for (std::size_t j = i + 1; j < roles.size(); ++j) {
            Pair p{QStringLiteral("Matrices, any layers of 1–%1").arg(limits::maxLayers),
                   matrixName(roles[i]),
                   matrixName(roles[j]),
                   all,
                   {}};
            for (const QColor &a : shades(roles[i]))
                for (const QColor &b : shades(roles[j]))
                    p.variants.emplace_back(a, b);
            pairs.push_back(p);
        }
    }

    // The Signal tab: the series in the window's text colour, the rest from signalColor().
    const auto signal = [](Theme theme, int curve) {
        return curve == 0 ? themePalette(theme, QPalette()).color(QPalette::WindowText)
                          : signalColor(static_cast<SignalCurve>(curve - 1), isDark(theme));
    };
    const QString curves[] = {QStringLiteral("series"), QStringLiteral("prediction"), QStringLiteral("forecast"),
                              QStringLiteral("anomaly")};
    for (int i = 0; i < 4; ++i)
        for (int j = i + 1; j < 4; ++j)
            addPerTheme(pairs, QStringLiteral("Signal plot"), curves[i], curves[j],
                        [&](Theme theme) { return std::pair(signal(theme, i), signal(theme, j)); });
    return pairs;
}

//! The smallest ΔE00 of \a pair's variants as \a viewer sees them.
double difference(const Pair &pair, Viewer viewer)
{
    double smallest = std::numeric_limits<double>::infinity();
    for (const auto &[a, b] : pair.variants)
        smallest = std::min(smallest, ColourVision::difference(a, b, viewer));
    return smallest;
}

} // namespace

class TestColourVision : public QObject
{
    Q_OBJECT

private slots:
    void ciede2000MatchesSharma_data();
    void ciede2000MatchesSharma();
    void labOfKnownColours_data();
    void labOfKnownColours();
    void simulationKeepsGreys();
    void simulationCollapsesConfusionLine_data();
    void simulationCollapsesConfusionLine();
    void meaningfulColoursStayApart();
    void modelsDifferBeyondColour();
};

void TestColourVision::ciede2000MatchesSharma_data()
{
    QTest::addColumn<double>("L1");
    QTest::addColumn<double>("a1");
    QTest::addColumn<double>("b1");
    QTest::addColumn<double>("L2");
    QTest::addColumn<double>("a2");
    QTest::addColumn<double>("b2");
    QTest::addColumn<double>("expected");
    // Sharma, Wu & Dalal (2005), Table 1 (pair numbers as there): near-blue hue (1, 4), the a′ = 0
    // and hue-mean branch (7, 13), large differences (17–20), the rotation term (25), dark blue (34).
    QTest::newRow("1") << 50.0 << 2.6772 << -79.7751 << 50.0 << 0.0 << -82.7485 << 2.0425;
    QTest::newRow("4") << 50.0 << -1.3802 << -84.2814 << 50.0 << 0.0 << -82.7485 << 1.0000;
    QTest::newRow("7") << 50.0 << 0.0 << 0.0 << 50.0 << -1.0 << 2.0 << 2.3669;
    QTest::newRow("13") << 50.0 << 2.49 << -0.001 << 50.0 << -2.49 << 0.0009 << 7.1792;
    QTest::newRow("17") << 50.0 << 2.5 << 0.0 << 73.0 << 25.0 << -18.0 << 27.1492;
    QTest::newRow("18") << 50.0 << 2.5 << 0.0 << 61.0 << -5.0 << 29.0 << 22.8977;
    QTest::newRow("19") << 50.0 << 2.5 << 0.0 << 56.0 << -27.0 << -3.0 << 31.9030;
    QTest::newRow("20") << 50.0 << 2.5 << 0.0 << 58.0 << 24.0 << 15.0 << 19.4535;
    QTest::newRow("25") << 60.2574 << -34.0099 << 36.2677 << 60.4626 << -34.1751 << 39.4387 << 1.2644;
    QTest::newRow("34") << 22.7233 << 20.0904 << -46.6940 << 23.0331 << 14.9730 << -42.5619 << 2.0373;
}

void TestColourVision::ciede2000MatchesSharma()
{
    QFETCH(double, L1);
    QFETCH(double, a1);
    QFETCH(double, b1);
    QFETCH(double, L2);
    QFETCH(double, a2);
    QFETCH(double, b2);
    QFETCH(double, expected);
    const double forward = ColourVision::ciede2000({L1, a1, b1}, {L2, a2, b2});
    const double backward = ColourVision::ciede2000({L2, a2, b2}, {L1, a1, b1});
    // The table gives four decimals.
    QVERIFY2(std::abs(forward - expected) < 5e-5, qPrintable(QString::number(forward, 'f', 6)));
    QVERIFY2(std::abs(backward - expected) < 5e-5, qPrintable(QString::number(backward, 'f', 6)));
}

void TestColourVision::labOfKnownColours_data()
{
    QTest::addColumn<QColor>("colour");
    QTest::addColumn<double>("L");
    QTest::addColumn<double>("a");
    QTest::addColumn<double>("b");
    // sRGB's primaries and white in CIELAB, D65 (Lindbloom's calculator, www.brucelindbloom.com).
    QTest::newRow("white") << QColor(Qt::white) << 100.0 << 0.0 << 0.0;
    QTest::newRow("red") << QColor(255, 0, 0) << 53.2408 << 80.0925 << 67.2032;
    QTest::newRow("green") << QColor(0, 255, 0) << 87.7347 << -86.1827 << 83.1793;
    QTest::newRow("blue") << QColor(0, 0, 255) << 32.2970 << 79.1875 << -107.8602;
}

void TestColourVision::labOfKnownColours()
{
    QFETCH(QColor, colour);
    QFETCH(double, L);
    QFETCH(double, a);
    QFETCH(double, b);
    const ColourVision::Lab lab = ColourVision::lab(ColourVision::linear(colour));
    const QString got = QStringLiteral("%1 %2 %3").arg(lab.L).arg(lab.a).arg(lab.b);
    QVERIFY2(std::abs(lab.L - L) < 2e-3 && std::abs(lab.a - a) < 2e-3 && std::abs(lab.b - b) < 2e-3, qPrintable(got));
}

void TestColourVision::simulationKeepsGreys()
{
    // Every row of Machado et al.'s matrices sums to 1: a dichromat sees greys as they are, so a
    // grey pair keeps its difference.
    for (Viewer viewer : ColourVision::viewers) {
        for (int v : {0, 0x33, 0x80, 0xCC, 0xFF}) {
            const QColor grey(v, v, v);
            const ColourVision::Linear seen = ColourVision::simulate(ColourVision::linear(grey), viewer);
            const double expected = ColourVision::linear(grey).r;
            QVERIFY(std::abs(seen.r - expected) < 1e-5 && std::abs(seen.g - expected) < 1e-5
                    && std::abs(seen.b - expected) < 1e-5);
        }
    }
    // A colour is changed: pure red, to a protanope, is the matrix's first column (its negative
    // blue clipped to the display's 0).
    const ColourVision::Linear red = ColourVision::simulate({1, 0, 0}, Viewer::Protanopia);
    QCOMPARE(red.r, 0.152286);
    QCOMPARE(red.g, 0.114503);
    QCOMPARE(red.b, 0.0);
}

void TestColourVision::simulationCollapsesConfusionLine_data()
{
    QTest::addColumn<int>("viewer");
    QTest::newRow("protanopia") << int(Viewer::Protanopia);
    QTest::newRow("deuteranopia") << int(Viewer::Deuteranopia);
}

void TestColourVision::simulationCollapsesConfusionLine()
{
    // A protanope's or deuteranope's simulation is a projection (rank 2): the colours along its
    // null direction — a confusion line — look alike to them and not to anyone else. The matrix's
    // columns are read from the simulation itself, around mid-grey where nothing is clipped; the
    // null direction is the cross product of two of its rows.
    QFETCH(int, viewer);
    const auto who = static_cast<Viewer>(viewer);
    const double g = 0.5, step = 0.1;
    const ColourVision::Linear centre = ColourVision::simulate({g, g, g}, who);
    std::array<ColourVision::Linear, 3> column;
    column[0] = ColourVision::simulate({g + step, g, g}, who);
    column[1] = ColourVision::simulate({g, g + step, g}, who);
    column[2] = ColourVision::simulate({g, g, g + step}, who);
    for (auto &c : column)
        c = {(c.r - centre.r) / step, (c.g - centre.g) / step, (c.b - centre.b) / step};
    const std::array<double, 3> row0 = {column[0].r, column[1].r, column[2].r};
    const std::array<double, 3> row1 = {column[0].g, column[1].g, column[2].g};
    std::array<double, 3> n = {row0[1] * row1[2] - row0[2] * row1[1], row0[2] * row1[0] - row0[0] * row1[2],
                               row0[0] * row1[1] - row0[1] * row1[0]};
    const double norm = std::sqrt(n[0] * n[0] + n[1] * n[1] + n[2] * n[2]);
    const double e = 0.25 / norm; // |each channel's change| ≤ 0.25: both colours stay in gamut
    const ColourVision::Linear plus{g + e * n[0], g + e * n[1], g + e * n[2]};
    const ColourVision::Linear minus{g - e * n[0], g - e * n[1], g - e * n[2]};
    const double normal = ColourVision::ciede2000(ColourVision::lab(plus), ColourVision::lab(minus));
    const double seen = ColourVision::ciede2000(ColourVision::lab(ColourVision::simulate(plus, who)),
                                                ColourVision::lab(ColourVision::simulate(minus, who)));
    QVERIFY2(normal > 20.0, qPrintable(QString::number(normal)));
    QVERIFY2(seen < 0.1, qPrintable(QString::number(seen)));
    // And the other dichromats tell the pair apart.
    for (Viewer other : {Viewer::Protanopia, Viewer::Deuteranopia, Viewer::Tritanopia}) {
        if (other == who)
            continue;
        const double d = ColourVision::ciede2000(ColourVision::lab(ColourVision::simulate(plus, other)),
                                                 ColourVision::lab(ColourVision::simulate(minus, other)));
        QVERIFY2(d > 1.0, qPrintable(QStringLiteral("%1: %2").arg(ColourVision::name(other)).arg(d)));
    }
}

void TestColourVision::meaningfulColoursStayApart()
{
    const std::vector<Pair> pairs = meaningfulPairs();
    QVERIFY(pairs.size() > 30); // every group above made its rows
    QStringList failures;
    QString table = QStringLiteral("| colours | pair | theme | normal | protanopia | deuteranopia | tritanopia |\n"
                                   "|---|---|---|---:|---:|---:|---:|\n");
    for (const Pair &pair : pairs) {
        QString row = QStringLiteral("| %1 | %2 vs %3 | %4 |").arg(pair.what, pair.first, pair.second, pair.themes);
        for (Viewer viewer : ColourVision::viewers) {
            const double d = difference(pair, viewer);
            row += QStringLiteral(" %1 |").arg(d, 0, 'f', 1);
            if (!(d >= threshold))
                failures << QStringLiteral("%1: %2 vs %3 (%4), %5: ΔE00 %6 < %7")
                                .arg(pair.what, pair.first, pair.second, pair.themes, ColourVision::name(viewer))
                                .arg(d, 0, 'f', 2)
                                .arg(threshold);
        }
        table += row + u'\n';
    }
    if (qEnvironmentVariableIsSet("RNNLAB_COLOUR_TABLE"))
        std::fputs(table.toUtf8().constData(), stdout);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
}

void TestColourVision::modelsDifferBeyondColour()
{
    // Compare mode never tells models apart by colour alone: each has its own line style and marker.
    for (bool dark : {false, true}) {
        for (int i = 0; i < 3; ++i) {
            for (int j = i + 1; j < 3; ++j) {
                QVERIFY(ModelStyle::of(i, dark).penStyle() != ModelStyle::of(j, dark).penStyle());
                QVERIFY(ModelStyle::of(i, dark).marker() != ModelStyle::of(j, dark).marker());
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestColourVision)
#include "tst_colourvision.moc"
