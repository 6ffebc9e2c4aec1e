#pragma once

#include "jsonvalue.h"
#include "modelref.h"

#include <QStringList>

#include <optional>

namespace clawdesk {

class ModelRegistry;

/// @brief The model choices of `agents.defaults`: primary, fallbacks, aliases and the allowlist
/// (spec §2.2–§2.4, §5.2). Read-only; edits go through ModelsEditor.
class ModelSelection
{
public:
    struct Alias
    {
        QString alias; ///< as written
        QString key;   ///< canonical provider/model
    };

    ModelSelection(const JsonValue &config, const ModelRegistry &registry);

    /// Aliases in file order.
    const QList<Alias> &aliases() const { return m_aliases; }
    /// Case-insensitive, trimmed alias lookup.
    std::optional<QString> aliasTarget(const QString &alias) const;
    /// The aliases pointing at a key, in file order.
    QStringList aliasesOf(const QString &key) const;

    /// User input → ref: an alias when there is no slash, else parsed; a bare id gets `anthropic/`.
    std::optional<ModelRef> resolveInput(const QString &input) const;

    /// The configured primary, resolved; `anthropic/claude-opus-4-5` when none is set.
    ModelRef primary() const;
    /// A warning when the primary is a bare id that is not an alias (spec §2.3), else empty.
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
    /// True when the allowlist restricts models (non-empty map with at least one resolvable entry).
    bool allowlistActive() const;
    bool isAllowed(const ModelRef &ref) const;

    /// The failover chain for a request (spec §5.2): requested, then fallbacks (alias-resolved,
    /// de-duplicated, allowlist-filtered), then the primary.
    QList<ModelRef> candidates(const ModelRef &requested) const;
    /// Fallbacks the allowlist would silently drop (for warnings in the GUI and `models status`).
    QStringList droppedFallbacks() const;

private:
    bool entryResolves(const QString &key) const;

    const ModelRegistry &m_registry;
    QList<Alias> m_aliases;
    QStringList m_configuredKeys;
    QString m_rawPrimary;
    QStringList m_rawFallbacks;
    QString m_rawImagePrimary;
    QStringList m_rawImageFallbacks;
};

} // namespace clawdesk
