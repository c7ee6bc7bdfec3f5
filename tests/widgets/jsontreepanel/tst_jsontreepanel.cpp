#include "jsontreemodel.h"
#include "jsontreepanel.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

class TestJsonTreePanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsTreeAndRaw();
    void copyValueAndPath();
    void rawEditValidation_data();
    void rawEditValidation();
};

void TestJsonTreePanel::showsTreeAndRaw()
{
    JsonTreeModel model;
    JsonTreePanel panel;
    panel.setModel(&model);
    model.setDocument(QJsonObject { { u"a"_s, 1 } });
    QCOMPARE(panel.treeView()->model(), &model);
    QCOMPARE(QJsonDocument::fromJson(panel.rawView()->toPlainText().toUtf8()).object(),
        model.document());
    model.setDocument(QJsonObject { { u"a"_s, 2 } });
    QCOMPARE(
        QJsonDocument::fromJson(panel.rawView()->toPlainText().toUtf8()).object().value(u"a"_s),
        QJsonValue(2));
}

void TestJsonTreePanel::copyValueAndPath()
{
    JsonTreeModel model;
    JsonTreePanel panel;
    panel.setModel(&model);
    model.setDocument(QJsonObject { { u"o"_s, QJsonObject { { u"k"_s, u"v"_s } } } });
    panel.treeView()->setCurrentIndex(model.indexForPath(u"/o"_s));
    const QList<QAction *> actions = panel.treeView()->actions();
    QCOMPARE(actions.size(), 2);
    actions.at(0)->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), u"{\"k\":\"v\"}"_s);
    actions.at(1)->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), u"/o"_s);
}

void TestJsonTreePanel::rawEditValidation_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("invalid json") << u"{\"a\": "_s << u"Invalid JSON"_s;
    QTest::newRow("not an object") << u"[1,2]"_s << u"must be a JSON object"_s;
    QTest::newRow("over 16 KiB") << u"{\"k\":\"%1\"}"_s.arg(QString(16400, u'x'))
                                 << u"the limit is 16 KiB"_s;
    QTest::newRow("valid") << u"{\"b\": true}"_s << QString();
}

void TestJsonTreePanel::rawEditValidation()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    JsonTreeModel model;
    model.setDocument(QJsonObject { { u"a"_s, 1 } });
    JsonTreePanel panel;
    panel.setModel(&model);
    QSignalSpy replace(&panel, &JsonTreePanel::replaceRequested);
    auto *edit = panel.findChild<QPushButton *>(u"editRaw"_s);
    auto *apply = panel.findChild<QPushButton *>(u"applyRaw"_s);
    QVERIFY(!apply->isEnabled());
    edit->click();
    QVERIFY(!panel.rawView()->isReadOnly());
    // Live updates do not overwrite what is being typed.
    panel.rawView()->setPlainText(text);
    model.setDocument(QJsonObject { { u"a"_s, 5 } });
    QCOMPARE(panel.rawView()->toPlainText(), text);
    apply->click();
    if (error.isEmpty()) {
        QCOMPARE(replace.count(), 1);
        QCOMPARE(replace.first().at(1).toJsonObject(), (QJsonObject { { u"b"_s, true } }));
        QCOMPARE(replace.first().at(0).toJsonObject(), (QJsonObject { { u"a"_s, 1 } }));
        QVERIFY(panel.inlineError().isEmpty());
        QVERIFY(panel.rawView()->isReadOnly());
    } else {
        QCOMPARE(replace.count(), 0);
        QVERIFY2(panel.inlineError().contains(error), qPrintable(panel.inlineError()));
        QVERIFY(!panel.rawView()->isReadOnly());
    }
}

QTEST_MAIN(TestJsonTreePanel)
#include "tst_jsontreepanel.moc"
