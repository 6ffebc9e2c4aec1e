#pragma once

#include <QString>

#include <optional>

namespace clawdesk {

/// @brief The three HTTP APIs the gateway speaks, inbound and outbound.
enum class WireApi { AnthropicMessages, OpenAIChat, OpenAIResponses };

/// Maps a config `api` value ("anthropic-messages", "openai-completions", "openai-responses").
std::optional<WireApi> wireApiFromConfig(const QString &api);
/// The config spelling of an api kind (inverse of wireApiFromConfig).
QString wireApiConfigName(WireApi api);

} // namespace clawdesk
