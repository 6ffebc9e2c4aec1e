#pragma once

#include "json5document.h"
#include "modelselection.h"

namespace clawdesk {

/// @brief The places where the model choice names an alias (the primary, fallback entries) and the
/// edit that writes them out as the alias's provider/model.
///
/// An entry without a slash is read as an alias and otherwise as an Anthropic model id, so removing
/// an alias that the chain still names would silently turn that entry into `anthropic/<alias>`.
/// Spelling the uses out first keeps the chain meaning what it meant.
class AliasUses
{
public:
    AliasUses(const ModelSelection &selection, const QString &alias);

    /// The provider/model the alias points at; empty when the alias is unknown.
    QString target() const { return m_target; }
    bool usedByPrimary() const { return m_primary; }
    /// 0-based positions in the fallback list that name the alias.
    QList<int> fallbackPositions() const { return m_fallbacks; }
    bool isEmpty() const { return !m_primary && m_fallbacks.isEmpty(); }

    /// Replaces every use with `replacement` (target() when empty) in the document.
    bool replace(Json5Document &document, QString *error, const QString &replacement = {}) const;

private:
    bool names(const QString &entry) const;

    const ModelSelection &m_selection;
    QString m_alias;
    QString m_target;
    bool m_primary = false;
    QList<int> m_fallbacks;
};

} // namespace clawdesk
