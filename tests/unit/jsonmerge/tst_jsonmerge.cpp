#include "jsonmerge.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

class TestJsonMerge : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void threeWay_data();
    void threeWay();
    void setAt();
};

namespace {
QJsonObject obj(const char *json) { return QJsonDocument::fromJson(QByteArray(json)).object(); }
} // namespace

void TestJsonMerge::threeWay_data()
{
    QTest::addColumn<QJsonObject>("base");
    QTest::addColumn<QJsonObject>("mine");
    QTest::addColumn<QJsonObject>("current");
    QTest::addColumn<QJsonObject>("expected");
    QTest::newRow("field added meanwhile is kept")
        << obj(R"({"a":1})") << obj(R"({"a":2})") << obj(R"({"a":1,"b":3})")
        << obj(R"({"a":2,"b":3})");
    QTest::newRow("action queued meanwhile is kept")
        << obj(R"({"q":[{"id":"1"}],"n":0})") << obj(R"({"q":[{"id":"1"}],"n":1})")
        << obj(R"({"q":[{"id":"1"},{"id":"2"}],"n":0})")
        << obj(R"({"q":[{"id":"1"},{"id":"2"}],"n":1})");
    QTest::newRow("user removes one, another arrives")
        << obj(R"({"q":[{"id":"1"}]})") << obj(R"({"q":[]})")
        << obj(R"({"q":[{"id":"1"},{"id":"2"}]})") << obj(R"({"q":[{"id":"2"}]})");
    QTest::newRow("taken meanwhile stays taken")
        << obj(R"({"q":[{"id":"1"},{"id":"2"}],"n":0})")
        << obj(R"({"q":[{"id":"1"},{"id":"2"},{"id":"3"}],"n":0})")
        << obj(R"({"q":[{"id":"2"}],"n":0})") << obj(R"({"q":[{"id":"2"},{"id":"3"}],"n":0})");
    QTest::newRow("user deletes a key") << obj(R"({"a":1,"b":2})") << obj(R"({"b":2})")
                                        << obj(R"({"a":1,"b":5})") << obj(R"({"b":5})");
    QTest::newRow("nested objects merge")
        << obj(R"({"o":{"x":1,"y":1}})") << obj(R"({"o":{"x":2,"y":1}})")
        << obj(R"({"o":{"x":1,"y":3}})") << obj(R"({"o":{"x":2,"y":3}})");
    QTest::newRow("both changed a scalar: mine")
        << obj(R"({"a":1})") << obj(R"({"a":2})") << obj(R"({"a":3})") << obj(R"({"a":2})");
}

void TestJsonMerge::threeWay()
{
    QFETCH(QJsonObject, base);
    QFETCH(QJsonObject, mine);
    QFETCH(QJsonObject, current);
    QFETCH(QJsonObject, expected);
    QCOMPARE(JsonMerge::threeWay(base, mine, current), expected);
}

void TestJsonMerge::setAt()
{
    const QJsonObject doc = obj(R"({"a":{"b/c":[1,2]},"s":"x"})");
    bool ok = false;
    QCOMPARE(JsonMerge::setAt(doc, u"/a/b~1c/1"_s, 5, &ok), obj(R"({"a":{"b/c":[1,5]},"s":"x"})"));
    QVERIFY(ok);
    QCOMPARE(JsonMerge::setAt(doc, u"/s"_s, true, &ok), obj(R"({"a":{"b/c":[1,2]},"s":true})"));
    QVERIFY(ok);
    QCOMPARE(JsonMerge::setAt(doc, u"/missing"_s, 1, &ok), doc);
    QVERIFY(!ok);
    QCOMPARE(JsonMerge::setAt(doc, u"/a/b~1c/7"_s, 1, &ok), doc);
    QVERIFY(!ok);
}

QTEST_GUILESS_MAIN(TestJsonMerge)
#include "tst_jsonmerge.moc"
