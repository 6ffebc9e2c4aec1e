// All nine inbound × outbound paths, streamed and not, for a text answer and a tool call:
// client request → internal → upstream request (checked) ; canned upstream answer → internal →
// client answer (checked field by field as the client's SDK would read it).
#include "codec.h"
#include "protocoltestutil.h"

#include <QJsonArray>

using namespace clawdesk;
using namespace clawdesk::testutil;

Q_DECLARE_METATYPE(clawdesk::WireApi)

namespace {

const QString kText = QStringLiteral("Hello! How can I help?");

/// A conversation with a system prompt, a finished tool round trip (id "call_prev_1") and a new
/// user question, plus one tool definition — in the client's own api.
QByteArray clientRequest(WireApi api, bool stream)
{
    const QJsonObject schema{{"type", "object"},
                             {"properties", QJsonObject{{"city", QJsonObject{{"type", "string"}}}}},
                             {"required", QJsonArray{"city"}}};
    QJsonObject body;
    switch (api) {
    case WireApi::AnthropicMessages:
        body = QJsonObject{
            {"model", "claude-sonnet-4-5"},
            {"max_tokens", 1024},
            {"system", "Be brief."},
            {"stream", stream},
            {"tools", QJsonArray{QJsonObject{
                          {"name", "get_weather"}, {"description", "Weather"}, {"input_schema", schema}}}},
            {"messages",
             QJsonArray{
                 QJsonObject{{"role", "user"}, {"content", "Weather in Rome?"}},
                 QJsonObject{{"role", "assistant"},
                             {"content", QJsonArray{QJsonObject{{"type", "tool_use"},
                                                                {"id", "call_prev_1"},
                                                                {"name", "get_weather"},
                                                                {"input", QJsonObject{{"city", "Rome"}}}}}}},
                 QJsonObject{
                     {"role", "user"},
                     {"content", QJsonArray{QJsonObject{{"type", "tool_result"},
                                                        {"tool_use_id", "call_prev_1"},
                                                        {"content", "Sunny"}},
                                            QJsonObject{{"type", "text"}, {"text", "And in Paris?"}}}}}}}};
        break;
    case WireApi::OpenAIChat:
        body = QJsonObject{
            {"model", "gpt-4o"},
            {"max_tokens", 1024},
            {"stream", stream},
            {"tools", QJsonArray{QJsonObject{{"type", "function"},
                                             {"function", QJsonObject{{"name", "get_weather"},
                                                                      {"description", "Weather"},
                                                                      {"parameters", schema}}}}}},
            {"messages",
             QJsonArray{QJsonObject{{"role", "system"}, {"content", "Be brief."}},
                        QJsonObject{{"role", "user"}, {"content", "Weather in Rome?"}},
                        QJsonObject{{"role", "assistant"},
                                    {"content", QJsonValue::Null},
                                    {"tool_calls",
                                     QJsonArray{QJsonObject{
                                         {"id", "call_prev_1"},
                                         {"type", "function"},
                                         {"function", QJsonObject{{"name", "get_weather"},
                                                                  {"arguments", "{\"city\":\"Rome\"}"}}}}}}},
                        QJsonObject{{"role", "tool"}, {"tool_call_id", "call_prev_1"}, {"content", "Sunny"}},
                        QJsonObject{{"role", "user"}, {"content", "And in Paris?"}}}}};
        if (stream)
            body.insert("stream_options", QJsonObject{{"include_usage", true}});
        break;
    case WireApi::OpenAIResponses:
        body =
            QJsonObject{{"model", "gpt-4.1"},
                        {"max_output_tokens", 1024},
                        {"instructions", "Be brief."},
                        {"stream", stream},
                        {"tools", QJsonArray{QJsonObject{{"type", "function"},
                                                         {"name", "get_weather"},
                                                         {"description", "Weather"},
                                                         {"parameters", schema}}}},
                        {"input", QJsonArray{QJsonObject{{"role", "user"}, {"content", "Weather in Rome?"}},
                                             QJsonObject{{"type", "function_call"},
                                                         {"id", "fc_prev_1"},
                                                         {"call_id", "call_prev_1"},
                                                         {"name", "get_weather"},
                                                         {"arguments", "{\"city\":\"Rome\"}"}},
                                             QJsonObject{{"type", "function_call_output"},
                                                         {"call_id", "call_prev_1"},
                                                         {"output", "Sunny"}},
                                             QJsonObject{{"role", "user"}, {"content", "And in Paris?"}}}}};
        break;
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

/// What a client ends up with, whatever its api.
struct ClientView
{
    QString text;
    QString toolId;
    QString toolName;
    QJsonObject arguments;
    QString stop; ///< normalised: "end" or "tool"
    qint64 input = -1;
    qint64 output = -1;
};

ClientView readAnthropic(const QJsonObject &m)
{
    ClientView v;
    for (const QJsonValue &b : m["content"].toArray()) {
        if (b["type"] == "text")
            v.text += b["text"].toString();
        if (b["type"] == "tool_use") {
            v.toolId = b["id"].toString();
            v.toolName = b["name"].toString();
            v.arguments = b["input"].toObject();
        }
    }
    v.stop = m["stop_reason"] == "tool_use" ? "tool" : (m["stop_reason"] == "end_turn" ? "end" : "?");
    v.input = m["usage"]["input_tokens"].toInteger();
    v.output = m["usage"]["output_tokens"].toInteger();
    return v;
}

ClientView readAnthropicStream(const QByteArray &sse)
{
    ClientView v;
    QString args;
    const QList<SseEvent> events = sseEvents(sse);
    if (events.isEmpty() || events.first().event != "message_start" || events.last().event != "message_stop")
        return v;
    for (const SseEvent &e : events) {
        const QJsonObject o = parse(e.data);
        if (o["type"].toString() != QString::fromUtf8(e.event))
            return {}; // event name and type must agree
        if (e.event == "content_block_start" && o["content_block"]["type"] == "tool_use") {
            v.toolId = o["content_block"]["id"].toString();
            v.toolName = o["content_block"]["name"].toString();
        } else if (e.event == "content_block_delta") {
            v.text += o["delta"]["text"].toString();
            args += o["delta"]["partial_json"].toString();
        } else if (e.event == "message_delta") {
            v.stop = o["delta"]["stop_reason"] == "tool_use"
                         ? "tool"
                         : (o["delta"]["stop_reason"] == "end_turn" ? "end" : "?");
            v.input = o["usage"]["input_tokens"].toInteger();
            v.output = o["usage"]["output_tokens"].toInteger();
        }
    }
    v.arguments = parse(args.toUtf8());
    return v;
}

ClientView readChat(const QJsonObject &o)
{
    ClientView v;
    const QJsonObject choice = o["choices"][0].toObject();
    v.text = choice["message"]["content"].toString();
    const QJsonObject call = choice["message"]["tool_calls"][0].toObject();
    v.toolId = call["id"].toString();
    v.toolName = call["function"]["name"].toString();
    v.arguments = parse(call["function"]["arguments"].toString().toUtf8());
    v.stop =
        choice["finish_reason"] == "tool_calls" ? "tool" : (choice["finish_reason"] == "stop" ? "end" : "?");
    v.input = o["usage"]["prompt_tokens"].toInteger();
    v.output = o["usage"]["completion_tokens"].toInteger();
    return v;
}

ClientView readChatStream(const QByteArray &sse)
{
    ClientView v;
    QString args;
    const QList<SseEvent> events = sseEvents(sse);
    if (events.isEmpty() || events.last().data != "[DONE]")
        return v;
    for (const SseEvent &e : events.mid(0, events.size() - 1)) {
        const QJsonObject o = parse(e.data);
        if (o["object"] != "chat.completion.chunk")
            return {};
        if (o["usage"].isObject()) {
            v.input = o["usage"]["prompt_tokens"].toInteger();
            v.output = o["usage"]["completion_tokens"].toInteger();
        }
        const QJsonObject choice = o["choices"][0].toObject();
        const QJsonObject delta = choice["delta"].toObject();
        v.text += delta["content"].toString();
        for (const QJsonValue &c : delta["tool_calls"].toArray()) {
            if (c["id"].isString())
                v.toolId = c["id"].toString();
            if (c["function"]["name"].isString())
                v.toolName = c["function"]["name"].toString();
            args += c["function"]["arguments"].toString();
        }
        if (choice["finish_reason"].isString())
            v.stop = choice["finish_reason"] == "tool_calls"
                         ? "tool"
                         : (choice["finish_reason"] == "stop" ? "end" : "?");
    }
    v.arguments = parse(args.toUtf8());
    return v;
}

ClientView readResponses(const QJsonObject &r)
{
    ClientView v;
    bool call = false;
    for (const QJsonValue &item : r["output"].toArray()) {
        if (item["type"] == "message") {
            for (const QJsonValue &p : item["content"].toArray())
                v.text += p["text"].toString();
        } else if (item["type"] == "function_call") {
            call = true;
            v.toolId = item["call_id"].toString();
            v.toolName = item["name"].toString();
            v.arguments = parse(item["arguments"].toString().toUtf8());
        }
    }
    v.stop = r["status"] == "completed" ? (call ? "tool" : "end") : "?";
    v.input = r["usage"]["input_tokens"].toInteger();
    v.output = r["usage"]["output_tokens"].toInteger();
    return v;
}

ClientView readResponsesStream(const QByteArray &sse)
{
    const QList<SseEvent> events = sseEvents(sse);
    if (events.isEmpty() || events.first().event != "response.created" ||
        events.last().event != "response.completed")
        return {};
    QString text;
    QString args;
    int sequence = 0;
    for (const SseEvent &e : events) {
        const QJsonObject o = parse(e.data);
        if (o["type"].toString() != QString::fromUtf8(e.event) || o["sequence_number"].toInt() != sequence++)
            return {};
        if (e.event == "response.output_text.delta")
            text += o["delta"].toString();
        if (e.event == "response.function_call_arguments.delta")
            args += o["delta"].toString();
    }
    ClientView v = readResponses(parse(events.last().data)["response"].toObject());
    // The deltas must add up to what the final response says.
    if (text != v.text || (!args.isEmpty() && parse(args.toUtf8()) != v.arguments))
        return {};
    return v;
}

QString upstreamToolId(WireApi out)
{
    switch (out) {
    case WireApi::AnthropicMessages:
        return QStringLiteral("toolu_01A09q90qw90lq917835lq9");
    case WireApi::OpenAIChat:
        return QStringLiteral("call_abc123XYZ");
    case WireApi::OpenAIResponses:
        return QStringLiteral("call_resp456");
    }
    return {};
}

} // namespace

class TestTranslationPaths : public QObject
{
    Q_OBJECT

private slots:
    void paths_data();
    void paths();
};

void TestTranslationPaths::paths_data()
{
    QTest::addColumn<WireApi>("in");
    QTest::addColumn<WireApi>("out");
    QTest::addColumn<bool>("stream");
    QTest::addColumn<bool>("tool");
    const WireApi apis[] = {WireApi::AnthropicMessages, WireApi::OpenAIChat, WireApi::OpenAIResponses};
    for (WireApi in : apis) {
        for (WireApi out : apis) {
            for (bool stream : {false, true}) {
                for (bool tool : {false, true}) {
                    QTest::addRow("%s->%s %s %s", qPrintable(apiTag(in)), qPrintable(apiTag(out)),
                                  stream ? "stream" : "json", tool ? "tool" : "text")
                        << in << out << stream << tool;
                }
            }
        }
    }
}

void TestTranslationPaths::paths()
{
    QFETCH(WireApi, in);
    QFETCH(WireApi, out);
    QFETCH(bool, stream);
    QFETCH(bool, tool);

    // 1. client request → internal
    ApiError error;
    const auto request = inboundCodec(in).decodeRequest(clientRequest(in, stream), &error);
    QVERIFY2(request, qPrintable(error.message));
    QCOMPARE(request->stream, stream);

    // 2. internal → upstream request
    UpstreamTarget target;
    target.modelId = QStringLiteral("up-model");
    target.baseUrl = QStringLiteral("https://upstream.example/base/");
    target.apiKey = QStringLiteral("sk-up");
    const UpstreamHttpRequest http = outboundCodec(out).encodeRequest(*request, target);
    const QJsonObject up = parse(http.body);
    QCOMPARE(up["model"].toString(), QStringLiteral("up-model"));
    QCOMPARE(up["stream"].toBool(), stream);
    switch (out) {
    case WireApi::AnthropicMessages: {
        QCOMPARE(http.url.toString(), QStringLiteral("https://upstream.example/base/v1/messages"));
        QCOMPARE(http.header("x-api-key"), QByteArray("sk-up"));
        QCOMPARE(up["max_tokens"].toInt(), 1024);
        QCOMPARE(up["system"].toString(), QStringLiteral("Be brief."));
        QCOMPARE(up["tools"][0]["name"].toString(), QStringLiteral("get_weather"));
        QCOMPARE(up["tools"][0]["input_schema"]["required"][0].toString(), QStringLiteral("city"));
        const QJsonArray msgs = up["messages"].toArray();
        QCOMPARE(msgs.size(), 3);
        QCOMPARE(msgs[1]["content"][0]["type"].toString(), QStringLiteral("tool_use"));
        QCOMPARE(msgs[1]["content"][0]["id"].toString(), QStringLiteral("call_prev_1"));
        QCOMPARE(msgs[1]["content"][0]["input"]["city"].toString(), QStringLiteral("Rome"));
        QCOMPARE(msgs[2]["content"][0]["tool_use_id"].toString(), QStringLiteral("call_prev_1"));
        QCOMPARE(msgs[2]["content"][0]["content"].toString(), QStringLiteral("Sunny"));
        QCOMPARE(msgs[2]["content"][1]["text"].toString(), QStringLiteral("And in Paris?"));
        break;
    }
    case WireApi::OpenAIChat: {
        QCOMPARE(http.url.toString(), QStringLiteral("https://upstream.example/base/chat/completions"));
        QCOMPARE(http.header("authorization"), QByteArray("Bearer sk-up"));
        QCOMPARE(up["max_completion_tokens"].toInt(), 1024);
        QCOMPARE(up.contains("stream_options"), stream);
        const QJsonArray msgs = up["messages"].toArray();
        QCOMPARE(msgs.size(), 5);
        QCOMPARE(msgs[0]["role"].toString(), QStringLiteral("system"));
        QCOMPARE(msgs[0]["content"].toString(), QStringLiteral("Be brief."));
        QCOMPARE(msgs[2]["tool_calls"][0]["id"].toString(), QStringLiteral("call_prev_1"));
        QCOMPARE(
            parse(msgs[2]["tool_calls"][0]["function"]["arguments"].toString().toUtf8())["city"].toString(),
            QStringLiteral("Rome"));
        QCOMPARE(msgs[3]["role"].toString(), QStringLiteral("tool"));
        QCOMPARE(msgs[3]["tool_call_id"].toString(), QStringLiteral("call_prev_1"));
        QCOMPARE(msgs[4]["content"].toString(), QStringLiteral("And in Paris?"));
        QCOMPARE(up["tools"][0]["function"]["name"].toString(), QStringLiteral("get_weather"));
        break;
    }
    case WireApi::OpenAIResponses: {
        QCOMPARE(http.url.toString(), QStringLiteral("https://upstream.example/base/responses"));
        QCOMPARE(http.header("authorization"), QByteArray("Bearer sk-up"));
        QCOMPARE(up["max_output_tokens"].toInt(), 1024);
        QCOMPARE(up["instructions"].toString(), QStringLiteral("Be brief."));
        const QJsonArray items = up["input"].toArray();
        QCOMPARE(items.size(), 4);
        QCOMPARE(items[1]["type"].toString(), QStringLiteral("function_call"));
        QCOMPARE(items[1]["call_id"].toString(), QStringLiteral("call_prev_1"));
        QCOMPARE(items[2]["type"].toString(), QStringLiteral("function_call_output"));
        QCOMPARE(items[2]["call_id"].toString(), QStringLiteral("call_prev_1"));
        QCOMPARE(items[2]["output"].toString(), QStringLiteral("Sunny"));
        QCOMPARE(up["tools"][0]["name"].toString(), QStringLiteral("get_weather"));
        break;
    }
    }

    // 3. canned upstream answer → internal → client answer
    const QString name = apiTag(out) + (tool ? "_tool" : "_text") + (stream ? ".sse" : ".json");
    const QByteArray upstream = fixture(name);
    ClientView view;
    if (stream) {
        const QList<StreamEvent> events = decodeInChunks(out, upstream, {7});
        auto encoder = inboundCodec(in).createStreamEncoder(*request);
        QByteArray client;
        for (const StreamEvent &e : events)
            client += encoder->encode(e);
        if (in == WireApi::AnthropicMessages)
            view = readAnthropicStream(client);
        else if (in == WireApi::OpenAIChat)
            view = readChatStream(client);
        else
            view = readResponsesStream(client);
        if (view.stop.isEmpty())
            qWarning().noquote() << client;
    } else {
        const auto response = outboundCodec(out).decodeResponse(upstream, &error);
        QVERIFY2(response, qPrintable(error.message));
        const QJsonObject client = parse(inboundCodec(in).encodeResponse(*response));
        if (in == WireApi::AnthropicMessages)
            view = readAnthropic(client);
        else if (in == WireApi::OpenAIChat)
            view = readChat(client);
        else
            view = readResponses(client);
    }
    QCOMPARE(view.stop, tool ? QStringLiteral("tool") : QStringLiteral("end"));
    QCOMPARE(view.input, 20);
    QCOMPARE(view.output, 10);
    if (tool) {
        QCOMPARE(view.toolId, upstreamToolId(out)); // the id round-trips unchanged
        QCOMPARE(view.toolName, QStringLiteral("get_weather"));
        QCOMPARE(view.arguments, (QJsonObject{{"city", "Paris"}}));
        QVERIFY(view.text.isEmpty());
    } else {
        QCOMPARE(view.text, kText);
        QVERIFY(view.toolId.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestTranslationPaths)
#include "tst_translationpaths.moc"
