#include <QProcess>
#include <QRegularExpression>
#include <QTest>

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
    p.setArguments(
        { QStringLiteral("--headless-demo"), QStringLiteral("--timeout"), QStringLiteral("40") });
    p.start();
    QVERIFY(p.waitForStarted());
    QVERIFY(p.waitForFinished(60000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, qPrintable(out + err));
    QVERIFY(out.contains(QLatin1String("Demo finished")));
    QVERIFY(out.contains(QLatin1String("extension.stopSession consumed")));
    QVERIFY(out.contains(QRegularExpression(QStringLiteral("response .*displayCount: 2"))));
    // No token in any output: JWTs start with a base64url JSON header.
    QVERIFY(!out.contains(QLatin1String("eyJ")));
    QVERIFY(!err.contains(QLatin1String("eyJ")));
}

QTEST_GUILESS_MAIN(TestConsoleDemo)
#include "tst_consoledemo.moc"
