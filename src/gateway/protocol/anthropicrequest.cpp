#include "anthropicformat.h"

#include "jsonhelpers.h"
#include "toolids.h"

#include <QJsonArray>

namespace clawdesk::anthropic {

namespace {

QString at(const QString &path, qsizetype i)
{
    return QStringLiteral("%1[%2]").arg(path).arg(i);
}

std::optional<ContentBlock> imageFromJson(const QJsonObject &o, const QString &path, ApiError *error)
{
    const QJsonValue source = o.value(QLatin1String("source"));
    if (!source.isObject()) {
        json::fail(error, path + QStringLiteral(".source"), QStringLiteral("expected an object"));
        return std::nullopt;
    }
    const QJsonObject s = source.toObject();
    const QString type = s.value(QLatin1String("type")).toString();
    ContentBlock b;
    if (type == QLatin1String("base64")) {
        if (!s.value(QLatin1String("media_type")).isString()) {
            json::fail(error, path + QStringLiteral(".source.media_type"), QStringLiteral("required"));
            return std::nullopt;
        }
        if (!s.value(QLatin1String("data")).isString()) {
            json::fail(error, path + QStringLiteral(".source.data"), QStringLiteral("required"));
            return std::nullopt;
        }
        b = ContentBlock::makeImageBase64(s.value(QLatin1String("media_type")).toString(),
                                          s.value(QLatin1String("data")).toString());
    } else if (type == QLatin1String("url")) {
        if (!s.value(QLatin1String("url")).isString()) {
            json::fail(error, path + QStringLiteral(".source.url"), QStringLiteral("required"));
            return std::nullopt;
        }
        b = ContentBlock::makeImageUrl(s.value(QLatin1String("url")).toString());
    } else {
        json::fail(error, path + QStringLiteral(".source.type"),
                   QStringLiteral("expected \"base64\" or \"url\""));
        return std::nullopt;
    }
    b.extra = json::without(o, {"type", "source"});
    return b;
}

bool requireString(const QJsonObject &o, const char *key, const QString &path, QString *out, ApiError *error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return json::fail(error, path + QLatin1Char('.') + QLatin1String(key), QStringLiteral("required"));
    if (!v.isString())
        return json::fail(error, path + QLatin1Char('.') + QLatin1String(key),
                          QStringLiteral("expected a string"));
    *out = v.toString();
    return true;
}

std::optional<ContentBlock> blockFromJson(const QJsonValue &value, const QString &path, ApiError *error,
                                          bool nested, QStringList *notes);

/// A document block (PDF or text, base64, URL or inline content) as a Document block.
std::optional<ContentBlock> documentFromJson(const QJsonObject &o, const QString &path, ApiError *error)
{
    const QJsonObject s = o.value(QLatin1String("source")).toObject();
    const QString type = s.value(QLatin1String("type")).toString();
    ContentBlock b;
    b.type = ContentBlock::Type::Document;
    b.title = o.value(QLatin1String("title")).toString();
    b.mediaType = s.value(QLatin1String("media_type")).toString();
    if (type == QLatin1String("base64")) {
        b.data = s.value(QLatin1String("data")).toString();
    } else if (type == QLatin1String("text")) {
        b.text = s.value(QLatin1String("data")).toString();
    } else if (type == QLatin1String("url")) {
        b.url = s.value(QLatin1String("url")).toString();
    } else if (type == QLatin1String("content")) {
        QStringList texts;
        for (const QJsonValue &part : s.value(QLatin1String("content")).toArray())
            texts << part.toObject().value(QLatin1String("text")).toString();
        b.text = texts.join(QStringLiteral("\n\n"));
    } else {
        json::fail(error, path + QStringLiteral(".source.type"),
                   QStringLiteral("expected \"base64\", \"text\", \"url\" or \"content\""));
        return std::nullopt;
    }
    b.extra = json::without(o, {"type", "source", "title"});
    return b;
}

std::optional<std::vector<ContentBlock>> toolResultContent(const QJsonValue &content, const QString &path,
                                                           ApiError *error, QStringList *notes)
{
    std::vector<ContentBlock> out;
    if (content.isUndefined() || content.isNull())
        return out;
    if (content.isString()) {
        out.push_back(ContentBlock::makeText(content.toString()));
        return out;
    }
    if (!content.isArray()) {
        json::fail(error, path, QStringLiteral("expected a string or an array of content blocks"));
        return std::nullopt;
    }
    const QJsonArray arr = content.toArray();
    for (qsizetype i = 0; i < arr.size(); ++i) {
        const QString blockPath = at(path, i);
        const qsizetype noted = notes->size();
        auto b = blockFromJson(arr.at(i), blockPath, error, true, notes);
        if (!b && notes->size() > noted)
            continue;
        if (!b)
            return std::nullopt;
        if (b->type == ContentBlock::Type::Document && !b->text.isEmpty()) {
            out.push_back(ContentBlock::makeText(b->text)); // results hold text and images only
            notes->append(blockPath + QStringLiteral(" document → text"));
        } else if (b->type == ContentBlock::Type::Text || b->type == ContentBlock::Type::Image) {
            out.push_back(*b);
        } else {
            notes->append(blockPath + QStringLiteral(" document dropped"));
        }
    }
    return out;
}

/// A block of a type the internal form has no place for: named in @p notes, left out.
std::optional<ContentBlock> skipped(const QString &path, const QString &type, QStringList *notes)
{
    notes->append(QStringLiteral("%1 %2 dropped").arg(path, type));
    return std::nullopt;
}

std::optional<ContentBlock> blockFromJson(const QJsonValue &value, const QString &path, ApiError *error,
                                          bool nested, QStringList *notes)
{
    if (!value.isObject()) {
        json::fail(error, path, QStringLiteral("expected an object"));
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    const QJsonValue typeValue = o.value(QLatin1String("type"));
    if (!typeValue.isString()) {
        json::fail(error, path + QStringLiteral(".type"), QStringLiteral("required"));
        return std::nullopt;
    }
    const QString type = typeValue.toString();
    ContentBlock b;
    if (type == QLatin1String("text")) {
        if (!requireString(o, "text", path, &b.text, error))
            return std::nullopt;
        b.type = ContentBlock::Type::Text;
        b.extra = json::without(o, {"type", "text"});
        return b;
    }
    if (type == QLatin1String("image"))
        return imageFromJson(o, path, error);
    if (type == QLatin1String("document"))
        return documentFromJson(o, path, error);
    if (nested)
        return skipped(path, type, notes);
    if (type == QLatin1String("tool_use")) {
        b.type = ContentBlock::Type::ToolUse;
        if (!requireString(o, "id", path, &b.toolId, error) ||
            !requireString(o, "name", path, &b.toolName, error))
            return std::nullopt;
        const QJsonValue input = o.value(QLatin1String("input"));
        if (!input.isObject()) {
            json::fail(error, path + QStringLiteral(".input"), QStringLiteral("expected an object"));
            return std::nullopt;
        }
        b.input = input.toObject();
        b.extra = json::without(o, {"type", "id", "name", "input"});
        return b;
    }
    if (type == QLatin1String("tool_result")) {
        b.type = ContentBlock::Type::ToolResult;
        if (!requireString(o, "tool_use_id", path, &b.toolId, error))
            return std::nullopt;
        auto content = toolResultContent(o.value(QLatin1String("content")), path + QStringLiteral(".content"),
                                         error, notes);
        if (!content)
            return std::nullopt;
        b.result = std::move(*content);
        b.isError = o.value(QLatin1String("is_error")).toBool();
        b.extra = json::without(o, {"type", "tool_use_id", "content", "is_error"});
        return b;
    }
    if (type == QLatin1String("thinking")) {
        b.type = ContentBlock::Type::Thinking;
        if (!requireString(o, "thinking", path, &b.text, error))
            return std::nullopt;
        b.signature = o.value(QLatin1String("signature")).toString();
        b.extra = json::without(o, {"type", "thinking", "signature"});
        return b;
    }
    if (type == QLatin1String("redacted_thinking")) {
        b.type = ContentBlock::Type::RedactedThinking;
        if (!requireString(o, "data", path, &b.redactedData, error))
            return std::nullopt;
        b.extra = json::without(o, {"type", "data"});
        return b;
    }
    // Server-side tool calls and results (web_search_tool_result …) and newer block types.
    return skipped(path, type, notes);
}

bool parseSystem(const QJsonValue &system, ChatRequest *request, ApiError *error)
{
    if (system.isUndefined() || system.isNull())
        return true;
    if (system.isString()) {
        if (!system.toString().isEmpty())
            request->system << ContentBlock::makeText(system.toString());
        request->systemWasString = true;
        return true;
    }
    if (!system.isArray())
        return json::fail(error, QStringLiteral("system"),
                          QStringLiteral("expected a string or an array of text blocks"));
    const QJsonArray arr = system.toArray();
    for (qsizetype i = 0; i < arr.size(); ++i) {
        const QString path = at(QStringLiteral("system"), i);
        const QJsonObject o = arr.at(i).toObject();
        if (!arr.at(i).isObject() || o.value(QLatin1String("type")).toString() != QLatin1String("text"))
            return json::fail(error, path, QStringLiteral("expected a text block"));
        ContentBlock b;
        if (!requireString(o, "text", path, &b.text, error))
            return false;
        b.extra = json::without(o, {"type", "text"});
        request->system << b;
    }
    return true;
}

bool parseMessages(const QJsonValue &messages, ChatRequest *request, ApiError *error)
{
    if (messages.isUndefined())
        return json::fail(error, QStringLiteral("messages"), QStringLiteral("required"));
    if (!messages.isArray())
        return json::fail(error, QStringLiteral("messages"), QStringLiteral("expected an array"));
    const QJsonArray arr = messages.toArray();
    if (arr.isEmpty())
        return json::fail(error, QStringLiteral("messages"), QStringLiteral("must not be empty"));
    for (qsizetype i = 0; i < arr.size(); ++i) {
        const QString path = at(QStringLiteral("messages"), i);
        if (!arr.at(i).isObject())
            return json::fail(error, path, QStringLiteral("expected an object"));
        const QJsonObject o = arr.at(i).toObject();
        ChatMessage m;
        const QString role = o.value(QLatin1String("role")).toString();
        if (role == QLatin1String("user")) {
            m.role = ChatMessage::Role::User;
        } else if (role == QLatin1String("assistant")) {
            m.role = ChatMessage::Role::Assistant;
        } else if (role == QLatin1String("system")) {
            m.role = ChatMessage::Role::System;
            request->degradations << path + QStringLiteral(" system message → system text at that point");
        } else {
            return json::fail(error, path + QStringLiteral(".role"),
                              QStringLiteral("expected \"user\", \"assistant\" or \"system\""));
        }
        const QJsonValue content = o.value(QLatin1String("content"));
        if (content.isString()) {
            m.content << ContentBlock::makeText(content.toString());
            m.contentWasString = true;
        } else if (content.isArray()) {
            const QJsonArray blocks = content.toArray();
            for (qsizetype j = 0; j < blocks.size(); ++j) {
                const qsizetype noted = request->degradations.size();
                auto b = blockFromJson(blocks.at(j), at(path + QStringLiteral(".content"), j), error, false,
                                       &request->degradations);
                if (!b && request->degradations.size() > noted)
                    continue; // left out, and named
                if (!b)
                    return false;
                if (b->type == ContentBlock::Type::Document)
                    request->degradations
                        << at(path + QStringLiteral(".content"), j) +
                               QStringLiteral(" document → the target's file or text input");
                m.content << *b;
            }
        } else if (content.isUndefined()) {
            return json::fail(error, path + QStringLiteral(".content"), QStringLiteral("required"));
        } else {
            return json::fail(error, path + QStringLiteral(".content"),
                              QStringLiteral("expected a string or an array of content blocks"));
        }
        request->messages << m;
    }
    return true;
}

bool parseTools(const QJsonValue &tools, ChatRequest *request, ApiError *error)
{
    if (tools.isUndefined() || tools.isNull())
        return true;
    if (!tools.isArray())
        return json::fail(error, QStringLiteral("tools"), QStringLiteral("expected an array"));
    const QJsonArray arr = tools.toArray();
    for (qsizetype i = 0; i < arr.size(); ++i) {
        const QString path = at(QStringLiteral("tools"), i);
        if (!arr.at(i).isObject())
            return json::fail(error, path, QStringLiteral("expected an object"));
        const QJsonObject o = arr.at(i).toObject();
        ToolDefinition t;
        const QString type = o.value(QLatin1String("type")).toString(QStringLiteral("custom"));
        if (type != QLatin1String("custom") && !o.value(QLatin1String("name")).isString()) {
            request->degradations << QStringLiteral("%1 %2 dropped").arg(path, type);
            continue;
        }
        if (!requireString(o, "name", path, &t.name, error))
            return false;
        if (type == QLatin1String("custom")) {
            const QJsonValue schema = o.value(QLatin1String("input_schema"));
            if (!schema.isObject())
                return json::fail(error, path + QStringLiteral(".input_schema"),
                                  QStringLiteral("expected an object"));
            t.inputSchema = schema.toObject();
            t.description = o.value(QLatin1String("description")).toString();
            t.extra = json::without(o, {"name", "description", "input_schema"});
        } else {
            t.extra = o; // server tool (bash_…, web_search_…): only an Anthropic upstream understands it
            request->degradations << QStringLiteral("%1 %2 dropped").arg(path, type);
        }
        request->tools << t;
    }
    return true;
}

bool parseToolChoice(const QJsonValue &value, ChatRequest *request, ApiError *error)
{
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isObject())
        return json::fail(error, QStringLiteral("tool_choice"), QStringLiteral("expected an object"));
    const QJsonObject o = value.toObject();
    const QString type = o.value(QLatin1String("type")).toString();
    ToolChoice &c = request->toolChoice;
    if (type == QLatin1String("auto")) {
        c.mode = ToolChoice::Mode::Auto;
    } else if (type == QLatin1String("any")) {
        c.mode = ToolChoice::Mode::Any;
    } else if (type == QLatin1String("none")) {
        c.mode = ToolChoice::Mode::None;
    } else if (type == QLatin1String("tool")) {
        c.mode = ToolChoice::Mode::Tool;
        if (!o.value(QLatin1String("name")).isString())
            return json::fail(error, QStringLiteral("tool_choice.name"),
                              QStringLiteral("required when type is \"tool\""));
        c.name = o.value(QLatin1String("name")).toString();
    } else {
        request->degradations << QStringLiteral("tool_choice %1 dropped").arg(type);
        return true;
    }
    c.disableParallelToolUse = o.value(QLatin1String("disable_parallel_tool_use")).toBool();
    return true;
}

bool parseSampling(const QJsonObject &body, ChatRequest *request, ApiError *error)
{
    for (const char *key : {"temperature", "top_p"}) {
        const QJsonValue v = body.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            continue;
        if (!v.isDouble())
            return json::fail(error, QLatin1String(key), QStringLiteral("expected a number"));
        (qstrcmp(key, "temperature") == 0 ? request->temperature : request->topP) = v.toDouble();
    }
    const QJsonValue topK = body.value(QLatin1String("top_k"));
    if (!topK.isUndefined() && !topK.isNull()) {
        if (!json::isInteger(topK))
            return json::fail(error, QStringLiteral("top_k"), QStringLiteral("expected an integer"));
        request->topK = topK.toInt();
    }
    const QJsonValue stops = body.value(QLatin1String("stop_sequences"));
    if (!stops.isUndefined() && !stops.isNull()) {
        if (!stops.isArray())
            return json::fail(error, QStringLiteral("stop_sequences"),
                              QStringLiteral("expected an array of strings"));
        for (const QJsonValue &s : stops.toArray()) {
            if (!s.isString())
                return json::fail(error, QStringLiteral("stop_sequences"),
                                  QStringLiteral("expected an array of strings"));
            request->stopSequences << s.toString();
        }
    }
    const QJsonValue stream = body.value(QLatin1String("stream"));
    if (!stream.isUndefined() && !stream.isNull()) {
        if (!stream.isBool())
            return json::fail(error, QStringLiteral("stream"), QStringLiteral("expected a boolean"));
        request->stream = stream.toBool();
    }
    return true;
}

/// enabled (a token budget) or adaptive (the model decides, at output_config.effort).
bool parseThinking(const QJsonObject &body, ChatRequest *request, ApiError *error)
{
    const QJsonValue value = body.value(QLatin1String("thinking"));
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isObject())
        return json::fail(error, QStringLiteral("thinking"), QStringLiteral("expected an object"));
    const QJsonObject o = value.toObject();
    const QString type = o.value(QLatin1String("type")).toString();
    if (type == QLatin1String("disabled"))
        return true;
    const QJsonValue budget = o.value(QLatin1String("budget_tokens"));
    if (type == QLatin1String("enabled") && json::isInteger(budget)) {
        request->thinkingBudget = budget.toInt();
        return true;
    }
    const QString effort =
        body.value(QLatin1String("output_config")).toObject().value(QLatin1String("effort")).toString();
    request->adaptiveEffort = effort.isEmpty() ? QStringLiteral("high") : effort;
    request->degradations << QStringLiteral("thinking %1 → reasoning effort %2")
                                 .arg(type.isEmpty() ? QStringLiteral("(no type)") : type,
                                      request->adaptiveEffort);
    return true;
}

} // namespace

std::optional<ChatRequest> requestFromJson(const QJsonObject &body, ApiError *error, bool requireMaxTokens)
{
    ChatRequest r;
    r.sourceApi = WireApi::AnthropicMessages;
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
    const QJsonValue maxTokens = body.value(QLatin1String("max_tokens"));
    if (maxTokens.isUndefined() || maxTokens.isNull()) {
        if (requireMaxTokens) {
            json::fail(error, QStringLiteral("max_tokens"), QStringLiteral("required"));
            return std::nullopt;
        }
    } else if (!json::isInteger(maxTokens)) {
        json::fail(error, QStringLiteral("max_tokens"), QStringLiteral("expected an integer"));
        return std::nullopt;
    } else if (maxTokens.toDouble() < 1) {
        json::fail(error, QStringLiteral("max_tokens"), QStringLiteral("must be at least 1"));
        return std::nullopt;
    } else {
        r.maxTokens = maxTokens.toInt();
    }
    if (!parseMessages(body.value(QLatin1String("messages")), &r, error) ||
        !parseSystem(body.value(QLatin1String("system")), &r, error) || !parseSampling(body, &r, error) ||
        !parseTools(body.value(QLatin1String("tools")), &r, error) ||
        !parseToolChoice(body.value(QLatin1String("tool_choice")), &r, error) ||
        !parseThinking(body, &r, error))
        return std::nullopt;
    const QJsonValue metadata = body.value(QLatin1String("metadata"));
    if (!metadata.isUndefined() && !metadata.isNull()) {
        if (!metadata.isObject()) {
            json::fail(error, QStringLiteral("metadata"), QStringLiteral("expected an object"));
            return std::nullopt;
        }
        r.metadata = metadata.toObject();
        r.user = r.metadata.value(QLatin1String("user_id")).toString();
    }
    r.extra =
        json::without(body, {"model", "max_tokens", "messages", "system", "temperature", "top_p", "top_k",
                             "stop_sequences", "stream", "tools", "tool_choice", "thinking", "metadata"});
    for (auto it = r.extra.constBegin(); it != r.extra.constEnd(); ++it) {
        if (it.key() != QLatin1String("output_config") || r.adaptiveEffort.isEmpty())
            r.degradations << it.key() + QStringLiteral(" dropped");
    }
    return r;
}

QJsonObject blockToJson(const ContentBlock &b, bool forUpstream)
{
    QJsonObject o;
    switch (b.type) {
    case ContentBlock::Type::Text:
        o.insert(QLatin1String("type"), QLatin1String("text"));
        o.insert(QLatin1String("text"), b.text);
        break;
    case ContentBlock::Type::Image: {
        QJsonObject source;
        if (!b.data.isEmpty()) {
            source = {{QLatin1String("type"), QLatin1String("base64")},
                      {QLatin1String("media_type"), b.mediaType},
                      {QLatin1String("data"), b.data}};
        } else {
            source = {{QLatin1String("type"), QLatin1String("url")}, {QLatin1String("url"), b.url}};
        }
        o.insert(QLatin1String("type"), QLatin1String("image"));
        o.insert(QLatin1String("source"), source);
        break;
    }
    case ContentBlock::Type::ToolUse:
        o.insert(QLatin1String("type"), QLatin1String("tool_use"));
        o.insert(QLatin1String("id"), forUpstream ? toolids::anthropicSafe(b.toolId) : b.toolId);
        o.insert(QLatin1String("name"), b.toolName);
        o.insert(QLatin1String("input"), b.input);
        break;
    case ContentBlock::Type::ToolResult: {
        o.insert(QLatin1String("type"), QLatin1String("tool_result"));
        o.insert(QLatin1String("tool_use_id"), forUpstream ? toolids::anthropicSafe(b.toolId) : b.toolId);
        const bool plain = b.result.size() == 1 && b.result.front().type == ContentBlock::Type::Text &&
                           b.result.front().extra.isEmpty();
        if (plain) {
            o.insert(QLatin1String("content"), b.result.front().text);
        } else if (!b.result.empty()) {
            QJsonArray content;
            for (const ContentBlock &c : b.result)
                content.append(blockToJson(c, forUpstream));
            o.insert(QLatin1String("content"), content);
        }
        if (b.isError)
            o.insert(QLatin1String("is_error"), true);
        break;
    }
    case ContentBlock::Type::Thinking:
        o.insert(QLatin1String("type"), QLatin1String("thinking"));
        o.insert(QLatin1String("thinking"), b.text);
        o.insert(QLatin1String("signature"), b.signature);
        break;
    case ContentBlock::Type::RedactedThinking:
        o.insert(QLatin1String("type"), QLatin1String("redacted_thinking"));
        o.insert(QLatin1String("data"), b.redactedData);
        break;
    case ContentBlock::Type::Document: {
        QJsonObject source;
        if (!b.data.isEmpty())
            source = {{QLatin1String("type"), QLatin1String("base64")},
                      {QLatin1String("media_type"),
                       b.mediaType.isEmpty() ? QStringLiteral("application/pdf") : b.mediaType},
                      {QLatin1String("data"), b.data}};
        else if (!b.url.isEmpty())
            source = {{QLatin1String("type"), QLatin1String("url")}, {QLatin1String("url"), b.url}};
        else
            source = {{QLatin1String("type"), QLatin1String("text")},
                      {QLatin1String("media_type"), QLatin1String("text/plain")},
                      {QLatin1String("data"), b.text}};
        o.insert(QLatin1String("type"), QLatin1String("document"));
        o.insert(QLatin1String("source"), source);
        if (!b.title.isEmpty())
            o.insert(QLatin1String("title"), b.title);
        break;
    }
    }
    json::mergeMissing(o, b.extra);
    return o;
}

static int budgetForEffort(const QString &effort)
{
    if (effort == QLatin1String("minimal") || effort == QLatin1String("low"))
        return 1024;
    if (effort == QLatin1String("high"))
        return 16384;
    return 4096;
}

QJsonObject requestToJson(const ChatRequest &request, const UpstreamTarget &target)
{
    const bool same = request.sourceApi == WireApi::AnthropicMessages;
    QJsonObject o;
    o.insert(QLatin1String("model"), target.modelId.isEmpty() ? request.model : target.modelId);
    const int maxTokens = request.maxTokens.value_or(target.defaultMaxTokens);
    o.insert(QLatin1String("max_tokens"), maxTokens);
    QJsonArray messages;
    QList<ContentBlock> system = request.system;
    for (const ChatMessage &source : request.messages) {
        if (source.content.isEmpty())
            continue;
        ChatMessage m = source;
        if (m.role == ChatMessage::Role::System) {
            if (messages.isEmpty()) { // nothing said yet: it is part of the system prompt
                system << m.content;
                continue;
            }
            // Messages has no system turn: the instruction reaches the model as user text at its place.
            ChatRequest text;
            text.system = m.content;
            m.role = ChatMessage::Role::User;
            m.contentWasString = false;
            m.content = {
                ContentBlock::makeText(QStringLiteral("<system>\n%1\n</system>").arg(text.systemText()))};
        }
        const QString role =
            m.role == ChatMessage::Role::User ? QStringLiteral("user") : QStringLiteral("assistant");
        if (!messages.isEmpty() &&
            messages.last().toObject().value(QLatin1String("role")).toString() == role) {
            // Consecutive turns of one role (e.g. OpenAI tool messages followed by a user message)
            // become one Anthropic turn: tool_result blocks must open the user turn after tool_use.
            QJsonObject last = messages.last().toObject();
            const QJsonValue lastContent = last.value(QLatin1String("content"));
            QJsonArray blocks = lastContent.isString()
                                    ? QJsonArray{QJsonObject{{QLatin1String("type"), QLatin1String("text")},
                                                             {QLatin1String("text"), lastContent.toString()}}}
                                    : lastContent.toArray();
            for (const ContentBlock &b : m.content)
                blocks.append(blockToJson(b, true));
            last.insert(QLatin1String("content"), blocks);
            messages[messages.size() - 1] = last;
            continue;
        }
        QJsonObject msg;
        msg.insert(QLatin1String("role"), role);
        if (m.contentWasString && m.content.size() == 1 &&
            m.content.front().type == ContentBlock::Type::Text && m.content.front().extra.isEmpty()) {
            msg.insert(QLatin1String("content"), m.content.front().text);
        } else {
            QJsonArray blocks;
            for (const ContentBlock &b : m.content)
                blocks.append(blockToJson(b, true));
            msg.insert(QLatin1String("content"), blocks);
        }
        messages.append(msg);
    }
    o.insert(QLatin1String("messages"), messages);
    if (!system.isEmpty()) {
        if (request.systemWasString) {
            ChatRequest text;
            text.system = system;
            o.insert(QLatin1String("system"), text.systemText());
        } else {
            QJsonArray blocks;
            for (const ContentBlock &b : std::as_const(system))
                blocks.append(blockToJson(b, true));
            o.insert(QLatin1String("system"), blocks);
        }
    }
    if (request.temperature)
        o.insert(QLatin1String("temperature"), *request.temperature);
    if (request.topP)
        o.insert(QLatin1String("top_p"), *request.topP);
    if (request.topK)
        o.insert(QLatin1String("top_k"), *request.topK);
    if (!request.stopSequences.isEmpty())
        o.insert(QLatin1String("stop_sequences"), QJsonArray::fromStringList(request.stopSequences));
    o.insert(QLatin1String("stream"), request.stream);
    if (!request.tools.isEmpty()) {
        QJsonArray tools;
        for (const ToolDefinition &t : request.tools) {
            if (t.inputSchema.isEmpty() && t.extra.contains(QLatin1String("type"))) {
                if (same)
                    tools.append(t.extra); // Anthropic server tool, verbatim
                continue;
            }
            QJsonObject tool{{QLatin1String("name"), t.name}};
            if (!t.description.isEmpty())
                tool.insert(QLatin1String("description"), t.description);
            tool.insert(QLatin1String("input_schema"),
                        t.inputSchema.isEmpty()
                            ? QJsonObject{{QLatin1String("type"), QLatin1String("object")}}
                            : t.inputSchema);
            if (same)
                json::mergeMissing(tool, t.extra);
            tools.append(tool);
        }
        o.insert(QLatin1String("tools"), tools);
    }
    const ToolChoice &c = request.toolChoice;
    if (c.mode != ToolChoice::Mode::Unset) {
        static const char *names[] = {"", "auto", "any", "tool", "none"};
        QJsonObject choice{{QLatin1String("type"), QLatin1String(names[int(c.mode)])}};
        if (c.mode == ToolChoice::Mode::Tool)
            choice.insert(QLatin1String("name"), c.name);
        if (c.disableParallelToolUse && c.mode != ToolChoice::Mode::None)
            choice.insert(QLatin1String("disable_parallel_tool_use"), true);
        o.insert(QLatin1String("tool_choice"), choice);
    }
    std::optional<int> budget = request.thinkingBudget;
    if (!budget && target.reasoning && !request.reasoningEffort.isEmpty() &&
        request.reasoningEffort != QLatin1String("none"))
        budget = budgetForEffort(request.reasoningEffort);
    if (budget && *budget >= 1024 &&
        *budget < maxTokens) // Anthropic rejects budgets outside [1024, max_tokens)
        o.insert(QLatin1String("thinking"), QJsonObject{{QLatin1String("type"), QLatin1String("enabled")},
                                                        {QLatin1String("budget_tokens"), *budget}});
    if (same && !request.metadata.isEmpty())
        o.insert(QLatin1String("metadata"), request.metadata);
    else if (!request.user.isEmpty())
        o.insert(QLatin1String("metadata"), QJsonObject{{QLatin1String("user_id"), request.user}});
    if (same)
        json::mergeMissing(o, request.extra);
    return o;
}

} // namespace clawdesk::anthropic
