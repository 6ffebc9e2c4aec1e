#include "httprequestparser.h"

#include <QTest>

using namespace clawdesk;

/// @brief Table tests of the incremental request parser, fed whole and byte by byte.
class TestHttpRequestParser : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void pipelinedRequestsStayInInput();
    void expectContinueAfterHeaders();

private:
    struct Outcome
    {
        HttpRequestParser::Status status = HttpRequestParser::Status::NeedMore;
        int sawHeaders = 0;
    };
    // Feeds @p input in pieces of @p piece bytes the way HttpConnection does (unconsumed bytes stay).
    static Outcome run(HttpRequestParser &parser, const QByteArray &input, qsizetype piece);
    static HttpServerLimits testLimits();
};

HttpServerLimits TestHttpRequestParser::testLimits()
{
    HttpServerLimits limits;
    limits.maxHeaderBytes = 1000;
    limits.maxBodyBytes = 100;
    return limits;
}

TestHttpRequestParser::Outcome TestHttpRequestParser::run(HttpRequestParser &parser, const QByteArray &input,
                                                          qsizetype piece)
{
    Outcome outcome;
    QByteArray buffer;
    qsizetype pos = 0;
    for (qsizetype offered = 0; offered < input.size();) {
        const qsizetype n = qMin(piece, input.size() - offered);
        buffer.append(input.mid(offered, n));
        offered += n;
        while (true) {
            qsizetype consumed = 0;
            outcome.status = parser.feed(buffer.constData() + pos, buffer.size() - pos, &consumed);
            pos += consumed;
            if (outcome.status == HttpRequestParser::Status::HeadersComplete) {
                ++outcome.sawHeaders;
                continue;
            }
            if (outcome.status != HttpRequestParser::Status::NeedMore)
                return outcome;
            break;
        }
    }
    return outcome;
}

void TestHttpRequestParser::parse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("error"); // 0: a complete request
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("keepAlive");

    QTest::addRow("get with query") << QByteArray("GET /v1/models?limit=5&x=%20 HTTP/1.1\r\nHost: a\r\n\r\n")
                                    << 0 << QByteArray("GET") << QByteArray("/v1/models")
                                    << QByteArray("limit=5&x=%20") << QByteArray() << true;
    QTest::addRow("post content-length")
        << QByteArray("POST /v1/messages HTTP/1.1\r\nContent-Length: 11\r\n\r\n{\"a\":\"b c\"}") << 0
        << QByteArray("POST") << QByteArray("/v1/messages") << QByteArray() << QByteArray("{\"a\":\"b c\"}")
        << true;
    QTest::addRow("upper-case header names")
        << QByteArray("PUT /x HTTP/1.1\r\nCONTENT-LENGTH: 3\r\n\r\nabc") << 0 << QByteArray("PUT")
        << QByteArray("/x") << QByteArray() << QByteArray("abc") << true;
    QTest::addRow("chunked with extension and trailer")
        << QByteArray("POST /c HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6;ext=1\r\n "
                      "world\r\nA\r\n0123456789\r\n0\r\nX-Trailer: t\r\n\r\n")
        << 0 << QByteArray("POST") << QByteArray("/c") << QByteArray() << QByteArray("hello world0123456789")
        << true;
    QTest::addRow("bare LF line ends")
        << QByteArray("GET /lf HTTP/1.1\nHost: a\n\n") << 0 << QByteArray("GET") << QByteArray("/lf")
        << QByteArray() << QByteArray() << true;
    QTest::addRow("leading empty line") << QByteArray("\r\nGET / HTTP/1.1\r\n\r\n") << 0 << QByteArray("GET")
                                        << QByteArray("/") << QByteArray() << QByteArray() << true;
    QTest::addRow("unknown verb parses")
        << QByteArray("BREW /pot HTTP/1.1\r\n\r\n") << 0 << QByteArray("BREW") << QByteArray("/pot")
        << QByteArray() << QByteArray() << true;
    QTest::addRow("http/1.0 closes") << QByteArray("GET / HTTP/1.0\r\n\r\n") << 0 << QByteArray("GET")
                                     << QByteArray("/") << QByteArray() << QByteArray() << false;
    QTest::addRow("http/1.0 keep-alive")
        << QByteArray("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n") << 0 << QByteArray("GET")
        << QByteArray("/") << QByteArray() << QByteArray() << true;
    QTest::addRow("connection close")
        << QByteArray("GET / HTTP/1.1\r\nConnection: foo, close\r\n\r\n") << 0 << QByteArray("GET")
        << QByteArray("/") << QByteArray() << QByteArray() << false;

    const QByteArray none;
    QTest::addRow("garbage") << QByteArray("HELLO\r\n\r\n") << 400 << none << none << none << none << false;
    QTest::addRow("binary") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n", 13) << 400
                            << none << none << none << none << false;
    QTest::addRow("no version") << QByteArray("GET /\r\n\r\n") << 400 << none << none << none << none
                                << false;
    QTest::addRow("bad method token")
        << QByteArray("G(T / HTTP/1.1\r\n\r\n") << 400 << none << none << none << none << false;
    QTest::addRow("control char in target")
        << QByteArray("GET /a\x01 HTTP/1.1\r\n\r\n") << 400 << none << none << none << none << false;
    QTest::addRow("http/2.0") << QByteArray("GET / HTTP/2.0\r\n\r\n") << 505 << none << none << none << none
                              << false;
    QTest::addRow("header without colon")
        << QByteArray("GET / HTTP/1.1\r\nBad Header\r\n\r\n") << 400 << none << none << none << none << false;
    QTest::addRow("space before colon")
        << QByteArray("GET / HTTP/1.1\r\nHost : a\r\n\r\n") << 400 << none << none << none << none << false;
    QTest::addRow("obs-fold") << QByteArray("GET / HTTP/1.1\r\nX-A: 1\r\n  folded\r\n\r\n") << 400 << none
                              << none << none << none << false;
    QTest::addRow("bad content-length") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1x\r\n\r\n") << 400
                                        << none << none << none << none << false;
    QTest::addRow("conflicting content-lengths")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab") << 400 << none
        << none << none << none << false;
    QTest::addRow("te and cl") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1\r\nTransfer-Encoding: "
                                             "chunked\r\n\r\n0\r\n\r\n")
                               << 400 << none << none << none << none << false;
    QTest::addRow("gzip te") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n") << 501
                             << none << none << none << none << false;
    QTest::addRow("bad chunk size") << QByteArray(
                                           "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
                                    << 400 << none << none << none << none << false;
    QTest::addRow("chunk without crlf")
        << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabXY") << 400 << none << none
        << none << none << false;
    QTest::addRow("content-length over limit") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 101\r\n\r\n")
                                               << 413 << none << none << none << none << false;
    QTest::addRow("chunked over limit")
        << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n40\r\n" + QByteArray(64, 'a') +
                      "\r\n40\r\n")
        << 413 << none << none << none << none << false;
    QTest::addRow("headers over limit")
        << QByteArray("GET / HTTP/1.1\r\nX-Big: " + QByteArray(1200, 'b') + "\r\n\r\n") << 431 << none << none
        << none << none << false;
    QTest::addRow("endless request line")
        << QByteArray("GET /" + QByteArray(1200, 'p')) << 431 << none << none << none << none << false;
}

void TestHttpRequestParser::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(int, error);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, query);
    QFETCH(QByteArray, body);
    QFETCH(bool, keepAlive);

    const HttpServerLimits limits = testLimits();
    for (const qsizetype piece : {input.size(), qsizetype(1), qsizetype(7)}) {
        HttpRequestParser parser(limits);
        const Outcome outcome = run(parser, input, piece);
        if (error != 0) {
            QCOMPARE(outcome.status, HttpRequestParser::Status::Error);
            QCOMPARE(parser.errorStatus(), error);
            QVERIFY(!parser.errorMessage().isEmpty());
            continue;
        }
        QCOMPARE(outcome.status, HttpRequestParser::Status::MessageComplete);
        QCOMPARE(outcome.sawHeaders, 1);
        QCOMPARE(parser.keepAlive(), keepAlive);
        const HttpRequest request = parser.takeRequest();
        QCOMPARE(request.method, method);
        QCOMPARE(request.path, path);
        QCOMPARE(request.query, query);
        QCOMPARE(request.body, body);
        for (const auto &h : request.headers.entries())
            QCOMPARE(h.first, h.first.toLower());
        QVERIFY(!parser.started());
    }
}

void TestHttpRequestParser::pipelinedRequestsStayInInput()
{
    const QByteArray input =
        "POST /a HTTP/1.1\r\nContent-Length: 2\r\n\r\nhiGET /b HTTP/1.1\r\nX-Key: V\r\n\r\n";
    const HttpServerLimits limits = testLimits();
    HttpRequestParser parser(limits);
    qsizetype pos = 0;
    qsizetype consumed = 0;
    QCOMPARE(parser.feed(input.constData(), input.size(), &consumed),
             HttpRequestParser::Status::HeadersComplete);
    pos += consumed;
    QCOMPARE(parser.feed(input.constData() + pos, input.size() - pos, &consumed),
             HttpRequestParser::Status::MessageComplete);
    pos += consumed;
    QCOMPARE(input.mid(pos).left(6), QByteArray("GET /b"));
    QCOMPARE(parser.takeRequest().body, QByteArray("hi"));
    QCOMPARE(parser.feed(input.constData() + pos, input.size() - pos, &consumed),
             HttpRequestParser::Status::HeadersComplete);
    pos += consumed;
    QCOMPARE(parser.feed(input.constData() + pos, input.size() - pos, &consumed),
             HttpRequestParser::Status::MessageComplete);
    const HttpRequest second = parser.takeRequest();
    QCOMPARE(second.path, QByteArray("/b"));
    QCOMPARE(second.header("x-key"), QByteArray("V"));
    QCOMPARE(second.header("X-KEY"), QByteArray("V"));
}

void TestHttpRequestParser::expectContinueAfterHeaders()
{
    const QByteArray head = "POST /up HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n";
    const HttpServerLimits limits = testLimits();
    HttpRequestParser parser(limits);
    qsizetype consumed = 0;
    QCOMPARE(parser.feed(head.constData(), head.size(), &consumed),
             HttpRequestParser::Status::HeadersComplete);
    QCOMPARE(consumed, head.size());
    QVERIFY(parser.expectsContinue());
    QVERIFY(parser.hasBody());
    QCOMPARE(parser.feed("da", 2, &consumed), HttpRequestParser::Status::NeedMore);
    QCOMPARE(parser.feed("ta", 2, &consumed), HttpRequestParser::Status::MessageComplete);
    QCOMPARE(parser.request().body, QByteArray("data"));
}

QTEST_GUILESS_MAIN(TestHttpRequestParser)
#include "tst_httprequestparser.moc"
