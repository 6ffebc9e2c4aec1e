#pragma once

#include "apierror.h"
#include "chatmodel.h"

#include <QByteArray>

#include <optional>

namespace clawdesk {

/// Input-token estimate for /v1/messages/count_tokens (no tokenizer is available offline).
///
/// Heuristic: ceil(UTF-8 bytes / 4) for every text (system, messages, thinking, tool-use
/// arguments, tool results, tool names, descriptions and JSON schemas), plus 1,600 per image
/// (Anthropic's cost of a ~1.15 MP image), 4 per message, 3 for the reply priming, and 350 once
/// when tools are present (the tool-use system prompt Anthropic adds).
namespace tokens {
constexpr int kPerImage = 1600;
constexpr int kPerMessage = 4;
constexpr int kReplyPriming = 3;
constexpr int kToolsOverhead = 350;

qint64 textTokens(const QString &text);
qint64 estimateInputTokens(const ChatRequest &request);
/// Parses an Anthropic count_tokens body (max_tokens not required) and returns
/// {"input_tokens": n}; nullopt with a 400 error for an invalid body.
std::optional<QByteArray> countTokensResponse(const QByteArray &anthropicBody, ApiError *error);
} // namespace tokens

} // namespace clawdesk
