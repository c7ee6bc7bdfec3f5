#include "documentlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

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
    QCOMPARE(m.addDocument(u"Session_ES1"_s, u"ES1PU1"_s), 0);
    QCOMPARE(m.addDocument(u"Proctor_Room_PR1"_s, u"PU1"_s), 1);
    QCOMPARE(m.addDocument(u"Session_ES1"_s, u"ES1PU1"_s), 0); // no duplicate
    QCOMPARE(m.rowCount(), 2);
    QCOMPARE(m.index(0, 0).data(DocumentListModel::StateRole).toInt(),
        int(DocumentListModel::State::Connecting));

    QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
    m.setState(u"Session_ES1"_s, DocumentListModel::State::Connected);
    m.setContent(u"Session_ES1"_s, QJsonObject { { u"a"_s, 1 } }, u"7"_s);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(m.index(0, DocumentListModel::StateColumn).data().toString(), u"Connected"_s);
    QCOMPARE(m.index(0, DocumentListModel::RevisionColumn).data().toString(), u"7"_s);
    QVERIFY(m.index(0, 0).data(DocumentListModel::LastUpdateRole).toDateTime().isValid());
    QCOMPARE(m.index(0, 0).data(DocumentListModel::IdentityRole).toString(), u"ES1PU1"_s);

    m.setState(u"Proctor_Room_PR1"_s, DocumentListModel::State::Denied, 0, u"403"_s);
    QCOMPARE(m.index(1, DocumentListModel::StateColumn).data().toString(), u"Denied"_s);
    QCOMPARE(m.index(1, DocumentListModel::StateColumn).data(Qt::ToolTipRole).toString(), u"403"_s);
    QVERIFY(m.removeDocument(u"Session_ES1"_s));
    QVERIFY(!m.removeDocument(u"Session_ES1"_s));
    QCOMPARE(m.documents(), QStringList { u"Proctor_Room_PR1"_s });
}

void TestDocumentListModel::reconnectCountdown()
{
    DocumentListModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QDateTime now = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    m.setClock([&now] { return now; });
    m.addDocument(u"D"_s, u"I"_s);
    m.setState(u"D"_s, DocumentListModel::State::Reconnecting, 5000);
    QCOMPARE(
        m.index(0, DocumentListModel::StateColumn).data().toString(), u"Reconnecting in 5 s"_s);
    now = now.addMSecs(3500);
    QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
    m.tick();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(
        m.index(0, DocumentListModel::StateColumn).data().toString(), u"Reconnecting in 2 s"_s);
    // A state change without a delay keeps the running countdown.
    m.setState(u"D"_s, DocumentListModel::State::Reconnecting, -1);
    QCOMPARE(
        m.index(0, DocumentListModel::StateColumn).data().toString(), u"Reconnecting in 2 s"_s);
    m.setState(u"D"_s, DocumentListModel::State::Connected);
    QVERIFY(!m.index(0, 0).data(DocumentListModel::RetryAtRole).toDateTime().isValid());
}

void TestDocumentListModel::sizeAgainstLimit()
{
    DocumentListModel m;
    m.addDocument(u"D"_s, u"I"_s);
    const QJsonObject data { { u"k"_s, QString(8192 - 8, u'x') } }; // {"k":"…"} = 8192 bytes
    QCOMPARE(DocumentListModel::sizeOf(data), 8192);
    m.setContent(u"D"_s, data, u"1"_s);
    QCOMPARE(m.index(0, 0).data(DocumentListModel::SizeRole).toLongLong(), 8192);
    QCOMPARE(m.index(0, 0).data(DocumentListModel::SizeRatioRole).toDouble(), 0.5);
    QCOMPARE(m.index(0, DocumentListModel::SizeColumn).data().toString(), u"8.0 / 16 KiB (50%)"_s);
    QVERIFY(!m.index(0, DocumentListModel::SizeColumn).data(Qt::ForegroundRole).isValid());
    m.setContent(u"D"_s, QJsonObject { { u"k"_s, QString(15500, u'x') } }, u"2"_s);
    QVERIFY(m.index(0, DocumentListModel::SizeColumn).data(Qt::ForegroundRole).isValid());
}

QTEST_GUILESS_MAIN(TestDocumentListModel)
#include "tst_documentlistmodel.moc"
