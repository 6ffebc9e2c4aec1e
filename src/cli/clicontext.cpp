#include "clicontext.h"

namespace clawdesk {

Environment CliContext::cliEnvironment(const ConfigPaths &paths)
{
    Environment env = systemEnvironment();
    loadDotEnvFile(paths.stateDir + QStringLiteral("/.env"), env);
    return env;
}

int CliContext::fail(const QString &message)
{
    err << "Error: " << message << Qt::endl;
    return 1;
}

int CliContext::editConfig(const ConfigStore::Mutation &mutation, bool announceUpdate)
{
    const ConfigStore::EditResult result = store().edit(mutation);
    if (!result.ok) {
        if (result.error.startsWith(QStringLiteral("Invalid config at"))) {
            err << result.error << Qt::endl;
            return 1;
        }
        return fail(result.error);
    }
    if (result.changed && announceUpdate)
        out << "Updated " << displayPath(paths.configPath) << Qt::endl;
    return 0;
}

void CliContext::printWarnings(const OpenClawConfig &config)
{
    for (const QString &warning : config.warnings())
        err << "[openclaw] " << warning << Qt::endl;
}

} // namespace clawdesk
