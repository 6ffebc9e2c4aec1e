#include "tokenestimate.h"

#include "anthropicformat.h"
#include "jsonhelpers.h"

namespace clawdesk::tokens {

qint64 textTokens(const QString &text)
{
    const qint64 bytes = text.toUtf8().size();
    return (bytes + 3) / 4;
}

static qint64 blockTokens(const ContentBlock &b)
{
    switch (b.type) {
    case ContentBlock::Type::Text:
    case ContentBlock::Type::Thinking:
        return textTokens(b.text);
    case ContentBlock::Type::Image:
        return kPerImage;
    case ContentBlock::Type::ToolUse:
        return textTokens(b.toolName) + textTokens(b.argumentsJson());
    case ContentBlock::Type::ToolResult: {
        qint64 n = 0;
        for (const ContentBlock &c : b.result)
            n += blockTokens(c);
        return n;
    }
    case ContentBlock::Type::RedactedThinking:
        return 0;
    case ContentBlock::Type::Document:
        return b.data.isEmpty() ? textTokens(b.text)
                                : qint64(b.data.size()) * 3 / 4 / 100; // ~1 token per 100 PDF bytes
    }
    return 0;
}

qint64 estimateInputTokens(const ChatRequest &request)
{
    qint64 n = kReplyPriming;
    for (const ContentBlock &b : request.system)
        n += textTokens(b.text);
    for (const ChatMessage &m : request.messages) {
        n += kPerMessage;
        for (const ContentBlock &b : m.content)
            n += blockTokens(b);
    }
    if (!request.tools.isEmpty()) {
        n += kToolsOverhead;
        for (const ToolDefinition &t : request.tools)
            n += textTokens(t.name) + textTokens(t.description) +
                 textTokens(json::compactString(t.inputSchema));
    }
    return n;
}

std::optional<QByteArray> countTokensResponse(const QByteArray &anthropicBody, ApiError *error)
{
    const auto body = json::parseObject(anthropicBody, error);
    if (!body)
        return std::nullopt;
    const auto request = anthropic::requestFromJson(*body, error, false);
    if (!request)
        return std::nullopt;
    return json::compact({{QLatin1String("input_tokens"), estimateInputTokens(*request)}});
}

} // namespace clawdesk::tokens
