// Stream decoders: every split of a fixture gives the same events; truncation gives an error.
#include "codec.h"
#include "protocoltestutil.h"

#include <QRandomGenerator>

using namespace clawdesk;
using namespace clawdesk::testutil;

Q_DECLARE_METATYPE(clawdesk::WireApi)

class TestStreamDecoders : public QObject
{
    Q_OBJECT

private slots:
    void splits_data();
    void splits();
    void expectedEvents_data();
    void expectedEvents();
    void truncated_data();
    void truncated();
    void crlfFraming();
    void upstreamErrorEvent_data();
    void upstreamErrorEvent();
};

static void addFixtureRows()
{
    QTest::addColumn<WireApi>("api");
    QTest::addColumn<QString>("file");
    for (WireApi api : {WireApi::AnthropicMessages, WireApi::OpenAIChat, WireApi::OpenAIResponses}) {
        for (const char *kind : {"text", "tool"}) {
            const QString file = apiTag(api) + "_" + kind + ".sse";
            QTest::addRow("%s", qPrintable(file)) << api << file;
        }
    }
}

void TestStreamDecoders::splits_data()
{
    addFixtureRows();
}

void TestStreamDecoders::splits()
{
    QFETCH(WireApi, api);
    QFETCH(QString, file);
    const QByteArray bytes = fixture(file);
    const QStringList whole = describe(decodeInChunks(api, bytes, {}));
    QVERIFY(whole.size() > 4);
    QCOMPARE(describe(decodeInChunks(api, bytes, {1})), whole);
    QCOMPARE(describe(decodeInChunks(api, bytes, {2, 3, 5})), whole);
    QRandomGenerator rng(20260301); // fixed seed: reproducible "random" chunking
    for (int round = 0; round < 20; ++round) {
        QList<int> sizes;
        for (int i = 0; i < 64; ++i)
            sizes << rng.bounded(1, 97);
        QCOMPARE(describe(decodeInChunks(api, bytes, sizes)), whole);
    }
}

void TestStreamDecoders::expectedEvents_data()
{
    QTest::addColumn<WireApi>("api");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected");
    const QString usage = "in=20 out=10 cr=0 cw=0 rs=0";
    QTest::addRow("anthropic text") << WireApi::AnthropicMessages << "anthropic_text.sse"
                                    << QStringList{
                                           "MessageStart id=msg_01XFDUDYJgAACzvnptvVoYEL "
                                           "model=claude-sonnet-4-5-20250929 in=20 out=1 cr=0 cw=0 rs=0",
                                           "BlockStart #0 text   ",
                                           "TextDelta #0 Hello!",
                                           "TextDelta #0  How can",
                                           "TextDelta #0  I help?",
                                           "BlockStop #0",
                                           "MessageDelta end_turn  " + usage,
                                           "MessageStop"};
    QTest::addRow("anthropic tool")
        << WireApi::AnthropicMessages << "anthropic_tool.sse"
        << QStringList{"MessageStart id=msg_01XFDUDYJgAACzvnptvVoYEL model=claude-sonnet-4-5-20250929 in=20 "
                       "out=1 cr=0 cw=0 rs=0",
                       "BlockStart #0 tool_use toolu_01A09q90qw90lq917835lq9 get_weather ",
                       "ToolArgumentsDelta #0 ",
                       "ToolArgumentsDelta #0 {\"city\": \"Pa",
                       "ToolArgumentsDelta #0 ris\"}",
                       "BlockStop #0",
                       "MessageDelta tool_use  " + usage,
                       "MessageStop"};
    QTest::addRow("chat tool") << WireApi::OpenAIChat << "openai_chat_tool.sse"
                               << QStringList{"MessageStart id=chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT "
                                              "model=gpt-4o-2024-08-06 in=0 out=0 cr=0 cw=0 rs=0",
                                              "BlockStart #0 tool_use call_abc123XYZ get_weather ",
                                              "ToolArgumentsDelta #0 {\"",
                                              "ToolArgumentsDelta #0 city\":\"",
                                              "ToolArgumentsDelta #0 Paris\"}",
                                              "BlockStop #0",
                                              "MessageDelta tool_use  " + usage,
                                              "MessageStop"};
    QTest::addRow("responses text")
        << WireApi::OpenAIResponses << "openai_responses_text.sse"
        << QStringList{"MessageStart id=resp_67ccd2bed1ec8190b14f964abc0542670bb6a6b452d3795b "
                       "model=gpt-4.1-2025-04-14 in=0 out=0 cr=0 cw=0 rs=0",
                       "BlockStart #0 text   ",
                       "TextDelta #0 Hello!",
                       "TextDelta #0  How can",
                       "TextDelta #0  I help?",
                       "BlockStop #0",
                       "MessageDelta end_turn  " + usage,
                       "MessageStop"};
}

void TestStreamDecoders::expectedEvents()
{
    QFETCH(WireApi, api);
    QFETCH(QString, file);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(decodeInChunks(api, fixture(file), {13})), expected);
}

void TestStreamDecoders::truncated_data()
{
    addFixtureRows();
}

void TestStreamDecoders::truncated()
{
    QFETCH(WireApi, api);
    QFETCH(QString, file);
    const QByteArray bytes = fixture(file);
    // Cut before the final event(s): the decoder must end with exactly one error event.
    for (qsizetype cut : {qsizetype(0), bytes.size() / 3, bytes.size() / 2, bytes.size() - 40}) {
        const QList<StreamEvent> events = decodeInChunks(api, bytes.left(cut), {11});
        QVERIFY(!events.isEmpty());
        QCOMPARE(events.last().type, StreamEvent::Type::Error);
        QCOMPARE(events.last().error.httpStatus, 502);
        for (const StreamEvent &e : events.mid(0, events.size() - 1)) {
            QVERIFY(e.type != StreamEvent::Type::Error);
            QVERIFY(e.type != StreamEvent::Type::MessageStop);
        }
    }
}

void TestStreamDecoders::crlfFraming()
{
    QByteArray bytes = fixture("anthropic_text.sse");
    const QStringList lf = describe(decodeInChunks(WireApi::AnthropicMessages, bytes, {}));
    bytes.replace("\n", "\r\n");
    QCOMPARE(describe(decodeInChunks(WireApi::AnthropicMessages, bytes, {1})), lf);
    bytes.replace("\r\n", "\r");
    QCOMPARE(describe(decodeInChunks(WireApi::AnthropicMessages, bytes, {3})), lf);
}

void TestStreamDecoders::upstreamErrorEvent_data()
{
    QTest::addColumn<WireApi>("api");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::addRow("anthropic overloaded")
        << WireApi::AnthropicMessages
        << QByteArray(
               "event: message_start\ndata: "
               "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\",\"model\":\"m\",\"usage\":{}}}\n\n"
               "event: error\ndata: "
               "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}"
               "\n\n")
        << 529 << "Overloaded";
    QTest::addRow("chat error chunk")
        << WireApi::OpenAIChat
        << QByteArray("data: {\"error\":{\"message\":\"Rate limit "
                      "reached\",\"type\":\"rate_limit_error\",\"code\":\"rate_limit_exceeded\"}}\n\n")
        << 429 << "Rate limit reached";
    QTest::addRow("responses failed")
        << WireApi::OpenAIResponses
        << QByteArray("event: response.failed\ndata: "
                      "{\"type\":\"response.failed\",\"sequence_number\":0,\"response\":{\"id\":\"resp_1\","
                      "\"status\":\"failed\",\"error\":{\"code\":\"server_error\",\"message\":\"The model "
                      "crashed\"}}}\n\n")
        << 500 << "The model crashed";
}

void TestStreamDecoders::upstreamErrorEvent()
{
    QFETCH(WireApi, api);
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    QFETCH(QString, message);
    const QList<StreamEvent> events = decodeInChunks(api, bytes, {5});
    QVERIFY(!events.isEmpty());
    QCOMPARE(events.last().type, StreamEvent::Type::Error);
    QCOMPARE(events.last().error.httpStatus, status);
    QCOMPARE(events.last().error.message, message);
    // finish() after an error adds nothing more
    QCOMPARE(std::count_if(events.begin(), events.end(),
                           [](const StreamEvent &e) { return e.type == StreamEvent::Type::Error; }),
             1);
}

QTEST_GUILESS_MAIN(TestStreamDecoders)
#include "tst_streamdecoders.moc"
