#include "configsnapshot.h"

namespace clawdesk {

OpenClawRelease ConfigSnapshot::releaseFor(const OpenClawConfig &config, const ConfigPaths &paths)
{
    // The installed CLI first: a fresh config carries no signs, and writing the newest release's
    // keys for a user who runs 2026.1.30 would break their OpenClaw.
    return OpenClawRelease::detect(paths, config.merged(), config.environment());
}

std::shared_ptr<const ConfigSnapshot> ConfigSnapshot::create(OpenClawConfig config, const ConfigPaths &paths)
{
    const OpenClawRelease release = releaseFor(config, paths);
    return create(std::move(config), paths, release);
}

std::shared_ptr<const ConfigSnapshot> ConfigSnapshot::create(OpenClawConfig config, const ConfigPaths &paths,
                                                             const OpenClawRelease &release)
{
    std::shared_ptr<ConfigSnapshot> snapshot(new ConfigSnapshot);
    snapshot->m_config = std::move(config);
    snapshot->m_paths = paths;
    snapshot->m_release = release;
    snapshot->m_profiles = AuthProfiles::loadFor(paths, &snapshot->m_profilesError);
    snapshot->m_registry = ModelRegistry::build(
        snapshot->m_config.resolved(), snapshot->m_config.environment(), snapshot->m_profiles, release);
    snapshot->m_selection =
        std::make_unique<ModelSelection>(snapshot->m_config.resolved(), snapshot->m_registry, release);
    return snapshot;
}

} // namespace clawdesk
