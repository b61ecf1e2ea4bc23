// SPDX-License-Identifier: MIT
// ZipArchive: the .pt files real PyTorch 1.13 wrote (stored entries, zip64 end records) and the same
// model re-packed deflated by Python's zipfile read back byte for byte; damaged archives — cut
// short, a flipped byte, an unknown method, encryption, a central directory pointing outside the
// file — refused with a sentence, never read out of bounds (scripts/test --asan watches).
#include "tests/support/testsupport.h"

#include "app/session/ziparchive.h"

#include <QFile>
#include <QTest>

using namespace rnnlab;

namespace {

QByteArray readData(const QString &relative)
{
    QFile file(test::dataFile(relative));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

//! A one-entry archive as Python's zipfile writes it with ZIP_STORED, built by hand: "a.txt" → "hello".
QByteArray storedHello()
{
    // Local header (30 bytes, the name, "hello"), central header at 40, end record at 91.
    return QByteArray::fromHex("504b03041400000000000000215886a61036050000000500000005000000612e74787468656c6c6f"
                               "504b010214031400000000000000215886a6103605000000050000000500000000000000000000"
                               "00800100000000612e747874"
                               "504b0506000000000100010033000000280000000000");
}

void patch(QByteArray &bytes, qsizetype at, const QByteArray &with)
{
    bytes.replace(at, with.size(), with);
}

} // namespace

class TestZipArchive : public QObject
{
    Q_OBJECT

private slots:
    void readsWhatTorchSaveWrote();
    void readsDeflatedEntries();
    void readsAHandMadeArchive();
    void refusesDamagedArchives_data();
    void refusesDamagedArchives();
    void refusesOversizedEntries();
};

void TestZipArchive::readsWhatTorchSaveWrote()
{
    const QByteArray bytes = readData(QStringLiteral("pytorch/statedict/lstm_1layer_fc.pt"));
    QVERIFY(ZipArchive::looksLikeZip(bytes));
    std::string error;
    const auto zip = ZipArchive::open(bytes, &error);
    QVERIFY2(zip, error.c_str());
    QVERIFY(zip->find("lstm_1layer_fc/data.pkl"));
    QVERIFY(zip->find("lstm_1layer_fc/version"));
    const ZipArchive::Entry *storage = zip->find("lstm_1layer_fc/data/0");
    QVERIFY(storage);
    QCOMPARE(storage->method, std::uint16_t(0));
    const auto data = zip->read(*storage, 1 << 20, &error);
    QVERIFY2(data, error.c_str());
    QCOMPARE(static_cast<std::uint64_t>(data->size()), storage->size);
    const auto version = zip->read(*zip->find("lstm_1layer_fc/version"), 16, &error);
    QVERIFY(version);
    QCOMPARE(*version, QByteArray("3\n"));
}

void TestZipArchive::readsDeflatedEntries()
{
    // noted_deflated.pt: torch.save's entries re-packed with zipfile.ZIP_DEFLATED under "archive/".
    std::string error;
    const auto zip = ZipArchive::open(readData(QStringLiteral("pytorch/statedict/noted_deflated.pt")), &error);
    QVERIFY2(zip, error.c_str());
    const ZipArchive::Entry *pickle = zip->find("archive/data.pkl");
    QVERIFY(pickle);
    QCOMPARE(pickle->method, std::uint16_t(8));
    QVERIFY(pickle->compressedSize < pickle->size);
    const auto data = zip->read(*pickle, 1 << 20, &error);
    QVERIFY2(data, error.c_str());
    QVERIFY(data->startsWith("\x80\x02"));
    QVERIFY(data->endsWith('.'));
}

void TestZipArchive::readsAHandMadeArchive()
{
    std::string error;
    const auto zip = ZipArchive::open(storedHello(), &error);
    QVERIFY2(zip, error.c_str());
    QCOMPARE(zip->entries().size(), std::size_t(1));
    QCOMPARE(zip->entries().front().name, std::string("a.txt"));
    const auto data = zip->read(zip->entries().front(), 100, &error);
    QVERIFY2(data, error.c_str());
    QCOMPARE(*data, QByteArray("hello"));
    QVERIFY(!zip->find("b.txt"));
}

void TestZipArchive::refusesDamagedArchives_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("opens"); // the directory reads; the entry does not
    QTest::addColumn<QString>("message");
    const QByteArray good = storedHello();
    const qsizetype central = 40;
    QTest::newRow("not a zip") << QByteArray("{\"format\": \"rnnlab-session\"}") << false << "not a zip archive";
    QTest::newRow("empty") << QByteArray() << false << "not a zip archive";
    QTest::newRow("cut before the end record") << good.left(good.size() - 10) << false << "cut short";
    QTest::newRow("cut in the data") << good.left(40) << false << "cut short";
    QByteArray crc = good;
    crc[35] = 'j'; // "hello" → "jello"
    QTest::newRow("a flipped byte") << crc << true << "CRC-32";
    QByteArray method = good;
    patch(method, 8, QByteArray::fromHex("0c00")); // local
    patch(method, central + 10, QByteArray::fromHex("0c00")); // central: bzip2
    QTest::newRow("bzip2") << method << true << "method 12";
    QByteArray encrypted = good;
    patch(encrypted, central + 8, QByteArray::fromHex("0100"));
    QTest::newRow("encrypted") << encrypted << true << "encrypted";
    QByteArray outside = good;
    patch(outside, outside.size() - 6, QByteArray::fromHex("ffffff7f")); // directory offset
    QTest::newRow("directory outside the file") << outside << false << "outside the file";
    QByteArray count = good;
    patch(count, count.size() - 12, QByteArray::fromHex("ffff")); // 65535 entries in 51 bytes
    QTest::newRow("more entries than fit") << count << false << "outside the file";
    QByteArray local = good;
    patch(local, central + 42, QByteArray::fromHex("10000000")); // local header offset 16
    QTest::newRow("entry points into the data") << local << true << "damaged local header";
    QByteArray size = good;
    patch(size, central + 20, QByteArray::fromHex("ffffff00")); // compressed size past the end
    QTest::newRow("entry runs past the end") << size << true << "runs past the end";
    QByteArray deflated = good;
    patch(deflated, central + 10, QByteArray::fromHex("0800")); // "hello" is not deflate data
    QTest::newRow("not deflate data") << deflated << true << "does not inflate";
}

void TestZipArchive::refusesDamagedArchives()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, opens);
    QFETCH(QString, message);
    std::string error;
    const auto zip = ZipArchive::open(bytes, &error);
    QCOMPARE(zip.has_value(), opens);
    if (zip) {
        QVERIFY(!zip->entries().empty());
        const auto data = zip->read(zip->entries().front(), 1 << 20, &error);
        QVERIFY(!data);
    }
    QVERIFY2(QString::fromStdString(error).contains(message), error.c_str());
}

void TestZipArchive::refusesOversizedEntries()
{
    std::string error;
    const auto zip = ZipArchive::open(storedHello(), &error);
    QVERIFY(zip);
    QVERIFY(!zip->read(zip->entries().front(), 4, &error));
    QVERIFY2(QString::fromStdString(error).contains(QLatin1String("more than the 4")), error.c_str());
}

QTEST_GUILESS_MAIN(TestZipArchive)
#include "tst_ziparchive.moc"
