#include "responsereader.h"

#include <QTest>

using namespace clawdesk;

/// @brief ResponseReader: Content-Length and chunked bodies, split at every byte, SSE detection, errors.
class TestResponseReader : public QObject
{
    Q_OBJECT

private slots:
    void completes_data();
    void completes();
    void splitAtEveryByte();
    void incompleteIsNotDone();
    void malformed_data();
    void malformed();
};

void TestResponseReader::completes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("event");
    QTest::addColumn<bool>("closeAfter");
    QTest::addRow("content-length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello") << 200
                                    << false << false;
    QTest::addRow("error status") << QByteArray("HTTP/1.1 401 Unauthorized\r\ncontent-length: 2\r\n\r\n{}")
                                  << 401 << false << false;
    QTest::addRow("connection close")
        << QByteArray("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 0\r\n\r\n") << 200 << false
        << true;
    QTest::addRow("http/1.0") << QByteArray("HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n") << 200 << false
                              << true;
    QTest::addRow("chunked sse") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                               "a\r\ndata: {}\n\n\r\n"
                                               "e\r\ndata: [DONE]\n\n\r\n0\r\n\r\n")
                                 << 200 << true << false;
    QTest::addRow("chunk extension") << QByteArray("HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n"
                                                   "3;x=y\r\nabc\r\n0\r\n\r\n")
                                     << 200 << false << false;
}

void TestResponseReader::completes()
{
    QFETCH(QByteArray, bytes);
    ResponseReader reader;
    QCOMPARE(reader.feed(bytes), ResponseReader::State::Done);
    QTEST(reader.status(), "status");
    QTEST(reader.sawEvent(), "event");
    QTEST(reader.closeAfter(), "closeAfter");
    QCOMPARE(reader.leftover(), 0);
}

void TestResponseReader::splitAtEveryByte()
{
    const QByteArray bytes =
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
        "4\r\ndat\r\r\n" // "dat\r" then "a: x": close to "data:" across two chunks, but not it
        "4\r\na: x\r\n0\r\n\r\n";
    ResponseReader reader;
    for (qsizetype i = 0; i < bytes.size() - 1; ++i)
        QCOMPARE_NE(reader.feed(bytes.mid(i, 1)), ResponseReader::State::Done);
    QCOMPARE(reader.feed(bytes.right(1)), ResponseReader::State::Done);
    QVERIFY(reader.sawBody());
    QVERIFY(!reader.sawEvent()); // "dat\r" + "a: x" is not "data:"

    reader.reset();
    const QByteArray split =
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\ndat\r\n3\r\na: \r\n0\r\n\r\n";
    QCOMPARE(reader.feed(split), ResponseReader::State::Done);
    QVERIFY(reader.sawEvent());
}

void TestResponseReader::incompleteIsNotDone()
{
    ResponseReader reader;
    QCOMPARE(reader.feed("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n12345"), ResponseReader::State::Body);
    QVERIFY(reader.sawBody());
    QCOMPARE(reader.feed("6789"), ResponseReader::State::Body);
    QCOMPARE(reader.feed("0"), ResponseReader::State::Done);

    ResponseReader chunked;
    QCOMPARE(chunked.feed("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nab\r\n0\r\n"),
             ResponseReader::State::Body);
    QCOMPARE(chunked.feed("\r\n"), ResponseReader::State::Done);
}

void TestResponseReader::malformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addRow("not http") << QByteArray("SSH-2.0-OpenSSH\r\n\r\n");
    QTest::addRow("bad chunk size") << QByteArray(
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n");
    QTest::addRow("no length") << QByteArray("HTTP/1.1 200 OK\r\n\r\nbody until close");
}

void TestResponseReader::malformed()
{
    QFETCH(QByteArray, bytes);
    ResponseReader reader;
    QCOMPARE(reader.feed(bytes), ResponseReader::State::Error);
    QCOMPARE(reader.feed("more"), ResponseReader::State::Error);
}

QTEST_GUILESS_MAIN(TestResponseReader)
#include "tst_responsereader.moc"
