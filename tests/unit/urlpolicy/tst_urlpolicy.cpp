#include "urlpolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace SpSync;

class TestUrlPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matrix_data();
    void matrix();
};

void TestUrlPolicy::matrix_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("reason"); // part of *why when refused

    QTest::newRow("wss remote") << u"wss://tsock.us1.twilio.com/v3/wsconnect"_s << true
                                << QString();
    QTest::newRow("https remote") << u"https://api.dev.smarterproctoring.com/v1"_s << true
                                  << QString();
    QTest::newRow("wss loopback") << u"wss://127.0.0.1:9/x"_s << true << QString();
    QTest::newRow("https uppercase scheme") << u"HTTPS://example.com/"_s << true << QString();
    QTest::newRow("ws 127.0.0.1") << u"ws://127.0.0.1:1234/v3/wsconnect"_s << true << QString();
    QTest::newRow("ws 127.1.2.3") << u"ws://127.1.2.3:1234/"_s << true << QString();
    QTest::newRow("http 127.255.255.254") << u"http://127.255.255.254/"_s << true << QString();
    QTest::newRow("http localhost") << u"http://localhost:8080/v1"_s << true << QString();
    QTest::newRow("http LOCALHOST") << u"http://LOCALHOST/v1"_s << true << QString();
    QTest::newRow("ws ::1") << u"ws://[::1]:9000/"_s << true << QString();
    QTest::newRow("http v4-mapped loopback")
        << u"http://[::ffff:127.0.0.1]/"_s << true << QString();
    QTest::newRow("ws remote") << u"ws://tsock.us1.twilio.com/v3/wsconnect"_s << false
                               << u"only allowed to this machine"_s;
    QTest::newRow("http remote") << u"http://api.dev.smarterproctoring.com/v1"_s << false
                                 << u"use https://"_s;
    QTest::newRow("ws LAN address") << u"ws://192.168.1.10/"_s << false << u"wss://"_s;
    QTest::newRow("http 128.0.0.1") << u"http://128.0.0.1/"_s << false << u"128.0.0.1"_s;
    QTest::newRow("http 0.0.0.0") << u"http://0.0.0.0/"_s << false << u"only allowed"_s;
    QTest::newRow("http localhost lookalike")
        << u"http://localhost.example.com/"_s << false << u"only allowed"_s;
    QTest::newRow("http 127.0.0.1 lookalike")
        << u"http://127.0.0.1.nip.io/"_s << false << u"only allowed"_s;
    QTest::newRow("ws ::2") << u"ws://[::2]/"_s << false << u"only allowed"_s;
    QTest::newRow("ftp") << u"ftp://127.0.0.1/"_s << false << u"not supported"_s;
    QTest::newRow("file") << u"file:///etc/passwd"_s << false << QString();
    QTest::newRow("relative") << u"/v1/sync/token"_s << false << u"no scheme"_s;
    QTest::newRow("empty") << QString() << false << QString();
    QTest::newRow("no host") << u"https:///path"_s << false << QString();
}

void TestUrlPolicy::matrix()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QFETCH(QString, reason);
    QString why;
    QCOMPARE(isAllowedUrl(QUrl(url), &why), allowed);
    QCOMPARE(why.isEmpty(), allowed);
    QVERIFY2(why.contains(reason), qPrintable(why));
    QCOMPARE(isAllowedUrl(QUrl(url)), allowed); // why is optional
}

QTEST_GUILESS_MAIN(TestUrlPolicy)
#include "tst_urlpolicy.moc"
