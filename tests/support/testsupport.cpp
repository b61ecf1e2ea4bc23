// SPDX-License-Identifier: MIT
#include "tests/support/testsupport.h"

#include "app/session/sessionfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace rnnlab::test {

QString sourceFile(const QString &relative)
{
    const QString path = QDir(QStringLiteral(RNNLAB_SOURCE_DIR)).filePath(relative);
    if (!QFileInfo::exists(path)) {
        qWarning("test data not found: %s", qPrintable(path));
        return {};
    }
    return path;
}

QString dataFile(const QString &relative)
{
    return sourceFile(relative.isEmpty() ? QStringLiteral("tests/data") : QStringLiteral("tests/data/") + relative);
}

QJsonObject readJsonObject(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QTest::qFail(qPrintable(QStringLiteral("cannot open ") + path), __FILE__, __LINE__);
        return {};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        QTest::qFail(qPrintable(path + QStringLiteral(": ") + error.errorString()), __FILE__, __LINE__);
    return document.object();
}

QString problemsText(const std::vector<Problem> &problems)
{
    QStringList all;
    for (const Problem &p : problems)
        all << QString::fromStdString(p.toString());
    return all.join(u'|');
}

bool hasProblem(const std::vector<Problem> &problems, const QString &field, const QString &message)
{
    return std::any_of(problems.begin(), problems.end(), [&](const Problem &problem) {
        return QString::fromStdString(problem.field) == field
            && QString::fromStdString(problem.message).contains(message);
    });
}

Session readSession(const QString &path)
{
    SessionParseResult parsed = SessionFile::read(path);
    if (!parsed.session) {
        std::string text;
        for (const auto &problem : parsed.problems)
            text += problem.toString() + "; ";
        QTest::qFail(qPrintable(path + QStringLiteral(": ") + QString::fromStdString(text)), __FILE__, __LINE__);
        return {};
    }
    return *parsed.session;
}

std::vector<double> flatten(const QJsonValue &value)
{
    std::vector<double> out;
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            const auto inner = flatten(item);
            out.insert(out.end(), inner.begin(), inner.end());
        }
    } else {
        out.push_back(value.toDouble());
    }
    return out;
}

ParameterSet<float> tensorsFromJson(const QJsonObject &object, const std::shared_ptr<const ParameterLayout> &layout)
{
    ParameterSet<float> set(layout);
    for (int t = 0; t < layout->tensorCount(); ++t) {
        const TensorSpec &spec = layout->tensor(t);
        const QJsonValue value = object.value(QString::fromStdString(spec.name));
        const std::vector<double> values = flatten(value);
        if (values.size() != spec.size()) {
            QTest::qFail(qPrintable(QStringLiteral("golden tensor %1 has %2 values, expected %3")
                                        .arg(QString::fromStdString(spec.name))
                                        .arg(values.size())
                                        .arg(spec.size())),
                         __FILE__, __LINE__);
            return set;
        }
        float *data = set.data(t);
        for (std::size_t i = 0; i < values.size(); ++i)
            data[i] = static_cast<float>(values[i]);
    }
    return set;
}

namespace {
std::string elementName(const ParameterLayout &layout, std::size_t flatIndex)
{
    for (const auto &spec : layout.tensors()) {
        if (flatIndex >= spec.offset && flatIndex < spec.offset + spec.size()) {
            const std::size_t i = flatIndex - spec.offset;
            if (spec.isVector)
                return spec.name + "[" + std::to_string(i) + "]";
            return spec.name + "[" + std::to_string(i / static_cast<std::size_t>(spec.cols)) + "]["
                + std::to_string(i % static_cast<std::size_t>(spec.cols)) + "]";
        }
    }
    return "?";
}
} // namespace

Mismatch compare(const ParameterSet<float> &actual, const ParameterSet<float> &expected)
{
    Mismatch m;
    const auto &a = actual.flat();
    const auto &b = expected.flat();
    for (Eigen::Index i = 0; i < a.size(); ++i) {
        const double d = std::abs(static_cast<double>(a(i)) - static_cast<double>(b(i)));
        if (!(d <= m.worst)) {
            m.worst = std::isnan(d) ? INFINITY : d;
            m.where = elementName(actual.layout(), static_cast<std::size_t>(i));
        }
    }
    return m;
}

int bitDifferences(const ParameterSet<float> &actual, const ParameterSet<float> &expected, std::string *first)
{
    int count = 0;
    const auto &a = actual.flat();
    const auto &b = expected.flat();
    for (Eigen::Index i = 0; i < a.size(); ++i) {
        if (std::memcmp(&a(i), &b(i), sizeof(float)) != 0) {
            if (count == 0 && first) {
                char buffer[128];
                std::snprintf(buffer, sizeof buffer, " = %.9g, expected %.9g", static_cast<double>(a(i)),
                              static_cast<double>(b(i)));
                *first = elementName(actual.layout(), static_cast<std::size_t>(i)) + buffer;
            }
            ++count;
        }
    }
    return count;
}

} // namespace rnnlab::test
