#include "configpaths.h"

#include <QDir>
#include <QFileInfo>

namespace clawdesk {

namespace {

QString envValue(const Environment &env, const char *primary, const char *legacy)
{
    const QString value = env.value(QString::fromLatin1(primary)).trimmed();
    return value.isEmpty() ? env.value(QString::fromLatin1(legacy)).trimmed() : value;
}

QString expandHome(const QString &path, const QString &home)
{
    if (path == u"~")
        return home;
    if (path.startsWith(QStringLiteral("~/")))
        return home + path.mid(1);
    return path;
}

const char *const ConfigFileNames[] = {"openclaw.json", "clawdbot.json", "moltbot.json", "moldbot.json"};
const char *const LegacyStateDirs[] = {".clawdbot", ".moltbot", ".moldbot"};

} // namespace

ConfigPaths ConfigPaths::resolve(const Environment &env, const QString &homeDir)
{
    ConfigPaths paths;
    paths.homeDir = QDir::cleanPath(homeDir);

    const QString stateOverride = envValue(env, "OPENCLAW_STATE_DIR", "CLAWDBOT_STATE_DIR");
    if (!stateOverride.isEmpty()) {
        paths.stateDir = QDir::cleanPath(expandHome(stateOverride, paths.homeDir));
    } else {
        paths.stateDir = paths.homeDir + QStringLiteral("/.openclaw");
        if (!QFileInfo(paths.stateDir).isDir()) {
            for (const char *legacy : LegacyStateDirs) {
                const QString candidate = paths.homeDir + QLatin1Char('/') + QString::fromLatin1(legacy);
                if (QFileInfo(candidate).isDir()) {
                    paths.stateDir = candidate;
                    break;
                }
            }
        }
    }

    const QString configOverride = envValue(env, "OPENCLAW_CONFIG_PATH", "CLAWDBOT_CONFIG_PATH");
    if (!configOverride.isEmpty()) {
        paths.configPath = QDir::cleanPath(expandHome(configOverride, paths.homeDir));
    } else {
        paths.configPath = paths.stateDir + QStringLiteral("/openclaw.json");
        for (const char *name : ConfigFileNames) {
            const QString candidate = paths.stateDir + QLatin1Char('/') + QString::fromLatin1(name);
            if (QFileInfo::exists(candidate)) {
                paths.configPath = candidate;
                break;
            }
        }
    }

    const QString agentOverride = envValue(env, "OPENCLAW_AGENT_DIR", "PI_CODING_AGENT_DIR");
    paths.agentDir = agentOverride.isEmpty() ? paths.stateDir + QStringLiteral("/agents/main/agent")
                                             : QDir::cleanPath(expandHome(agentOverride, paths.homeDir));
    return paths;
}

ConfigPaths ConfigPaths::fromSystem()
{
    return resolve(systemEnvironment(), QDir::homePath());
}

QString ConfigPaths::authProfilesPath() const
{
    return agentDir + QStringLiteral("/auth-profiles.json");
}

QString ConfigPaths::modelsJsonPath() const
{
    return agentDir + QStringLiteral("/models.json");
}

QString ConfigPaths::displayPath(const QString &path) const
{
    if (!homeDir.isEmpty() && homeDir != u"/" &&
        (path == homeDir || path.startsWith(homeDir + QLatin1Char('/'))))
        return QLatin1Char('~') + path.mid(homeDir.size());
    return path;
}

} // namespace clawdesk
