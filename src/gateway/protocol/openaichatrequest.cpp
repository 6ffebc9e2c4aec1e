#include "openaichatformat.h"

#include "jsonhelpers.h"
#include "openaicommon.h"

#include <QJsonArray>

namespace clawdesk::openaichat {

namespace {

QString at(const QString &path, qsizetype i)
{
    return QStringLiteral("%1[%2]").arg(path).arg(i);
}

/// Content of a user/system/tool message: a string or an array of parts. Parts the internal form has
/// no place for are left out and named in @p notes.
bool parseContent(const QJsonValue &content, const QString &path, bool allowImages, QList<ContentBlock> *out,
                  bool *wasString, QStringList *notes, ApiError *error)
{
    if (content.isString()) {
        out->append(ContentBlock::makeText(content.toString()));
        if (wasString)
            *wasString = true;
        return true;
    }
    if (!content.isArray())
        return json::fail(error, path, QStringLiteral("expected a string or an array of content parts"));
    const QJsonArray parts = content.toArray();
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString p = at(path, i);
        const QJsonObject part = parts.at(i).toObject();
        if (!parts.at(i).isObject())
            return json::fail(error, p, QStringLiteral("expected an object"));
        const QString type = part.value(QLatin1String("type")).toString();
        if (type == QLatin1String("text")) {
            if (!part.value(QLatin1String("text")).isString())
                return json::fail(error, p + QStringLiteral(".text"), QStringLiteral("expected a string"));
            out->append(ContentBlock::makeText(part.value(QLatin1String("text")).toString()));
        } else if (type == QLatin1String("image_url") && allowImages) {
            const QJsonValue image = part.value(QLatin1String("image_url"));
            // Both {"image_url":{"url":…}} and the older {"image_url":"…"} are accepted.
            const QJsonValue url = image.isObject() ? image.toObject().value(QLatin1String("url")) : image;
            if (!url.isString())
                return json::fail(error, p + QStringLiteral(".image_url.url"), QStringLiteral("required"));
            out->append(openai::imageFromUrl(url.toString()));
        } else if (type == QLatin1String("file") && allowImages) {
            const QJsonObject file = part.value(QLatin1String("file")).toObject();
            out->append(openai::documentFromFile(file.value(QLatin1String("file_data")).toString(), QString(),
                                                 file.value(QLatin1String("filename")).toString()));
            notes->append(p + QStringLiteral(" file → the target's document input"));
        } else {
            notes->append(QStringLiteral("%1 %2 dropped").arg(p, type));
        }
    }
    return true;
}

bool parseToolCalls(const QJsonValue &value, const QString &path, ChatMessage *m, ApiError *error)
{
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray())
        return json::fail(error, path, QStringLiteral("expected an array"));
    const QJsonArray calls = value.toArray();
    for (qsizetype i = 0; i < calls.size(); ++i) {
        const QString p = at(path, i);
        const QJsonObject call = calls.at(i).toObject();
        if (!call.value(QLatin1String("id")).isString())
            return json::fail(error, p + QStringLiteral(".id"), QStringLiteral("required"));
        const QJsonObject fn = call.value(QLatin1String("function")).toObject();
        if (!fn.value(QLatin1String("name")).isString())
            return json::fail(error, p + QStringLiteral(".function.name"), QStringLiteral("required"));
        const QJsonValue args = fn.value(QLatin1String("arguments"));
        if (!args.isUndefined() && !args.isNull() && !args.isString())
            return json::fail(error, p + QStringLiteral(".function.arguments"),
                              QStringLiteral("expected a string"));
        ContentBlock b = ContentBlock::makeToolUse(call.value(QLatin1String("id")).toString(),
                                                   fn.value(QLatin1String("name")).toString(), {});
        const QString text = args.toString();
        if (const auto parsed = json::parseObjectText(text))
            b.input = *parsed;
        else if (!text.trimmed().isEmpty())
            b.rawArguments = text; // kept verbatim; Anthropic upstreams get {}
        m->content << b;
    }
    return true;
}

bool parseMessage(const QJsonObject &o, const QString &path, ChatRequest *r, ApiError *error)
{
    const QString role = o.value(QLatin1String("role")).toString();
    const QJsonValue content = o.value(QLatin1String("content"));
    const QString contentPath = path + QStringLiteral(".content");
    QStringList *notes = &r->degradations;
    if (role == QLatin1String("system") || role == QLatin1String("developer")) {
        QList<ContentBlock> blocks;
        if (!parseContent(content, contentPath, false, &blocks, nullptr, notes, error))
            return false;
        if (!r->messages.isEmpty()) {
            // An instruction given later in the conversation stays at its place.
            ChatMessage m;
            m.role = ChatMessage::Role::System;
            m.content = blocks;
            r->messages << m;
            notes->append(path + QStringLiteral(" system message → system text at that point"));
            return true;
        }
        r->system << blocks;
        if (role == QLatin1String("developer"))
            r->extra.insert(QLatin1String("__developer"),
                            true); // re-emitted as developer for OpenAI upstreams
        return true;
    }
    if (role == QLatin1String("user")) {
        ChatMessage m;
        if (content.isUndefined() || content.isNull())
            return json::fail(error, contentPath, QStringLiteral("required"));
        if (!parseContent(content, contentPath, true, &m.content, &m.contentWasString, notes, error))
            return false;
        r->messages << m;
        return true;
    }
    if (role == QLatin1String("assistant")) {
        ChatMessage m;
        m.role = ChatMessage::Role::Assistant;
        const QJsonValue reasoning = o.value(QLatin1String("reasoning_content"));
        if (reasoning.isString() && !reasoning.toString().isEmpty())
            m.content << ContentBlock::makeThinking(reasoning.toString());
        if (!content.isUndefined() && !content.isNull()) {
            QList<ContentBlock> blocks;
            bool wasString = false;
            if (!parseContent(content, contentPath, false, &blocks, &wasString, notes, error))
                return false;
            for (const ContentBlock &b : blocks) {
                if (!b.text.isEmpty())
                    m.content << b;
            }
            m.contentWasString = wasString;
        }
        if (!parseToolCalls(o.value(QLatin1String("tool_calls")), path + QStringLiteral(".tool_calls"), &m,
                            error))
            return false;
        r->messages << m;
        return true;
    }
    if (role == QLatin1String("tool")) {
        const QJsonValue id = o.value(QLatin1String("tool_call_id"));
        if (!id.isString())
            return json::fail(error, path + QStringLiteral(".tool_call_id"), QStringLiteral("required"));
        ContentBlock b;
        b.type = ContentBlock::Type::ToolResult;
        b.toolId = id.toString();
        QList<ContentBlock> blocks;
        if (!content.isNull() && !parseContent(content, contentPath, false, &blocks, nullptr, notes, error))
            return false;
        b.result.assign(blocks.begin(), blocks.end());
        // Consecutive tool messages answer one assistant turn: keep them in one user message.
        if (!r->messages.isEmpty() && r->messages.last().role == ChatMessage::Role::User &&
            !r->messages.last().content.isEmpty() &&
            r->messages.last().content.last().type == ContentBlock::Type::ToolResult) {
            r->messages.last().content << b;
        } else {
            ChatMessage m;
            m.content << b;
            r->messages << m;
        }
        return true;
    }
    return json::fail(
        error, path + QStringLiteral(".role"),
        QStringLiteral("expected \"system\", \"developer\", \"user\", \"assistant\" or \"tool\""));
}

bool parseTools(const QJsonValue &value, ChatRequest *r, ApiError *error)
{
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray())
        return json::fail(error, QStringLiteral("tools"), QStringLiteral("expected an array"));
    const QJsonArray tools = value.toArray();
    for (qsizetype i = 0; i < tools.size(); ++i) {
        const QString p = at(QStringLiteral("tools"), i);
        const QJsonObject o = tools.at(i).toObject();
        const QString type = o.value(QLatin1String("type")).toString();
        if (type != QLatin1String("function")) {
            r->degradations << QStringLiteral("%1 %2 dropped").arg(p, type);
            continue;
        }
        const QJsonObject fn = o.value(QLatin1String("function")).toObject();
        if (!fn.value(QLatin1String("name")).isString())
            return json::fail(error, p + QStringLiteral(".function.name"), QStringLiteral("required"));
        ToolDefinition t;
        t.name = fn.value(QLatin1String("name")).toString();
        t.description = fn.value(QLatin1String("description")).toString();
        t.inputSchema = fn.value(QLatin1String("parameters")).toObject();
        t.extra = json::without(fn, {"name", "description", "parameters"});
        r->tools << t;
    }
    return true;
}

bool parseToolChoice(const QJsonValue &value, ChatRequest *r, ApiError *)
{
    ToolChoice &c = r->toolChoice;
    if (value.isUndefined() || value.isNull())
        return true;
    if (value.isString()) {
        const QString s = value.toString();
        if (s == QLatin1String("auto"))
            c.mode = ToolChoice::Mode::Auto;
        else if (s == QLatin1String("none"))
            c.mode = ToolChoice::Mode::None;
        else if (s == QLatin1String("required"))
            c.mode = ToolChoice::Mode::Any;
        else
            r->degradations << QStringLiteral("tool_choice %1 dropped").arg(s);
        return true;
    }
    const QString name =
        value.toObject().value(QLatin1String("function")).toObject().value(QLatin1String("name")).toString();
    if (!value.isObject() || name.isEmpty()) {
        r->degradations << QStringLiteral("tool_choice %1 dropped")
                               .arg(value.toObject().value(QLatin1String("type")).toString());
        return true;
    }
    c.mode = ToolChoice::Mode::Tool;
    c.name = name;
    return true;
}

bool optionalNumber(const QJsonObject &body, const char *key, std::optional<double> *out, ApiError *error)
{
    const QJsonValue v = body.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isDouble())
        return json::fail(error, QLatin1String(key), QStringLiteral("expected a number"));
    *out = v.toDouble();
    return true;
}

bool parseScalars(const QJsonObject &body, ChatRequest *r, ApiError *error)
{
    for (const char *key : {"max_completion_tokens", "max_tokens"}) {
        const QJsonValue v = body.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            continue;
        if (!json::isInteger(v))
            return json::fail(error, QLatin1String(key), QStringLiteral("expected an integer"));
        if (v.toDouble() < 1)
            return json::fail(error, QLatin1String(key), QStringLiteral("must be at least 1"));
        if (!r->maxTokens)
            r->maxTokens = v.toInt();
    }
    if (!optionalNumber(body, "temperature", &r->temperature, error) ||
        !optionalNumber(body, "top_p", &r->topP, error))
        return false;
    const QJsonValue stop = body.value(QLatin1String("stop"));
    if (stop.isString()) {
        r->stopSequences << stop.toString();
    } else if (stop.isArray()) {
        for (const QJsonValue &s : stop.toArray()) {
            if (!s.isString())
                return json::fail(error, QStringLiteral("stop"),
                                  QStringLiteral("expected a string or an array of strings"));
            r->stopSequences << s.toString();
        }
    } else if (!stop.isUndefined() && !stop.isNull()) {
        return json::fail(error, QStringLiteral("stop"),
                          QStringLiteral("expected a string or an array of strings"));
    }
    const QJsonValue stream = body.value(QLatin1String("stream"));
    if (!stream.isUndefined() && !stream.isNull()) {
        if (!stream.isBool())
            return json::fail(error, QStringLiteral("stream"), QStringLiteral("expected a boolean"));
        r->stream = stream.toBool();
    }
    r->includeUsage =
        body.value(QLatin1String("stream_options")).toObject().value(QLatin1String("include_usage")).toBool();
    const QJsonValue n = body.value(QLatin1String("n"));
    if (!n.isUndefined() && !n.isNull() && n.toDouble() != 1)
        return json::fail(error, QStringLiteral("n"), QStringLiteral("only 1 is supported"));
    const QJsonValue user = body.value(QLatin1String("user"));
    if (!user.isUndefined() && !user.isNull() && !user.isString())
        return json::fail(error, QStringLiteral("user"), QStringLiteral("expected a string"));
    r->user = user.toString();
    r->reasoningEffort = body.value(QLatin1String("reasoning_effort")).toString();
    r->metadata = body.value(QLatin1String("metadata")).toObject();
    if (body.value(QLatin1String("parallel_tool_calls")) == QJsonValue(false))
        r->toolChoice.disableParallelToolUse = true;
    return true;
}

} // namespace

std::optional<ChatRequest> requestFromJson(const QJsonObject &body, ApiError *error)
{
    ChatRequest r;
    r.sourceApi = WireApi::OpenAIChat;
    r.systemWasString = true;
    const QJsonValue model = body.value(QLatin1String("model"));
    if (model.isUndefined() || model.isNull()) {
        json::fail(error, QStringLiteral("model"), QStringLiteral("required"));
        return std::nullopt;
    }
    if (!model.isString()) {
        json::fail(error, QStringLiteral("model"), QStringLiteral("expected a string"));
        return std::nullopt;
    }
    r.model = model.toString();
    const QJsonValue messages = body.value(QLatin1String("messages"));
    if (messages.isUndefined()) {
        json::fail(error, QStringLiteral("messages"), QStringLiteral("required"));
        return std::nullopt;
    }
    if (!messages.isArray()) {
        json::fail(error, QStringLiteral("messages"), QStringLiteral("expected an array"));
        return std::nullopt;
    }
    if (messages.toArray().isEmpty()) {
        json::fail(error, QStringLiteral("messages"), QStringLiteral("must not be empty"));
        return std::nullopt;
    }
    const QJsonArray arr = messages.toArray();
    for (qsizetype i = 0; i < arr.size(); ++i) {
        const QString path = at(QStringLiteral("messages"), i);
        if (!arr.at(i).isObject()) {
            json::fail(error, path, QStringLiteral("expected an object"));
            return std::nullopt;
        }
        if (!parseMessage(arr.at(i).toObject(), path, &r, error))
            return std::nullopt;
    }
    if (!parseScalars(body, &r, error) || !parseTools(body.value(QLatin1String("tools")), &r, error) ||
        !parseToolChoice(body.value(QLatin1String("tool_choice")), &r, error))
        return std::nullopt;
    json::mergeMissing(
        r.extra,
        json::without(body, {"model", "messages", "max_completion_tokens", "max_tokens", "temperature",
                             "top_p", "stop", "stream", "stream_options", "n", "user", "reasoning_effort",
                             "metadata", "parallel_tool_calls", "tools", "tool_choice"}));
    return r;
}

namespace {

QJsonValue userContent(const QList<ContentBlock> &blocks)
{
    if (blocks.size() == 1 && blocks.front().type == ContentBlock::Type::Text)
        return blocks.front().text; // the most widely supported shape
    QJsonArray parts;
    for (const ContentBlock &b : blocks) {
        if (b.type == ContentBlock::Type::Text) {
            parts.append(
                QJsonObject{{QLatin1String("type"), QLatin1String("text")}, {QLatin1String("text"), b.text}});
        } else if (b.type == ContentBlock::Type::Image) {
            parts.append(QJsonObject{
                {QLatin1String("type"), QLatin1String("image_url")},
                {QLatin1String("image_url"), QJsonObject{{QLatin1String("url"), openai::imageUrl(b)}}}});
        } else if (b.type == ContentBlock::Type::Document && !b.data.isEmpty()) {
            QJsonObject file{{QLatin1String("file_data"), openai::documentDataUrl(b)}};
            file.insert(QLatin1String("filename"),
                        b.title.isEmpty() ? QStringLiteral("document.pdf") : b.title);
            parts.append(
                QJsonObject{{QLatin1String("type"), QLatin1String("file")}, {QLatin1String("file"), file}});
        } else if (b.type == ContentBlock::Type::Document) {
            parts.append(QJsonObject{{QLatin1String("type"), QLatin1String("text")},
                                     {QLatin1String("text"), openai::documentAsText(b)}});
        }
    }
    return parts;
}

void appendUser(const ChatMessage &m, QJsonArray *out)
{
    QList<ContentBlock> pending;
    auto flush = [&] {
        if (!pending.isEmpty())
            out->append(QJsonObject{{QLatin1String("role"), QLatin1String("user")},
                                    {QLatin1String("content"), userContent(pending)}});
        pending.clear();
    };
    for (const ContentBlock &b : m.content) {
        if (b.type == ContentBlock::Type::ToolResult) {
            flush();
            QString text = b.resultText();
            if (b.isError && !text.startsWith(QLatin1String("Error")))
                text = QStringLiteral("Error: ") + text; // OpenAI has no is_error flag
            out->append(QJsonObject{{QLatin1String("role"), QLatin1String("tool")},
                                    {QLatin1String("tool_call_id"), b.toolId},
                                    {QLatin1String("content"), text}});
        } else if (b.type == ContentBlock::Type::Text || b.type == ContentBlock::Type::Image ||
                   b.type == ContentBlock::Type::Document) {
            pending << b;
        }
    }
    flush();
}

void appendAssistant(const ChatMessage &m, bool same, QJsonArray *out)
{
    QStringList texts;
    QString reasoning;
    QJsonArray calls;
    for (const ContentBlock &b : m.content) {
        if (b.type == ContentBlock::Type::Text) {
            texts << b.text;
        } else if (b.type == ContentBlock::Type::ToolUse) {
            calls.append(QJsonObject{
                {QLatin1String("id"), b.toolId},
                {QLatin1String("type"), QLatin1String("function")},
                {QLatin1String("function"), QJsonObject{{QLatin1String("name"), b.toolName},
                                                        {QLatin1String("arguments"), b.argumentsJson()}}}});
        } else if (b.type == ContentBlock::Type::Thinking) {
            reasoning += b.text;
        }
    }
    QJsonObject msg{{QLatin1String("role"), QLatin1String("assistant")}};
    msg.insert(QLatin1String("content"),
               texts.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(texts.join(QString())));
    if (!calls.isEmpty())
        msg.insert(QLatin1String("tool_calls"), calls);
    // Reasoning goes back only to OpenAI-format clients' own upstream; several providers reject it.
    if (same && !reasoning.isEmpty())
        msg.insert(QLatin1String("reasoning_content"), reasoning);
    out->append(msg);
}

QJsonValue toolChoiceJson(const ToolChoice &c)
{
    switch (c.mode) {
    case ToolChoice::Mode::Auto:
        return QStringLiteral("auto");
    case ToolChoice::Mode::Any:
        return QStringLiteral("required");
    case ToolChoice::Mode::None:
        return QStringLiteral("none");
    case ToolChoice::Mode::Tool:
        return QJsonObject{{QLatin1String("type"), QLatin1String("function")},
                           {QLatin1String("function"), QJsonObject{{QLatin1String("name"), c.name}}}};
    case ToolChoice::Mode::Unset:
        break;
    }
    return QJsonValue(QJsonValue::Undefined);
}

} // namespace

QJsonObject requestToJson(const ChatRequest &request, const UpstreamTarget &target)
{
    const bool same = request.sourceApi == WireApi::OpenAIChat;
    QJsonObject o;
    o.insert(QLatin1String("model"), target.modelId.isEmpty() ? request.model : target.modelId);
    QJsonArray messages;
    if (!request.system.isEmpty()) {
        const bool developer = (target.supportsDeveloperRole && target.reasoning) ||
                               (same && request.extra.value(QLatin1String("__developer")).toBool());
        messages.append(QJsonObject{
            {QLatin1String("role"), developer ? QLatin1String("developer") : QLatin1String("system")},
            {QLatin1String("content"), request.systemText()}});
    }
    for (const ChatMessage &m : request.messages) {
        if (m.role == ChatMessage::Role::User) {
            appendUser(m, &messages);
        } else if (m.role == ChatMessage::Role::System) {
            ChatRequest text;
            text.system = m.content;
            messages.append(QJsonObject{{QLatin1String("role"), QLatin1String("system")},
                                        {QLatin1String("content"), text.systemText()}});
        } else {
            appendAssistant(m, same, &messages);
        }
    }
    o.insert(QLatin1String("messages"), messages);
    o.insert(QLatin1String("stream"), request.stream);
    if (request.stream)
        o.insert(QLatin1String("stream_options"), QJsonObject{{QLatin1String("include_usage"), true}});
    const QString maxField = target.maxTokensField == QLatin1String("max_tokens")
                                 ? QStringLiteral("max_tokens")
                                 : QStringLiteral("max_completion_tokens");
    if (request.maxTokens) // a cap only when the client set one
        o.insert(maxField, *request.maxTokens);
    if (request.temperature)
        o.insert(QLatin1String("temperature"), *request.temperature);
    if (request.topP)
        o.insert(QLatin1String("top_p"), *request.topP);
    if (!request.stopSequences.isEmpty())
        o.insert(QLatin1String("stop"), QJsonArray::fromStringList(request.stopSequences));
    QJsonArray tools;
    for (const ToolDefinition &t : request.tools) {
        if (t.inputSchema.isEmpty() && t.extra.contains(QLatin1String("type")))
            continue; // an Anthropic server tool has no OpenAI equivalent
        QJsonObject fn{{QLatin1String("name"), t.name}};
        if (!t.description.isEmpty())
            fn.insert(QLatin1String("description"), t.description);
        fn.insert(QLatin1String("parameters"),
                  t.inputSchema.isEmpty() ? QJsonObject{{QLatin1String("type"), QLatin1String("object")}}
                                          : t.inputSchema);
        if (same)
            json::mergeMissing(fn, t.extra);
        tools.append(
            QJsonObject{{QLatin1String("type"), QLatin1String("function")}, {QLatin1String("function"), fn}});
    }
    if (!tools.isEmpty()) {
        o.insert(QLatin1String("tools"), tools);
        const QJsonValue choice = toolChoiceJson(request.toolChoice);
        if (!choice.isUndefined())
            o.insert(QLatin1String("tool_choice"), choice);
        if (request.toolChoice.disableParallelToolUse)
            o.insert(QLatin1String("parallel_tool_calls"), false);
    }
    if (!request.user.isEmpty())
        o.insert(QLatin1String("user"), request.user);
    if (const QString effort = openai::effortFor(request, target.reasoning); !effort.isEmpty())
        o.insert(QLatin1String("reasoning_effort"), effort);
    if (same) {
        if (!request.metadata.isEmpty())
            o.insert(QLatin1String("metadata"), request.metadata);
        json::mergeMissing(o, json::without(request.extra, {"__developer"}));
    }
    return o;
}

} // namespace clawdesk::openaichat
