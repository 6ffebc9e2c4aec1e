#include "openaichatformat.h"

#include "jsonhelpers.h"
#include "openaicommon.h"
#include "toolids.h"

#include <QJsonArray>

namespace clawdesk::openaichat {

QString finishReasonToString(StopReason reason)
{
    switch (reason) {
    case StopReason::MaxTokens:
        return QStringLiteral("length");
    case StopReason::ToolUse:
        return QStringLiteral("tool_calls");
    case StopReason::ContentFilter:
    case StopReason::Refusal:
        return QStringLiteral("content_filter");
    case StopReason::EndTurn:
    case StopReason::StopSequence:
    case StopReason::Error:
        break;
    }
    return QStringLiteral("stop");
}

StopReason finishReasonFromString(const QString &reason)
{
    if (reason == QLatin1String("length"))
        return StopReason::MaxTokens;
    if (reason == QLatin1String("tool_calls") || reason == QLatin1String("function_call"))
        return StopReason::ToolUse;
    if (reason == QLatin1String("content_filter"))
        return StopReason::ContentFilter;
    return StopReason::EndTurn;
}

QJsonObject usageToJson(const Usage &u)
{
    return QJsonObject{
        {QLatin1String("prompt_tokens"), u.promptTotal()},
        {QLatin1String("completion_tokens"), u.output},
        {QLatin1String("total_tokens"), u.promptTotal() + u.output},
        {QLatin1String("prompt_tokens_details"), QJsonObject{{QLatin1String("cached_tokens"), u.cacheRead}}},
        {QLatin1String("completion_tokens_details"),
         QJsonObject{{QLatin1String("reasoning_tokens"), u.reasoning}}},
    };
}

Usage usageFromJson(const QJsonObject &o)
{
    Usage u;
    const qint64 prompt = qint64(o.value(QLatin1String("prompt_tokens")).toDouble());
    u.cacheRead = qint64(o.value(QLatin1String("prompt_tokens_details"))
                             .toObject()
                             .value(QLatin1String("cached_tokens"))
                             .toDouble());
    u.input = qMax<qint64>(0, prompt - u.cacheRead);
    u.output = qint64(o.value(QLatin1String("completion_tokens")).toDouble());
    u.reasoning = qint64(o.value(QLatin1String("completion_tokens_details"))
                             .toObject()
                             .value(QLatin1String("reasoning_tokens"))
                             .toDouble());
    return u;
}

QJsonObject responseToJson(const ChatResponse &r)
{
    QStringList texts;
    QString reasoning;
    QJsonArray calls;
    for (const ContentBlock &b : r.content) {
        if (b.type == ContentBlock::Type::Text) {
            texts << b.text;
        } else if (b.type == ContentBlock::Type::Thinking) {
            reasoning += b.text;
        } else if (b.type == ContentBlock::Type::ToolUse) {
            calls.append(QJsonObject{
                {QLatin1String("id"), b.toolId},
                {QLatin1String("type"), QLatin1String("function")},
                {QLatin1String("function"), QJsonObject{{QLatin1String("name"), b.toolName},
                                                        {QLatin1String("arguments"), b.argumentsJson()}}}});
        }
    }
    QJsonObject message{{QLatin1String("role"), QLatin1String("assistant")},
                        {QLatin1String("content"),
                         texts.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(texts.join(QString()))}};
    if (!calls.isEmpty())
        message.insert(QLatin1String("tool_calls"), calls);
    if (!reasoning.isEmpty())
        message.insert(QLatin1String("reasoning_content"), reasoning);
    const QJsonObject choice{{QLatin1String("index"), 0},
                             {QLatin1String("message"), message},
                             {QLatin1String("logprobs"), QJsonValue::Null},
                             {QLatin1String("finish_reason"), finishReasonToString(r.stopReason)}};
    return QJsonObject{
        {QLatin1String("id"), toolids::withPrefix(r.id, QStringLiteral("chatcmpl-"))},
        {QLatin1String("object"), QLatin1String("chat.completion")},
        {QLatin1String("created"), r.created ? r.created : json::nowSeconds()},
        {QLatin1String("model"), r.model},
        {QLatin1String("choices"), QJsonArray{choice}},
        {QLatin1String("usage"), usageToJson(r.usage)},
    };
}

std::optional<ChatResponse> responseFromJson(const QJsonObject &o, ApiError *error)
{
    if (o.value(QLatin1String("error")).isObject()) {
        if (error)
            *error = openai::errorFromObject(o.value(QLatin1String("error")).toObject());
        return std::nullopt;
    }
    const QJsonArray choices = o.value(QLatin1String("choices")).toArray();
    if (choices.isEmpty() || !choices.first().isObject()) {
        if (error)
            *error = json::badUpstream(QStringLiteral("choices: expected a non-empty array"));
        return std::nullopt;
    }
    const QJsonObject choice = choices.first().toObject();
    const QJsonObject message = choice.value(QLatin1String("message")).toObject();
    ChatResponse r;
    r.id = o.value(QLatin1String("id")).toString();
    r.model = o.value(QLatin1String("model")).toString();
    r.created = qint64(o.value(QLatin1String("created")).toDouble());
    r.stopReason = finishReasonFromString(choice.value(QLatin1String("finish_reason")).toString());
    r.usage = usageFromJson(o.value(QLatin1String("usage")).toObject());
    // DeepSeek/Qwen/vLLM put reasoning in reasoning_content, OpenRouter/Ollama in reasoning.
    QString reasoning = message.value(QLatin1String("reasoning_content")).toString();
    if (reasoning.isEmpty())
        reasoning = message.value(QLatin1String("reasoning")).toString();
    if (!reasoning.isEmpty())
        r.content << ContentBlock::makeThinking(reasoning);
    const QString content = message.value(QLatin1String("content")).toString();
    if (!content.isEmpty())
        r.content << ContentBlock::makeText(content);
    const QString refusal = message.value(QLatin1String("refusal")).toString();
    if (!refusal.isEmpty()) {
        r.content << ContentBlock::makeText(refusal);
        r.stopReason = StopReason::Refusal;
    }
    for (const QJsonValue &v : message.value(QLatin1String("tool_calls")).toArray()) {
        const QJsonObject call = v.toObject();
        const QJsonObject fn = call.value(QLatin1String("function")).toObject();
        QString id = call.value(QLatin1String("id")).toString();
        if (id.isEmpty())
            id = toolids::generate(QStringLiteral("call_"));
        ContentBlock b = ContentBlock::makeToolUse(id, fn.value(QLatin1String("name")).toString(), {});
        const QString args = fn.value(QLatin1String("arguments")).toString();
        if (const auto parsed = json::parseObjectText(args))
            b.input = *parsed;
        else if (!args.trimmed().isEmpty())
            b.rawArguments = args;
        r.content << b;
    }
    return r;
}

} // namespace clawdesk::openaichat
