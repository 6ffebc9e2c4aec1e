#pragma once

#include "environment.h"

#include <QString>

#include <optional>

namespace clawdesk {

/// @brief The `openclaw` command the user would run, and its version.
///
/// Found through `CLAWDESK_OPENCLAW_BIN` (a path; anything that is not an executable file means
/// "none installed") or else the first `openclaw` on `PATH`. The version comes from the npm package
/// manifest beside the resolved script when there is one (no process started), else from
/// `openclaw --version`, which takes seconds under Node 24; that answer is cached in ClawDesk's
/// cache directory, keyed by the resolved binary's path, size and modification time, so it is
/// asked again only after an upgrade.
struct OpenClawInstall
{
    QString binary;  ///< the resolved (symlink-free) executable
    QString version; ///< "2026.9.6"

    /// @p homeDir locates the cache when XDG_CACHE_HOME is not set.
    static std::optional<OpenClawInstall> find(const Environment &env, const QString &homeDir);

    /// The release number in a `--version` line ("OpenClaw 2026.9.6 (eb377ac)" → "2026.9.6").
    static QString versionFromOutput(const QString &output);
    /// `$XDG_CACHE_HOME/ClawDesk/openclaw-version.json`, else under `~/.cache`.
    static QString cachePath(const Environment &env, const QString &homeDir);
};

} // namespace clawdesk
