#include "sseparser.h"

#include <QTest>

using namespace clawdesk;

class TestSseParser : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void bomSplit();
    void pendingAtEnd();
    void writer();
};

void TestSseParser::parse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<QByteArray>>("events"); // "event|data|id"
    QTest::addRow("lf") << QByteArray("event: a\ndata: 1\n\n") << QList<QByteArray>{"a|1|"};
    QTest::addRow("crlf") << QByteArray("event: a\r\ndata: 1\r\n\r\n") << QList<QByteArray>{"a|1|"};
    QTest::addRow("cr") << QByteArray("event: a\rdata: 1\r\r") << QList<QByteArray>{"a|1|"};
    QTest::addRow("multi-line data") << QByteArray("data: x\ndata:y\ndata:  z\n\n")
                                     << QList<QByteArray>{"|x\ny\n z|"};
    QTest::addRow("comments skipped")
        << QByteArray(": ping\n\n:keep\ndata: 1\n\n") << QList<QByteArray>{"|1|"};
    QTest::addRow("id kept") << QByteArray("id: 7\ndata: a\n\ndata: b\n\n")
                             << QList<QByteArray>{"|a|7", "|b|7"};
    QTest::addRow("no data no event") << QByteArray("event: x\n\n") << QList<QByteArray>{};
    QTest::addRow("empty data dispatched") << QByteArray("data\n\n") << QList<QByteArray>{"||"};
    QTest::addRow("retry ignored") << QByteArray("retry: 10\ndata: q\n\n") << QList<QByteArray>{"|q|"};
    QTest::addRow("two events") << QByteArray("data: [DONE]\n\ndata: {}\n\n")
                                << QList<QByteArray>{"|[DONE]|", "|{}|"};
    QTest::addRow("bom") << QByteArray("\xEF\xBB\xBF"
                                       "data: a\n\n")
                         << QList<QByteArray>{"|a|"};
    QTest::addRow("utf8") << QByteArray("data: h\xC3\xA9llo\n\n") << QList<QByteArray>{"|h\xC3\xA9llo|"};
}

static QList<QByteArray> flatten(const QList<SseEvent> &events)
{
    QList<QByteArray> out;
    for (const SseEvent &e : events)
        out << e.event + '|' + e.data + '|' + e.id;
    return out;
}

void TestSseParser::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<QByteArray>, events);
    for (int chunk : {1, 2, 3, 1000}) {
        SseParser p;
        QList<SseEvent> got;
        for (qsizetype i = 0; i < input.size(); i += chunk)
            got += p.feed(input.mid(i, chunk));
        got += p.finish(false);
        QCOMPARE(flatten(got), events);
    }
}

void TestSseParser::bomSplit()
{
    SseParser p;
    QVERIFY(p.feed("\xEF").isEmpty());
    QVERIFY(p.feed("\xBB").isEmpty());
    const QList<SseEvent> got = p.feed("\xBF"
                                       "data: z\n\n");
    QCOMPARE(flatten(got), QList<QByteArray>{"|z|"});
}

void TestSseParser::pendingAtEnd()
{
    SseParser p;
    QVERIFY(p.feed("data: partial").isEmpty());
    QVERIFY(p.hasPending());
    QCOMPARE(flatten(p.finish(true)), QList<QByteArray>{"|partial|"});
    SseParser strict;
    strict.feed("data: partial\n");
    QVERIFY(strict.finish(false).isEmpty()); // WHATWG: an unterminated event is discarded
}

void TestSseParser::writer()
{
    QCOMPARE(sse::event("message_stop", "{\"type\":\"message_stop\"}"),
             QByteArray("event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n"));
    QCOMPARE(sse::data("[DONE]"), QByteArray("data: [DONE]\n\n"));
    QCOMPARE(sse::data("a\nb"), QByteArray("data: a\ndata: b\n\n"));
    QCOMPARE(sse::comment("ping"), QByteArray(": ping\n\n"));
    SseParser p;
    QCOMPARE(flatten(p.feed(sse::event("e", "x\ny"))), QList<QByteArray>{"e|x\ny|"});
}

QTEST_GUILESS_MAIN(TestSseParser)
#include "tst_sseparser.moc"
