#include "codec.h"
#include "protocoltestutil.h"
#include "streamaccumulator.h"

#include <QJsonArray>

using namespace clawdesk;
using namespace clawdesk::testutil;

Q_DECLARE_METATYPE(clawdesk::WireApi)

class TestStreamAccumulator : public QObject
{
    Q_OBJECT

private slots:
    void streamEqualsJson_data();
    void streamEqualsJson();
    void syntheticRoundTrip();
    void errorAndIncomplete();
};

void TestStreamAccumulator::streamEqualsJson_data()
{
    QTest::addColumn<WireApi>("api");
    QTest::addColumn<QString>("kind");
    for (WireApi api : {WireApi::AnthropicMessages, WireApi::OpenAIChat, WireApi::OpenAIResponses})
        for (const char *kind : {"text", "tool"})
            QTest::addRow("%s %s", qPrintable(apiTag(api)), kind) << api << QString::fromLatin1(kind);
}

void TestStreamAccumulator::streamEqualsJson()
{
    // Folding an upstream stream gives the same response as the upstream's own JSON answer.
    QFETCH(WireApi, api);
    QFETCH(QString, kind);
    StreamAccumulator acc;
    acc.addAll(decodeInChunks(api, fixture(apiTag(api) + "_" + kind + ".sse"), {17}));
    QVERIFY(acc.isComplete());
    QVERIFY(!acc.hasError());
    ApiError error;
    const auto json = outboundCodec(api).decodeResponse(fixture(apiTag(api) + "_" + kind + ".json"), &error);
    QVERIFY(json);
    const ChatResponse streamed = acc.response();
    QCOMPARE(streamed.id, json->id);
    QCOMPARE(streamed.model, json->model);
    QCOMPARE(streamed.stopReason, json->stopReason);
    QCOMPARE(streamed.usage, json->usage);
    QCOMPARE(streamed.content.size(), json->content.size());
    for (int i = 0; i < streamed.content.size(); ++i) {
        QCOMPARE(streamed.content[i].type, json->content[i].type);
        QCOMPARE(streamed.content[i].text, json->content[i].text);
        QCOMPARE(streamed.content[i].toolId, json->content[i].toolId);
        QCOMPARE(streamed.content[i].toolName, json->content[i].toolName);
        QCOMPARE(streamed.content[i].input, json->content[i].input);
        QVERIFY(streamed.content[i].rawArguments.isEmpty());
    }
}

void TestStreamAccumulator::syntheticRoundTrip()
{
    ChatResponse r;
    r.id = "id1";
    r.model = "m";
    r.content << ContentBlock::makeThinking("th", "sig") << ContentBlock::makeText("hello")
              << ContentBlock::makeToolUse("t1", "f", QJsonObject{{"x", QJsonArray{1, 2}}});
    ContentBlock red;
    red.type = ContentBlock::Type::RedactedThinking;
    red.redactedData = "opaque";
    r.content << red;
    r.stopReason = StopReason::ToolUse;
    r.usage = Usage{1, 2, 3, 4, 5};
    const QList<StreamEvent> events = responseToEvents(r);
    QCOMPARE(events.first().type, StreamEvent::Type::MessageStart);
    QCOMPARE(events.first().usage.output, 0);
    QCOMPARE(events.last().type, StreamEvent::Type::MessageStop);
    StreamAccumulator acc;
    acc.addAll(events);
    const ChatResponse back = acc.response();
    QCOMPARE(back.id, r.id);
    QCOMPARE(back.usage, r.usage);
    QCOMPARE(back.stopReason, r.stopReason);
    QCOMPARE(back.content.size(), 4);
    QCOMPARE(back.content[0].signature, QStringLiteral("sig"));
    QCOMPARE(back.content[1].text, QStringLiteral("hello"));
    QCOMPARE(back.content[2].input, r.content[2].input);
    QCOMPARE(back.content[3].redactedData, QStringLiteral("opaque"));
}

void TestStreamAccumulator::errorAndIncomplete()
{
    StreamAccumulator acc;
    acc.add(StreamEvent::messageStart("a", "m"));
    acc.add(StreamEvent::blockStart(0, StreamEvent::BlockKind::ToolUse, "t", "f"));
    acc.add(StreamEvent::toolArgumentsDelta(0, "{\"a\":"));
    acc.add(StreamEvent::textDelta(5, "ignored: no such block"));
    QVERIFY(acc.isStarted());
    QVERIFY(!acc.isComplete());
    QCOMPARE(acc.response().content.size(), 1);
    QCOMPARE(acc.response().content[0].rawArguments,
             QStringLiteral("{\"a\":")); // unparseable so far: kept raw
    acc.add(StreamEvent::makeError(ApiError::fromStatus(529, "Overloaded")));
    QVERIFY(acc.hasError());
    QCOMPARE(acc.error().kind, ApiError::Kind::Overloaded);
}

QTEST_GUILESS_MAIN(TestStreamAccumulator)
#include "tst_streamaccumulator.moc"
