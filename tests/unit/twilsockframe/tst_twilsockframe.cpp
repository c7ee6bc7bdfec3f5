#include "twilsockframe.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace Twilsock;

class TestTwilsockFrame : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void capturedFrames_data();
    void capturedFrames();
    void malformed_data();
    void malformed();
    void headerLengthCountsBytes();
    void trailingCrlfAccepted();
    void missingPayloadSizeMeansZero();
};

void TestTwilsockFrame::roundTrip_data()
{
    QTest::addColumn<QByteArray>("headerJson");
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("empty payload") << QByteArray(R"({"method":"ping","id":"TM1"})") << QByteArray();
    QTest::newRow("json payload") << QByteArray(R"({"method":"message","id":"TM2"})")
                                  << QByteArray(R"({"data":{"a":1}})");
    QTest::newRow("payload with CRLF") << QByteArray(R"({"method":"notification","id":"TM3"})")
                                       << QByteArray("line1\r\nline2\r\n");
    QTest::newRow("16 KiB payload")
        << QByteArray(R"({"method":"message","id":"TM4"})") << QByteArray(16384, 'x');
}

void TestTwilsockFrame::roundTrip()
{
    QFETCH(QByteArray, headerJson);
    QFETCH(QByteArray, payload);
    const QJsonObject header = QJsonDocument::fromJson(headerJson).object();
    const QByteArray bytes = encode(header, payload);
    QVERIFY(bytes.startsWith("TWILSOCK V3.0 "));
    const DecodeResult r = decode(bytes);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.frame.payload, payload);
    QCOMPARE(r.frame.method(), header.value(u"method").toString());
    QCOMPARE(r.frame.id(), header.value(u"id").toString());
    QCOMPARE(r.frame.header.value(u"payload_size").toInteger(), payload.size());
}

static QByteArray frame(const QByteArray &header, const QByteArray &payload = {})
{
    return "TWILSOCK V3.0 " + QByteArray::number(header.size()) + "\r\n" + header + "\r\n"
        + payload;
}

void TestTwilsockFrame::capturedFrames_data()
{
    // Frames as the official twilio-sync 4.0.1 client writes them (protocol reference, section 8).
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("method");
    QTest::addColumn<int>("payloadSize");
    QTest::newRow("js init") << frame(
        R"({"id":"TM6ccb51c2-4b0a-4a06-afae-9888756a6fac","method":"init","token":"<JWT>","continuation_token":null,"metadata":{"ver":"1.0.2","env":"Node.js","envv":"20.20.2","os":"Linux","osv":"unknown","osa":64,"type":"sync","sdk":"JS","sdkv":"4.0.1"},"registrations":[{"product":"data_sync","type":"ers","notification_protocol_version":0,"message_types":["twilio.sync.event","com.twilio.rtd.cds.document","com.twilio.rtd.cds.list","com.twilio.rtd.cds.map"]}],"tweaks":null,"capabilities":["client_update","offline_storage","telemetry.v1"],"payload_size":0})")
                             << u"init"_s << 0;
    QTest::newRow("js create") << frame(
        R"({"id":"TMa61bafc7-07e3-44d7-846c-92ee391b0ba2","method":"message","active_grant":"data_sync","payload_type":"application/json","http_request":{"host":"127.0.0.1:9876","path":"/v3/Documents","method":"POST","params":{},"headers":{"Content-Type":"application/json","Twilio-Request-Id":"RQ3b5e379f8270467ea9a52023042921e3"}},"payload_size":37})",
        R"({"unique_name":"Session_X","data":{}})")
                               << u"message"_s << 37;
    QTest::newRow("js ack") << frame(
        R"({"id":"TM3b2a95cbf16bfa400114c297afb952ff","method":"reply","payload_type":"application/json","status":{"code":200,"status":"OK"},"payload_size":0})")
                            << u"reply"_s << 0;
    QTest::newRow("js delete with non-json body") << frame(
        R"({"id":"TM5d435383-f148-4fd2-a1c8-37e17dbf948e","method":"message","active_grant":"data_sync","payload_type":"application/json","http_request":{"host":"127.0.0.1:9876","path":"/v3/Services/IS1/Documents/ET1","method":"DELETE","params":{},"headers":{}},"payload_size":9})",
        "data_sync") << u"message"_s << 9;
    QTest::newRow("js close") << frame(
        R"({"id":"TM00a2db39-15d3-4705-99b4-44219492c5be","method":"close","payload_size":0})")
                              << u"close"_s << 0;
    QTest::newRow("kotlin reply, no payload_size")
        << frame(R"({"method":"reply","id":"TM1","status":{"status":"ok","code":200}})")
        << u"reply"_s << 0;
}

void TestTwilsockFrame::capturedFrames()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, method);
    QFETCH(int, payloadSize);
    const DecodeResult r = decode(bytes);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.frame.method(), method);
    QCOMPARE(r.frame.payload.size(), payloadSize);
    // Re-encoding keeps the content.
    const DecodeResult again = decode(encode(r.frame));
    QVERIFY(again.ok());
    QJsonObject expected = r.frame.header;
    expected.insert(u"payload_size"_s, payloadSize);
    QCOMPARE(again.frame.header, expected);
    QCOMPARE(again.frame.payload, r.frame.payload);
}

void TestTwilsockFrame::malformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("error");
    const QByteArray h = R"({"method":"ping","id":"TM1","payload_size":0})";
    QTest::newRow("empty") << QByteArray() << int(DecodeError::BadPreamble);
    QTest::newRow("wrong magic") << ("TWILSOCK V2.0 " + QByteArray::number(h.size()) + "\r\n" + h
        + "\r\n") << int(DecodeError::BadPreamble);
    QTest::newRow("no digits") << QByteArray("TWILSOCK V3.0 \r\n{}\r\n")
                               << int(DecodeError::BadPreamble);
    QTest::newRow("no crlf after length")
        << ("TWILSOCK V3.0 " + QByteArray::number(h.size()) + h) << int(DecodeError::BadPreamble);
    QTest::newRow("huge length") << QByteArray("TWILSOCK V3.0 99999999999999999\r\n{}")
                                 << int(DecodeError::BadPreamble);
    QTest::newRow("length past end")
        << ("TWILSOCK V3.0 500\r\n" + h + "\r\n") << int(DecodeError::HeaderTruncated);
    QTest::newRow("header not json") << frame("not json at all") << int(DecodeError::HeaderNotJson);
    QTest::newRow("header is array") << frame("[1,2]") << int(DecodeError::HeaderNotJson);
    QTest::newRow("payload shorter")
        << frame(R"({"method":"message","id":"TM1","payload_size":10})", "abc")
        << int(DecodeError::PayloadSizeMismatch);
    QTest::newRow("payload longer") << frame(R"({"method":"message","id":"TM1","payload_size":1})",
        "abcdef") << int(DecodeError::PayloadSizeMismatch);
    QTest::newRow("negative size") << frame(R"({"method":"message","id":"TM1","payload_size":-4})",
        "") << int(DecodeError::PayloadSizeMismatch);
    QTest::newRow("no method") << frame(R"({"id":"TM1","payload_size":0})")
                               << int(DecodeError::MissingMethodOrId);
    QTest::newRow("no id") << frame(R"({"method":"ping","payload_size":0})")
                           << int(DecodeError::MissingMethodOrId);
    QTest::newRow("junk") << QByteArray(1 << 20, '\x7f') << int(DecodeError::BadPreamble);
}

void TestTwilsockFrame::malformed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, error);
    const DecodeResult r = decode(bytes);
    QCOMPARE(int(r.error), error);
    QVERIFY(!r.message.isEmpty());
}

void TestTwilsockFrame::headerLengthCountsBytes()
{
    const QJsonObject header { { u"method"_s, u"message"_s }, { u"id"_s, u"TM1"_s },
        { u"note"_s, u"añoß€"_s } };
    const QByteArray bytes = encode(header);
    const qsizetype crlf = bytes.indexOf("\r\n");
    const int declared = bytes.mid(14, crlf - 14).toInt();
    QCOMPARE(declared, bytes.size() - crlf - 2 - 2);
    QVERIFY(decode(bytes).ok());
}

void TestTwilsockFrame::trailingCrlfAccepted()
{
    const QByteArray bytes
        = frame(R"({"method":"message","id":"TM1","payload_size":3})", "abc") + "\r\n";
    const DecodeResult r = decode(bytes);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.frame.payload, QByteArray("abc"));
}

void TestTwilsockFrame::missingPayloadSizeMeansZero()
{
    const QByteArray header = R"({"method":"ping","id":"X"})";
    const QByteArray noSeparator
        = "TWILSOCK V3.0 " + QByteArray::number(header.size()) + "\r\n" + header;
    const DecodeResult r = decode(noSeparator);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QVERIFY(r.frame.payload.isEmpty());
}

QTEST_GUILESS_MAIN(TestTwilsockFrame)
#include "tst_twilsockframe.moc"
