#include "openclawcredentials.h"

#include "configstore.h"

namespace clawdesk {

OpenClawCredentials::OpenClawCredentials(const ConfigPaths &paths, OpenClawRelease::Era era, QObject *parent)
    : LocalCredentialStore(parent)
    , m_era(era)
    , m_file(paths.authProfilesPath())
    , m_sqlite(paths.stateDir, paths.agentDir)
{}

OpenClawRelease::Era OpenClawCredentials::detectEra(const ConfigPaths &paths, const Environment &env)
{
    return OpenClawRelease::detect(paths, ConfigStore(paths, env).load().merged(), env).era;
}

std::optional<Credential> OpenClawCredentials::profile(const QString &profileId, QString *error) const
{
    if (!usesSqlite())
        return m_file.profile(profileId, error);
    QString sqliteError;
    if (auto found = m_sqlite.profile(profileId, &sqliteError))
        return found;
    auto leftover = m_file.profile(profileId, error);
    if (!leftover && error && error->isEmpty())
        *error = sqliteError;
    return leftover;
}

bool OpenClawCredentials::setProfile(const QString &profileId, const Credential &credential, QString *error)
{
    return usesSqlite() ? m_sqlite.setProfile(profileId, credential, error)
                        : m_file.setProfile(profileId, credential, error);
}

bool OpenClawCredentials::removeProfile(const QString &profileId, QString *error)
{
    return usesSqlite() ? m_sqlite.removeProfile(profileId, error) : m_file.removeProfile(profileId, error);
}

QString OpenClawCredentials::backendName() const
{
    return usesSqlite() ? m_sqlite.backendName() : m_file.backendName();
}

QString OpenClawCredentials::location() const
{
    return usesSqlite() ? m_sqlite.location() : m_file.location();
}

} // namespace clawdesk
