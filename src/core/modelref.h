#pragma once

#include <QString>

#include <optional>

namespace clawdesk {

/// @brief A `provider/model` reference, parsed and normalised as OpenClaw does, so a ref means the same
/// model in both tools: the provider is normalised, the model id stays case-sensitive.
struct ModelRef
{
    QString provider; ///< lower-cased and normalised (z.ai → zai, qwen → qwen-portal, …)
    QString model;    ///< case-sensitive, may contain further slashes

    QString key() const { return provider + QLatin1Char('/') + model; }
    bool operator==(const ModelRef &other) const = default;

    /// Splits at the first '/'; nullopt when either side is empty or there is no slash.
    static std::optional<ModelRef> parse(const QString &text);
    /// Like parse(), but a slash-less id gets `defaultProvider` (OpenClaw: anthropic).
    static std::optional<ModelRef>
    parseOrDefault(const QString &text, const QString &defaultProvider = QStringLiteral("anthropic"));
};

/// Lower-cases a provider id and maps OpenClaw's legacy spellings to the canonical id.
QString normalizeProviderId(const QString &provider);

/// The default provider and model OpenClaw uses when nothing is configured.
inline constexpr auto DefaultProvider = "anthropic";
inline constexpr auto DefaultModelKey = "anthropic/claude-opus-4-5";

} // namespace clawdesk
