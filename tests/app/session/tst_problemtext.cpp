// SPDX-License-Identifier: MIT
// Issue 19 §1: the engine's problems in the reader's language. Without a translation ProblemText
// says exactly what Problem::toString() says (the English the CLI tests compare); with one (a
// translator holding a single German message, made here) the pattern comes out translated with its
// arguments in place; a message a caller changed after the engine made it stays English.
#include "tests/support/testsupport.h"

#include "app/session/problemtext.h"
#include "engine/comparison.h"
#include "engine/generation.h"
#include "engine/session.h"
#include "engine/signalgenerator.h"

#include <QTest>
#include <QTranslator>

using namespace rnnlab;

namespace {

//! A translation of one pattern of context "Problem", as a .qm file would hold it.
class OneMessage : public QTranslator
{
public:
    OneMessage(const char *source, QString translation)
        : m_source(source)
        , m_translation(std::move(translation))
    { }

    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        return qstrcmp(context, "Problem") == 0 && qstrcmp(source, m_source) == 0 ? m_translation : QString();
    }

private:
    const char *m_source;
    QString m_translation;
};

const char *const outOfRange = "%1 is out of range: it must be between 1 and %2 (rnnlab draws every hidden unit; "
                               "larger networks cannot be shown and train too slowly to watch)";

//! Every kind of problem validate() and its relatives give for a few broken sessions.
std::vector<Problem> manyProblems()
{
    std::vector<Problem> all;
    const auto add = [&](const std::vector<Problem> &problems) {
        all.insert(all.end(), problems.begin(), problems.end());
    };
    Session s = lectureExample();
    s.model.hiddenSize = 5000;
    s.model.numLayers = 0;
    s.training.learningRate = -1;
    s.training.momentum = -0.5;
    s.training.clipGradNorm = 0.0;
    s.training.steps = -3;
    s.data.texts.push_back(U"x");
    s.data.texts.push_back(U"");
    add(validate(s));
    Session mismatch = lectureExample();
    mismatch.model.outputLayer = false;
    mismatch.model.hiddenSize = 3;
    add(validate(mismatch));
    Session classify = lectureExample();
    classify.data.task = TaskKind::Classify;
    classify.data.texts = {U"good", U"bad"};
    classify.data.labels = {U"positive", U""};
    add(validate(classify));
    SignalSpec wave;
    wave.period = 0;
    wave.length = 0;
    wave.noise = -1;
    add(SignalGenerator::validate(wave, "data.generator.series[0]"));
    GenerationOptions options;
    options.length = -1;
    add(validate(options, Vocabulary::fromCharacters(U"helo")));
    add(validateComparison({lectureExample()}, {}));
    return all;
}

} // namespace

class TestProblemText : public QObject
{
    Q_OBJECT

private slots:
    void englishIsToString();
    void translatedWithItsArguments();
    void changedMessageStaysEnglish();
    void fillIsOnePass();
};

void TestProblemText::englishIsToString()
{
    const std::vector<Problem> problems = manyProblems();
    QVERIFY(problems.size() >= 15);
    for (const Problem &problem : problems) {
        QVERIFY2(!problem.pattern.empty(), problem.toString().c_str());
        QCOMPARE(Problem::fill(problem.pattern, problem.arguments), problem.message);
        QCOMPARE(ProblemText::text(problem), QString::fromStdString(problem.toString()));
    }
    // The engine's English, byte for byte as before the patterns.
    Session s = lectureExample();
    s.model.hiddenSize = 5000;
    const std::vector<Problem> refused = validate(s);
    QCOMPARE(refused.size(), std::size_t(1));
    QCOMPARE(refused.front().toString(),
             std::string("model.hidden_size: 5000 is out of range: it must be between 1 and 1024 (rnnlab draws "
                         "every hidden unit; larger networks cannot be shown and train too slowly to watch)"));
}

void TestProblemText::translatedWithItsArguments()
{
    OneMessage german(outOfRange, QStringLiteral("%1 liegt außerhalb des Bereichs: erlaubt sind 1 bis %2"));
    QVERIFY(QCoreApplication::installTranslator(&german));
    Session s = lectureExample();
    s.model.hiddenSize = 5000;
    s.data.texts.push_back(U"x"); // a problem without a translation stays English
    const std::vector<Problem> problems = validate(s);
    QCOMPARE(problems.size(), std::size_t(2));
    QCOMPARE(ProblemText::text(problems[0]),
             QStringLiteral("model.hidden_size: 5000 liegt außerhalb des Bereichs: erlaubt sind 1 bis 1024"));
    QCOMPARE(ProblemText::message(problems[0]),
             QStringLiteral("5000 liegt außerhalb des Bereichs: erlaubt sind 1 bis 1024"));
    QCOMPARE(ProblemText::text(problems[0], QStringLiteral("--hidden-size")),
             QStringLiteral("--hidden-size: 5000 liegt außerhalb des Bereichs: erlaubt sind 1 bis 1024"));
    QCOMPARE(ProblemText::text(problems[1]), QString::fromStdString(problems[1].toString()));
    // The English stays what the files and the tests compare.
    QVERIFY(problems[0].message.starts_with("5000 is out of range"));
    QCoreApplication::removeTranslator(&german);
    QVERIFY(ProblemText::text(problems[0]).contains(QStringLiteral("is out of range")));
}

void TestProblemText::changedMessageStaysEnglish()
{
    OneMessage german(outOfRange, QStringLiteral("%1 liegt außerhalb des Bereichs"));
    QVERIFY(QCoreApplication::installTranslator(&german));
    Session s = lectureExample();
    s.model.hiddenSize = 5000;
    Problem problem = validate(s).front();
    problem.message += " (and more)";
    QCOMPARE(ProblemText::message(problem), QString::fromStdString(problem.message));
    // A problem the app made itself, without a pattern.
    const Problem own{"line 3", "has no tab"};
    QCOMPARE(ProblemText::text(own), QStringLiteral("line 3 has no tab"));
    QCoreApplication::removeTranslator(&german);
}

void TestProblemText::fillIsOnePass()
{
    QCOMPARE(Problem::fill("%1 and %2, %3 %", {"a%2", "b"}), std::string("a%2 and b, %3 %"));
    QCOMPARE(ProblemText::fill(QStringLiteral("%1 and %2, %3 %"), {"a%2", "b"}), QStringLiteral("a%2 and b, %3 %"));
    const Problem p = Problem::of("f", "has %1 of %2", {"3", "4"});
    QCOMPARE(p.message, std::string("has 3 of 4"));
    QCOMPARE(p.pattern, std::string("has %1 of %2"));
}

QTEST_GUILESS_MAIN(TestProblemText)
#include "tst_problemtext.moc"
