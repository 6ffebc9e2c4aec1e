#include "openclawsqlitestore.h"

#include "atomicfile.h"
#include "openclawauthdb.h"

namespace clawdesk {

namespace {
const QString kProfiles = QStringLiteral("profiles");
}

OpenClawSqliteStore::OpenClawSqliteStore(QString stateDir, QString agentDir, QObject *parent)
    : LocalCredentialStore(parent)
    , m_stateDir(std::move(stateDir))
    , m_agentDir(std::move(agentDir))
{}

QString OpenClawSqliteStore::path() const
{
    const auto shared = OpenClawAuthDb::sharedStore(m_stateDir);
    return shared ? shared->path : OpenClawAuthDb::stateDbPath(m_stateDir);
}

std::optional<Credential> OpenClawSqliteStore::profile(const QString &profileId, QString *error) const
{
    const QJsonObject profiles = OpenClawAuthDb::readProfiles(m_stateDir, m_agentDir, nullptr, error);
    const QJsonValue value = profiles.value(profileId);
    if (!value.isObject())
        return std::nullopt;
    auto credential = Credential::fromJson(value.toObject());
    if (!credential && error)
        *error = QStringLiteral("Profile %1 in %2 has an unknown shape.").arg(profileId, displayPath(path()));
    return credential;
}

bool OpenClawSqliteStore::setProfile(const QString &profileId, const Credential &credential, QString *error)
{
    return OpenClawAuthDb::update(
        m_stateDir,
        [&](QJsonObject &store) {
            QJsonObject profiles = store.value(kProfiles).toObject();
            profiles.insert(profileId, credential.mergedInto(profiles.value(profileId).toObject()));
            store.insert(kProfiles, profiles);
        },
        nullptr, error);
}

bool OpenClawSqliteStore::removeProfile(const QString &profileId, QString *error)
{
    if (!OpenClawAuthDb::readProfiles(m_stateDir, OpenClawAuthDb::mainAgentDir(m_stateDir))
             .contains(profileId))
        return true;
    return OpenClawAuthDb::update(
        m_stateDir,
        [&](QJsonObject &store) {
            QJsonObject profiles = store.value(kProfiles).toObject();
            profiles.remove(profileId);
            store.insert(kProfiles, profiles);
        },
        nullptr, error);
}

QStringList OpenClawSqliteStore::profileIds(QString *error) const
{
    return OpenClawAuthDb::readProfiles(m_stateDir, m_agentDir, nullptr, error).keys();
}

QString OpenClawSqliteStore::backendName() const
{
    return QStringLiteral("OpenClaw credential store (SQLite)");
}

QString OpenClawSqliteStore::location() const
{
    return displayPath(path());
}

} // namespace clawdesk
