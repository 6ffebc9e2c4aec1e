#include "codec.h"
#include "protocoltestutil.h"
#include "streamaccumulator.h"

#include <QJsonArray>

using namespace clawdesk;
using namespace clawdesk::testutil;

class TestOpenAIChatCodec : public QObject
{
    Q_OBJECT

private slots:
    void decodeFullRequest();
    void decodeToolChoice_data();
    void decodeToolChoice();
    void malformed_data();
    void malformed();
    void encodeError();
    void upstreamRequest_data();
    void upstreamRequest();
    void sameApiKeepsExtras();
    void decodeResponse();
    void decodeError_data();
    void decodeError();
    void streamEncoderUsageChunk();

private:
    const InboundCodec &in = inboundCodec(WireApi::OpenAIChat);
    const OutboundCodec &out = outboundCodec(WireApi::OpenAIChat);
};

void TestOpenAIChatCodec::decodeFullRequest()
{
    const QByteArray body = R"({
      "model": "gpt-4o", "max_completion_tokens": 300, "temperature": 0.2, "top_p": 0.5, "stop": "###",
      "stream": true, "stream_options": {"include_usage": true}, "user": "u9", "reasoning_effort": "low",
      "parallel_tool_calls": false, "seed": 7,
      "tools": [{"type": "function", "function": {"name": "edit", "description": "Edit", "parameters": {"type": "object"}, "strict": true}}],
      "messages": [
        {"role": "developer", "content": "Dev rules"},
        {"role": "user", "content": [{"type": "text", "text": "See"}, {"type": "image_url", "image_url": {"url": "data:image/jpeg;base64,/9j/4AAQ"}}]},
        {"role": "assistant", "content": "Calling", "reasoning_content": "think",
         "tool_calls": [{"id": "call_1", "type": "function", "function": {"name": "edit", "arguments": "{\"f\":1}"}},
                        {"id": "call_2", "type": "function", "function": {"name": "edit", "arguments": "not json"}}]},
        {"role": "tool", "tool_call_id": "call_1", "content": "done"},
        {"role": "tool", "tool_call_id": "call_2", "content": [{"type": "text", "text": "also"}]}
      ]})";
    ApiError error;
    const auto r = in.decodeRequest(body, &error);
    QVERIFY2(r, qPrintable(error.message));
    QCOMPARE(r->sourceApi, WireApi::OpenAIChat);
    QCOMPARE(r->maxTokens, 300);
    QCOMPARE(r->temperature, 0.2);
    QCOMPARE(r->topP, 0.5);
    QCOMPARE(r->stopSequences, QStringList{"###"});
    QVERIFY(r->stream);
    QVERIFY(r->includeUsage);
    QCOMPARE(r->user, QStringLiteral("u9"));
    QCOMPARE(r->reasoningEffort, QStringLiteral("low"));
    QVERIFY(r->toolChoice.disableParallelToolUse);
    QCOMPARE(r->systemText(), QStringLiteral("Dev rules"));
    QCOMPARE(r->tools[0].name, QStringLiteral("edit"));
    QCOMPARE(r->tools[0].extra["strict"].toBool(), true);
    QCOMPARE(r->messages.size(), 3);
    QCOMPARE(r->messages[0].content[1].mediaType, QStringLiteral("image/jpeg"));
    QCOMPARE(r->messages[0].content[1].data, QStringLiteral("/9j/4AAQ"));
    const ChatMessage &a = r->messages[1];
    QCOMPARE(a.content.size(), 4);
    QCOMPARE(a.content[0].type, ContentBlock::Type::Thinking);
    QCOMPARE(a.content[1].text, QStringLiteral("Calling"));
    QCOMPARE(a.content[2].input["f"].toInt(), 1);
    QCOMPARE(a.content[3].rawArguments, QStringLiteral("not json"));
    // consecutive tool messages become one user turn of tool results
    const ChatMessage &t = r->messages[2];
    QCOMPARE(t.content.size(), 2);
    QCOMPARE(t.content[0].toolId, QStringLiteral("call_1"));
    QCOMPARE(t.content[1].resultText(), QStringLiteral("also"));
    QCOMPARE(r->extra["seed"].toInt(), 7);
}

void TestOpenAIChatCodec::decodeToolChoice_data()
{
    QTest::addColumn<QByteArray>("choice");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("name");
    QTest::addRow("auto") << QByteArray(R"("auto")") << int(ToolChoice::Mode::Auto) << "";
    QTest::addRow("none") << QByteArray(R"("none")") << int(ToolChoice::Mode::None) << "";
    QTest::addRow("required") << QByteArray(R"("required")") << int(ToolChoice::Mode::Any) << "";
    QTest::addRow("function") << QByteArray(R"({"type":"function","function":{"name":"edit"}})")
                              << int(ToolChoice::Mode::Tool) << "edit";
}

void TestOpenAIChatCodec::decodeToolChoice()
{
    QFETCH(QByteArray, choice);
    QFETCH(int, mode);
    QFETCH(QString, name);
    ApiError error;
    const auto r = in.decodeRequest(
        R"({"model":"m","messages":[{"role":"user","content":"hi"}],"tool_choice":)" + choice + "}", &error);
    QVERIFY2(r, qPrintable(error.message));
    QCOMPARE(int(r->toolChoice.mode), mode);
    QCOMPARE(r->toolChoice.name, name);
    // and back out to an OpenAI upstream in the same shape
    ChatRequest copy = *r;
    copy.tools << ToolDefinition{"edit", {}, {}, {}};
    UpstreamTarget t;
    t.baseUrl = "http://x/v1";
    QCOMPARE(QJsonDocument::fromJson(R"({"v":)" + choice + "}").object()["v"],
             parse(out.encodeRequest(copy, t).body)["tool_choice"]);
}

void TestOpenAIChatCodec::malformed_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    const QByteArray msgs = R"("messages":[{"role":"user","content":"hi"}])";
    QTest::addRow("not json") << QByteArray("nope") << "body: invalid JSON (illegal value at offset 1)";
    QTest::addRow("array body") << QByteArray("[1]") << "body: expected a JSON object";
    QTest::addRow("no model") << QByteArray("{" + msgs + "}") << "model: required";
    QTest::addRow("no messages") << QByteArray(R"({"model":"m"})") << "messages: required";
    QTest::addRow("messages string") << QByteArray(R"({"model":"m","messages":"hi"})")
                                     << "messages: expected an array";
    QTest::addRow("messages empty") << QByteArray(R"({"model":"m","messages":[]})")
                                    << "messages: must not be empty";
    QTest::addRow("bad role")
        << QByteArray(R"({"model":"m","messages":[{"role":"function","content":"x"}]})")
        << "messages[0].role: expected \"system\", \"developer\", \"user\", \"assistant\" or \"tool\"";
    QTest::addRow("user no content") << QByteArray(R"({"model":"m","messages":[{"role":"user"}]})")
                                     << "messages[0].content: required";
    QTest::addRow("image no url")
        << QByteArray(
               R"({"model":"m","messages":[{"role":"user","content":[{"type":"image_url","image_url":{}}]}]})")
        << "messages[0].content[0].image_url.url: required";
    QTest::addRow("tool no id") << QByteArray(R"({"model":"m","messages":[{"role":"tool","content":"x"}]})")
                                << "messages[0].tool_call_id: required";
    QTest::addRow("tool_call no name")
        << QByteArray(
               R"({"model":"m","messages":[{"role":"assistant","tool_calls":[{"id":"c","function":{}}]}]})")
        << "messages[0].tool_calls[0].function.name: required";
    QTest::addRow("max_tokens") << QByteArray(R"({"model":"m","max_tokens":1.5,)" + msgs + "}")
                                << "max_tokens: expected an integer";
    QTest::addRow("stop") << QByteArray(R"({"model":"m","stop":[1],)" + msgs + "}")
                          << "stop: expected a string or an array of strings";
    QTest::addRow("n") << QByteArray(R"({"model":"m","n":2,)" + msgs + "}") << "n: only 1 is supported";
    QTest::addRow("temperature") << QByteArray(R"({"model":"m","temperature":"x",)" + msgs + "}")
                                 << "temperature: expected a number";
}

void TestOpenAIChatCodec::malformed()
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

void TestOpenAIChatCodec::encodeError()
{
    ApiError e = ApiError::fromStatus(401, "Invalid API key");
    e.code = "invalid_api_key";
    QCOMPARE(
        in.encodeError(e),
        QByteArray(
            R"({"error":{"code":"invalid_api_key","message":"Invalid API key","param":null,"type":"authentication_error"}})"));
    QCOMPARE(parse(in.encodeError(ApiError::fromStatus(429, "slow")))["error"]["type"].toString(),
             QStringLiteral("rate_limit_error"));
    QCOMPARE(parse(in.encodeError(ApiError::fromStatus(500, "x")))["error"]["type"].toString(),
             QStringLiteral("server_error"));
}

void TestOpenAIChatCodec::upstreamRequest_data()
{
    QTest::addColumn<QString>("maxField");
    QTest::addColumn<bool>("developer");
    QTest::addColumn<bool>("reasoning");
    QTest::addColumn<QString>("expectedField");
    QTest::addColumn<QString>("expectedRole");
    QTest::addRow("defaults") << "" << false << false << "max_completion_tokens"
                              << "system";
    QTest::addRow("max_tokens compat") << "max_tokens" << false << false << "max_tokens"
                                       << "system";
    QTest::addRow("developer needs reasoning") << "" << true << false << "max_completion_tokens"
                                               << "system";
    QTest::addRow("developer") << "max_completion_tokens" << true << true << "max_completion_tokens"
                               << "developer";
}

void TestOpenAIChatCodec::upstreamRequest()
{
    QFETCH(QString, maxField);
    QFETCH(bool, developer);
    QFETCH(bool, reasoning);
    QFETCH(QString, expectedField);
    QFETCH(QString, expectedRole);
    ChatRequest r; // as an Anthropic client would send it
    r.model = "claude-x";
    r.system << ContentBlock::makeText("S1") << ContentBlock::makeText("S2");
    ChatMessage m;
    m.content << ContentBlock::makeText("look") << ContentBlock::makeImageBase64("image/png", "AAAA");
    r.messages << m;
    r.stream = true;
    r.stopSequences << "x";
    r.extra.insert("anthropic_only", 1);
    UpstreamTarget t;
    t.modelId = "local-model";
    t.baseUrl = "http://127.0.0.1:1234/v1/";
    t.apiKey = "sk-1";
    t.maxTokensField = maxField;
    t.supportsDeveloperRole = developer;
    t.reasoning = reasoning;
    t.defaultMaxTokens = 4096;
    t.extraHeaders << qMakePair(QByteArray("HTTP-Referer"), QByteArray("clawdesk"));
    const UpstreamHttpRequest http = out.encodeRequest(r, t);
    QCOMPARE(http.url.toString(), QStringLiteral("http://127.0.0.1:1234/v1/chat/completions"));
    QCOMPARE(http.header("authorization"), QByteArray("Bearer sk-1"));
    QCOMPARE(http.header("http-referer"), QByteArray("clawdesk"));
    QVERIFY(http.header("x-api-key").isEmpty());
    const QJsonObject body = parse(http.body);
    // No cap the client did not ask for; a cap it set goes in the field the provider reads.
    QVERIFY(!body.contains("max_tokens") && !body.contains("max_completion_tokens"));
    r.maxTokens = 4096;
    const QJsonObject capped = parse(out.encodeRequest(r, t).body);
    QCOMPARE(capped[expectedField].toInt(), 4096);
    QCOMPARE(capped.contains("max_tokens") && capped.contains("max_completion_tokens"), false);
    QCOMPARE(body["messages"][0]["role"].toString(), expectedRole);
    QCOMPARE(body["messages"][0]["content"].toString(), QStringLiteral("S1\n\nS2"));
    QCOMPARE(body["messages"][1]["content"][1]["image_url"]["url"].toString(),
             QStringLiteral("data:image/png;base64,AAAA"));
    QCOMPARE(body["stream_options"]["include_usage"].toBool(), true);
    QCOMPARE(body["stop"][0].toString(), QStringLiteral("x"));
    QVERIFY(!body.contains("anthropic_only"));
    // no key → no Authorization (local servers)
    t.apiKey.clear();
    QVERIFY(out.encodeRequest(r, t).header("authorization").isEmpty());
}

void TestOpenAIChatCodec::sameApiKeepsExtras()
{
    const QByteArray body =
        R"({"model":"m","messages":[{"role":"user","content":"hi"}],"seed":3,"logit_bias":{"50256":-100},"response_format":{"type":"json_object"}})";
    ApiError error;
    const auto r = in.decodeRequest(body, &error);
    QVERIFY(r);
    UpstreamTarget t;
    t.baseUrl = "http://x/v1";
    t.modelId = "m";
    const QJsonObject up = parse(out.encodeRequest(*r, t).body);
    QCOMPARE(up["seed"].toInt(), 3);
    QCOMPARE(up["logit_bias"].toObject(), parse(body)["logit_bias"].toObject());
    QCOMPARE(up["response_format"]["type"].toString(), QStringLiteral("json_object"));
    QCOMPARE(up["messages"], parse(body)["messages"]);
}

void TestOpenAIChatCodec::decodeResponse()
{
    ApiError error;
    const auto r = out.decodeResponse(fixture("openai_chat_tool.json"), &error);
    QVERIFY(r);
    QCOMPARE(r->id, QStringLiteral("chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT"));
    QCOMPARE(r->stopReason, StopReason::ToolUse);
    QCOMPARE(r->content.size(), 1);
    QCOMPARE(r->content[0].toolId, QStringLiteral("call_abc123XYZ"));
    QCOMPARE(r->content[0].input["city"].toString(), QStringLiteral("Paris"));
    QCOMPARE(r->created, 1741570283);
    // cached tokens are split out of prompt_tokens, reasoning is counted
    const QByteArray cached =
        R"({"id":"c","model":"m","choices":[{"index":0,"message":{"role":"assistant","content":"x","reasoning_content":"r"},"finish_reason":"length"}],
      "usage":{"prompt_tokens":100,"completion_tokens":40,"prompt_tokens_details":{"cached_tokens":60},"completion_tokens_details":{"reasoning_tokens":25}}})";
    const auto c = out.decodeResponse(cached, &error);
    QVERIFY(c);
    QCOMPARE(c->usage, (Usage{40, 40, 60, 0, 25}));
    QCOMPARE(c->stopReason, StopReason::MaxTokens);
    QCOMPARE(c->content[0].type, ContentBlock::Type::Thinking);
    const QJsonObject client = parse(in.encodeResponse(*c));
    QCOMPARE(client["usage"]["prompt_tokens"].toInt(), 100);
    QCOMPARE(client["usage"]["prompt_tokens_details"]["cached_tokens"].toInt(), 60);
    QCOMPARE(client["usage"]["total_tokens"].toInt(), 140);
    QCOMPARE(client["choices"][0]["finish_reason"].toString(), QStringLiteral("length"));
    QCOMPARE(client["choices"][0]["message"]["reasoning_content"].toString(), QStringLiteral("r"));
    QCOMPARE(client["object"].toString(), QStringLiteral("chat.completion"));
    QVERIFY(!out.decodeResponse(R"({"choices":[]})", &error));
    QCOMPARE(error.message, QStringLiteral("Invalid upstream response: choices: expected a non-empty array"));
}

void TestOpenAIChatCodec::decodeError_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("kind");
    QTest::addRow("401")
        << 401
        << QByteArray(
               R"j({"error":{"message":"invalid x-api-key (mock)","type":"invalid_request_error","param":null,"code":"invalid_api_key"}})j")
        << "HTTP 401: invalid x-api-key (mock)" << int(ApiError::Kind::Authentication);
    QTest::addRow("429")
        << 429
        << QByteArray(
               R"({"error":{"message":"Rate limit reached","type":"requests","code":"rate_limit_exceeded"}})")
        << "HTTP 429: Rate limit reached" << int(ApiError::Kind::RateLimit);
    QTest::addRow("404 string error") << 404 << QByteArray(R"({"error":"model 'x' not found"})")
                                      << "HTTP 404: model 'x' not found" << int(ApiError::Kind::NotFound);
    QTest::addRow("503 html") << 503 << QByteArray("<html>down</html>") << "HTTP 503: <html>down</html>"
                              << int(ApiError::Kind::Overloaded);
    QTest::addRow("empty") << 500 << QByteArray() << "HTTP 500" << int(ApiError::Kind::Api);
}

void TestOpenAIChatCodec::decodeError()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    QFETCH(int, kind);
    const ApiError e = out.decodeError(status, body);
    QCOMPARE(e.message, message);
    QCOMPARE(int(e.kind), kind);
    QCOMPARE(e.httpStatus, status);
}

void TestOpenAIChatCodec::streamEncoderUsageChunk()
{
    ChatResponse resp;
    resp.id = "x1";
    resp.model = "m";
    resp.content << ContentBlock::makeText("Hi");
    resp.usage = Usage{10, 3, 0, 0, 0};
    for (bool includeUsage : {false, true}) {
        ChatRequest req;
        req.includeUsage = includeUsage;
        auto enc = in.createStreamEncoder(req);
        QByteArray sse;
        for (const StreamEvent &e : responseToEvents(resp))
            sse += enc->encode(e);
        const QList<SseEvent> events = sseEvents(sse);
        QCOMPARE(events.last().data, QByteArray("[DONE]"));
        QCOMPARE(parse(events.first().data)["choices"][0]["delta"]["role"].toString(),
                 QStringLiteral("assistant"));
        QCOMPARE(parse(events.first().data)["id"].toString(), QStringLiteral("chatcmpl-x1"));
        const QJsonObject beforeDone = parse(events[events.size() - 2].data);
        QCOMPARE(beforeDone["usage"].isObject(), includeUsage);
        if (includeUsage) {
            QCOMPARE(beforeDone["choices"].toArray().size(), 0);
            QCOMPARE(beforeDone["usage"]["prompt_tokens"].toInt(), 10);
        }
    }
    auto enc = in.createStreamEncoder();
    enc->encode(StreamEvent::messageStart("x", "m"));
    QCOMPARE(enc->encodeError(ApiError::fromStatus(429, "slow down")),
             QByteArray("data: {\"error\":{\"code\":null,\"message\":\"slow "
                        "down\",\"param\":null,\"type\":\"rate_limit_error\"}}\n\n"));
}

QTEST_GUILESS_MAIN(TestOpenAIChatCodec)
#include "tst_openaichatcodec.moc"
