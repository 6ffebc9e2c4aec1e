#pragma once

#include "configpaths.h"
#include "environment.h"
#include "jsonvalue.h"

#include <QString>

namespace clawdesk {

/// @brief Which OpenClaw the user has, and so which of its rules ClawDesk follows.
///
/// Two generations behave differently where ClawDesk meets them:
/// - Legacy (2026.1.30 and its line): credentials in `<agentDir>/auth-profiles.json`, `env: { KEY }`
///   accepted, the allowlist is the key set of `agents.defaults.models`, configured fallbacks outside
///   the allowlist are skipped.
/// - Current (2026.9.6 and later): credentials in SQLite, `env: { vars: { KEY } }` only, the allowlist
///   is `modelPolicy.allow` with `provider/*` wildcards, fallbacks are never filtered.
/// Where nothing tells which one the user has, the newest rules apply.
struct OpenClawRelease
{
    enum class Era { Legacy, Current };
    /// What the answer rests on, strongest first.
    enum class Source { InstalledCli, ConfigFile, StateFiles, Assumed };

    Era era = Era::Current;
    QString version; ///< "2026.9.6" when known, else empty
    Source source = Source::Assumed;

    bool isLegacy() const { return era == Era::Legacy; }
    /// For machines (`models status --json`): "legacy" | "current".
    QString eraId() const;
    /// For machines: "installed" | "config" | "state" | "assumed".
    QString sourceId() const;
    /// For people: "OpenClaw 2026.9.6 (installed)", "OpenClaw 2026.1.30 (from openclaw.json)",
    /// "OpenClaw not found: newest rules".
    QString describe() const;

    /// The era a version string belongs to ("2026.1.30" → Legacy, "2026.9.6" → Current).
    static Era eraOfVersion(const QString &version);
    /// Reads the signs a config and a state directory carry, without running anything:
    /// `meta.lastTouchedVersion`, `meta.migrations`, `modelPolicy`, the SQLite stores.
    static OpenClawRelease fromSigns(const JsonValue &config, const QString &stateDir,
                                     const QString &agentDir);

    /// The one entry point: the installed CLI's version where an `openclaw` is found (see
    /// OpenClawInstall), else the signs of @p config and the state files, else the newest rules.
    /// @p config is the loaded openclaw.json (raw or resolved; only `meta` and `agents` are read).
    static OpenClawRelease detect(const ConfigPaths &paths, const JsonValue &config, const Environment &env);
};

} // namespace clawdesk
