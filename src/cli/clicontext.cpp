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

void CliContext::printWarnings(const OpenClawConfig &config)
{
    for (const QString &warning : config.warnings())
        err << "[openclaw] " << warning << Qt::endl;
}

} // namespace clawdesk
