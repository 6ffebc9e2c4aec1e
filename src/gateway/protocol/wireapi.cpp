#include "wireapi.h"

namespace clawdesk {

std::optional<WireApi> wireApiFromConfig(const QString &api)
{
    if (api == QLatin1String("anthropic-messages"))
        return WireApi::AnthropicMessages;
    if (api == QLatin1String("openai-completions"))
        return WireApi::OpenAIChat;
    if (api == QLatin1String("openai-responses"))
        return WireApi::OpenAIResponses;
    return std::nullopt;
}

QString wireApiConfigName(WireApi api)
{
    switch (api) {
    case WireApi::AnthropicMessages:
        return QStringLiteral("anthropic-messages");
    case WireApi::OpenAIChat:
        return QStringLiteral("openai-completions");
    case WireApi::OpenAIResponses:
        return QStringLiteral("openai-responses");
    }
    return {};
}

} // namespace clawdesk
