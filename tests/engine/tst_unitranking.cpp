// SPDX-License-Identifier: MIT
// UnitRanking's score, |mean inside − mean outside| / pooled sd, on states small enough to work out
// by hand; its stable order, its finite answer where a standard deviation is 0, and the spans it
// refuses. A network's unit tracking a span is tst_memoryanalysis's.
#include "engine/unitranking.h"

#include <QTest>

#include <cmath>

using namespace rnnlab;

class TestUnitRanking : public QObject
{
    Q_OBJECT

private slots:
    void scoresByHand();
    void zeroDeviationStaysFinite();
    void problems_data();
    void problems();
};

void TestUnitRanking::scoresByHand()
{
    // Two texts, 2 units. Span: steps 1-2 of text 0.
    Matrix<float> a(2, 4), b(2, 2);
    a << 0, 2, 4, 0, //
        1, 1, 1, 1;
    b << 2, 0, //
        1, 0;
    const std::vector<UnitScore> ranking = UnitRanking::rank({a, b}, {0, 1, 3});
    QCOMPARE(ranking.size(), std::size_t(2));
    // Unit 0: inside {2, 4} mean 3, SS 2; outside {0, 0, 2, 0} mean 0.5, SS 3; sd = √(5/4).
    QCOMPARE(ranking[0].unit, 0);
    QCOMPARE(ranking[0].meanInside, 3.0);
    QCOMPARE(ranking[0].meanOutside, 0.5);
    QVERIFY(std::abs(ranking[0].pooledSd - std::sqrt(1.25)) < 1e-12);
    QVERIFY(std::abs(ranking[0].score - 2.5 / std::sqrt(1.25)) < 1e-12);
    // Unit 1: inside {1, 1}, outside {1, 1, 1, 0}: mean 0.75, SS 0.75; sd = √(0.75/4).
    QCOMPARE(ranking[1].unit, 1);
    QVERIFY(std::abs(ranking[1].score - 0.25 / std::sqrt(0.1875)) < 1e-12);
}

void TestUnitRanking::zeroDeviationStaysFinite()
{
    // Unit 0 constant everywhere: score 0. Unit 1 constant inside and outside, different: the
    // floor's |Δ| / 1e-6, first. Unit 2 likewise, the same: a tie keeps the order.
    Matrix<float> states(3, 4);
    states << 0.5f, 0.5f, 0.5f, 0.5f, //
        -1, 1, 1, -1, //
        -1, 1, 1, -1;
    const std::vector<UnitScore> ranking = UnitRanking::rank({states}, {0, 1, 3});
    QCOMPARE(ranking[0].unit, 1);
    QCOMPARE(ranking[1].unit, 2);
    QCOMPARE(ranking[2].unit, 0);
    QCOMPARE(ranking[0].score, 2.0 / UnitRanking::minimumSd);
    QCOMPARE(ranking[2].score, 0.0);
    for (const UnitScore &score : ranking)
        QVERIFY(std::isfinite(score.score) && std::isfinite(score.pooledSd));
    // One step inside and one outside: no degrees of freedom, sd 0, still finite.
    Matrix<float> two(1, 2);
    two << 0, 1;
    QVERIFY(std::isfinite(UnitRanking::rank({two}, {0, 0, 1}).front().score));
}

void TestUnitRanking::problems_data()
{
    QTest::addColumn<int>("text");
    QTest::addColumn<int>("begin");
    QTest::addColumn<int>("end");
    QTest::addColumn<QString>("problem"); // a part of the message; empty: accepted
    QTest::newRow("inside") << 0 << 0 << 4 << QString();
    QTest::newRow("the whole second text") << 1 << 0 << 2 << QString();
    QTest::newRow("empty") << 0 << 2 << 2 << QStringLiteral("0 ≤ A < B ≤ 4");
    QTest::newRow("backwards") << 0 << 3 << 1 << QStringLiteral("3:1 is not a span of text 0");
    QTest::newRow("past the end") << 0 << 2 << 5 << QStringLiteral("which has 4 time steps");
    QTest::newRow("negative") << 0 << -1 << 2 << QStringLiteral("is not a span");
    QTest::newRow("no such text") << 2 << 0 << 1 << QStringLiteral("there is no text 2");
}

void TestUnitRanking::problems()
{
    QFETCH(int, text);
    QFETCH(int, begin);
    QFETCH(int, end);
    QFETCH(QString, problem);
    const auto found = UnitRanking::problemWith({text, begin, end}, {4, 2});
    if (problem.isEmpty())
        QVERIFY2(!found, found ? found->c_str() : "");
    else
        QVERIFY2(found && QString::fromStdString(*found).contains(problem), found ? found->c_str() : "accepted");
    // A span over everything leaves nothing to compare with.
    const auto all = UnitRanking::problemWith({0, 0, 3}, {3});
    QVERIFY(all && all->find("nothing outside") != std::string::npos);
}

QTEST_GUILESS_MAIN(TestUnitRanking)
#include "tst_unitranking.moc"
