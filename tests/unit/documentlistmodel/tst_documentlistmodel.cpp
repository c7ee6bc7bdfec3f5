#include "documentlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestDocumentListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void joinStateContent();
    void reconnectCountdown();
    void sizeAgainstLimit();
};

void TestDocumentListModel::joinStateContent()
{
    DocumentListModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m.addDocument(QStringLiteral("Session_ES1"), QStringLiteral("ES1PU1")), 0);
    QCOMPARE(m.addDocument(QStringLiteral("Proctor_Room_PR1"), QStringLiteral("PU1")), 1);
    QCOMPARE(
        m.addDocument(QStringLiteral("Session_ES1"), QStringLiteral("ES1PU1")), 0); // no duplicate
    QCOMPARE(m.rowCount(), 2);
    QCOMPARE(m.index(0, 0).data(DocumentListModel::StateRole).toInt(),
        int(DocumentListModel::State::Connecting));

    QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
    m.setState(QStringLiteral("Session_ES1"), DocumentListModel::State::Connected);
    m.setContent(QStringLiteral("Session_ES1"), QJsonObject { { QStringLiteral("a"), 1 } },
        QStringLiteral("7"));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(
        m.index(0, DocumentListModel::StateColumn).data().toString(), QStringLiteral("Connected"));
    QCOMPARE(m.index(0, DocumentListModel::RevisionColumn).data().toString(), QStringLiteral("7"));
    QVERIFY(m.index(0, 0).data(DocumentListModel::LastUpdateRole).toDateTime().isValid());
    QCOMPARE(
        m.index(0, 0).data(DocumentListModel::IdentityRole).toString(), QStringLiteral("ES1PU1"));

    m.setState(QStringLiteral("Proctor_Room_PR1"), DocumentListModel::State::Denied, 0,
        QStringLiteral("403"));
    QCOMPARE(
        m.index(1, DocumentListModel::StateColumn).data().toString(), QStringLiteral("Denied"));
    QCOMPARE(m.index(1, DocumentListModel::StateColumn).data(Qt::ToolTipRole).toString(),
        QStringLiteral("403"));
    QVERIFY(m.removeDocument(QStringLiteral("Session_ES1")));
    QVERIFY(!m.removeDocument(QStringLiteral("Session_ES1")));
    QCOMPARE(m.documents(), QStringList { QStringLiteral("Proctor_Room_PR1") });
}

void TestDocumentListModel::reconnectCountdown()
{
    DocumentListModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QDateTime now = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    m.setClock([&now] { return now; });
    m.addDocument(QStringLiteral("D"), QStringLiteral("I"));
    m.setState(QStringLiteral("D"), DocumentListModel::State::Reconnecting, 5000);
    QCOMPARE(m.index(0, DocumentListModel::StateColumn).data().toString(),
        QStringLiteral("Reconnecting in 5 s"));
    now = now.addMSecs(3500);
    QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
    m.tick();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m.index(0, DocumentListModel::StateColumn).data().toString(),
        QStringLiteral("Reconnecting in 2 s"));
    // A state change without a delay keeps the running countdown.
    m.setState(QStringLiteral("D"), DocumentListModel::State::Reconnecting, -1);
    QCOMPARE(m.index(0, DocumentListModel::StateColumn).data().toString(),
        QStringLiteral("Reconnecting in 2 s"));
    m.setState(QStringLiteral("D"), DocumentListModel::State::Connected);
    QVERIFY(!m.index(0, 0).data(DocumentListModel::RetryAtRole).toDateTime().isValid());
}

void TestDocumentListModel::sizeAgainstLimit()
{
    DocumentListModel m;
    m.addDocument(QStringLiteral("D"), QStringLiteral("I"));
    const QJsonObject data { { QStringLiteral("k"),
        QString(8192 - 8, u'x') } }; // {"k":"…"} = 8192 bytes
    QCOMPARE(DocumentListModel::sizeOf(data), 8192);
    m.setContent(QStringLiteral("D"), data, QStringLiteral("1"));
    QCOMPARE(m.index(0, 0).data(DocumentListModel::SizeRole).toLongLong(), 8192);
    QCOMPARE(m.index(0, 0).data(DocumentListModel::SizeRatioRole).toDouble(), 0.5);
    QCOMPARE(m.index(0, DocumentListModel::SizeColumn).data().toString(),
        QStringLiteral("8.0 / 16 KiB (50%)"));
    QVERIFY(!m.index(0, DocumentListModel::SizeColumn).data(Qt::ForegroundRole).isValid());
    m.setContent(QStringLiteral("D"), QJsonObject { { QStringLiteral("k"), QString(15500, u'x') } },
        QStringLiteral("2"));
    QVERIFY(m.index(0, DocumentListModel::SizeColumn).data(Qt::ForegroundRole).isValid());
}

QTEST_GUILESS_MAIN(TestDocumentListModel)
#include "tst_documentlistmodel.moc"
