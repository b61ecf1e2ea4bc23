// SPDX-License-Identifier: MIT
// PickleReader: the values CPython's pickle writes (protocols 2 and 4, bytes made by pickle.dumps)
// and the state_dict pickle real PyTorch 1.13 wrote read back as plain values; everything a
// state_dict does not hold — other globals (os.system, a module's class), text-protocol opcodes,
// a damaged stack or memo, a truncated stream — refused by name, without running anything.
#include "tests/support/testsupport.h"

#include "app/session/picklereader.h"
#include "app/session/ziparchive.h"

#include <QFile>
#include <QTest>

using namespace rnnlab;
using Kind = PickleValue::Kind;

namespace {

//! pickle.dumps([1, -1, 1.5, 300, 70000, 2**40, -2**40, None, True, False, 'hé', (), (1,), (1,2),
//! (1,2,3), (1,2,3,4), {'a': 1}], protocol=P) for P = 2 and 4 (CPython 3.11).
const char *const listProtocol2 =
    "80025d7100284b014affffffff473ff80000000000004d2c014a701101008a060000000000018a060000000000ff4e8889580300000068"
    "c3a97101294b018571024b014b028671034b014b024b03877104284b014b024b034b047471057d710658010000006171074b0173652e";
const char *const listProtocol4 =
    "8004955d000000000000005d94284b014affffffff473ff80000000000004d2c014a701101008a060000000000018a060000000000ff4e"
    "88898c0368c3a994294b0185944b014b0286944b014b024b038794284b014b024b034b0474947d948c0161944b0173652e";

} // namespace

class TestPickleReader : public QObject
{
    Q_OBJECT

private slots:
    void readsPlainValues_data();
    void readsPlainValues();
    void readsAStateDict();
    void refuses_data();
    void refuses();
    void survivesCyclesAndDepth();
};

void TestPickleReader::readsPlainValues_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("protocol 2") << QByteArray::fromHex(listProtocol2);
    QTest::newRow("protocol 4 (FRAME, MEMOIZE, SHORT_BINUNICODE)") << QByteArray::fromHex(listProtocol4);
}

void TestPickleReader::readsPlainValues()
{
    QFETCH(QByteArray, bytes);
    PickleReader::Failure failure;
    const auto doc = PickleReader::read(bytes, &failure);
    QVERIFY2(doc, failure.message.c_str());
    const PickleValue &list = doc->at(doc->root);
    QCOMPARE(list.kind, Kind::List);
    QCOMPARE(list.items.size(), std::size_t(17));
    const auto item = [&](int i) -> const PickleValue & { return doc->at(list.items[static_cast<std::size_t>(i)]); };
    const std::int64_t ints[] = {1, -1};
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(item(i).kind, Kind::Int);
        QCOMPARE(item(i).integer, ints[i]);
    }
    QCOMPARE(item(2).kind, Kind::Float);
    QCOMPARE(item(2).number, 1.5);
    QCOMPARE(item(3).integer, std::int64_t(300)); // BININT2
    QCOMPARE(item(4).integer, std::int64_t(70000)); // BININT
    QCOMPARE(item(5).integer, std::int64_t(1) << 40); // LONG1
    QCOMPARE(item(6).integer, -(std::int64_t(1) << 40)); // LONG1, negative
    QCOMPARE(item(7).kind, Kind::None);
    QCOMPARE(item(8).kind, Kind::Bool);
    QCOMPARE(item(8).integer, std::int64_t(1));
    QCOMPARE(item(9).integer, std::int64_t(0));
    QCOMPARE(item(10).kind, Kind::String);
    QCOMPARE(QString::fromStdString(item(10).text), QStringLiteral("hé"));
    for (int i = 11; i <= 15; ++i) {
        QCOMPARE(item(i).kind, Kind::Tuple);
        QCOMPARE(item(i).items.size(), std::size_t(i - 11));
    }
    QCOMPARE(item(16).kind, Kind::Dict);
    QCOMPARE(doc->at(doc->lookup(list.items[16], "a")).integer, std::int64_t(1));
    QCOMPARE(doc->lookup(list.items[16], "b"), -1);
}

void TestPickleReader::readsAStateDict()
{
    QFile file(test::dataFile(QStringLiteral("pytorch/statedict/lstm_1layer_fc.pt")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    std::string error;
    const auto zip = ZipArchive::open(file.readAll(), &error);
    QVERIFY2(zip, error.c_str());
    const auto pickle = zip->read(*zip->find("lstm_1layer_fc/data.pkl"), 1 << 20, &error);
    QVERIFY2(pickle, error.c_str());
    PickleReader::Failure failure;
    const auto doc = PickleReader::read(*pickle, &failure);
    QVERIFY2(doc, failure.message.c_str());
    const PickleValue &root = doc->at(doc->root);
    QCOMPARE(root.kind, Kind::Dict);
    QCOMPARE(root.items.size(), std::size_t(12)); // six tensors
    QCOMPARE(doc->at(root.items[0]).text, std::string("lstm.weight_ih_l0"));
    const PickleValue &tensor = doc->at(root.items[1]);
    QCOMPARE(tensor.kind, Kind::Tensor);
    QCOMPARE(tensor.shape, (std::vector<std::int64_t>{24, 9})); // 4·H × V, H = 6
    QCOMPARE(tensor.stride, (std::vector<std::int64_t>{9, 1}));
    QCOMPARE(tensor.offset, std::int64_t(0));
    const PickleValue &storage = doc->at(tensor.items[0]);
    QCOMPARE(storage.kind, Kind::Storage);
    QCOMPARE(storage.text, std::string("FloatStorage"));
    QCOMPARE(storage.storageKey, std::string("0"));
    QCOMPARE(storage.integer, std::int64_t(24 * 9));
    // The state_dict's _metadata (BUILD on the OrderedDict): the module names.
    QVERIFY(root.attributes >= 0);
    const int metadata = doc->lookup(root.attributes, "_metadata");
    QVERIFY(metadata >= 0);
    QVERIFY(doc->lookup(metadata, "lstm") >= 0);
    QVERIFY(doc->lookup(metadata, "out") >= 0);
}

void TestPickleReader::refuses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("global");
    QTest::newRow("os.system") << QByteArray("\x80\x02"
                                             "cos\nsystem\nX\x02\x00\x00\x00ls\x85R.",
                                             23)
                               << "names os.system"
                               << "os.system";
    QTest::newRow("a module's class") << QByteArray("\x80\x02"
                                                    "c__main__\nNet\n)\x81.")
                                      << "names __main__.Net"
                                      << "__main__.Net";
    QTest::newRow("_rebuild_parameter") << QByteArray("\x80\x02"
                                                      "ctorch._utils\n_rebuild_parameter\n.")
                                        << "torch._utils._rebuild_parameter"
                                        << "torch._utils._rebuild_parameter";
    QTest::newRow("STACK_GLOBAL builtins.eval") << QByteArray("\x80\x04\x8c\x08"
                                                              "builtins\x8c\x04"
                                                              "eval\x93.")
                                                << "names builtins.eval"
                                                << "builtins.eval";
    QTest::newRow("protocol 0 text opcodes") << QByteArray("(lp0\nI1\na.") << "opcode 0x70 ('p')"
                                             << "";
    QTest::newRow("protocol 6") << QByteArray("\x80\x06N.", 4) << "protocol 6"
                                << "";
    QTest::newRow("truncated") << QByteArray("\x80\x02]q\x00(K\x01", 8) << "truncated"
                               << "";
    QTest::newRow("no STOP") << QByteArray("\x80\x02N", 3) << "without its STOP"
                             << "";
    QTest::newRow("a string longer than the file") << QByteArray("\x80\x02X\xff\xff\xff\x7f"
                                                                 "abc.",
                                                                 11)
                                                   << "truncated"
                                                   << "";
    QTest::newRow("an unknown memo") << QByteArray("\x80\x02h\x05.") << "memo has no entry 5"
                                     << "";
    QTest::newRow("an integer of 9 bytes") << QByteArray("\x80\x02\x8a\x09"
                                                         "123456789.")
                                           << "9 bytes"
                                           << "";
    QTest::newRow("APPEND without a list") << QByteArray("\x80\x02K\x01K\x02"
                                                         "a.")
                                           << "adds to a list"
                                           << "";
    QTest::newRow("SETITEM on a list") << QByteArray("\x80\x02]K\x01K\x02s.") << "adds to a dict"
                                       << "";
    QTest::newRow("SETITEMS with an odd count") << QByteArray("\x80\x02}(K\x01u.") << "key without a value"
                                                << "";
    QTest::newRow("POP from an empty stack") << QByteArray("\x80\x02"
                                                           "0.")
                                             << "empty stack"
                                             << "";
    QTest::newRow("TUPLE without MARK") << QByteArray("\x80\x02K\x01t.") << "MARK"
                                        << "";
    QTest::newRow("OrderedDict from a list") << QByteArray("\x80\x02"
                                                           "ccollections\nOrderedDict\n]\x85R.")
                                             << "from arguments"
                                             << "";
    QTest::newRow("a persistent id that is no storage") << QByteArray("\x80\x02K\x01Q.") << "outside object"
                                                        << "";
    QTest::newRow("a tensor from wrong arguments") << QByteArray("\x80\x02"
                                                                 "ctorch._utils\n_rebuild_tensor_v2\nK\x01\x85R.")
                                                   << "not a tensor"
                                                   << "";
    QTest::newRow("BUILD on a list") << QByteArray("\x80\x02]}b.") << "adds to a dict"
                                     << "";
    QTest::newRow("REDUCE on a storage type") << QByteArray("\x80\x02"
                                                            "ctorch\nFloatStorage\n)R.")
                                              << "calls torch.FloatStorage"
                                              << "torch.FloatStorage";
}

void TestPickleReader::refuses()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    QFETCH(QString, global);
    PickleReader::Failure failure;
    QVERIFY(!PickleReader::read(bytes, &failure));
    QVERIFY2(QString::fromStdString(failure.message).contains(message), failure.message.c_str());
    QCOMPARE(QString::fromStdString(failure.global), global);
}

void TestPickleReader::survivesCyclesAndDepth()
{
    // A list that holds itself (BINPUT 0, BINGET 0, APPEND): values refer by index, so no leak.
    PickleReader::Failure failure;
    auto doc = PickleReader::read(QByteArray("\x80\x02]q\x00h\x00"
                                             "a.",
                                             9),
                                  &failure);
    QVERIFY2(doc, failure.message.c_str());
    QCOMPARE(doc->at(doc->root).items, std::vector<int>{doc->root});
    // 100,000 nested lists: the reader has no recursion to overflow.
    const int depth = 100000;
    doc = PickleReader::read("\x80\x02" + QByteArray(depth, ']') + QByteArray(depth - 1, 'a') + '.', &failure);
    QVERIFY2(doc, failure.message.c_str());
    QCOMPARE(doc->values.size(), std::size_t(depth));
}

QTEST_GUILESS_MAIN(TestPickleReader)
#include "tst_picklereader.moc"
