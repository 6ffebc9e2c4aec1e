#include "codec.h"
#include "protocoltestutil.h"
#include "streamaccumulator.h"

#include <QJsonArray>

using namespace clawdesk;
using namespace clawdesk::testutil;

class TestAnthropicCodec : public QObject
{
    Q_OBJECT

private slots:
    void decodeFullRequest();
    void decodeToolChoice_data();
    void decodeToolChoice();
    void malformed_data();
    void malformed();
    void encodeError_data();
    void encodeError();
    void upstreamRequest();
    void sameApiIsLossless();
    void decodeResponse();
    void decodeError_data();
    void decodeError();
    void streamEncoderShape();

private:
    const InboundCodec &in = inboundCodec(WireApi::AnthropicMessages);
    const OutboundCodec &out = outboundCodec(WireApi::AnthropicMessages);
};

void TestAnthropicCodec::decodeFullRequest()
{
    const QByteArray body = R"({
      "model": "claude-sonnet-4-5", "max_tokens": 2048, "temperature": 0.5, "top_p": 0.9, "top_k": 40,
      "stop_sequences": ["END"], "stream": true,
      "system": [{"type": "text", "text": "You are Claude Code.", "cache_control": {"type": "ephemeral"}}],
      "metadata": {"user_id": "user_abc"},
      "thinking": {"type": "enabled", "budget_tokens": 1024},
      "tools": [{"name": "Read", "description": "Read a file", "input_schema": {"type": "object"}}],
      "tool_choice": {"type": "auto", "disable_parallel_tool_use": true},
      "messages": [
        {"role": "user", "content": [{"type": "text", "text": "Look"},
          {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": "iVBORw0KGgo="}},
          {"type": "image", "source": {"type": "url", "url": "https://example.com/a.png"}}]},
        {"role": "assistant", "content": [{"type": "thinking", "thinking": "hmm", "signature": "sig1"},
          {"type": "redacted_thinking", "data": "opaque"},
          {"type": "tool_use", "id": "toolu_1", "name": "Read", "input": {"path": "a.txt"}}]},
        {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_1", "is_error": true,
          "content": [{"type": "text", "text": "not found"}]}]}
      ],
      "service_tier": "auto"
    })";
    ApiError error;
    const auto r = in.decodeRequest(body, &error);
    QVERIFY2(r, qPrintable(error.message));
    QCOMPARE(r->model, QStringLiteral("claude-sonnet-4-5"));
    QCOMPARE(r->maxTokens, 2048);
    QCOMPARE(r->temperature, 0.5);
    QCOMPARE(r->topP, 0.9);
    QCOMPARE(r->topK, 40);
    QCOMPARE(r->stopSequences, QStringList{"END"});
    QVERIFY(r->stream);
    QCOMPARE(r->system.size(), 1);
    QCOMPARE(r->system[0].text, QStringLiteral("You are Claude Code."));
    QCOMPARE(r->system[0].extra["cache_control"]["type"].toString(), QStringLiteral("ephemeral"));
    QCOMPARE(r->user, QStringLiteral("user_abc"));
    QCOMPARE(r->thinkingBudget, 1024);
    QCOMPARE(r->tools.size(), 1);
    QCOMPARE(r->tools[0].name, QStringLiteral("Read"));
    QCOMPARE(r->tools[0].description, QStringLiteral("Read a file"));
    QCOMPARE(r->toolChoice.mode, ToolChoice::Mode::Auto);
    QVERIFY(r->toolChoice.disableParallelToolUse);
    QCOMPARE(r->messages.size(), 3);
    const auto &u = r->messages[0].content;
    QCOMPARE(u.size(), 3);
    QCOMPARE(u[1].type, ContentBlock::Type::Image);
    QCOMPARE(u[1].mediaType, QStringLiteral("image/png"));
    QCOMPARE(u[1].data, QStringLiteral("iVBORw0KGgo="));
    QCOMPARE(u[2].url, QStringLiteral("https://example.com/a.png"));
    const auto &a = r->messages[1];
    QCOMPARE(a.role, ChatMessage::Role::Assistant);
    QCOMPARE(a.content[0].type, ContentBlock::Type::Thinking);
    QCOMPARE(a.content[0].signature, QStringLiteral("sig1"));
    QCOMPARE(a.content[1].redactedData, QStringLiteral("opaque"));
    QCOMPARE(a.content[2].toolId, QStringLiteral("toolu_1"));
    QCOMPARE(a.content[2].input["path"].toString(), QStringLiteral("a.txt"));
    const ContentBlock &tr = r->messages[2].content[0];
    QCOMPARE(tr.type, ContentBlock::Type::ToolResult);
    QCOMPARE(tr.toolId, QStringLiteral("toolu_1"));
    QVERIFY(tr.isError);
    QCOMPARE(tr.resultText(), QStringLiteral("not found"));
    QCOMPARE(r->extra["service_tier"].toString(), QStringLiteral("auto"));
}

void TestAnthropicCodec::decodeToolChoice_data()
{
    QTest::addColumn<QByteArray>("choice");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("name");
    QTest::addRow("auto") << QByteArray(R"({"type":"auto"})") << int(ToolChoice::Mode::Auto) << "";
    QTest::addRow("any") << QByteArray(R"({"type":"any"})") << int(ToolChoice::Mode::Any) << "";
    QTest::addRow("none") << QByteArray(R"({"type":"none"})") << int(ToolChoice::Mode::None) << "";
    QTest::addRow("tool") << QByteArray(R"({"type":"tool","name":"Read"})") << int(ToolChoice::Mode::Tool)
                          << "Read";
}

void TestAnthropicCodec::decodeToolChoice()
{
    QFETCH(QByteArray, choice);
    QFETCH(int, mode);
    QFETCH(QString, name);
    const QByteArray body =
        R"({"model":"m","max_tokens":5,"messages":[{"role":"user","content":"hi"}],"tool_choice":)" + choice +
        "}";
    ApiError error;
    const auto r = in.decodeRequest(body, &error);
    QVERIFY2(r, qPrintable(error.message));
    QCOMPARE(int(r->toolChoice.mode), mode);
    QCOMPARE(r->toolChoice.name, name);
}

void TestAnthropicCodec::malformed_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    const QByteArray msgs = R"("messages":[{"role":"user","content":"hi"}])";
    QTest::addRow("not json") << QByteArray("{nope")
                              << "body: invalid JSON (unterminated object at offset 2)";
    QTest::addRow("array body") << QByteArray("[]") << "body: expected a JSON object";
    QTest::addRow("no model") << QByteArray(R"({"max_tokens":5,)" + msgs + "}") << "model: required";
    QTest::addRow("model number") << QByteArray(R"({"model":1,"max_tokens":5,)" + msgs + "}")
                                  << "model: expected a string";
    QTest::addRow("no max_tokens") << QByteArray(R"({"model":"m",)" + msgs + "}") << "max_tokens: required";
    QTest::addRow("max_tokens string")
        << QByteArray(R"({"model":"m","max_tokens":"5",)" + msgs + "}") << "max_tokens: expected an integer";
    QTest::addRow("max_tokens zero") << QByteArray(R"({"model":"m","max_tokens":0,)" + msgs + "}")
                                     << "max_tokens: must be at least 1";
    QTest::addRow("no messages") << QByteArray(R"({"model":"m","max_tokens":5})") << "messages: required";
    QTest::addRow("messages object") << QByteArray(R"({"model":"m","max_tokens":5,"messages":{}})")
                                     << "messages: expected an array";
    QTest::addRow("messages empty") << QByteArray(R"({"model":"m","max_tokens":5,"messages":[]})")
                                    << "messages: must not be empty";
    QTest::addRow("content number")
        << QByteArray(R"({"model":"m","max_tokens":5,"messages":[{"role":"user","content":3}]})")
        << "messages[0].content: expected a string or an array of content blocks";
    QTest::addRow("tool_use no input")
        << QByteArray(
               R"({"model":"m","max_tokens":5,"messages":[{"role":"assistant","content":[{"type":"tool_use","id":"t","name":"n"}]}]})")
        << "messages[0].content[0].input: expected an object";
    QTest::addRow("tool_result no id")
        << QByteArray(
               R"({"model":"m","max_tokens":5,"messages":[{"role":"user","content":[{"type":"tool_result","content":"x"}]}]})")
        << "messages[0].content[0].tool_use_id: required";
    QTest::addRow("image bad source")
        << QByteArray(
               R"({"model":"m","max_tokens":5,"messages":[{"role":"user","content":[{"type":"image","source":{"type":"file"}}]}]})")
        << "messages[0].content[0].source.type: expected \"base64\" or \"url\"";
    QTest::addRow("system number") << QByteArray(R"({"model":"m","max_tokens":5,"system":5,)" + msgs + "}")
                                   << "system: expected a string or an array of text blocks";
    QTest::addRow("stop_sequences") << QByteArray(R"({"model":"m","max_tokens":5,"stop_sequences":"x",)" +
                                                  msgs + "}")
                                    << "stop_sequences: expected an array of strings";
    QTest::addRow("tool_choice name")
        << QByteArray(R"({"model":"m","max_tokens":5,"tool_choice":{"type":"tool"},)" + msgs + "}")
        << "tool_choice.name: required when type is \"tool\"";
    QTest::addRow("tool schema") << QByteArray(R"({"model":"m","max_tokens":5,"tools":[{"name":"x"}],)" +
                                               msgs + "}")
                                 << "tools[0].input_schema: expected an object";
    QTest::addRow("temperature") << QByteArray(R"({"model":"m","max_tokens":5,"temperature":"hot",)" + msgs +
                                               "}")
                                 << "temperature: expected a number";
    QTest::addRow("stream") << QByteArray(R"({"model":"m","max_tokens":5,"stream":"yes",)" + msgs + "}")
                            << "stream: expected a boolean";
}

void TestAnthropicCodec::malformed()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    ApiError error;
    QVERIFY(!in.decodeRequest(body, &error));
    QCOMPARE(error.message, message);
    QCOMPARE(error.kind, ApiError::Kind::InvalidRequest);
    QCOMPARE(error.httpStatus, 400);
    const QJsonObject rendered = parse(in.encodeError(error));
    QCOMPARE(rendered["type"].toString(), QStringLiteral("error"));
    QCOMPARE(rendered["error"]["type"].toString(), QStringLiteral("invalid_request_error"));
    QCOMPARE(rendered["error"]["message"].toString(), message);
}

void TestAnthropicCodec::encodeError_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("type");
    QTest::addRow("401") << 401 << "authentication_error";
    QTest::addRow("403") << 403 << "permission_error";
    QTest::addRow("404") << 404 << "not_found_error";
    QTest::addRow("413") << 413 << "request_too_large";
    QTest::addRow("429") << 429 << "rate_limit_error";
    QTest::addRow("500") << 500 << "api_error";
    QTest::addRow("529") << 529 << "overloaded_error";
}

void TestAnthropicCodec::encodeError()
{
    QFETCH(int, status);
    QFETCH(QString, type);
    const ApiError e = ApiError::fromStatus(status, "boom");
    QCOMPARE(e.httpStatus, status);
    QCOMPARE(in.encodeError(e),
             QByteArray(R"({"error":{"message":"boom","type":")" + type.toUtf8() + R"("},"type":"error"})"));
}

void TestAnthropicCodec::upstreamRequest()
{
    ChatRequest r;
    r.sourceApi = WireApi::OpenAIChat;
    r.model = "client-model";
    r.systemWasString = true;
    r.system << ContentBlock::makeText("sys");
    ChatMessage m;
    m.content << ContentBlock::makeText("hi");
    m.contentWasString = true;
    r.messages << m;
    r.stream = true;
    r.user = "u1";
    r.extra.insert("logit_bias", QJsonObject()); // OpenAI-only field: must not leak to Anthropic
    UpstreamTarget t;
    t.modelId = "MiniMax-M2";
    t.baseUrl = "https://api.minimax.io/anthropic";
    t.apiKey = "key1";
    t.authHeader = true;
    t.defaultMaxTokens = 8192;
    t.extraHeaders << qMakePair(QByteArray("X-Custom"), QByteArray("v"))
                   << qMakePair(QByteArray("anthropic-version"), QByteArray("2099-01-01"));
    const UpstreamHttpRequest http = out.encodeRequest(r, t);
    QCOMPARE(http.url.toString(), QStringLiteral("https://api.minimax.io/anthropic/v1/messages"));
    QCOMPARE(http.header("x-api-key"), QByteArray("key1"));
    QCOMPARE(http.header("Authorization"), QByteArray("Bearer key1"));
    QCOMPARE(http.header("anthropic-version"), QByteArray("2099-01-01")); // provider headers win
    QCOMPARE(http.header("x-custom"), QByteArray("v"));
    QCOMPARE(http.header("content-type"), QByteArray("application/json"));
    const QJsonObject body = parse(http.body);
    QCOMPARE(body["model"].toString(), QStringLiteral("MiniMax-M2"));
    QCOMPARE(body["max_tokens"].toInt(), 8192);
    QCOMPARE(body["system"].toString(), QStringLiteral("sys"));
    QCOMPARE(body["messages"][0]["content"].toString(), QStringLiteral("hi"));
    QCOMPARE(body["metadata"]["user_id"].toString(), QStringLiteral("u1"));
    QVERIFY(body["stream"].toBool());
    QVERIFY(!body.contains("logit_bias"));
    QVERIFY(!body.contains("thinking"));
    // no authHeader → no Authorization
    t.authHeader = false;
    QVERIFY(out.encodeRequest(r, t).header("authorization").isEmpty());
    // OpenAI reasoning_effort becomes a thinking budget on reasoning models
    r.reasoningEffort = "high";
    t.reasoning = true;
    r.maxTokens = 32000;
    const QJsonObject thinking = parse(out.encodeRequest(r, t).body)["thinking"].toObject();
    QCOMPARE(thinking["type"].toString(), QStringLiteral("enabled"));
    QCOMPARE(thinking["budget_tokens"].toInt(), 16384);
    // ids that Anthropic would reject are sanitised the same way in tool_use and tool_result
    ChatMessage a;
    a.role = ChatMessage::Role::Assistant;
    a.content << ContentBlock::makeToolUse("functions.read:0", "read", {});
    ChatMessage res;
    res.content << ContentBlock::makeToolResult("functions.read:0", "ok");
    r.messages << a << res;
    const QJsonArray msgs = parse(out.encodeRequest(r, t).body)["messages"].toArray();
    QCOMPARE(msgs[1]["content"][0]["id"].toString(), QStringLiteral("functions_read_0"));
    QCOMPARE(msgs[2]["content"][0]["tool_use_id"].toString(), QStringLiteral("functions_read_0"));
}

void TestAnthropicCodec::sameApiIsLossless()
{
    const QByteArray body =
        R"({"model":"claude","max_tokens":100,"messages":[{"role":"user","content":[{"type":"text","text":"hi","cache_control":{"type":"ephemeral"}}]},{"role":"assistant","content":"hello"}],"metadata":{"user_id":"x"},"service_tier":"standard_only","stream":false,"system":[{"type":"text","text":"S"}],"tools":[{"type":"web_search_20250305","name":"web_search","max_uses":2},{"name":"t","input_schema":{"type":"object"},"cache_control":{"type":"ephemeral"}}]})";
    ApiError error;
    const auto r = in.decodeRequest(body, &error);
    QVERIFY2(r, qPrintable(error.message));
    UpstreamTarget t;
    t.modelId = "claude";
    t.baseUrl = "https://api.anthropic.com";
    QCOMPARE(parse(out.encodeRequest(*r, t).body), parse(body));
}

void TestAnthropicCodec::decodeResponse()
{
    const QByteArray body = R"({"id":"msg_1","type":"message","role":"assistant","model":"claude-opus-4-5",
      "content":[{"type":"thinking","thinking":"t","signature":"s"},{"type":"text","text":"Hi"},
                 {"type":"tool_use","id":"toolu_9","name":"Bash","input":{"command":"ls"}}],
      "stop_reason":"tool_use","stop_sequence":null,
      "usage":{"input_tokens":100,"output_tokens":50,"cache_read_input_tokens":30,"cache_creation_input_tokens":20}})";
    ApiError error;
    const auto r = out.decodeResponse(body, &error);
    QVERIFY(r);
    QCOMPARE(r->id, QStringLiteral("msg_1"));
    QCOMPARE(r->model, QStringLiteral("claude-opus-4-5"));
    QCOMPARE(r->stopReason, StopReason::ToolUse);
    QCOMPARE(r->usage, (Usage{100, 50, 30, 20, 0}));
    QCOMPARE(r->content.size(), 3);
    QCOMPARE(r->content[0].signature, QStringLiteral("s"));
    QCOMPARE(r->content[2].input["command"].toString(), QStringLiteral("ls"));
    // and back out to an Anthropic client unchanged
    QCOMPARE(parse(in.encodeResponse(*r)), parse(body));
    for (const char *reason : {"end_turn", "max_tokens", "stop_sequence", "refusal"}) {
        QByteArray b = body;
        b.replace("\"tool_use\",\"stop_sequence\"", QByteArray("\"") + reason + "\",\"stop_sequence\"");
        QCOMPARE(parse(in.encodeResponse(*out.decodeResponse(b, &error)))["stop_reason"].toString(),
                 QString::fromLatin1(reason));
    }
    QVERIFY(!out.decodeResponse("<html>", &error));
    QCOMPARE(error.httpStatus, 502);
}

void TestAnthropicCodec::decodeError_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("kind");
    QTest::addRow("401")
        << 401
        << QByteArray(
               R"j({"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key (mock)"}})j")
        << "HTTP 401 authentication_error: invalid x-api-key (mock)" << int(ApiError::Kind::Authentication);
    QTest::addRow("500")
        << 500
        << QByteArray(
               R"j({"type":"error","error":{"type":"api_error","message":"Internal server error (mock)"}})j")
        << "HTTP 500 api_error: Internal server error (mock)" << int(ApiError::Kind::Api);
    QTest::addRow("429")
        << 429
        << QByteArray(
               R"j({"type":"error","error":{"type":"rate_limit_error","message":"Rate limit exceeded (mock)"}})j")
        << "HTTP 429 rate_limit_error: Rate limit exceeded (mock)" << int(ApiError::Kind::RateLimit);
    QTest::addRow("529")
        << 529 << QByteArray(R"({"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}})")
        << "HTTP 529 overloaded_error: Overloaded" << int(ApiError::Kind::Overloaded);
    QTest::addRow("plain text") << 502 << QByteArray("Bad Gateway") << "HTTP 502: Bad Gateway"
                                << int(ApiError::Kind::Api);
}

void TestAnthropicCodec::decodeError()
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

void TestAnthropicCodec::streamEncoderShape()
{
    ChatResponse r;
    r.id = "abc";
    r.model = "m";
    r.content << ContentBlock::makeThinking("why", "sig") << ContentBlock::makeText("Hi");
    r.usage.input = 5;
    r.usage.output = 2;
    auto enc = in.createStreamEncoder();
    QByteArray sse;
    for (const StreamEvent &e : responseToEvents(r))
        sse += enc->encode(e);
    QCOMPARE(enc->encode(StreamEvent::messageStop()), QByteArray()); // nothing after the end
    QStringList names;
    for (const SseEvent &e : sseEvents(sse))
        names << QString::fromUtf8(e.event);
    QCOMPARE(names,
             (QStringList{"message_start", "content_block_start", "content_block_delta",
                          "content_block_delta", "content_block_stop", "content_block_start",
                          "content_block_delta", "content_block_stop", "message_delta", "message_stop"}));
    const QList<SseEvent> events = sseEvents(sse);
    QCOMPARE(parse(events[0].data)["message"].toObject()["id"].toString(), QStringLiteral("msg_abc"));
    QCOMPARE(parse(events[3].data)["delta"].toObject()["type"].toString(), QStringLiteral("signature_delta"));
    QCOMPARE(parse(events[6].data)["index"].toInt(), 1);
    // a mid-stream error ends the stream in Anthropic's format
    auto enc2 = in.createStreamEncoder();
    enc2->encode(StreamEvent::messageStart("x", "m"));
    const QByteArray err = enc2->encodeError(ApiError::fromStatus(529, "Overloaded"));
    QCOMPARE(
        err,
        QByteArray(
            "event: error\ndata: "
            "{\"error\":{\"message\":\"Overloaded\",\"type\":\"overloaded_error\"},\"type\":\"error\"}\n\n"));
    QVERIFY(enc2->encode(StreamEvent::messageStop()).isEmpty());
}

QTEST_GUILESS_MAIN(TestAnthropicCodec)
#include "tst_anthropiccodec.moc"
