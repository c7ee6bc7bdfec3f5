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
    model.setDocument(QJsonObject { { QStringLiteral("a"), 1 } });
    QCOMPARE(panel.treeView()->model(), &model);
    QCOMPARE(QJsonDocument::fromJson(panel.rawView()->toPlainText().toUtf8()).object(),
        model.document());
    model.setDocument(QJsonObject { { QStringLiteral("a"), 2 } });
    QCOMPARE(QJsonDocument::fromJson(panel.rawView()->toPlainText().toUtf8())
                 .object()
                 .value(QStringLiteral("a")),
        QJsonValue(2));
}

void TestJsonTreePanel::copyValueAndPath()
{
    JsonTreeModel model;
    JsonTreePanel panel;
    panel.setModel(&model);
    model.setDocument(QJsonObject {
        { QStringLiteral("o"), QJsonObject { { QStringLiteral("k"), QStringLiteral("v") } } } });
    panel.treeView()->setCurrentIndex(model.indexForPath(QStringLiteral("/o")));
    const QList<QAction *> actions = panel.treeView()->actions();
    QCOMPARE(actions.size(), 2);
    actions.at(0)->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("{\"k\":\"v\"}"));
    actions.at(1)->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("/o"));
}

void TestJsonTreePanel::rawEditValidation_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("invalid json") << QStringLiteral("{\"a\": ") << QStringLiteral("Invalid JSON");
    QTest::newRow("not an object")
        << QStringLiteral("[1,2]") << QStringLiteral("must be a JSON object");
    QTest::newRow("over 16 KiB") << QStringLiteral("{\"k\":\"%1\"}").arg(QString(16400, u'x'))
                                 << QStringLiteral("the limit is 16 KiB");
    QTest::newRow("valid") << QStringLiteral("{\"b\": true}") << QString();
}

void TestJsonTreePanel::rawEditValidation()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    JsonTreeModel model;
    model.setDocument(QJsonObject { { QStringLiteral("a"), 1 } });
    JsonTreePanel panel;
    panel.setModel(&model);
    QSignalSpy replace(&panel, &JsonTreePanel::replaceRequested);
    auto *edit = panel.findChild<QPushButton *>(QStringLiteral("editRaw"));
    auto *apply = panel.findChild<QPushButton *>(QStringLiteral("applyRaw"));
    QVERIFY(!apply->isEnabled());
    edit->click();
    QVERIFY(!panel.rawView()->isReadOnly());
    // Live updates do not overwrite what is being typed.
    panel.rawView()->setPlainText(text);
    model.setDocument(QJsonObject { { QStringLiteral("a"), 5 } });
    QCOMPARE(panel.rawView()->toPlainText(), text);
    apply->click();
    if (error.isEmpty()) {
        QCOMPARE(replace.count(), 1);
        QCOMPARE(
            replace.first().at(1).toJsonObject(), (QJsonObject { { QStringLiteral("b"), true } }));
        QCOMPARE(
            replace.first().at(0).toJsonObject(), (QJsonObject { { QStringLiteral("a"), 1 } }));
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
