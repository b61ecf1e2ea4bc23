// SPDX-License-Identifier: MIT
// setLogarithmicAxis: a decade is labelled as a power ("1e-02", which the axis draws as 10⁻²) in
// every language — Korean's locale writes the exponent "E", and QCustomPlot, which looks for "e",
// drew "1E-02" instead of a power.
#include "ui/plots/logaxis.h"

#include <qcustomplot.h>

#include <QRegularExpression>
#include <QTest>

using namespace rnnlab;

class TestLogAxis : public QObject
{
    Q_OBJECT

private slots:
    void decadesArePowersInEveryLocale_data();
    void decadesArePowersInEveryLocale();
    void decadeTickerInEveryLocale_data() { decadesArePowersInEveryLocale_data(); }
    void decadeTickerInEveryLocale();
};

void TestLogAxis::decadesArePowersInEveryLocale_data()
{
    QTest::addColumn<QString>("locale");
    for (const char *code : {"C", "en_US", "de_DE", "ko_KR", "ja_JP", "zh_CN", "fr_FR", "es_ES"})
        QTest::newRow(code) << QString::fromLatin1(code);
}

void TestLogAxis::decadesArePowersInEveryLocale()
{
    QFETCH(QString, locale);
    QCustomPlot plot;
    plot.resize(300, 400);
    plot.setLocale(QLocale(locale));
    setLogarithmicAxis(plot.yAxis, true, 2);
    plot.yAxis->setRange(1e-6, 10.0);
    plot.replot();
    const QVector<QString> labels = plot.yAxis->tickVectorLabels();
    QVERIFY(labels.size() >= 2);
    static const QRegularExpression power(QStringLiteral("^1e[+-]\\d+$"));
    for (const QString &label : labels)
        QVERIFY2(power.match(label).hasMatch(), qPrintable(QStringLiteral("a decade labelled \"%1\"").arg(label)));
}

void TestLogAxis::decadeTickerInEveryLocale()
{
    // GradientComparisonPlot's axis (a plain QCPAxisTickerLog until issue 19 §1 gave the plots the
    // reader's locale on purpose): decadeTicker() writes its decades in C as well.
    QFETCH(QString, locale);
    QCustomPlot plot;
    plot.resize(300, 400);
    plot.setLocale(QLocale(locale));
    plot.yAxis->setScaleType(QCPAxis::stLogarithmic);
    plot.yAxis->setTicker(decadeTicker());
    plot.yAxis->setNumberFormat(QStringLiteral("eb"));
    plot.yAxis->setNumberPrecision(0);
    plot.yAxis->setRange(1e-12, 1.0);
    plot.replot();
    const QVector<QString> labels = plot.yAxis->tickVectorLabels();
    QVERIFY(labels.size() >= 2);
    static const QRegularExpression power(QStringLiteral("^1e[+-]\\d+$"));
    for (const QString &label : labels)
        QVERIFY2(power.match(label).hasMatch(), qPrintable(QStringLiteral("a decade labelled \"%1\"").arg(label)));
}

QTEST_MAIN(TestLogAxis)
#include "tst_logaxis.moc"
