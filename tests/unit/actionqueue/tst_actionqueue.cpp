// Pure document transformations: append (order kept), claim head, shallow merge.
#include "actionqueue_p.h"

#include <QTest>

using namespace SpSync;
using namespace Qt::StringLiterals;

namespace {
QJsonObject action(const QString &id)
{
    return QJsonObject { { u"action"_s, u"stopSession"_s }, { u"id"_s, id } };
}
} // namespace

class TestActionQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void appendKeepsOrderAndOtherFields()
    {
        const QJsonObject data { { u"reliableConnection"_s, true },
            { u"extensionActions"_s, QJsonArray { action(u"a"_s) } } };
        const QJsonObject out = ActionQueue::append(data,
            { { u"extensionActions"_s, action(u"b"_s) }, { u"proctorActions"_s, action(u"c"_s) },
                { u"extensionActions"_s, action(u"d"_s) } });
        const QJsonArray ext = out.value(u"extensionActions").toArray();
        QCOMPARE(ext.size(), 3);
        QCOMPARE(ext.at(0).toObject().value(u"id").toString(), u"a"_s);
        QCOMPARE(ext.at(1).toObject().value(u"id").toString(), u"b"_s);
        QCOMPARE(ext.at(2).toObject().value(u"id").toString(), u"d"_s);
        QCOMPARE(out.value(u"proctorActions").toArray().size(), 1);
        QCOMPARE(out.value(u"reliableConnection").toBool(), true);
    }

    void appendReplacesNonArray()
    {
        const QJsonObject out = ActionQueue::append(QJsonObject { { u"extensionActions"_s, 5 } },
            { { u"extensionActions"_s, action(u"x"_s) } });
        QCOMPARE(out.value(u"extensionActions").toArray().size(), 1);
    }

    void claimTakesHeadInOrder()
    {
        const QJsonObject data { { u"extensionActions"_s,
                                     QJsonArray { action(u"1"_s), action(u"2"_s) } },
            { u"onboardingActions"_s, QJsonArray { action(u"o"_s) } } };
        const auto claim = ActionQueue::claimHead(data, u"extensionActions"_s);
        QVERIFY(claim.has_value());
        QCOMPARE(claim->claimed.size(), 2);
        QCOMPARE(claim->claimed.at(0).toObject().value(u"id").toString(), u"1"_s);
        QCOMPARE(claim->claimed.at(1).toObject().value(u"id").toString(), u"2"_s);
        QVERIFY(claim->data.value(u"extensionActions").toArray().isEmpty());
        QCOMPARE(claim->data.value(u"onboardingActions").toArray().size(), 1); // untouched
    }

    void claimLeavesABoundedMark()
    {
        QJsonObject data { { u"extensionActions"_s, QJsonArray { action(u"1"_s) } } };
        const auto claim = ActionQueue::claimHead(data, u"extensionActions"_s, u"c-first"_s);
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
        QTest::newRow("empty") << QJsonObject { { u"extensionActions"_s, QJsonArray() } };
        QTest::newRow("not an array") << QJsonObject { { u"extensionActions"_s, u"x"_s } };
    }
    void claimNothing()
    {
        QFETCH(QJsonObject, data);
        QVERIFY(!ActionQueue::claimHead(data, u"extensionActions"_s).has_value());
    }

    void shallowMergeKeepsActions()
    {
        const QJsonObject data { { u"a"_s, 1 }, { u"nested"_s, QJsonObject { { u"x"_s, 1 } } },
            { u"extensionActions"_s, QJsonArray { action(u"k"_s) } } };
        const QJsonObject out = ActionQueue::shallowMerge(
            data, QJsonObject { { u"a"_s, 2 }, { u"nested"_s, QJsonObject { { u"y"_s, 2 } } } });
        QCOMPARE(out.value(u"a").toInt(), 2);
        QCOMPARE(out.value(u"nested").toObject(), (QJsonObject { { u"y"_s, 2 } })); // shallow
        QCOMPARE(out.value(u"extensionActions").toArray().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestActionQueue)
#include "tst_actionqueue.moc"
