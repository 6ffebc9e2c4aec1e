#pragma once

#include "json5document.h"
#include "openclawrelease.h"

#include <QList>

namespace clawdesk {

/// @brief One problem of the user's config for their OpenClaw release, with the fix ClawDesk can make.
struct ConfigFinding
{
    enum class Severity { Error, Warning };

    QString id; ///< stable for `fixFinding`: "env-vars:MINIMAX_API_KEY", "unknown-key:models.x"
    Severity severity = Severity::Warning;
    QString path; ///< dot path of the key (never its value)
    QString message;
    QString fixLabel; ///< empty when ClawDesk has no fix

    static QString severityName(Severity severity);
};

/// @brief The findings of a config for a release, and their fixes as format-preserving edits.
///
/// - `env.KEY` (2026.1.30's form) is rejected by 2026.9.6, which reads `env.vars.KEY`: an error with
///   the move as fix, for the Current era only (2026.1.30 reads both).
/// - `plugins.entries.minimax-portal-auth`: 2026.9.6 bundles MiniMax in its `minimax` plugin and
///   warns about the stale entry on every command; the fix removes it.
/// - `agents.entries.<id>.default` is retired in 2026.9.6; the fix removes it.
/// - Keys and values 2026.9.6's schema does not know: warnings that name the path only.
namespace ConfigFindings {

/// Findings of the main file's document value (what a fix can edit).
QList<ConfigFinding> find(const JsonValue &document, const OpenClawRelease &release);
/// Applies the fix of a finding; false with *error when there is none or it fails.
bool applyFix(Json5Document &document, const QString &id, const OpenClawRelease &release, QString *error);

} // namespace ConfigFindings

} // namespace clawdesk
