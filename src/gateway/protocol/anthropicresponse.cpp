#include "anthropicformat.h"

#include "jsonhelpers.h"
#include "toolids.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace clawdesk::anthropic {

QString stopReasonToString(StopReason reason)
{
    switch (reason) {
    case StopReason::EndTurn:
    case StopReason::Error:
        return QStringLiteral("end_turn");
    case StopReason::MaxTokens:
        return QStringLiteral("max_tokens");
    case StopReason::StopSequence:
        return QStringLiteral("stop_sequence");
    case StopReason::ToolUse:
        return QStringLiteral("tool_use");
    case StopReason::ContentFilter:
    case StopReason::Refusal:
        return QStringLiteral("refusal");
    }
    return QStringLiteral("end_turn");
}

StopReason stopReasonFromString(const QString &reason)
{
    if (reason == QLatin1String("max_tokens") || reason == QLatin1String("model_context_window_exceeded"))
        return StopReason::MaxTokens;
    if (reason == QLatin1String("stop_sequence"))
        return StopReason::StopSequence;
    if (reason == QLatin1String("tool_use"))
        return StopReason::ToolUse;
    if (reason == QLatin1String("refusal"))
        return StopReason::Refusal;
    return StopReason::EndTurn; // end_turn, pause_turn, null
}

QJsonObject usageToJson(const Usage &u)
{
    return QJsonObject{{QLatin1String("input_tokens"), u.input},
                       {QLatin1String("output_tokens"), u.output},
                       {QLatin1String("cache_read_input_tokens"), u.cacheRead},
                       {QLatin1String("cache_creation_input_tokens"), u.cacheWrite}};
}

Usage usageFromJson(const QJsonObject &o, const Usage &base)
{
    Usage u = base;
    auto read = [&o](const char *key, qint64 *out) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isDouble())
            *out = qint64(v.toDouble());
    };
    read("input_tokens", &u.input);
    read("output_tokens", &u.output);
    read("cache_read_input_tokens", &u.cacheRead);
    read("cache_creation_input_tokens", &u.cacheWrite);
    return u;
}

QJsonObject responseToJson(const ChatResponse &r)
{
    QJsonArray content;
    for (const ContentBlock &b : r.content) {
        if (b.type != ContentBlock::Type::Image && b.type != ContentBlock::Type::ToolResult)
            content.append(blockToJson(b, false));
    }
    return QJsonObject{
        {QLatin1String("id"), toolids::withPrefix(r.id, QStringLiteral("msg_"))},
        {QLatin1String("type"), QLatin1String("message")},
        {QLatin1String("role"), QLatin1String("assistant")},
        {QLatin1String("model"), r.model},
        {QLatin1String("content"), content},
        {QLatin1String("stop_reason"), stopReasonToString(r.stopReason)},
        {QLatin1String("stop_sequence"),
         r.stopSequence.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.stopSequence)},
        {QLatin1String("usage"), usageToJson(r.usage)},
    };
}

std::optional<ChatResponse> responseFromJson(const QJsonObject &o, ApiError *error)
{
    if (o.value(QLatin1String("type")).toString() == QLatin1String("error")) {
        if (error)
            *error = errorFromBody(500, json::compact(o));
        return std::nullopt;
    }
    const QJsonValue content = o.value(QLatin1String("content"));
    if (!content.isArray()) {
        if (error)
            *error = json::badUpstream(QStringLiteral("content: expected an array"));
        return std::nullopt;
    }
    ChatResponse r;
    r.id = o.value(QLatin1String("id")).toString();
    r.model = o.value(QLatin1String("model")).toString();
    r.stopReason = stopReasonFromString(o.value(QLatin1String("stop_reason")).toString());
    r.stopSequence = o.value(QLatin1String("stop_sequence")).toString();
    r.usage = usageFromJson(o.value(QLatin1String("usage")).toObject());
    for (const QJsonValue &v : content.toArray()) {
        const QJsonObject b = v.toObject();
        const QString type = b.value(QLatin1String("type")).toString();
        if (type == QLatin1String("text")) {
            r.content << ContentBlock::makeText(b.value(QLatin1String("text")).toString());
        } else if (type == QLatin1String("tool_use")) {
            r.content << ContentBlock::makeToolUse(b.value(QLatin1String("id")).toString(),
                                                   b.value(QLatin1String("name")).toString(),
                                                   b.value(QLatin1String("input")).toObject());
        } else if (type == QLatin1String("thinking")) {
            r.content << ContentBlock::makeThinking(b.value(QLatin1String("thinking")).toString(),
                                                    b.value(QLatin1String("signature")).toString());
        } else if (type == QLatin1String("redacted_thinking")) {
            ContentBlock rb;
            rb.type = ContentBlock::Type::RedactedThinking;
            rb.redactedData = b.value(QLatin1String("data")).toString();
            r.content << rb;
        }
        // server_tool_use, web_search_tool_result, …: not representable, skipped
    }
    return r;
}

QJsonObject errorToJson(const ApiError &error)
{
    return QJsonObject{
        {QLatin1String("type"), QLatin1String("error")},
        {QLatin1String("error"), QJsonObject{{QLatin1String("type"), ApiError::anthropicType(error.kind)},
                                             {QLatin1String("message"), error.message}}}};
}

ApiError errorFromBody(int httpStatus, const QByteArray &body)
{
    ApiError e = ApiError::fromStatus(httpStatus, QString());
    const QJsonObject err = QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
    const QString type = err.value(QLatin1String("type")).toString();
    QString message = err.value(QLatin1String("message")).toString();
    if (message.isEmpty())
        message = QString::fromUtf8(body.left(500)).trimmed();
    if (!type.isEmpty())
        e.kind = ApiError::kindFromAnthropicType(type, e.kind);
    // OpenClaw's text: "HTTP <code> <error.type>: <message>".
    QString text = QStringLiteral("HTTP %1").arg(httpStatus);
    if (!type.isEmpty())
        text += QLatin1Char(' ') + type;
    if (!message.isEmpty())
        text += QStringLiteral(": ") + message;
    e.message = text;
    e.code = type;
    return e;
}

} // namespace clawdesk::anthropic
