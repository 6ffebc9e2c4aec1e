#include "openairesponsesformat.h"

#include "jsonhelpers.h"
#include "openaicommon.h"

namespace clawdesk::openairesponses {

namespace {

QString at(const QString &path, qsizetype i)
{
    return QStringLiteral("%1[%2]").arg(path).arg(i);
}

/// Parts the internal form has no place for are left out and named in @p notes.
bool parseParts(const QJsonValue &content, const QString &path, QList<ContentBlock> *out, bool *wasString,
                QStringList *notes, ApiError *error)
{
    if (content.isString()) {
        out->append(ContentBlock::makeText(content.toString()));
        *wasString = true;
        return true;
    }
    if (!content.isArray())
        return json::fail(error, path, QStringLiteral("expected a string or an array of content parts"));
    const QJsonArray parts = content.toArray();
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString p = at(path, i);
        const QJsonObject part = parts.at(i).toObject();
        const QString type = part.value(QLatin1String("type")).toString();
        if (type == QLatin1String("input_text") || type == QLatin1String("output_text") ||
            type == QLatin1String("text") || type == QLatin1String("refusal")) {
            const QJsonValue text = part.value(type == QLatin1String("refusal") ? QLatin1String("refusal")
                                                                                : QLatin1String("text"));
            if (!text.isString())
                return json::fail(error, p + QStringLiteral(".text"), QStringLiteral("expected a string"));
            out->append(ContentBlock::makeText(text.toString()));
        } else if (type == QLatin1String("input_image") &&
                   part.value(QLatin1String("image_url")).isString()) {
            out->append(openai::imageFromUrl(part.value(QLatin1String("image_url")).toString()));
        } else if (type == QLatin1String("input_file") &&
                   (part.value(QLatin1String("file_data")).isString() ||
                    part.value(QLatin1String("file_url")).isString())) {
            out->append(openai::documentFromFile(part.value(QLatin1String("file_data")).toString(),
                                                 part.value(QLatin1String("file_url")).toString(),
                                                 part.value(QLatin1String("filename")).toString()));
            notes->append(p + QStringLiteral(" input_file → the target's document input"));
        } else {
            notes->append(QStringLiteral("%1 %2 dropped").arg(p, type)); // file_id parts, audio …
        }
    }
    return true;
}

/// Assistant-side items (assistant messages, function calls, reasoning) of one turn share one
/// internal assistant message; function_call_output items share one user message.
ChatMessage &turn(ChatRequest *r, ChatMessage::Role role, bool mergeable)
{
    if (mergeable && !r->messages.isEmpty() && r->messages.last().role == role)
        return r->messages.last();
    ChatMessage m;
    m.role = role;
    r->messages << m;
    return r->messages.last();
}

bool requireString(const QJsonObject &o, const char *key, const QString &path, QString *out, ApiError *error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isString())
        return json::fail(error, path + QLatin1Char('.') + QLatin1String(key), QStringLiteral("required"));
    *out = v.toString();
    return true;
}

bool parseItem(const QJsonObject &item, const QString &path, ChatRequest *r, ApiError *error)
{
    QString type = item.value(QLatin1String("type")).toString();
    if (type.isEmpty() && item.contains(QLatin1String("role")))
        type = QStringLiteral("message");
    if (type == QLatin1String("message")) {
        const QString role = item.value(QLatin1String("role")).toString();
        QList<ContentBlock> blocks;
        bool wasString = false;
        if (!parseParts(item.value(QLatin1String("content")), path + QStringLiteral(".content"), &blocks,
                        &wasString, &r->degradations, error))
            return false;
        if ((role == QLatin1String("system") || role == QLatin1String("developer")) &&
            !r->messages.isEmpty()) {
            // An instruction given later in the conversation stays at its place.
            ChatMessage &m = turn(r, ChatMessage::Role::System, false);
            m.content << blocks;
            r->degradations << path + QStringLiteral(" ") + role +
                                   QStringLiteral(" message → system text at that point");
        } else if (role == QLatin1String("system") || role == QLatin1String("developer")) {
            r->system << blocks;
        } else if (role == QLatin1String("user")) {
            ChatMessage &m = turn(r, ChatMessage::Role::User, false);
            m.content << blocks;
            m.contentWasString = wasString;
        } else if (role == QLatin1String("assistant")) {
            ChatMessage &m = turn(r, ChatMessage::Role::Assistant, true);
            m.content << blocks;
        } else {
            return json::fail(
                error, path + QStringLiteral(".role"),
                QStringLiteral("expected \"user\", \"assistant\", \"system\" or \"developer\""));
        }
        return true;
    }
    if (type == QLatin1String("function_call")) {
        ContentBlock b;
        b.type = ContentBlock::Type::ToolUse;
        if (!requireString(item, "call_id", path, &b.toolId, error) ||
            !requireString(item, "name", path, &b.toolName, error))
            return false;
        const QString args = item.value(QLatin1String("arguments")).toString();
        if (const auto parsed = json::parseObjectText(args))
            b.input = *parsed;
        else if (!args.trimmed().isEmpty())
            b.rawArguments = args;
        if (item.contains(QLatin1String("id")))
            b.extra.insert(QLatin1String("id"), item.value(QLatin1String("id")));
        turn(r, ChatMessage::Role::Assistant, true).content << b;
        return true;
    }
    if (type == QLatin1String("function_call_output")) {
        ContentBlock b;
        b.type = ContentBlock::Type::ToolResult;
        if (!requireString(item, "call_id", path, &b.toolId, error))
            return false;
        const QJsonValue output = item.value(QLatin1String("output"));
        QList<ContentBlock> blocks;
        bool wasString = false;
        if (!parseParts(output, path + QStringLiteral(".output"), &blocks, &wasString, &r->degradations,
                        error))
            return false;
        b.result.assign(blocks.begin(), blocks.end());
        ChatMessage &m = turn(r, ChatMessage::Role::User, true);
        m.content << b;
        return true;
    }
    if (type == QLatin1String("reasoning")) {
        QStringList texts;
        for (const QJsonValue &s : item.value(QLatin1String("summary")).toArray())
            texts << s.toObject().value(QLatin1String("text")).toString();
        ContentBlock b = ContentBlock::makeThinking(
            texts.join(QStringLiteral("\n\n")), item.value(QLatin1String("encrypted_content")).toString());
        if (item.contains(QLatin1String("id")))
            b.extra.insert(QLatin1String("id"), item.value(QLatin1String("id")));
        turn(r, ChatMessage::Role::Assistant, true).content << b;
        return true;
    }
    // Provider-side calls (web_search_call …), item references and newer item types.
    r->degradations << QStringLiteral("%1 %2 dropped").arg(path, type);
    return true;
}

/// A function tool of the Responses api, or nullopt (named in the request's degradations).
std::optional<ToolDefinition> functionTool(const QJsonObject &o, const QString &path, ChatRequest *r)
{
    if (!o.value(QLatin1String("name")).isString()) {
        r->degradations << path + QStringLiteral(" function without a name dropped");
        return std::nullopt;
    }
    ToolDefinition t;
    t.name = o.value(QLatin1String("name")).toString();
    t.description = o.value(QLatin1String("description")).toString();
    t.inputSchema = o.value(QLatin1String("parameters")).toObject();
    t.extra = json::without(o, {"type", "name", "description", "parameters"});
    return t;
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
        if (type == QLatin1String("function")) {
            if (const auto t = functionTool(o, p, r))
                r->tools << *t;
        } else if (type == QLatin1String("namespace")) {
            // A group of function tools: other apis get its functions as plain tools.
            const QJsonArray members = o.value(QLatin1String("tools")).toArray();
            for (qsizetype j = 0; j < members.size(); ++j) {
                const QJsonObject member = members.at(j).toObject();
                const QString memberPath = at(p + QStringLiteral(".tools"), j);
                if (member.value(QLatin1String("type")).toString(QStringLiteral("function")) !=
                    QLatin1String("function")) {
                    r->degradations << QStringLiteral("%1 %2 dropped")
                                           .arg(memberPath, member.value(QLatin1String("type")).toString());
                } else if (const auto t = functionTool(member, memberPath, r)) {
                    r->tools << *t;
                }
            }
            r->degradations << QStringLiteral("%1 namespace %2 flattened into its function tools")
                                   .arg(p, o.value(QLatin1String("name")).toString());
        } else {
            r->degradations
                << QStringLiteral("%1 %2 dropped").arg(p, type); // web_search and other hosted tools
        }
    }
    return true;
}

bool parseToolChoice(const QJsonValue &value, ChatRequest *r, ApiError *)
{
    ToolChoice &c = r->toolChoice;
    if (value.isUndefined() || value.isNull())
        return true;
    const QString s = value.toString();
    if (s == QLatin1String("auto"))
        c.mode = ToolChoice::Mode::Auto;
    else if (s == QLatin1String("none"))
        c.mode = ToolChoice::Mode::None;
    else if (s == QLatin1String("required"))
        c.mode = ToolChoice::Mode::Any;
    else if (value.isObject() &&
             value.toObject().value(QLatin1String("type")).toString() == QLatin1String("function") &&
             value.toObject().value(QLatin1String("name")).isString()) {
        c.mode = ToolChoice::Mode::Tool;
        c.name = value.toObject().value(QLatin1String("name")).toString();
    } else {
        r->degradations << QStringLiteral("tool_choice %1 dropped")
                               .arg(value.isString()
                                        ? s
                                        : value.toObject().value(QLatin1String("type")).toString());
    }
    return true;
}

} // namespace

std::optional<ChatRequest> requestFromJson(const QJsonObject &body, ApiError *error)
{
    ChatRequest r;
    r.sourceApi = WireApi::OpenAIResponses;
    r.systemWasString = true;
    const QJsonValue model = body.value(QLatin1String("model"));
    if (!model.isString()) {
        json::fail(error, QStringLiteral("model"),
                   model.isUndefined() || model.isNull() ? QStringLiteral("required")
                                                         : QStringLiteral("expected a string"));
        return std::nullopt;
    }
    r.model = model.toString();
    const QJsonValue previous = body.value(QLatin1String("previous_response_id"));
    if (!previous.isUndefined() && !previous.isNull()) {
        json::fail(error, QStringLiteral("previous_response_id"),
                   QStringLiteral("not supported by this gateway (responses are not stored); send the whole "
                                  "conversation in input"));
        return std::nullopt;
    }
    const QJsonValue instructions = body.value(QLatin1String("instructions"));
    if (instructions.isString() && !instructions.toString().isEmpty())
        r.system << ContentBlock::makeText(instructions.toString());
    else if (!instructions.isUndefined() && !instructions.isNull() && !instructions.isString()) {
        json::fail(error, QStringLiteral("instructions"), QStringLiteral("expected a string"));
        return std::nullopt;
    }
    const QJsonValue input = body.value(QLatin1String("input"));
    if (input.isString()) {
        ChatMessage m;
        m.content << ContentBlock::makeText(input.toString());
        m.contentWasString = true;
        r.messages << m;
    } else if (input.isArray()) {
        const QJsonArray items = input.toArray();
        if (items.isEmpty()) {
            json::fail(error, QStringLiteral("input"), QStringLiteral("must not be empty"));
            return std::nullopt;
        }
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString path = at(QStringLiteral("input"), i);
            if (!items.at(i).isObject()) {
                json::fail(error, path, QStringLiteral("expected an object"));
                return std::nullopt;
            }
            if (!parseItem(items.at(i).toObject(), path, &r, error))
                return std::nullopt;
        }
    } else if (input.isUndefined() || input.isNull()) {
        json::fail(error, QStringLiteral("input"), QStringLiteral("required"));
        return std::nullopt;
    } else {
        json::fail(error, QStringLiteral("input"), QStringLiteral("expected a string or an array"));
        return std::nullopt;
    }
    const QJsonValue maxTokens = body.value(QLatin1String("max_output_tokens"));
    if (!maxTokens.isUndefined() && !maxTokens.isNull()) {
        if (!json::isInteger(maxTokens) || maxTokens.toDouble() < 1) {
            json::fail(error, QStringLiteral("max_output_tokens"),
                       QStringLiteral("expected a positive integer"));
            return std::nullopt;
        }
        r.maxTokens = maxTokens.toInt();
    }
    for (const char *key : {"temperature", "top_p"}) {
        const QJsonValue v = body.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            continue;
        if (!v.isDouble()) {
            json::fail(error, QLatin1String(key), QStringLiteral("expected a number"));
            return std::nullopt;
        }
        (qstrcmp(key, "temperature") == 0 ? r.temperature : r.topP) = v.toDouble();
    }
    const QJsonValue stream = body.value(QLatin1String("stream"));
    if (!stream.isUndefined() && !stream.isNull() && !stream.isBool()) {
        json::fail(error, QStringLiteral("stream"), QStringLiteral("expected a boolean"));
        return std::nullopt;
    }
    r.stream = stream.toBool();
    if (!parseTools(body.value(QLatin1String("tools")), &r, error) ||
        !parseToolChoice(body.value(QLatin1String("tool_choice")), &r, error))
        return std::nullopt;
    if (body.value(QLatin1String("parallel_tool_calls")) == QJsonValue(false))
        r.toolChoice.disableParallelToolUse = true;
    r.reasoningEffort =
        body.value(QLatin1String("reasoning")).toObject().value(QLatin1String("effort")).toString();
    r.user = body.value(QLatin1String("user")).toString();
    r.metadata = body.value(QLatin1String("metadata")).toObject();
    r.extra = json::without(body, {"model", "input", "instructions", "max_output_tokens", "temperature",
                                   "top_p", "stream", "tools", "tool_choice", "parallel_tool_calls", "user",
                                   "metadata", "previous_response_id"});
    return r;
}

namespace {

QJsonObject messageItem(const QString &role, const QList<ContentBlock> &blocks, bool asString)
{
    if (asString && blocks.size() == 1 && blocks.front().type == ContentBlock::Type::Text)
        return QJsonObject{{QLatin1String("role"), role}, {QLatin1String("content"), blocks.front().text}};
    QJsonArray parts;
    const bool user = role == QLatin1String("user");
    for (const ContentBlock &b : blocks) {
        if (b.type == ContentBlock::Type::Text) {
            parts.append(QJsonObject{
                {QLatin1String("type"), user ? QLatin1String("input_text") : QLatin1String("output_text")},
                {QLatin1String("text"), b.text}});
        } else if (b.type == ContentBlock::Type::Image && user) {
            parts.append(QJsonObject{{QLatin1String("type"), QLatin1String("input_image")},
                                     {QLatin1String("image_url"), openai::imageUrl(b)}});
        } else if (b.type == ContentBlock::Type::Document && user &&
                   (!b.data.isEmpty() || !b.url.isEmpty())) {
            QJsonObject file{{QLatin1String("type"), QLatin1String("input_file")}};
            if (!b.data.isEmpty()) {
                file.insert(QLatin1String("file_data"), openai::documentDataUrl(b));
                file.insert(QLatin1String("filename"),
                            b.title.isEmpty() ? QStringLiteral("document.pdf") : b.title);
            } else {
                file.insert(QLatin1String("file_url"), b.url);
            }
            parts.append(file);
        } else if (b.type == ContentBlock::Type::Document) {
            parts.append(QJsonObject{
                {QLatin1String("type"), user ? QLatin1String("input_text") : QLatin1String("output_text")},
                {QLatin1String("text"), openai::documentAsText(b)}});
        }
    }
    QJsonObject item{{QLatin1String("role"), role}, {QLatin1String("content"), parts}};
    if (!user)
        item.insert(QLatin1String("type"), QLatin1String("message"));
    return item;
}

void appendMessage(const ChatMessage &m, QJsonArray *input)
{
    if (m.role == ChatMessage::Role::System) {
        ChatRequest text;
        text.system = m.content;
        input->append(QJsonObject{{QLatin1String("role"), QLatin1String("developer")},
                                  {QLatin1String("content"), text.systemText()}});
        return;
    }
    const bool user = m.role == ChatMessage::Role::User;
    QList<ContentBlock> pending;
    auto flush = [&] {
        if (!pending.isEmpty())
            input->append(messageItem(user ? QStringLiteral("user") : QStringLiteral("assistant"), pending,
                                      m.contentWasString));
        pending.clear();
    };
    for (const ContentBlock &b : m.content) {
        switch (b.type) {
        case ContentBlock::Type::Text:
        case ContentBlock::Type::Image:
        case ContentBlock::Type::Document:
            pending << b;
            break;
        case ContentBlock::Type::ToolResult:
            flush();
            input->append(QJsonObject{{QLatin1String("type"), QLatin1String("function_call_output")},
                                      {QLatin1String("call_id"), b.toolId},
                                      {QLatin1String("output"), b.resultText()}});
            break;
        case ContentBlock::Type::ToolUse:
            flush();
            input->append(QJsonObject{{QLatin1String("type"), QLatin1String("function_call")},
                                      {QLatin1String("call_id"), b.toolId},
                                      {QLatin1String("name"), b.toolName},
                                      {QLatin1String("arguments"), b.argumentsJson()}});
            break;
        case ContentBlock::Type::Thinking:
            // Only reasoning items this api produced (id + encrypted_content) can be replayed.
            if (!b.signature.isEmpty() && b.extra.value(QLatin1String("id")).isString()) {
                flush();
                input->append(reasoningItem(b, QString()));
            }
            break;
        case ContentBlock::Type::RedactedThinking:
            break;
        }
    }
    flush();
}

} // namespace

QJsonObject requestToJson(const ChatRequest &request, const UpstreamTarget &target)
{
    const bool same = request.sourceApi == WireApi::OpenAIResponses;
    QJsonObject o;
    o.insert(QLatin1String("model"), target.modelId.isEmpty() ? request.model : target.modelId);
    if (!request.system.isEmpty())
        o.insert(QLatin1String("instructions"), request.systemText());
    QJsonArray input;
    for (const ChatMessage &m : request.messages)
        appendMessage(m, &input);
    o.insert(QLatin1String("input"), input);
    o.insert(QLatin1String("stream"), request.stream);
    if (request.maxTokens) // a cap only when the client set one
        o.insert(QLatin1String("max_output_tokens"), *request.maxTokens);
    if (request.temperature)
        o.insert(QLatin1String("temperature"), *request.temperature);
    if (request.topP)
        o.insert(QLatin1String("top_p"), *request.topP);
    QJsonArray tools;
    for (const ToolDefinition &t : request.tools) {
        if (t.inputSchema.isEmpty() && t.extra.contains(QLatin1String("type")))
            continue;
        QJsonObject tool{{QLatin1String("type"), QLatin1String("function")}, {QLatin1String("name"), t.name}};
        if (!t.description.isEmpty())
            tool.insert(QLatin1String("description"), t.description);
        tool.insert(QLatin1String("parameters"),
                    t.inputSchema.isEmpty() ? QJsonObject{{QLatin1String("type"), QLatin1String("object")}}
                                            : t.inputSchema);
        if (same)
            json::mergeMissing(tool, t.extra);
        tools.append(tool);
    }
    if (!tools.isEmpty()) {
        o.insert(QLatin1String("tools"), tools);
        const ToolChoice &c = request.toolChoice;
        if (c.mode == ToolChoice::Mode::Auto)
            o.insert(QLatin1String("tool_choice"), QLatin1String("auto"));
        else if (c.mode == ToolChoice::Mode::Any)
            o.insert(QLatin1String("tool_choice"), QLatin1String("required"));
        else if (c.mode == ToolChoice::Mode::None)
            o.insert(QLatin1String("tool_choice"), QLatin1String("none"));
        else if (c.mode == ToolChoice::Mode::Tool)
            o.insert(QLatin1String("tool_choice"),
                     QJsonObject{{QLatin1String("type"), QLatin1String("function")},
                                 {QLatin1String("name"), c.name}});
        if (c.disableParallelToolUse)
            o.insert(QLatin1String("parallel_tool_calls"), false);
    }
    const QString effort = openai::effortFor(request, target.reasoning);
    if (!effort.isEmpty())
        o.insert(QLatin1String("reasoning"), QJsonObject{{QLatin1String("effort"), effort}});
    if (!request.user.isEmpty())
        o.insert(QLatin1String("user"), request.user);
    if (same) {
        if (!request.metadata.isEmpty())
            o.insert(QLatin1String("metadata"), request.metadata);
        json::mergeMissing(o, request.extra);
    }
    return o;
}

} // namespace clawdesk::openairesponses
