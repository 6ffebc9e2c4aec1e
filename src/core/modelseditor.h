#pragma once

#include "json5document.h"
#include "modelselection.h"

namespace clawdesk {

/// @brief The model edits of `openclaw models …` and the GUI's editors, applied to a document with
/// format-preserving edits. They follow OpenClaw's write semantics (aliases resolve to the canonical
/// key, set/add put the key in the allowlist map, an unknown model is not refused), so both tools
/// leave the same config behind. Errors use OpenClaw's texts.
class ModelsEditor
{
public:
    ModelsEditor(Json5Document &document, const ModelSelection &selection)
        : m_document(document)
        , m_selection(selection)
    {}

    /// Sets agents.defaults.model.primary (keeping fallbacks) and allowlists the key. Returns the key.
    bool setPrimary(const QString &input, QString *key, QString *error);
    bool addAlias(const QString &alias, const QString &modelInput, QString *key, QString *error);
    bool removeAlias(const QString &alias, QString *error);
    /// Replaces an alias's name in place, so its entry keeps its layout (a one-line entry stays one line).
    bool renameAlias(const QString &alias, const QString &newAlias, QString *error);
    /// Appends a fallback (a no-op when it is already there) and allowlists it.
    bool addFallback(const QString &input, QString *error);
    bool removeFallback(const QString &input, QString *error);
    bool moveFallback(qsizetype from, qsizetype to, QString *error);
    bool clearFallbacks(QString *error);
    Json5Document &document() { return m_document; }
    /// The fallbacks as the document has them now, canonical keys.
    QStringList fallbacks() const;

    /// Records a chosen model as OpenClaw's `models set` does in both releases: an
    /// `agents.defaults.models` entry. modelPolicy is never written (2026.9.6's own writes leave it
    /// alone too).
    static bool allowModel(Json5Document &document, const QString &key, const OpenClawRelease &release,
                           QString *error);
    static bool setPluginEnabled(Json5Document &document, const QString &pluginId, bool enabled,
                                 QString *error);
    /// `Alias must use letters, numbers, dots, underscores, colons, or dashes.` etc.; empty when valid.
    static QString aliasError(const QString &alias);

private:
    /// The `agents.defaults.models` key whose entry carries the alias (null when none does).
    QString aliasEntryKey(const QString &alias) const;
    bool ensureAllowlisted(const QString &key, QString *error);
    bool ensureModelObject(QString *error);
    /// Makes sure the main file holds the fallback list (copying one that came from an $include).
    bool ensureFallbackArray(QString *error);

    Json5Document &m_document;
    const ModelSelection &m_selection;
};

} // namespace clawdesk
