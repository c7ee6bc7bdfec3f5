#include "jsontreemodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonObject obj(const char *json)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &err);
    if (err.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", json);
    return doc.object();
}

// Rebuilds the JSON the model shows, from its roles only.
QJsonValue rebuild(const QAbstractItemModel &m, const QModelIndex &parent, const QString &type)
{
    if (type == u"object"_s) {
        QJsonObject o;
        for (int r = 0; r < m.rowCount(parent); ++r) {
            const QModelIndex i = m.index(r, 0, parent);
            o.insert(i.data(JsonTreeModel::KeyRole).toString(),
                rebuild(m, i, i.data(JsonTreeModel::TypeRole).toString()));
        }
        return o;
    }
    if (type == u"array"_s) {
        QJsonArray a;
        for (int r = 0; r < m.rowCount(parent); ++r) {
            const QModelIndex i = m.index(r, 0, parent);
            if (i.data(JsonTreeModel::KeyRole).toString() != QString::number(r))
                return QJsonValue(u"<bad array key>"_s);
            a.append(rebuild(m, i, i.data(JsonTreeModel::TypeRole).toString()));
        }
        return a;
    }
    return QJsonValue::fromVariant(parent.data(JsonTreeModel::ValueRole));
}

} // namespace

class TestJsonTreeModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void patch_data();
    void patch();
    void firstSnapshotResetsOnce();
    void headRemovalIsOneRemove();
    void untouchedRowsKeepTheirIndex();
    void changedAtMarksChangeAndAncestors();
    void rolesAndPaths();
};

void TestJsonTreeModel::patch_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<int>("inserts");
    QTest::addColumn<int>("removes");

    QTest::newRow("no change") << QByteArray(R"({"a":1})") << QByteArray(R"({"a":1})") << 0 << 0;
    QTest::newRow("key added") << QByteArray(R"({"a":1})") << QByteArray(R"({"a":1,"b":2})") << 1
                               << 0;
    QTest::newRow("key added first")
        << QByteArray(R"({"b":1})") << QByteArray(R"({"a":0,"b":1})") << 1 << 0;
    QTest::newRow("key removed") << QByteArray(R"({"a":1,"b":2,"c":3})")
                                 << QByteArray(R"({"a":1,"c":3})") << 0 << 1;
    QTest::newRow("value changed")
        << QByteArray(R"({"a":1,"b":"x"})") << QByteArray(R"({"a":2,"b":"y"})") << 0 << 0;
    QTest::newRow("nested change") << QByteArray(R"({"o":{"p":{"q":1,"r":2}}})")
                                   << QByteArray(R"({"o":{"p":{"q":1,"r":3,"s":4}}})") << 1 << 0;
    QTest::newRow("array grow") << QByteArray(R"({"l":[1,2]})") << QByteArray(R"({"l":[1,2,3,4]})")
                                << 1 << 0;
    QTest::newRow("array shrink") << QByteArray(R"({"l":[1,2,3,4]})")
                                  << QByteArray(R"({"l":[1,2]})") << 0 << 1;
    QTest::newRow("array head removed") << QByteArray(R"({"l":[{"id":"a"},{"id":"b"},{"id":"c"}]})")
                                        << QByteArray(R"({"l":[{"id":"b"},{"id":"c"}]})") << 0 << 1;
    QTest::newRow("array middle replaced")
        << QByteArray(R"({"l":[1,2,3,4]})") << QByteArray(R"({"l":[1,9,4]})") << 0 << 1;
    QTest::newRow("array emptied")
        << QByteArray(R"({"l":[1,2,3]})") << QByteArray(R"({"l":[]})") << 0 << 1;
    QTest::newRow("scalar to object")
        << QByteArray(R"({"a":1})") << QByteArray(R"({"a":{"x":[1,{"y":null}]}})") << 1 << 0;
    QTest::newRow("object to scalar")
        << QByteArray(R"({"a":{"x":1,"y":2}})") << QByteArray(R"({"a":"s"})") << 0 << 1;
    QTest::newRow("object to array")
        << QByteArray(R"({"a":{"x":1}})") << QByteArray(R"({"a":[true,false]})") << 1 << 1;
    QTest::newRow("number to string")
        << QByteArray(R"({"a":1})") << QByteArray(R"({"a":"1"})") << 0 << 0;
    QTest::newRow("bool to null") << QByteArray(R"({"a":true})") << QByteArray(R"({"a":null})") << 0
                                  << 0;
    QTest::newRow("everything")
        << QByteArray(
               R"({"reliableConnection":true,"extensionActions":[{"action":"stopSession"}],"x":{"y":[1,[2,3]]}})")
        << QByteArray(
               R"({"extensionActions":[],"proctorActions":[{"action":"getDisplayCount","displayCount":2}],"x":{"y":[1,[2,3,4]],"z":{}}})")
        << 3 << 2;
    QTest::newRow("all keys removed")
        << QByteArray(R"({"a":1,"b":[1]})") << QByteArray(R"({})") << 0 << 2;
}

void TestJsonTreeModel::patch()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(int, inserts);
    QFETCH(int, removes);

    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(obj(from.constData()));
    QCOMPARE(rebuild(model, {}, u"object"_s).toObject(), obj(from.constData()));

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.setDocument(obj(to.constData()));

    QCOMPARE(reset.count(), 0);
    QCOMPARE(rebuild(model, {}, u"object"_s).toObject(), obj(to.constData()));
    QCOMPARE(model.document(), obj(to.constData()));
    QCOMPARE(inserted.count(), inserts);
    QCOMPARE(removed.count(), removes);
}

void TestJsonTreeModel::firstSnapshotResetsOnce()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setDocument(obj(R"({"a":1})"));
    QCOMPARE(reset.count(), 1);
    QVERIFY(model.hasSnapshot());
    for (int i = 0; i < 50; ++i)
        model.setDocument(QJsonObject { { u"a"_s, i }, { u"n"_s, QJsonArray { i, i + 1 } } });
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    model.clear();
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.rowCount(), 0);
}

void TestJsonTreeModel::headRemovalIsOneRemove()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(obj(R"({"extensionActions":[{"id":"a"},{"id":"b"},{"id":"c"}]})"));
    const QModelIndex list = model.indexForPath(u"/extensionActions"_s);
    QVERIFY(list.isValid());
    const QPersistentModelIndex b = model.index(1, 0, list);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.setDocument(obj(R"({"extensionActions":[{"id":"b"},{"id":"c"}]})"));

    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 0);
    QCOMPARE(removed.first().at(2).toInt(), 0);
    QVERIFY(b.isValid());
    QCOMPARE(b.row(), 0);
    QCOMPARE(b.data(JsonTreeModel::KeyRole).toString(), u"0"_s);
    QCOMPARE(b.data(JsonTreeModel::PathRole).toString(), u"/extensionActions/0"_s);
    // The surviving elements were renumbered, not rewritten: their id leaves never changed.
    for (const QList<QVariant> &args : changed) {
        const QModelIndex idx = args.at(0).toModelIndex();
        QVERIFY(idx.data(JsonTreeModel::KeyRole).toString() != u"id"_s);
    }
}

void TestJsonTreeModel::untouchedRowsKeepTheirIndex()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(obj(R"({"b":{"deep":[1,2,3]},"d":1})"));
    const QPersistentModelIndex deep = model.indexForPath(u"/b/deep/2"_s);
    QVERIFY(deep.isValid());
    model.setDocument(obj(R"({"a":0,"b":{"deep":[1,2,3]},"c":2})"));
    QVERIFY(deep.isValid());
    QCOMPARE(deep.data(JsonTreeModel::PathRole).toString(), u"/b/deep/2"_s);
    QCOMPARE(deep.parent().parent().row(), 1);
}

void TestJsonTreeModel::changedAtMarksChangeAndAncestors()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QDateTime clock = QDateTime::fromMSecsSinceEpoch(1'000'000, Qt::UTC);
    model.setClock([&clock] { return clock; });
    model.setDocument(obj(R"({"o":{"x":1,"y":2},"z":3})"));
    QVERIFY(
        !model.indexForPath(u"/o/x"_s).data(JsonTreeModel::ChangedAtRole).toDateTime().isValid());

    clock = clock.addSecs(5);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setDocument(obj(R"({"o":{"x":10,"y":2},"z":3})"));
    QCOMPARE(model.indexForPath(u"/o/x"_s).data(JsonTreeModel::ChangedAtRole).toDateTime(), clock);
    QCOMPARE(model.indexForPath(u"/o"_s).data(JsonTreeModel::ChangedAtRole).toDateTime(), clock);
    QVERIFY(
        !model.indexForPath(u"/o/y"_s).data(JsonTreeModel::ChangedAtRole).toDateTime().isValid());
    QVERIFY(!model.indexForPath(u"/z"_s).data(JsonTreeModel::ChangedAtRole).toDateTime().isValid());
    QCOMPARE(changed.count(), 2); // /o/x, then /o
    QCOMPARE(
        model.indexForPath(u"/o/x"_s).siblingAtColumn(JsonTreeModel::ValueColumn).data().toString(),
        u"10"_s);
}

void TestJsonTreeModel::rolesAndPaths()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(obj(R"({"a/b":{"c~d":["s"]},"n":null,"t":true,"u":"https://x"})"));
    const QModelIndex s = model.indexForPath(u"/a~1b/c~0d/0"_s);
    QVERIFY(s.isValid());
    QCOMPARE(s.data(JsonTreeModel::PathRole).toString(), u"/a~1b/c~0d/0"_s);
    QCOMPARE(s.data(JsonTreeModel::TypeRole).toString(), u"string"_s);
    QCOMPARE(s.siblingAtColumn(JsonTreeModel::ValueColumn).data().toString(), u"s"_s);
    QCOMPARE(model.indexForPath(u"/n"_s).data(JsonTreeModel::TypeRole).toString(), u"null"_s);
    QCOMPARE(model.indexForPath(u"/t"_s).siblingAtColumn(1).data().toString(), u"true"_s);
    QVERIFY(!model.indexForPath(u"/missing"_s).isValid());
    QCOMPARE(model.roleNames().value(JsonTreeModel::ChangedAtRole), QByteArray("changedAt"));
    QCOMPARE(int(JsonTreeModel::KeyRole), Qt::UserRole + 1);
}

QTEST_GUILESS_MAIN(TestJsonTreeModel)
#include "tst_jsontreemodel.moc"
