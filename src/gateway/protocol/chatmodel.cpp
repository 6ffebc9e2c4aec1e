#include "chatmodel.h"

#include <QJsonDocument>

namespace clawdesk {

ContentBlock ContentBlock::makeText(const QString &text)
{
    ContentBlock b;
    b.type = Type::Text;
    b.text = text;
    return b;
}

ContentBlock ContentBlock::makeThinking(const QString &text, const QString &signature)
{
    ContentBlock b;
    b.type = Type::Thinking;
    b.text = text;
    b.signature = signature;
    return b;
}

ContentBlock ContentBlock::makeToolUse(const QString &id, const QString &name, const QJsonObject &input)
{
    ContentBlock b;
    b.type = Type::ToolUse;
    b.toolId = id;
    b.toolName = name;
    b.input = input;
    return b;
}

ContentBlock ContentBlock::makeToolResult(const QString &toolUseId, const QString &text, bool isError)
{
    ContentBlock b;
    b.type = Type::ToolResult;
    b.toolId = toolUseId;
    b.isError = isError;
    b.result.push_back(makeText(text));
    return b;
}

ContentBlock ContentBlock::makeImageBase64(const QString &mediaType, const QString &data)
{
    ContentBlock b;
    b.type = Type::Image;
    b.mediaType = mediaType;
    b.data = data;
    return b;
}

ContentBlock ContentBlock::makeImageUrl(const QString &url)
{
    ContentBlock b;
    b.type = Type::Image;
    b.url = url;
    return b;
}

QString ContentBlock::argumentsJson() const
{
    if (!rawArguments.isEmpty())
        return rawArguments;
    return QString::fromUtf8(QJsonDocument(input).toJson(QJsonDocument::Compact));
}

QString ContentBlock::resultText() const
{
    QString out;
    for (const ContentBlock &b : result) {
        if (b.type != Type::Text)
            continue;
        if (!out.isEmpty())
            out += QLatin1Char('\n');
        out += b.text;
    }
    return out;
}

QString ChatRequest::systemText() const
{
    QStringList parts;
    for (const ContentBlock &b : system)
        parts << b.text;
    return parts.join(QStringLiteral("\n\n"));
}

QString stopReasonName(StopReason reason)
{
    switch (reason) {
    case StopReason::EndTurn:
        return QStringLiteral("end_turn");
    case StopReason::MaxTokens:
        return QStringLiteral("max_tokens");
    case StopReason::StopSequence:
        return QStringLiteral("stop_sequence");
    case StopReason::ToolUse:
        return QStringLiteral("tool_use");
    case StopReason::ContentFilter:
        return QStringLiteral("content_filter");
    case StopReason::Refusal:
        return QStringLiteral("refusal");
    case StopReason::Error:
        return QStringLiteral("error");
    }
    return {};
}

} // namespace clawdesk
