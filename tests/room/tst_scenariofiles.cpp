#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// sp-proctor-console --scenario FILE without a display: the shipped examples pass (exit 0), a
// scenario whose expectation cannot hold exits 1, a malformed file exits 2 before running.
class TestScenarioFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shippedExamplesPass_data();
    void shippedExamplesPass();
    void failedExpectationExitsNonZero();
    void badFileIsRefused();
};

namespace {

struct Run
{
    int exitCode = -1;
    QList<QJsonObject> lines;
    QString out;
    QString err;
};

Run run(const QString &file)
{
    QProcess p;
    p.setProgram(QStringLiteral(SP_CONSOLE_EXE));
    p.setArguments({ u"--scenario"_s, file });
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s); // must work without a display
    env.remove(u"QT_QPA_PLATFORM"_s);
    p.setProcessEnvironment(env);
    p.start();
    Run r;
    if (!p.waitForStarted() || !p.waitForFinished(240000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines)
        r.lines.append(QJsonDocument::fromJson(line.toUtf8()).object());
    return r;
}

QString source(const QString &path) { return qEnvironmentVariable("SP_SOURCE_DIR") + u'/' + path; }

} // namespace

void TestScenarioFiles::shippedExamplesPass_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("stop-three-one-silent") << u"resources/scenarios/stop-three-one-silent.json"_s;
    QTest::newRow("flaky-students") << u"resources/scenarios/flaky-students.json"_s;
}

void TestScenarioFiles::shippedExamplesPass()
{
    QFETCH(QString, file);
    const Run r = run(source(file));
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY(!r.lines.isEmpty());
    // Every line is a JSON object with a time and an event; the last says it passed.
    for (const QJsonObject &o : r.lines) {
        QVERIFY2(o.contains(u"t"_s) && o.contains(u"event"_s), qPrintable(r.out));
    }
    QCOMPARE(r.lines.last().value(u"event"_s).toString(), u"finished"_s);
    QCOMPARE(r.lines.last().value(u"ok"_s).toBool(), true);
    int expectations = 0;
    for (const QJsonObject &o : r.lines) {
        if (o.value(u"event"_s) == u"expect"_s) {
            ++expectations;
            QVERIFY2(o.value(u"ok"_s).toBool(), qPrintable(r.out));
        }
    }
    QVERIFY(expectations >= 5);
    QVERIFY(!r.out.contains(u"eyJ"_s)); // no token in the output
    QVERIFY(!r.err.contains(u"eyJ"_s));
}

void TestScenarioFiles::failedExpectationExitsNonZero()
{
    const Run r = run(source(u"tests/room/scenarios/failing-expectation.json"_s));
    QVERIFY2(r.exitCode == 1, qPrintable(r.out + r.err));
    bool failed = false;
    bool passed = false;
    for (const QJsonObject &o : r.lines) {
        if (o.value(u"event"_s) != u"expect"_s)
            continue;
        if (o.value(u"ok"_s).toBool())
            passed = true;
        else
            failed = o.value(u"detail"_s).toString().contains(u"student 1"_s);
    }
    QVERIFY2(passed && failed, qPrintable(r.out));
    QCOMPARE(r.lines.last().value(u"ok"_s).toBool(), false);
}

void TestScenarioFiles::badFileIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bad.json"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"students": 2, "steps": [{"at": 0, "do": "explode", "students": [0]}]})");
    f.close();
    const Run r = run(path);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"steps[0]"_s) && r.err.contains(u"explode"_s), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(run(dir.filePath(u"missing.json"_s)).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestScenarioFiles)
#include "tst_scenariofiles.moc"
