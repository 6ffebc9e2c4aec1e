#include "configsnapshot.h"

namespace clawdesk {

std::shared_ptr<const ConfigSnapshot> ConfigSnapshot::create(OpenClawConfig config, const ConfigPaths &paths)
{
    std::shared_ptr<ConfigSnapshot> snapshot(new ConfigSnapshot);
    snapshot->m_config = std::move(config);
    snapshot->m_paths = paths;
    snapshot->m_profiles = AuthProfiles::loadFor(paths, &snapshot->m_profilesError);
    snapshot->m_registry = ModelRegistry::build(snapshot->m_config.resolved(),
                                                snapshot->m_config.environment(), snapshot->m_profiles);
    snapshot->m_selection =
        std::make_unique<ModelSelection>(snapshot->m_config.resolved(), snapshot->m_registry);
    return snapshot;
}

} // namespace clawdesk
