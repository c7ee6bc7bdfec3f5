#include "redact.h"

#include <QLoggingCategory>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SpSync;

namespace {
// A real-looking HS256 access token (header.payload.signature, base64url).
const QString kJwt = u"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCIsImN0eSI6InR3aWxpby1mcGE7dj0xIn0."
                     u"eyJqdGkiOiJTS3h4eC0xNzAwMDAwMDAwIiwiZ3JhbnRzIjp7ImlkZW50aXR5IjoiRVMxIn19."
                     u"Zm9vYmFyYmF6cXV4X19fLS0tc2lnbmF0dXJl"_s;
const QString kSpToken = u"sp_live_7f3c9a1e2b4d6f80"_s;

QStringList g_logged;
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &ctx, const QString &msg)
{
    g_logged.append(msg);
    if (g_previous)
        g_previous(type, ctx, msg);
}
} // namespace

class TestRedact : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { clearSecrets(); }
    void redacts_data();
    void redacts();
    void registry();
    void shortSecretsIgnored();
    void logLineNeverContainsToken();
};

void TestRedact::redacts_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bare JWT") << kJwt << u"<redacted>"_s;
    QTest::newRow("in JSON") << u"{\"token\":\"%1\",\"ttl\":3600}"_s.arg(kJwt)
                             << u"{\"token\":\"<redacted>\",\"ttl\":3600}"_s;
    QTest::newRow("bearer header")
        << u"Authorization: Bearer %1"_s.arg(kJwt) << u"Authorization: Bearer <redacted>"_s;
    QTest::newRow("two JWTs") << u"%1 and %1"_s.arg(kJwt) << u"<redacted> and <redacted>"_s;
    QTest::newRow("unsigned JWT") << u"eyJhbGciOiJub25lIn0.eyJhIjoxfQ."_s << u"<redacted>"_s;
    QTest::newRow("in a query") << u"ws://127.0.0.1/x?token=%1&a=1"_s.arg(kJwt)
                                << u"ws://127.0.0.1/x?token=<redacted>&a=1"_s;
    QTest::newRow("dotted names stay") << u"syncclient.transport.wire api.dev.example.com"_s
                                       << u"syncclient.transport.wire api.dev.example.com"_s;
    QTest::newRow("version numbers stay") << u"Qt 6.4.2"_s << u"Qt 6.4.2"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestRedact::redacts()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(redactSecrets(input), expected);
}

void TestRedact::registry()
{
    const QString line = u"POST /v1/sync/token Bearer %1"_s.arg(kSpToken);
    QCOMPARE(redactSecrets(line), line); // unknown until registered
    registerSecret(kSpToken);
    QCOMPARE(redactSecrets(line), u"POST /v1/sync/token Bearer <redacted>"_s);
    // A longer secret that contains a shorter one is redacted whole.
    registerSecret(kSpToken + u"-suffix"_s);
    QCOMPARE(redactSecrets(kSpToken + u"-suffix!"_s), u"<redacted>!"_s);
    unregisterSecret(kSpToken);
    unregisterSecret(kSpToken + u"-suffix"_s);
    QCOMPARE(redactSecrets(line), line);
}

void TestRedact::shortSecretsIgnored()
{
    registerSecret(u"abc"_s);
    QCOMPARE(redactSecrets(u"abc abc"_s), u"abc abc"_s);
}

void TestRedact::logLineNeverContainsToken()
{
    registerSecret(kSpToken);
    g_logged.clear();
    g_previous = qInstallMessageHandler(capture);
    // What a careful caller does: every line goes through redactSecrets first.
    const QString reply = u"{\"token\":\"%1\",\"identity\":\"ES1\"}"_s.arg(kJwt);
    qInfo("exchange reply: %s", qUtf8Printable(redactSecrets(reply)));
    qWarning("request failed for Bearer %s", qUtf8Printable(redactSecrets(kSpToken)));
    qInstallMessageHandler(g_previous);
    QCOMPARE(g_logged.size(), 2);
    for (const QString &l : std::as_const(g_logged)) {
        QVERIFY2(!l.contains(kJwt), qPrintable(l));
        QVERIFY2(!l.contains(kSpToken), qPrintable(l));
        QVERIFY(l.contains(u"<redacted>"_s));
    }
    QVERIFY(g_logged.first().contains(u"\"identity\":\"ES1\""_s));
}

QTEST_GUILESS_MAIN(TestRedact)
#include "tst_redact.moc"
