#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace clawdesk {

using HeaderList = QList<QPair<QString, QString>>;

/// @brief Price of a model in USD per 1,000,000 tokens, the unit of OpenClaw's `cost` fields (a
/// request costs price / 1e6 × tokens, per token kind).
struct ModelCost
{
    double input = 0;
    double output = 0;
    double cacheRead = 0;
    double cacheWrite = 0;
    bool operator==(const ModelCost &) const = default;
};

/// @brief One model of a provider, with the defaults OpenClaw fills in at load time for omitted fields
/// (the initialisers below; modelFromJson() makes maxTokens min(8192, contextWindow)).
struct ModelInfo
{
    QString id;
    QString name;
    QString api; ///< empty: the provider's api
    bool reasoning = false;
    QStringList input{QStringLiteral("text")};
    ModelCost cost;
    qint64 contextWindow = 200000;
    qint64 maxTokens = 8192;
    HeaderList headers;
    QString maxTokensField; ///< compat.maxTokensField
    bool supportsDeveloperRole = true;
};

/// @brief A model provider as the registry sees it after merging built-in, implicit and configured parts.
struct ProviderInfo
{
    enum Origin : int { BuiltIn = 1, Implicit = 2, Configured = 4 };

    QString id;
    QString baseUrl;
    QString apiKey; ///< as configured (after ${VAR} substitution); may be an env-var name or placeholder
    QString auth;   ///< api-key | oauth | token | aws-sdk
    QString api;    ///< anthropic-messages | openai-completions | openai-responses | …
    HeaderList headers;
    bool authHeader = false;
    QList<ModelInfo> models;
    int origin = 0;

    const ModelInfo *findModel(const QString &modelId) const;
    /// True when the base URL's host is this machine or the local network (`*.local`).
    bool isLocal() const;
};

} // namespace clawdesk
