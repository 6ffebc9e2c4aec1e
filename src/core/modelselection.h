#pragma once

#include "jsonvalue.h"
#include "modelref.h"
#include "openclawrelease.h"

#include <QStringList>

#include <optional>

namespace clawdesk {

class ModelRegistry;

/// @brief The model choices of `agents.defaults`: primary, fallbacks, aliases and the allowlist, by
/// the rules of the user's OpenClaw release. Read-only; edits go through ModelsEditor.
///
/// The allowlist: 2026.1.30 takes the keys of `agents.defaults.models` and silently skips configured
/// fallbacks outside it. 2026.9.6 takes `agents.entries.<agent>.modelPolicy.allow`, else
/// `agents.defaults.modelPolicy.allow` (exact refs and `provider/*`), else — until its one-time
/// migration (`meta.migrations.modelPolicyAllowlist`) has run — the legacy map; it never drops a
/// configured fallback. Both de-duplicate the chain.
class ModelSelection
{
public:
    struct Alias
    {
        QString alias; ///< as written
        QString key;   ///< canonical provider/model
    };
    /// One `agents.entries.<id>` with its own model settings.
    struct AgentModels
    {
        QString id;
        QString primary;
        QStringList fallbacks;
        std::optional<QStringList> allow; ///< modelPolicy.allow when present
    };

    /// The agent whose settings the CLI and the gateway follow.
    static constexpr auto MainAgent = "main";

    ModelSelection(const JsonValue &config, const ModelRegistry &registry, const OpenClawRelease &release);

    const OpenClawRelease &release() const { return m_release; }
    /// The model OpenClaw uses when none is configured: 2026.1.30 `anthropic/claude-opus-4-5`,
    /// 2026.9.6 `openai/gpt-6-astra`.
    static QString defaultModelKey(const OpenClawRelease &release);
    /// The provider a bare model id gets: 2026.1.30 `anthropic`, 2026.9.6 `openai`.
    static QString defaultProvider(const OpenClawRelease &release);
    /// "No default model set: OpenClaw 2026.9.6 uses openai/gpt-6-astra." when none is set, else empty.
    QString defaultModelNote() const;
    /// `agents.entries.*` that carry model settings, in file order.
    const QList<AgentModels> &agentModels() const { return m_agents; }
    /// Where the allowlist in force comes from ("agents.defaults.modelPolicy.allow", …), empty if none.
    QString allowlistSource() const { return m_allowSource; }
    /// The allowlist in force as written (refs and `provider/*`), empty when none restricts.
    QStringList allowlist() const { return m_allow; }

    /// Aliases in file order.
    const QList<Alias> &aliases() const { return m_aliases; }
    /// Case-insensitive, trimmed alias lookup.
    std::optional<QString> aliasTarget(const QString &alias) const;
    /// The aliases pointing at a key, in file order.
    QStringList aliasesOf(const QString &key) const;

    /// User input → ref: an alias when there is no slash, else parsed; a bare id gets the release's
    /// default provider.
    std::optional<ModelRef> resolveInput(const QString &input) const;

    /// The configured primary, resolved; the release's default model when none is set.
    ModelRef primary() const;
    /// A warning when the primary is a bare id that is not an alias (OpenClaw then warns that it falls
    /// back to the default provider), else empty.
    QString primaryWarning() const;
    QString rawPrimary() const { return m_rawPrimary; }
    /// Configured fallbacks, resolved but not filtered, in order (duplicates kept, as `models list` tags
    /// them).
    QList<ModelRef> fallbacks() const;
    QStringList rawFallbacks() const { return m_rawFallbacks; }
    std::optional<ModelRef> imagePrimary() const;
    QList<ModelRef> imageFallbacks() const;

    /// Keys of `agents.defaults.models`, in file order.
    QStringList configuredKeys() const { return m_configuredKeys; }
    /// True when an allowlist restricts models.
    bool allowlistActive() const;
    bool isAllowed(const ModelRef &ref) const;

    /// The failover chain for a request: requested, then the configured fallbacks (alias-resolved,
    /// de-duplicated, allowlist-filtered for 2026.1.30 only), then the primary.
    QList<ModelRef> candidates(const ModelRef &requested) const;
    /// Fallbacks the release silently drops (2026.1.30 only), for warnings in the GUI and `models status`.
    QStringList droppedFallbacks() const;

private:
    bool entryResolves(const QString &key) const;
    bool legacyMapRestricts() const;
    bool fallbackKept(const ModelRef &ref) const;

    const ModelRegistry &m_registry;
    OpenClawRelease m_release;
    QList<AgentModels> m_agents;
    QStringList m_allow;
    QString m_allowSource;
    QList<Alias> m_aliases;
    QStringList m_configuredKeys;
    QString m_rawPrimary;
    QStringList m_rawFallbacks;
    QString m_rawImagePrimary;
    QStringList m_rawImageFallbacks;
};

} // namespace clawdesk
