#include "openclawrelease.h"

#include "openclawinstall.h"

#include <QDir>
#include <QFileInfo>
#include <QVersionNumber>

namespace clawdesk {

namespace {

// The first release that keeps credentials in SQLite and the allowlist in modelPolicy.
const QVersionNumber firstCurrentRelease(2026, 9, 0);

bool anyAgentHasSqliteStore(const QString &stateDir)
{
    const QDir agents(stateDir + QStringLiteral("/agents"));
    for (const QString &agent : agents.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (QFileInfo::exists(agents.filePath(agent + QStringLiteral("/agent/openclaw-agent.sqlite"))))
            return true;
    }
    return false;
}

} // namespace

QString OpenClawRelease::describe() const
{
    switch (source) {
    case Source::InstalledCli:
        return QStringLiteral("OpenClaw %1 (installed)").arg(version);
    case Source::ConfigFile:
        return version.isEmpty()
                   ? QStringLiteral("OpenClaw %1 (from openclaw.json)")
                         .arg(isLegacy() ? QStringLiteral("2026.1.x") : QStringLiteral("2026.9 or later"))
                   : QStringLiteral("OpenClaw %1 (from openclaw.json)").arg(version);
    case Source::StateFiles:
        return QStringLiteral("OpenClaw %1 (from its state files)")
            .arg(isLegacy() ? QStringLiteral("2026.1.x") : QStringLiteral("2026.9 or later"));
    case Source::Assumed:
        break;
    }
    return QStringLiteral("OpenClaw not found: newest rules");
}

QString OpenClawRelease::eraId() const
{
    return isLegacy() ? QStringLiteral("legacy") : QStringLiteral("current");
}

QString OpenClawRelease::sourceId() const
{
    switch (source) {
    case Source::InstalledCli:
        return QStringLiteral("installed");
    case Source::ConfigFile:
        return QStringLiteral("config");
    case Source::StateFiles:
        return QStringLiteral("state");
    case Source::Assumed:
        break;
    }
    return QStringLiteral("assumed");
}

OpenClawRelease OpenClawRelease::detect(const ConfigPaths &paths, const JsonValue &config,
                                        const Environment &env)
{
    if (const std::optional<OpenClawInstall> install = OpenClawInstall::find(env, paths.homeDir)) {
        OpenClawRelease release;
        release.version = install->version;
        release.era = eraOfVersion(install->version);
        release.source = Source::InstalledCli;
        return release;
    }
    return fromSigns(config, paths.stateDir, paths.agentDir);
}

OpenClawRelease::Era OpenClawRelease::eraOfVersion(const QString &version)
{
    const QVersionNumber number = QVersionNumber::fromString(version);
    if (number.isNull())
        return Era::Current;
    return number < firstCurrentRelease ? Era::Legacy : Era::Current;
}

OpenClawRelease OpenClawRelease::fromSigns(const JsonValue &config, const QString &stateDir,
                                           const QString &agentDir)
{
    OpenClawRelease release;
    const JsonValue &meta = config[QStringLiteral("meta")];
    const QString touched = meta[QStringLiteral("lastTouchedVersion")].toString();
    if (!touched.isEmpty()) {
        release.version = touched;
        release.era = eraOfVersion(touched);
        release.source = Source::ConfigFile;
        return release;
    }
    const JsonValue &defaults = config[QStringLiteral("agents")][QStringLiteral("defaults")];
    if (meta[QStringLiteral("migrations")].isObject() || defaults.contains(QStringLiteral("modelPolicy"))) {
        release.era = Era::Current;
        release.source = Source::ConfigFile;
        return release;
    }
    const bool sqlite = QFileInfo::exists(stateDir + QStringLiteral("/state/openclaw.sqlite")) ||
                        QFileInfo::exists(agentDir + QStringLiteral("/openclaw-agent.sqlite")) ||
                        anyAgentHasSqliteStore(stateDir);
    if (sqlite) {
        release.era = Era::Current;
        release.source = Source::StateFiles;
        return release;
    }
    if (QFileInfo::exists(agentDir + QStringLiteral("/auth-profiles.json"))) {
        release.era = Era::Legacy;
        release.source = Source::StateFiles;
        return release;
    }
    return release;
}

} // namespace clawdesk
