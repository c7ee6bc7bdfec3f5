// Pure document transformations: append (order kept), claim head, shallow merge.
#include "actionqueue.h"

#include <QTest>

using namespace SpSync;
using namespace Qt::StringLiterals;

namespace {
QJsonObject action(const QString &id)
{
    return QJsonObject { { QStringLiteral("action"), QStringLiteral("stopSession") },
        { QStringLiteral("id"), id } };
}
} // namespace

class TestActionQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void appendKeepsOrderAndOtherFields()
    {
        const QJsonObject data { { QStringLiteral("reliableConnection"), true },
            { QStringLiteral("extensionActions"), QJsonArray { action(QStringLiteral("a")) } } };
        const QJsonObject out = ActionQueue::append(data,
            { { QStringLiteral("extensionActions"), action(QStringLiteral("b")) },
                { QStringLiteral("proctorActions"), action(QStringLiteral("c")) },
                { QStringLiteral("extensionActions"), action(QStringLiteral("d")) } });
        const QJsonArray ext = out.value(u"extensionActions").toArray();
        QCOMPARE(ext.size(), 3);
        QCOMPARE(ext.at(0).toObject().value(u"id").toString(), QStringLiteral("a"));
        QCOMPARE(ext.at(1).toObject().value(u"id").toString(), QStringLiteral("b"));
        QCOMPARE(ext.at(2).toObject().value(u"id").toString(), QStringLiteral("d"));
        QCOMPARE(out.value(u"proctorActions").toArray().size(), 1);
        QCOMPARE(out.value(u"reliableConnection").toBool(), true);
    }

    void appendReplacesNonArray()
    {
        const QJsonObject out
            = ActionQueue::append(QJsonObject { { QStringLiteral("extensionActions"), 5 } },
                { { QStringLiteral("extensionActions"), action(QStringLiteral("x")) } });
        QCOMPARE(out.value(u"extensionActions").toArray().size(), 1);
    }

    void claimTakesHeadInOrder()
    {
        const QJsonObject data {
            { QStringLiteral("extensionActions"),
                QJsonArray { action(QStringLiteral("1")), action(QStringLiteral("2")) } },
            { QStringLiteral("onboardingActions"), QJsonArray { action(QStringLiteral("o")) } }
        };
        const auto claim = ActionQueue::claimHead(data, QStringLiteral("extensionActions"));
        QVERIFY(claim.has_value());
        QCOMPARE(claim->claimed.size(), 2);
        QCOMPARE(claim->claimed.at(0).toObject().value(u"id").toString(), QStringLiteral("1"));
        QCOMPARE(claim->claimed.at(1).toObject().value(u"id").toString(), QStringLiteral("2"));
        QVERIFY(claim->data.value(u"extensionActions").toArray().isEmpty());
        QCOMPARE(claim->data.value(u"onboardingActions").toArray().size(), 1); // untouched
    }

    void claimLeavesABoundedMark()
    {
        QJsonObject data { { QStringLiteral("extensionActions"),
            QJsonArray { action(QStringLiteral("1")) } } };
        const auto claim
            = ActionQueue::claimHead(data, QStringLiteral("extensionActions"), u"c-first"_s);
        QVERIFY(claim.has_value());
        QVERIFY(ActionQueue::hasMark(claim->data, u"c-first"_s));
        QVERIFY(!ActionQueue::hasMark(data, u"c-first"_s));
        QVERIFY(!ActionQueue::hasMark(claim->data, u"c-other"_s));

        // Older marks fall off after kMarkHistory newer ones; the newest stay.
        QJsonObject marked = claim->data;
        for (int i = 0; i < ActionQueue::kMarkHistory; ++i)
            marked = ActionQueue::recordMark(marked, u"c-%1"_s.arg(i));
        QVERIFY(!ActionQueue::hasMark(marked, u"c-first"_s));
        QVERIFY(ActionQueue::hasMark(marked, u"c-%1"_s.arg(ActionQueue::kMarkHistory - 1)));
        QCOMPARE(
            marked.value(ActionQueue::marksField()).toArray().size(), ActionQueue::kMarkHistory);
    }

    void claimNothing_data()
    {
        QTest::addColumn<QJsonObject>("data");
        QTest::newRow("missing") << QJsonObject();
        QTest::newRow("empty") << QJsonObject { { QStringLiteral("extensionActions"),
            QJsonArray() } };
        QTest::newRow("not an array")
            << QJsonObject { { QStringLiteral("extensionActions"), QStringLiteral("x") } };
    }
    void claimNothing()
    {
        QFETCH(QJsonObject, data);
        QVERIFY(!ActionQueue::claimHead(data, QStringLiteral("extensionActions")).has_value());
    }

    void shallowMergeKeepsActions()
    {
        const QJsonObject data { { QStringLiteral("a"), 1 },
            { QStringLiteral("nested"), QJsonObject { { QStringLiteral("x"), 1 } } },
            { QStringLiteral("extensionActions"), QJsonArray { action(QStringLiteral("k")) } } };
        const QJsonObject out = ActionQueue::shallowMerge(data,
            QJsonObject { { QStringLiteral("a"), 2 },
                { QStringLiteral("nested"), QJsonObject { { QStringLiteral("y"), 2 } } } });
        QCOMPARE(out.value(u"a").toInt(), 2);
        QCOMPARE(out.value(u"nested").toObject(),
            (QJsonObject { { QStringLiteral("y"), 2 } })); // shallow
        QCOMPARE(out.value(u"extensionActions").toArray().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestActionQueue)
#include "tst_actionqueue.moc"
