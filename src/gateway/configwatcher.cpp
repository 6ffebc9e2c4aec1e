#include "configwatcher.h"

#include "gatewaylogging.h"
#include "openclawconfig.h"

#include <QFile>
#include <QFileInfo>

namespace clawdesk {

ConfigWatcher::ConfigWatcher(const ConfigPaths &paths, const Environment &env, QObject *parent)
    : QObject(parent)
    , m_paths(paths)
    , m_env(env)
{
    // A sign-in or a token refresh (by ClawDesk or the openclaw CLI) rewrites auth-profiles.json
    // and changes the keys new requests use, so it is followed too.
    m_watcher.setPaths({m_paths.configPath, m_paths.authProfilesPath()});
    connect(&m_watcher, &FileWatcher::changed, this, &ConfigWatcher::reload);
}

void ConfigWatcher::reload()
{
    m_watcher.rewatch();
    OpenClawConfig config = OpenClawConfig::load(m_paths.configPath, m_env);
    QFile profiles(m_paths.authProfilesPath());
    const QByteArray profileBytes = profiles.open(QIODevice::ReadOnly) ? profiles.readAll() : QByteArray();
    const bool profilesChanged = profileBytes != m_lastProfileBytes;
    m_lastProfileBytes = profileBytes;
    if (m_loadedOnce && config.bytes() == m_lastBytes && config.parsed() && !profilesChanged)
        return; // directory noise (other files changed)
    if (!config.parsed()) {
        QString text;
        for (const ConfigIssue &issue : config.issues()) {
            if (issue.line > 0) {
                text = QStringLiteral("%1:%2:%3: %4")
                           .arg(issue.file.isEmpty() ? m_paths.configPath : issue.file)
                           .arg(issue.line)
                           .arg(issue.column)
                           .arg(issue.message);
                break;
            }
        }
        if (text.isEmpty())
            text = m_paths.configPath + QStringLiteral(": does not parse");
        qCWarning(lcGateway).noquote() << "config problem, keeping the last good config:" << text;
        if (!m_snapshot)
            m_snapshot =
                ConfigSnapshot::create(OpenClawConfig::fromText({}, m_paths.configPath, m_env), m_paths);
        m_loadedOnce = true;
        m_lastBytes = config.bytes();
        if (text != m_problem) {
            m_problem = text;
            emit configProblem(text);
        }
        return;
    }
    const bool first = !m_loadedOnce;
    m_loadedOnce = true;
    m_lastBytes = config.bytes();
    m_snapshot = ConfigSnapshot::create(std::move(config), m_paths);
    if (!first)
        qCInfo(lcGateway).noquote() << "config reloaded; primary model"
                                    << m_snapshot->selection().primary().key();
    if (!m_problem.isEmpty()) {
        m_problem.clear();
        emit configProblem(QString());
    }
    emit snapshotChanged(m_snapshot);
}

} // namespace clawdesk
