// SPDX-License-Identifier: MIT
// AllocationCounter: counts operator new and (linked with --wrap) malloc, calloc and realloc while
// armed, nothing while disarmed — so that the tests relying on a zero count could see a non-zero one.
#include "tests/support/allocationcounter.h"

#include <QTest>

#include <cstdlib>
#include <memory>

using rnnlab::test::AllocationCounter;

namespace {
// Volatile sinks, so that the optimizer cannot drop an allocation whose result is unused.
void *volatile g_sink = nullptr;
} // namespace

class TestAllocationCounter : public QObject
{
    Q_OBJECT

private slots:
    void counts_data();
    void counts();
    void disarmedCountsNothing();
};

void TestAllocationCounter::counts_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<long>("expected");
    QTest::newRow("nothing") << 0 << 0L;
    QTest::newRow("three operator new") << 1 << 3L;
    QTest::newRow("malloc, calloc, realloc") << 2 << 3L;
}

void TestAllocationCounter::counts()
{
    QFETCH(int, kind);
    QFETCH(long, expected);
    const long counted = AllocationCounter::count([kind] {
        if (kind == 1) {
            for (int i = 0; i < 3; ++i) {
                int *p = new int(i);
                g_sink = p;
                delete p;
            }
        } else if (kind == 2) {
            void *p = std::malloc(8);
            g_sink = p;
            p = std::realloc(p, 64);
            g_sink = p;
            std::free(p);
            p = std::calloc(4, 4);
            g_sink = p;
            std::free(p);
        }
    });
    // operator new calls malloc, which this binary wraps too: each new counts at least once.
    if (kind == 1)
        QVERIFY2(counted >= expected, qPrintable(QString::number(counted)));
    else
        QCOMPARE(counted, expected);
}

void TestAllocationCounter::disarmedCountsNothing()
{
    AllocationCounter::start();
    QCOMPARE(AllocationCounter::stop(), 0L);
    auto p = std::make_unique<int>(1);
    g_sink = p.get();
    AllocationCounter::start();
    QCOMPARE(AllocationCounter::stop(), 0L); // the allocation before start() is not counted
}

QTEST_GUILESS_MAIN(TestAllocationCounter)
#include "tst_allocationcounter.moc"
