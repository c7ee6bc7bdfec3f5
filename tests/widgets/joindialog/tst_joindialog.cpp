#include "joindialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

namespace {
const QString kEs = QStringLiteral("ES") + QString(32, u'a');
const QString kPu = QStringLiteral("PU") + QString(31, u'b') + u'9';
const QString kPr = QStringLiteral("PR") + QString(32, u'C');
} // namespace

class TestJoinDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void derivesAsYouType();
    void namesTheMalformedSid_data();
    void namesTheMalformedSid();
    void proctorRoom();
    void pastedWhitespaceIsTrimmed();

private:
    template <typename T> static T *child(QDialog &d, const char *name)
    {
        return d.findChild<T *>(QLatin1String(name));
    }
};

void TestJoinDialog::derivesAsYouType()
{
    JoinDialog d;
    auto *ok = d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(child<QLineEdit>(d, "sessionSid"), kEs);
    QVERIFY(!ok->isEnabled()); // proctor SID still missing
    QVERIFY(child<QLabel>(d, "error")->text().contains(QLatin1String("Proctor SID")));
    QTest::keyClicks(child<QLineEdit>(d, "proctorSid"), kPu);
    QVERIFY(ok->isEnabled());
    QCOMPARE(child<QLabel>(d, "documentId")->text(), QStringLiteral("Session_") + kEs);
    QCOMPARE(child<QLabel>(d, "identity")->text(), kEs + kPu);
    QVERIFY(child<QLabel>(d, "error")->text().isEmpty());
    QCOMPARE(d.request().documentId, QStringLiteral("Session_") + kEs);
    QCOMPARE(d.request().role, JoinRequest::Role::ProctorSession);
}

void TestJoinDialog::namesTheMalformedSid_data()
{
    QTest::addColumn<QString>("session");
    QTest::addColumn<QString>("proctor");
    QTest::addColumn<QString>("expected");
    QTest::newRow("session wrong prefix") << QStringLiteral("EX") + QString(32, u'a') << kPu
                                          << QStringLiteral("Session SID must start with ES");
    QTest::newRow("session too short")
        << QStringLiteral("ES123") << kPu
        << QStringLiteral("Session SID needs 32 letters or digits after ES; it has 3.");
    QTest::newRow("proctor bad char")
        << kEs << QStringLiteral("PU") + QString(3, u'b') + u'-' + QString(28, u'b')
        << QStringLiteral("Proctor SID has \"-\" at position 6");
    QTest::newRow("proctor too long")
        << kEs << kPu + u'x'
        << QStringLiteral("Proctor SID needs 32 letters or digits after PU; it has 33.");
}

void TestJoinDialog::namesTheMalformedSid()
{
    QFETCH(QString, session);
    QFETCH(QString, proctor);
    QFETCH(QString, expected);
    JoinDialog d;
    QTest::keyClicks(child<QLineEdit>(d, "sessionSid"), session);
    QTest::keyClicks(child<QLineEdit>(d, "proctorSid"), proctor);
    const QString error = child<QLabel>(d, "error")->text();
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(!d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    QVERIFY(!d.request().isValid());
    // For looking at it by eye: SP_UI_GRAB_DIR=/tmp/x saves the dialog.
    if (const QString dir = qEnvironmentVariable("SP_UI_GRAB_DIR"); !dir.isEmpty()) {
        const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_');
        QVERIFY(d.grab().save(QStringLiteral("%1/joindialog-%2.png").arg(dir, tag)));
    }
    // Enter does not accept an invalid request.
    QTest::keyClick(child<QLineEdit>(d, "proctorSid"), Qt::Key_Return);
    QCOMPARE(d.result(), int(QDialog::Rejected));
}

void TestJoinDialog::proctorRoom()
{
    JoinDialog d;
    auto *role = child<QComboBox>(d, "role");
    role->setCurrentIndex(role->findData(int(JoinRequest::Role::ProctorRoom)));
    QVERIFY(child<QLineEdit>(d, "sessionSid")->isHidden());
    QVERIFY(!child<QLineEdit>(d, "roomSid")->isHidden());
    QTest::keyClicks(child<QLineEdit>(d, "proctorSid"), kPu);
    QTest::keyClicks(child<QLineEdit>(d, "roomSid"), QStringLiteral("PR12"));
    QVERIFY(child<QLabel>(d, "error")->text().contains(QLatin1String("Room SID")));
    child<QLineEdit>(d, "roomSid")->setText(kPr);
    QCOMPARE(child<QLabel>(d, "documentId")->text(), QStringLiteral("Proctor_Room_") + kPr);
    QCOMPARE(child<QLabel>(d, "identity")->text(), kPu);
}

void TestJoinDialog::pastedWhitespaceIsTrimmed()
{
    JoinDialog d;
    auto *role = child<QComboBox>(d, "role");
    role->setCurrentIndex(role->findData(int(JoinRequest::Role::Student)));
    child<QLineEdit>(d, "sessionSid")->setText(u' ' + kEs + QStringLiteral("\n"));
    QVERIFY(d.request().isValid());
    QCOMPARE(d.request().identity, kEs);
}

QTEST_MAIN(TestJoinDialog)
#include "tst_joindialog.moc"
