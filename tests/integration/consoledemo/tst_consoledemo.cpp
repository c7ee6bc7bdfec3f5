#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

// The console's --headless-demo: embedded emulator, proctor joins, QA simulator consumes
// stopSession and answers getDisplayCount, and the console matches the answer.
class TestConsoleDemo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void headlessDemoRunsTheRoundTrip();
};

void TestConsoleDemo::headlessDemoRunsTheRoundTrip()
{
    QProcess p;
    p.setProgram(QStringLiteral(SP_CONSOLE_EXE));
    p.setArguments({ u"--headless-demo"_s, u"--timeout"_s, u"40"_s });
    p.start();
    QVERIFY(p.waitForStarted());
    QVERIFY(p.waitForFinished(60000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, qPrintable(out + err));
    QVERIFY(out.contains(u"Demo finished"_s));
    QVERIFY(out.contains(u"extension.stopSession consumed"_s));
    QVERIFY(out.contains(QRegularExpression(u"response .*displayCount: 2"_s)));
    // No token in any output: JWTs start with a base64url JSON header.
    QVERIFY(!out.contains(u"eyJ"_s));
    QVERIFY(!err.contains(u"eyJ"_s));
}

QTEST_GUILESS_MAIN(TestConsoleDemo)
#include "tst_consoledemo.moc"
