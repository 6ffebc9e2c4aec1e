#pragma once

#include "authprofiles.h"
#include "configpaths.h"
#include "modelregistry.h"
#include "modelselection.h"
#include "openclawconfig.h"
#include "openclawrelease.h"

#include <memory>

namespace clawdesk {

/// @brief An immutable view of one loaded config with everything derived from it: auth profiles,
/// the model registry and the model selection. Shared read-only between the CLI, GUI and gateway.
class ConfigSnapshot
{
public:
    /// Follows the installed OpenClaw, else the release the config and state files show signs of.
    static std::shared_ptr<const ConfigSnapshot> create(OpenClawConfig config, const ConfigPaths &paths);
    static std::shared_ptr<const ConfigSnapshot> create(OpenClawConfig config, const ConfigPaths &paths,
                                                        const OpenClawRelease &release);
    /// The release whose rules a config at `paths` follows (OpenClawRelease::detect).
    static OpenClawRelease releaseFor(const OpenClawConfig &config, const ConfigPaths &paths);

    const OpenClawConfig &config() const { return m_config; }
    const ConfigPaths &paths() const { return m_paths; }
    const OpenClawRelease &release() const { return m_release; }
    const AuthProfiles &profiles() const { return m_profiles; }
    const ModelRegistry &registry() const { return m_registry; }
    const ModelSelection &selection() const { return *m_selection; }
    /// Problems reading auth-profiles.json (empty when fine or absent).
    QString profilesError() const { return m_profilesError; }

private:
    ConfigSnapshot() = default;

    OpenClawConfig m_config;
    ConfigPaths m_paths;
    OpenClawRelease m_release;
    AuthProfiles m_profiles;
    QString m_profilesError;
    ModelRegistry m_registry;
    std::unique_ptr<ModelSelection> m_selection;
};

using ConfigSnapshotPtr = std::shared_ptr<const ConfigSnapshot>;

} // namespace clawdesk
