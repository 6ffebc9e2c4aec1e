#include "codec.h"
#include "protocoltestutil.h"
#include "streamaccumulator.h"

#include <QJsonArray>

using namespace clawdesk;
using namespace clawdesk::testutil;

class TestOpenAIResponsesCodec : public QObject
{
    Q_OBJECT

private slots:
    void decodeFullRequest();
    void decodeStringInput();
    void malformed_data();
    void malformed();
    void upstreamRequest();
    void decodeResponse();
    void decodeError();
    void streamEncoderEvents();

private:
    const InboundCodec &in = inboundCodec(WireApi::OpenAIResponses);
    const OutboundCodec &out = outboundCodec(WireApi::OpenAIResponses);
};

void TestOpenAIResponsesCodec::decodeFullRequest()
{
    const QByteArray body = R"({
      "model": "gpt-5", "instructions": "Be terse.", "max_output_tokens": 500, "temperature": 1, "top_p": 0.8,
      "stream": true, "store": false, "reasoning": {"effort": "medium"}, "tool_choice": {"type": "function", "name": "shell"},
      "tools": [{"type": "function", "name": "shell", "description": "Run", "parameters": {"type": "object"}, "strict": false}],
      "input": [
        {"role": "developer", "content": "Extra rules"},
        {"role": "user", "content": [{"type": "input_text", "text": "Do it"}, {"type": "input_image", "image_url": "https://e.com/i.png"}]},
        {"type": "reasoning", "id": "rs_1", "summary": [{"type": "summary_text", "text": "plan"}], "encrypted_content": "gAAA"},
        {"type": "message", "role": "assistant", "content": [{"type": "output_text", "text": "Running"}]},
        {"type": "function_call", "id": "fc_1", "call_id": "call_1", "name": "shell", "arguments": "{\"cmd\":\"ls\"}"},
        {"type": "function_call_output", "call_id": "call_1", "output": "a b"}
      ]})";
    ApiError error;
    const auto r = in.decodeRequest(body, &error);
    QVERIFY2(r, qPrintable(error.message));
    QCOMPARE(r->systemText(), QStringLiteral("Be terse.\n\nExtra rules"));
    QCOMPARE(r->maxTokens, 500);
    QCOMPARE(r->temperature, 1.0);
    QCOMPARE(r->topP, 0.8);
    QVERIFY(r->stream);
    QCOMPARE(r->reasoningEffort, QStringLiteral("medium"));
    QCOMPARE(r->toolChoice.mode, ToolChoice::Mode::Tool);
    QCOMPARE(r->toolChoice.name, QStringLiteral("shell"));
    QCOMPARE(r->tools[0].name, QStringLiteral("shell"));
    QCOMPARE(r->extra["store"].toBool(true), false);
    QCOMPARE(r->messages.size(), 3);
    QCOMPARE(r->messages[0].content[1].url, QStringLiteral("https://e.com/i.png"));
    const ChatMessage &a = r->messages[1];
    QCOMPARE(a.role, ChatMessage::Role::Assistant);
    QCOMPARE(a.content.size(), 3);
    QCOMPARE(a.content[0].type, ContentBlock::Type::Thinking);
    QCOMPARE(a.content[0].signature, QStringLiteral("gAAA"));
    QCOMPARE(a.content[1].text, QStringLiteral("Running"));
    QCOMPARE(a.content[2].toolId, QStringLiteral("call_1"));
    QCOMPARE(a.content[2].input["cmd"].toString(), QStringLiteral("ls"));
    QCOMPARE(r->messages[2].content[0].toolId, QStringLiteral("call_1"));
    QCOMPARE(r->messages[2].content[0].resultText(), QStringLiteral("a b"));
    // same api: reasoning item (id + encrypted content), store and strict survive
    UpstreamTarget t;
    t.baseUrl = "https://api.openai.com/v1";
    t.modelId = "gpt-5";
    const QJsonObject up = parse(out.encodeRequest(*r, t).body);
    QCOMPARE(up["store"].toBool(true), false);
    QCOMPARE(up["tools"][0]["strict"].toBool(true), false);
    QCOMPARE(up["reasoning"]["effort"].toString(), QStringLiteral("medium"));
    const QJsonArray input = up["input"].toArray();
    QCOMPARE(input.size(), 5);
    QCOMPARE(input[1]["type"].toString(), QStringLiteral("reasoning"));
    QCOMPARE(input[1]["id"].toString(), QStringLiteral("rs_1"));
    QCOMPARE(input[1]["encrypted_content"].toString(), QStringLiteral("gAAA"));
    QCOMPARE(input[3]["call_id"].toString(), QStringLiteral("call_1"));
    QCOMPARE(up["tool_choice"]["name"].toString(), QStringLiteral("shell"));
}

void TestOpenAIResponsesCodec::decodeStringInput()
{
    ApiError error;
    const auto r = in.decodeRequest(R"({"model":"m","input":"Tell me a joke"})", &error);
    QVERIFY(r);
    QCOMPARE(r->messages.size(), 1);
    QCOMPARE(r->messages[0].content[0].text, QStringLiteral("Tell me a joke"));
    QVERIFY(!r->stream);
    QVERIFY(!r->maxTokens);
}

void TestOpenAIResponsesCodec::malformed_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::addRow("not json") << QByteArray("{") << "body: invalid JSON (unterminated object at offset 1)";
    QTest::addRow("no model") << QByteArray(R"({"input":"x"})") << "model: required";
    QTest::addRow("model array") << QByteArray(R"({"model":[],"input":"x"})") << "model: expected a string";
    QTest::addRow("no input") << QByteArray(R"({"model":"m"})") << "input: required";
    QTest::addRow("input number") << QByteArray(R"({"model":"m","input":4})")
                                  << "input: expected a string or an array";
    QTest::addRow("input empty") << QByteArray(R"({"model":"m","input":[]})") << "input: must not be empty";
    QTest::addRow("previous_response_id")
        << QByteArray(R"({"model":"m","input":"x","previous_response_id":"resp_1"})")
        << "previous_response_id: not supported by this gateway (responses are not stored); send the whole "
           "conversation in input";
    QTest::addRow("bad role")
        << QByteArray(R"({"model":"m","input":[{"role":"tool","content":"x"}]})")
        << "input[0].role: expected \"user\", \"assistant\", \"system\" or \"developer\"";
    QTest::addRow("call no call_id") << QByteArray(
                                            R"({"model":"m","input":[{"type":"function_call","name":"f"}]})")
                                     << "input[0].call_id: required";
    QTest::addRow("output no call_id")
        << QByteArray(R"({"model":"m","input":[{"type":"function_call_output","output":"x"}]})")
        << "input[0].call_id: required";
    QTest::addRow("max_output_tokens") << QByteArray(R"({"model":"m","input":"x","max_output_tokens":-1})")
                                       << "max_output_tokens: expected a positive integer";
    QTest::addRow("instructions") << QByteArray(R"({"model":"m","input":"x","instructions":[]})")
                                  << "instructions: expected a string";
}

void TestOpenAIResponsesCodec::malformed()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    ApiError error;
    QVERIFY(!in.decodeRequest(body, &error));
    QCOMPARE(error.message, message);
    QCOMPARE(error.httpStatus, 400);
    const QJsonObject rendered = parse(in.encodeError(error));
    QCOMPARE(rendered["error"]["message"].toString(), message);
    QCOMPARE(rendered["error"]["type"].toString(), QStringLiteral("invalid_request_error"));
}

void TestOpenAIResponsesCodec::upstreamRequest()
{
    ChatRequest r;
    r.sourceApi = WireApi::AnthropicMessages;
    r.system << ContentBlock::makeText("sys");
    ChatMessage m;
    m.content << ContentBlock::makeText("hi");
    r.messages << m;
    ChatMessage a;
    a.role = ChatMessage::Role::Assistant;
    a.content << ContentBlock::makeThinking("t", "anthropic-sig") << ContentBlock::makeText("ok");
    r.messages << a;
    r.thinkingBudget = 20000;
    r.extra.insert("anthropic_beta", 1);
    UpstreamTarget t;
    t.modelId = "gpt-5";
    t.baseUrl = "https://api.openai.com/v1";
    t.apiKey = "sk-o";
    t.reasoning = true;
    const UpstreamHttpRequest http = out.encodeRequest(r, t);
    QCOMPARE(http.url.toString(), QStringLiteral("https://api.openai.com/v1/responses"));
    QCOMPARE(http.header("Authorization"), QByteArray("Bearer sk-o"));
    const QJsonObject body = parse(http.body);
    QCOMPARE(body["instructions"].toString(), QStringLiteral("sys"));
    QVERIFY(!body.contains("max_output_tokens")); // no cap the client did not ask for
    QCOMPARE(body["reasoning"]["effort"].toString(), QStringLiteral("high"));
    QVERIFY(!body.contains("anthropic_beta"));
    const QJsonArray input = body["input"].toArray();
    QCOMPARE(input.size(), 2); // the foreign thinking block is not replayable here
    QCOMPARE(input[0]["content"][0]["type"].toString(), QStringLiteral("input_text"));
    QCOMPARE(input[1]["content"][0]["type"].toString(), QStringLiteral("output_text"));
}

void TestOpenAIResponsesCodec::decodeResponse()
{
    ApiError error;
    const auto r = out.decodeResponse(fixture("openai_responses_tool.json"), &error);
    QVERIFY(r);
    QCOMPARE(r->stopReason, StopReason::ToolUse);
    QCOMPARE(r->content[0].toolId, QStringLiteral("call_resp456"));
    QCOMPARE(r->usage, (Usage{20, 10, 0, 0, 0}));
    // encoded for a Responses client, the item id is kept and call_id unchanged
    const QJsonObject client = parse(in.encodeResponse(*r));
    QCOMPARE(client["output"][0]["id"].toString(), QStringLiteral("fc_12345xyz"));
    QCOMPARE(client["output"][0]["call_id"].toString(), QStringLiteral("call_resp456"));
    QCOMPARE(client["id"].toString(),
             QStringLiteral("resp_67ccd2bed1ec8190b14f964abc0542670bb6a6b452d3795b"));
    QCOMPARE(client["status"].toString(), QStringLiteral("completed"));
    // max tokens → incomplete
    ChatResponse cut = *r;
    cut.stopReason = StopReason::MaxTokens;
    const QJsonObject incomplete = parse(in.encodeResponse(cut));
    QCOMPARE(incomplete["status"].toString(), QStringLiteral("incomplete"));
    QCOMPARE(incomplete["incomplete_details"]["reason"].toString(), QStringLiteral("max_output_tokens"));
    QByteArray upstreamIncomplete = fixture("openai_responses_text.json");
    upstreamIncomplete.replace("\"incomplete_details\": null",
                               "\"incomplete_details\": {\"reason\": \"max_output_tokens\"}");
    QCOMPARE(out.decodeResponse(upstreamIncomplete, &error)->stopReason, StopReason::MaxTokens);
}

void TestOpenAIResponsesCodec::decodeError()
{
    const ApiError e = out.decodeError(
        401,
        R"j({"error":{"message":"invalid x-api-key (mock)","type":"invalid_request_error","param":null,"code":"invalid_api_key"}})j");
    QCOMPARE(e.message, QStringLiteral("HTTP 401: invalid x-api-key (mock)"));
    QCOMPARE(e.kind, ApiError::Kind::Authentication);
    QCOMPARE(e.code, QStringLiteral("invalid_api_key"));
}

void TestOpenAIResponsesCodec::streamEncoderEvents()
{
    ChatResponse resp;
    resp.id = "abc";
    resp.model = "m";
    resp.content << ContentBlock::makeThinking("plan", "enc") << ContentBlock::makeText("Hi")
                 << ContentBlock::makeToolUse("call_9", "f", QJsonObject{{"a", 1}});
    resp.stopReason = StopReason::ToolUse;
    resp.usage = Usage{7, 3, 2, 0, 1};
    auto enc = in.createStreamEncoder();
    QByteArray sse;
    for (const StreamEvent &e : responseToEvents(resp))
        sse += enc->encode(e);
    QStringList names;
    const QList<SseEvent> events = sseEvents(sse);
    for (int i = 0; i < events.size(); ++i) {
        names << QString::fromUtf8(events[i].event);
        QCOMPARE(parse(events[i].data)["sequence_number"].toInt(), i);
        QCOMPARE(parse(events[i].data)["type"].toString(), names.last());
    }
    QCOMPARE(
        names,
        (QStringList{"response.created", "response.in_progress", "response.output_item.added",
                     "response.reasoning_summary_part.added", "response.reasoning_summary_text.delta",
                     "response.reasoning_summary_text.done", "response.reasoning_summary_part.done",
                     "response.output_item.done", "response.output_item.added", "response.content_part.added",
                     "response.output_text.delta", "response.output_text.done", "response.content_part.done",
                     "response.output_item.done", "response.output_item.added",
                     "response.function_call_arguments.delta", "response.function_call_arguments.done",
                     "response.output_item.done", "response.completed"}));
    const QJsonObject done = parse(events.last().data)["response"].toObject();
    QCOMPARE(done["id"].toString(), QStringLiteral("resp_abc"));
    QCOMPARE(done["output"].toArray().size(), 3);
    QCOMPARE(done["output"][0]["encrypted_content"].toString(), QStringLiteral("enc"));
    QCOMPARE(done["output"][2]["call_id"].toString(), QStringLiteral("call_9"));
    QCOMPARE(done["output"][2]["id"].toString(), QStringLiteral("fc_call_9"));
    QCOMPARE(done["usage"]["input_tokens"].toInt(), 9);
    QCOMPARE(done["usage"]["input_tokens_details"]["cached_tokens"].toInt(), 2);
    QCOMPARE(done["usage"]["output_tokens_details"]["reasoning_tokens"].toInt(), 1);
    // ids in the item events match the final output
    QCOMPARE(parse(events[14].data)["item"]["id"].toString(), QStringLiteral("fc_call_9"));
    // failure mid-stream
    auto enc2 = in.createStreamEncoder();
    enc2->encode(StreamEvent::messageStart("z", "m"));
    const QList<SseEvent> failed = sseEvents(enc2->encodeError(ApiError::fromStatus(500, "HTTP 500: boom")));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed[0].event, QByteArray("response.failed"));
    QCOMPARE(parse(failed[0].data)["response"]["status"].toString(), QStringLiteral("failed"));
    QCOMPARE(parse(failed[0].data)["response"]["error"]["message"].toString(),
             QStringLiteral("HTTP 500: boom"));
}

QTEST_GUILESS_MAIN(TestOpenAIResponsesCodec)
#include "tst_openairesponsescodec.moc"
