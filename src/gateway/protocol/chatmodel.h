#pragma once

#include "wireapi.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace clawdesk {

/// @brief One content block of the internal representation (a tagged union kept flat for simplicity).
struct ContentBlock
{
    enum class Type { Text, Image, ToolUse, ToolResult, Thinking, RedactedThinking, Document };
    Type type = Type::Text;

    QString text;         ///< Text; Thinking: the thinking text; Document: a plain-text document
    QString signature;    ///< Thinking: signature (possibly wrapped, see thinkingsignature.h)
    QString redactedData; ///< RedactedThinking: opaque data (possibly wrapped)

    QString mediaType; ///< Image, Document: e.g. "image/png", "application/pdf" (base64 source)
    QString data;      ///< Image, Document: base64 payload
    QString url;       ///< Image, Document: URL source (http(s) or data: URL)
    QString title;     ///< Document: its title or file name

    QString toolId;                   ///< ToolUse: call id; ToolResult: the call it answers
    QString toolName;                 ///< ToolUse
    QJsonObject input;                ///< ToolUse: parsed arguments
    QString rawArguments;             ///< ToolUse: arguments text when it was not a JSON object
    std::vector<ContentBlock> result; ///< ToolResult content (text and image blocks)
    bool isError = false;             ///< ToolResult

    QJsonObject extra; ///< Fields of the source block the codec did not model (same-api round trip)

    static ContentBlock makeText(const QString &text);
    static ContentBlock makeThinking(const QString &text, const QString &signature = {});
    static ContentBlock makeToolUse(const QString &id, const QString &name, const QJsonObject &input);
    static ContentBlock makeToolResult(const QString &toolUseId, const QString &text, bool isError = false);
    static ContentBlock makeImageBase64(const QString &mediaType, const QString &data);
    static ContentBlock makeImageUrl(const QString &url);

    /// Arguments as a compact JSON text (rawArguments if the input was not an object).
    QString argumentsJson() const;
    /// Concatenated text of a ToolResult's text blocks.
    QString resultText() const;
};

/// @brief One conversation turn. The leading system prompt lives in ChatRequest::system; a System
/// message is an instruction the client placed later in the conversation (text blocks only).
struct ChatMessage
{
    enum class Role { User, Assistant, System };
    Role role = Role::User;
    QList<ContentBlock> content;
    bool contentWasString = false; ///< the source sent a plain string (re-emitted as one for the same api)
};

/// @brief A function tool the model may call.
struct ToolDefinition
{
    QString name;
    QString description;
    QJsonObject inputSchema;
    QJsonObject extra; ///< unmodelled fields (e.g. Anthropic cache_control, OpenAI strict)
};

/// @brief Which tool the model must or may use.
struct ToolChoice
{
    enum class Mode { Unset, Auto, Any, Tool, None };
    Mode mode = Mode::Unset;
    QString name; ///< Mode::Tool
    bool disableParallelToolUse = false;
};

/// @brief A chat request in API-neutral form.
struct ChatRequest
{
    WireApi sourceApi = WireApi::AnthropicMessages; ///< the api it was decoded from
    QString model;
    QList<ContentBlock> system; ///< text blocks
    bool systemWasString = false;
    QList<ChatMessage> messages;

    std::optional<int> maxTokens;
    std::optional<double> temperature;
    std::optional<double> topP;
    std::optional<int> topK;
    QStringList stopSequences;
    bool stream = false;
    bool includeUsage = false; ///< OpenAI stream_options.include_usage

    QList<ToolDefinition> tools;
    ToolChoice toolChoice;

    QString user;         ///< OpenAI user / Anthropic metadata.user_id
    QJsonObject metadata; ///< Anthropic metadata / OpenAI metadata

    std::optional<int> thinkingBudget; ///< Anthropic thinking.budget_tokens (thinking enabled when set)
    QString reasoningEffort;           ///< OpenAI reasoning_effort / Responses reasoning.effort
    /// Anthropic adaptive thinking: the model decides how much to think, at this effort
    /// (output_config.effort, "high" when unset); empty when not adaptive.
    QString adaptiveEffort;

    /// What decoding dropped or mapped because the internal form has no place for it, in the
    /// client's terms ("tools[4] web_search dropped"); named to the client when it is translated.
    QStringList degradations;

    /// Top-level fields the source codec did not model; the outbound codec of the SAME api writes
    /// them back unchanged, other apis ignore them.
    QJsonObject extra;

    /// System blocks joined with blank lines.
    QString systemText() const;
};

/// @brief Why the model stopped.
enum class StopReason { EndTurn, MaxTokens, StopSequence, ToolUse, ContentFilter, Refusal, Error };

/// @brief Token counts. `input` excludes cache reads and writes (Anthropic semantics); OpenAI
/// prompt_tokens = input + cacheRead + cacheWrite.
struct Usage
{
    qint64 input = 0;
    qint64 output = 0;
    qint64 cacheRead = 0;
    qint64 cacheWrite = 0;
    qint64 reasoning = 0; ///< part of output
    qint64 promptTotal() const { return input + cacheRead + cacheWrite; }
    bool operator==(const Usage &) const = default;
};

/// @brief A complete (non-streamed) model answer.
struct ChatResponse
{
    QString id;
    QString model;
    QList<ContentBlock> content;
    StopReason stopReason = StopReason::EndTurn;
    QString stopSequence;
    Usage usage;
    qint64 created = 0; ///< unix seconds (0 → now when encoding)
};

QString stopReasonName(StopReason reason); ///< "end_turn", "max_tokens", … (for logs and tests)

} // namespace clawdesk
