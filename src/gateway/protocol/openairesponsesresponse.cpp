#include "openairesponsesformat.h"

#include "jsonhelpers.h"
#include "openaicommon.h"
#include "toolids.h"

namespace clawdesk::openairesponses {

QString responseId(const QString &id)
{
    return toolids::withPrefix(id, QStringLiteral("resp_"));
}

QJsonObject usageToJson(const Usage &u)
{
    return QJsonObject{
        {QLatin1String("input_tokens"), u.promptTotal()},
        {QLatin1String("input_tokens_details"), QJsonObject{{QLatin1String("cached_tokens"), u.cacheRead}}},
        {QLatin1String("output_tokens"), u.output},
        {QLatin1String("output_tokens_details"),
         QJsonObject{{QLatin1String("reasoning_tokens"), u.reasoning}}},
        {QLatin1String("total_tokens"), u.promptTotal() + u.output},
    };
}

Usage usageFromJson(const QJsonObject &o)
{
    Usage u;
    const qint64 input = qint64(o.value(QLatin1String("input_tokens")).toDouble());
    u.cacheRead = qint64(o.value(QLatin1String("input_tokens_details"))
                             .toObject()
                             .value(QLatin1String("cached_tokens"))
                             .toDouble());
    u.input = qMax<qint64>(0, input - u.cacheRead);
    u.output = qint64(o.value(QLatin1String("output_tokens")).toDouble());
    u.reasoning = qint64(o.value(QLatin1String("output_tokens_details"))
                             .toObject()
                             .value(QLatin1String("reasoning_tokens"))
                             .toDouble());
    return u;
}

QJsonObject outputTextPart(const QString &text)
{
    return QJsonObject{{QLatin1String("type"), QLatin1String("output_text")},
                       {QLatin1String("text"), text},
                       {QLatin1String("annotations"), QJsonArray()}};
}

QJsonObject functionCallItem(const ContentBlock &b, const QString &status)
{
    const QString id = b.extra.value(QLatin1String("id")).toString();
    return QJsonObject{{QLatin1String("type"), QLatin1String("function_call")},
                       {QLatin1String("id"), id.isEmpty() ? toolids::responsesItemId(b.toolId) : id},
                       {QLatin1String("call_id"), b.toolId},
                       {QLatin1String("name"), b.toolName},
                       {QLatin1String("arguments"), b.argumentsJson()},
                       {QLatin1String("status"), status}};
}

QJsonObject reasoningItem(const ContentBlock &b, const QString &fallbackId)
{
    const QString id = b.extra.value(QLatin1String("id")).toString();
    QJsonArray summary;
    if (!b.text.isEmpty())
        summary.append(QJsonObject{{QLatin1String("type"), QLatin1String("summary_text")},
                                   {QLatin1String("text"), b.text}});
    QJsonObject item{{QLatin1String("type"), QLatin1String("reasoning")},
                     {QLatin1String("id"), id.isEmpty() ? fallbackId : id},
                     {QLatin1String("summary"), summary}};
    if (!b.signature.isEmpty())
        item.insert(QLatin1String("encrypted_content"), b.signature);
    return item;
}

QJsonObject responseToJson(const ChatResponse &r)
{
    const QString id = responseId(r.id);
    const QString core = id.mid(5);
    QJsonArray output;
    QJsonArray parts;
    int n = 0;
    auto flush = [&] {
        if (parts.isEmpty())
            return;
        output.append(QJsonObject{{QLatin1String("type"), QLatin1String("message")},
                                  {QLatin1String("id"), QStringLiteral("msg_%1_%2").arg(core).arg(n++)},
                                  {QLatin1String("status"), QLatin1String("completed")},
                                  {QLatin1String("role"), QLatin1String("assistant")},
                                  {QLatin1String("content"), parts}});
        parts = QJsonArray();
    };
    for (const ContentBlock &b : r.content) {
        if (b.type == ContentBlock::Type::Text) {
            parts.append(outputTextPart(b.text));
        } else if (b.type == ContentBlock::Type::ToolUse) {
            flush();
            output.append(functionCallItem(b, QStringLiteral("completed")));
        } else if (b.type == ContentBlock::Type::Thinking) {
            flush();
            output.append(reasoningItem(b, QStringLiteral("rs_%1_%2").arg(core).arg(n++)));
        }
    }
    flush();
    const bool incomplete =
        r.stopReason == StopReason::MaxTokens || r.stopReason == StopReason::ContentFilter;
    QJsonObject details;
    if (incomplete)
        details.insert(QLatin1String("reason"), r.stopReason == StopReason::MaxTokens
                                                    ? QLatin1String("max_output_tokens")
                                                    : QLatin1String("content_filter"));
    return QJsonObject{
        {QLatin1String("id"), id},
        {QLatin1String("object"), QLatin1String("response")},
        {QLatin1String("created_at"), r.created ? r.created : json::nowSeconds()},
        {QLatin1String("status"), incomplete ? QLatin1String("incomplete") : QLatin1String("completed")},
        {QLatin1String("error"), QJsonValue::Null},
        {QLatin1String("incomplete_details"),
         incomplete ? QJsonValue(details) : QJsonValue(QJsonValue::Null)},
        {QLatin1String("model"), r.model},
        {QLatin1String("output"), output},
        {QLatin1String("parallel_tool_calls"), true},
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
    const QJsonValue output = o.value(QLatin1String("output"));
    if (!output.isArray()) {
        if (error)
            *error = json::badUpstream(QStringLiteral("output: expected an array"));
        return std::nullopt;
    }
    ChatResponse r;
    r.id = o.value(QLatin1String("id")).toString();
    r.model = o.value(QLatin1String("model")).toString();
    r.created = qint64(o.value(QLatin1String("created_at")).toDouble());
    r.usage = usageFromJson(o.value(QLatin1String("usage")).toObject());
    bool sawCall = false;
    for (const QJsonValue &v : output.toArray()) {
        const QJsonObject item = v.toObject();
        const QString type = item.value(QLatin1String("type")).toString();
        if (type == QLatin1String("message")) {
            for (const QJsonValue &p : item.value(QLatin1String("content")).toArray()) {
                const QJsonObject part = p.toObject();
                if (part.value(QLatin1String("type")).toString() == QLatin1String("output_text"))
                    r.content << ContentBlock::makeText(part.value(QLatin1String("text")).toString());
                else if (part.value(QLatin1String("type")).toString() == QLatin1String("refusal"))
                    r.content << ContentBlock::makeText(part.value(QLatin1String("refusal")).toString());
            }
        } else if (type == QLatin1String("function_call")) {
            sawCall = true;
            ContentBlock b = ContentBlock::makeToolUse(item.value(QLatin1String("call_id")).toString(),
                                                       item.value(QLatin1String("name")).toString(), {});
            const QString args = item.value(QLatin1String("arguments")).toString();
            if (const auto parsed = json::parseObjectText(args))
                b.input = *parsed;
            else if (!args.trimmed().isEmpty())
                b.rawArguments = args;
            b.extra.insert(QLatin1String("id"), item.value(QLatin1String("id")));
            r.content << b;
        } else if (type == QLatin1String("reasoning")) {
            QStringList texts;
            for (const QJsonValue &s : item.value(QLatin1String("summary")).toArray())
                texts << s.toObject().value(QLatin1String("text")).toString();
            for (const QJsonValue &s : item.value(QLatin1String("content")).toArray())
                texts << s.toObject().value(QLatin1String("text")).toString();
            ContentBlock b =
                ContentBlock::makeThinking(texts.join(QStringLiteral("\n\n")),
                                           item.value(QLatin1String("encrypted_content")).toString());
            b.extra.insert(QLatin1String("id"), item.value(QLatin1String("id")));
            r.content << b;
        }
    }
    const QString reason =
        o.value(QLatin1String("incomplete_details")).toObject().value(QLatin1String("reason")).toString();
    if (reason == QLatin1String("max_output_tokens"))
        r.stopReason = StopReason::MaxTokens;
    else if (reason == QLatin1String("content_filter"))
        r.stopReason = StopReason::ContentFilter;
    else
        r.stopReason = sawCall ? StopReason::ToolUse : StopReason::EndTurn;
    return r;
}

} // namespace clawdesk::openairesponses
