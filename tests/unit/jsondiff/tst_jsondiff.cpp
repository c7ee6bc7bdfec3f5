#include "jsondiff.h"

#include <QJsonDocument>
#include <QTest>

using JsonDiff::Change;

namespace {
QJsonValue parse(const QByteArray &json)
{
    return QJsonDocument::fromJson("[" + json + "]").array().at(0);
}
} // namespace

class TestJsonDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void diff_data();
    void diff();
    void pointerEscaping();
    void compactScalars();
};

void TestJsonDiff::diff_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<QString>("expected");

    QTest::newRow("equal") << QByteArray(R"({"a":[1,{"b":2}]})")
                           << QByteArray(R"({"a":[1,{"b":2}]})") << QString();
    QTest::newRow("added") << QByteArray(R"({"a":1})") << QByteArray(R"({"a":1,"b":{"c":2}})")
                           << QStringLiteral(R"(+ /b: {"c":2})");
    QTest::newRow("removed") << QByteArray(R"({"a":1,"b":2})") << QByteArray(R"({"a":1})")
                             << QStringLiteral("- /b: 2");
    QTest::newRow("changed") << QByteArray(R"({"a":"x"})") << QByteArray(R"({"a":"y"})")
                             << QStringLiteral(R"(~ /a: "x" -> "y")");
    QTest::newRow("type change") << QByteArray(R"({"a":{"x":1}})") << QByteArray(R"({"a":[1]})")
                                 << QStringLiteral(R"(~ /a: {"x":1} -> [1])");
    QTest::newRow("nested") << QByteArray(R"({"o":{"p":{"q":1,"r":2}}})")
                            << QByteArray(R"({"o":{"p":{"q":1,"r":3}}})")
                            << QStringLiteral("~ /o/p/r: 2 -> 3");
    QTest::newRow("array append") << QByteArray(R"({"l":[1]})") << QByteArray(R"({"l":[1,2,3]})")
                                  << QStringLiteral("+ /l/1: 2\n+ /l/2: 3");
    QTest::newRow("array head removed")
        << QByteArray(R"({"l":[{"id":"a"},{"id":"b"}]})") << QByteArray(R"({"l":[{"id":"b"}]})")
        << QStringLiteral(R"(- /l/0: {"id":"a"})");
    QTest::newRow("array element changed")
        << QByteArray(R"({"l":[1,{"k":1},3]})") << QByteArray(R"({"l":[1,{"k":2},3]})")
        << QStringLiteral("~ /l/1/k: 1 -> 2");
    QTest::newRow("root scalar") << QByteArray("1") << QByteArray("null")
                                 << QStringLiteral("~ /: 1 -> null");
}

void TestJsonDiff::diff()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(QString, expected);
    const QList<Change> changes = JsonDiff::diff(parse(before), parse(after));
    QCOMPARE(JsonDiff::toText(changes), expected);
    // Applying the reverse diff is the same size: added <-> removed.
    const QList<Change> back = JsonDiff::diff(parse(after), parse(before));
    QCOMPARE(back.size(), changes.size());
}

void TestJsonDiff::pointerEscaping()
{
    QCOMPARE(
        JsonDiff::appendPointer(QString(), QStringLiteral("a/b~c")), QStringLiteral("/a~1b~0c"));
    const QList<Change> c = JsonDiff::diff(parse(R"({"x/y":1})"), parse(R"({"x/y":2})"));
    QCOMPARE(c.size(), 1);
    QCOMPARE(c.first().path, QStringLiteral("/x~1y"));
    QCOMPARE(c.first().kind, Change::Kind::Changed);
    QCOMPARE(c.first().before, QJsonValue(1));
    QCOMPARE(c.first().after, QJsonValue(2));
}

void TestJsonDiff::compactScalars()
{
    QCOMPARE(JsonDiff::compact(QJsonValue(QStringLiteral("a\"b"))), QStringLiteral("\"a\\\"b\""));
    QCOMPARE(JsonDiff::compact(QJsonValue(true)), QStringLiteral("true"));
    QCOMPARE(JsonDiff::compact(QJsonValue()), QStringLiteral("null"));
    QCOMPARE(JsonDiff::compact(QJsonValue(QJsonValue::Undefined)), QString());
}

QTEST_GUILESS_MAIN(TestJsonDiff)
#include "tst_jsondiff.moc"
