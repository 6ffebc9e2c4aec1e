#pragma once

#include "configpaths.h"
#include "openclawconfig.h"

#include <functional>

namespace clawdesk {

/// @brief Reads openclaw.json and applies edits to the file as it is on disk *now*: every edit
/// takes the config's FileLock, re-reads, re-applies and validates before an atomic save, so no
/// change made elsewhere is lost, no file that fails to parse is ever written, and no edit adds a
/// problem (a problem the file already has elsewhere does not block an edit of an unrelated value).
/// An edit that keeps meeting changes by another program is reported, not dropped.
class ConfigStore
{
public:
    ConfigStore(const ConfigPaths &paths, const Environment &env)
        : m_paths(paths)
        , m_env(env)
    {}

    const ConfigPaths &paths() const { return m_paths; }
    const Environment &environment() const { return m_env; }
    OpenClawConfig load() const;

    /// Changes the document in place; returns false with *error to abort the edit.
    using Mutation =
        std::function<bool(Json5Document &document, const OpenClawConfig &current, QString *error)>;

    struct EditResult
    {
        bool ok = false;
        bool changed = false;
        QString error; ///< one line, or OpenClaw's "Invalid config at …" block
        OpenClawConfig config;
    };
    EditResult edit(const Mutation &mutation) const;

    /// The issues of `proposed` that `current` does not have (same path and message).
    static ConfigIssues addedIssues(const OpenClawConfig &current, const OpenClawConfig &proposed);
    /// "Invalid config at <path>:\n- a.b: message (file:line:col)" for a config with issues.
    static QString describeInvalid(const OpenClawConfig &config);

private:
    ConfigPaths m_paths;
    Environment m_env;
};

} // namespace clawdesk
