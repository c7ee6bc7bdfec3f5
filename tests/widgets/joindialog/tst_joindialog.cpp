#include "joindialog.h"
#include "sids.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kEs = SpTest::sid(u"ES", 'a');
const QString kPu = u"PU"_s + QString(31, u'b') + u'9';
const QString kPr = u"PR"_s + QString(32, u'C');
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
    QVERIFY(child<QLabel>(d, "error")->text().contains(u"Proctor SID"_s));
    QTest::keyClicks(child<QLineEdit>(d, "proctorSid"), kPu);
    QVERIFY(ok->isEnabled());
    QCOMPARE(child<QLabel>(d, "documentId")->text(), u"Session_"_s + kEs);
    QCOMPARE(child<QLabel>(d, "identity")->text(), kEs + kPu);
    QVERIFY(child<QLabel>(d, "error")->text().isEmpty());
    QCOMPARE(d.request().documentId, u"Session_"_s + kEs);
    QCOMPARE(d.request().role, JoinRequest::Role::ProctorSession);
}

void TestJoinDialog::namesTheMalformedSid_data()
{
    QTest::addColumn<QString>("session");
    QTest::addColumn<QString>("proctor");
    QTest::addColumn<QString>("expected");
    QTest::newRow("session wrong prefix")
        << u"EX"_s + QString(32, u'a') << kPu << u"Session SID must start with ES"_s;
    QTest::newRow("session too short")
        << u"ES123"_s << kPu << u"Session SID needs 32 letters or digits after ES; it has 3."_s;
    QTest::newRow("proctor bad char")
        << kEs << u"PU"_s + QString(3, u'b') + u'-' + QString(28, u'b')
        << u"Proctor SID has \"-\" at position 6"_s;
    QTest::newRow("proctor too long")
        << kEs << kPu + u'x' << u"Proctor SID needs 32 letters or digits after PU; it has 33."_s;
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
        QVERIFY(d.grab().save(u"%1/joindialog-%2.png"_s.arg(dir, tag)));
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
    QTest::keyClicks(child<QLineEdit>(d, "roomSid"), u"PR12"_s);
    QVERIFY(child<QLabel>(d, "error")->text().contains(u"Room SID"_s));
    child<QLineEdit>(d, "roomSid")->setText(kPr);
    QCOMPARE(child<QLabel>(d, "documentId")->text(), u"Proctor_Room_"_s + kPr);
    QCOMPARE(child<QLabel>(d, "identity")->text(), kPu);
}

void TestJoinDialog::pastedWhitespaceIsTrimmed()
{
    JoinDialog d;
    auto *role = child<QComboBox>(d, "role");
    role->setCurrentIndex(role->findData(int(JoinRequest::Role::Student)));
    child<QLineEdit>(d, "sessionSid")->setText(u' ' + kEs + u"\n"_s);
    QVERIFY(d.request().isValid());
    QCOMPARE(d.request().identity, kEs);
}

QTEST_MAIN(TestJoinDialog)
#include "tst_joindialog.moc"
