#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

using namespace Qt::StringLiterals;

// --help and --version print and exit 0 with no display at all (no X, no Wayland, no
// offscreen platform): they never create a QApplication.
class TestConsoleCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void printsWithoutDisplay_data();
    void printsWithoutDisplay();
    void qtOwnStringsInSpanish();
};

void TestConsoleCli::printsWithoutDisplay_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("expected");
    QTest::newRow("help") << u"--help"_s << u"--profile"_s;
    QTest::newRow("version") << u"--version"_s << u"sp-proctor-console"_s;
}

void TestConsoleCli::printsWithoutDisplay()
{
    QFETCH(QString, argument);
    QFETCH(QString, expected);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *v : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM" })
        env.remove(QString::fromLatin1(v));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SP_CONSOLE_EXE), { argument });
    QVERIFY(p.waitForFinished(30000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QVERIFY2(p.exitCode() == 0, qPrintable(QString::fromUtf8(p.readAllStandardError())));
    QVERIFY2(out.contains(expected), qPrintable(out));
}

// Qt's own strings (here QCommandLineParser's) come from qtbase_es, which the console loads
// with its own translation (qt6-translations-l10n, installed by scripts/setup.sh).
void TestConsoleCli::qtOwnStringsInSpanish()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *v : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LANGUAGE" })
        env.remove(QString::fromLatin1(v));
    env.insert(u"LANG"_s, u"es_ES.UTF-8"_s);
    env.insert(u"LC_ALL"_s, u"es_ES.UTF-8"_s);
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SP_CONSOLE_EXE), { u"--help"_s });
    QVERIFY(p.waitForFinished(30000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    QCOMPARE(p.exitCode(), 0);
    // "Displays version information." and "Options:" are Qt's, not the console's.
    QVERIFY2(out.contains(u"Muestra la información de versión"_s), qPrintable(out));
    QVERIFY2(out.contains(u"Opciones:"_s), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestConsoleCli)
#include "tst_consolecli.moc"
