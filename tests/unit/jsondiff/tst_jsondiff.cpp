#include "jsondiff.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

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
                           << uR"(+ /b: {"c":2})"_s;
    QTest::newRow("removed") << QByteArray(R"({"a":1,"b":2})") << QByteArray(R"({"a":1})")
                             << u"- /b: 2"_s;
    QTest::newRow("changed") << QByteArray(R"({"a":"x"})") << QByteArray(R"({"a":"y"})")
                             << uR"(~ /a: "x" -> "y")"_s;
    QTest::newRow("type change") << QByteArray(R"({"a":{"x":1}})") << QByteArray(R"({"a":[1]})")
                                 << uR"(~ /a: {"x":1} -> [1])"_s;
    QTest::newRow("nested") << QByteArray(R"({"o":{"p":{"q":1,"r":2}}})")
                            << QByteArray(R"({"o":{"p":{"q":1,"r":3}}})") << u"~ /o/p/r: 2 -> 3"_s;
    QTest::newRow("array append") << QByteArray(R"({"l":[1]})") << QByteArray(R"({"l":[1,2,3]})")
                                  << u"+ /l/1: 2\n+ /l/2: 3"_s;
    QTest::newRow("array head removed")
        << QByteArray(R"({"l":[{"id":"a"},{"id":"b"}]})") << QByteArray(R"({"l":[{"id":"b"}]})")
        << uR"(- /l/0: {"id":"a"})"_s;
    QTest::newRow("array element changed")
        << QByteArray(R"({"l":[1,{"k":1},3]})") << QByteArray(R"({"l":[1,{"k":2},3]})")
        << u"~ /l/1/k: 1 -> 2"_s;
    QTest::newRow("root scalar") << QByteArray("1") << QByteArray("null") << u"~ /: 1 -> null"_s;
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
    QCOMPARE(JsonDiff::appendPointer(QString(), u"a/b~c"_s), u"/a~1b~0c"_s);
    const QList<Change> c = JsonDiff::diff(parse(R"({"x/y":1})"), parse(R"({"x/y":2})"));
    QCOMPARE(c.size(), 1);
    QCOMPARE(c.first().path, u"/x~1y"_s);
    QCOMPARE(c.first().kind, Change::Kind::Changed);
    QCOMPARE(c.first().before, QJsonValue(1));
    QCOMPARE(c.first().after, QJsonValue(2));
}

void TestJsonDiff::compactScalars()
{
    QCOMPARE(JsonDiff::compact(QJsonValue(u"a\"b"_s)), u"\"a\\\"b\""_s);
    QCOMPARE(JsonDiff::compact(QJsonValue(true)), u"true"_s);
    QCOMPARE(JsonDiff::compact(QJsonValue()), u"null"_s);
    QCOMPARE(JsonDiff::compact(QJsonValue(QJsonValue::Undefined)), QString());
}

QTEST_GUILESS_MAIN(TestJsonDiff)
#include "tst_jsondiff.moc"
