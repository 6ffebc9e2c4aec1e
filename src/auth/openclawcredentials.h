#pragma once

#include "authprofilesfile.h"
#include "configpaths.h"
#include "openclawrelease.h"
#include "openclawsqlitestore.h"

namespace clawdesk {

/**
 * @brief The credential store the user's OpenClaw reads, chosen by its release.
 *
 * - 2026.1 line (Legacy): `<agentDir>/auth-profiles.json`.
 * - 2026.9 and later (Current): the SQLite store. auth-profiles.json is never written then: that
 *   release refuses to run beside one (`AUTH_PROFILE_MIGRATION_REQUIRED`). Reads also look at a
 *   leftover auth-profiles.json, so a key is not lost before `openclaw doctor --fix` imports it.
 */
class OpenClawCredentials : public LocalCredentialStore
{
    Q_OBJECT
public:
    OpenClawCredentials(const ConfigPaths &paths, OpenClawRelease::Era era, QObject *parent = nullptr);
    /// Detects the release from the installed CLI and the user's files (OpenClawRelease::detect).
    static OpenClawRelease::Era detectEra(const ConfigPaths &paths, const Environment &env);

    OpenClawRelease::Era era() const { return m_era; }

    std::optional<Credential> profile(const QString &profileId, QString *error = nullptr) const override;
    bool setProfile(const QString &profileId, const Credential &credential,
                    QString *error = nullptr) override;
    bool removeProfile(const QString &profileId, QString *error = nullptr) override;

    QString backendName() const override;
    QString location() const override;

private:
    bool usesSqlite() const { return m_era == OpenClawRelease::Era::Current; }

    OpenClawRelease::Era m_era;
    AuthProfilesFile m_file;
    OpenClawSqliteStore m_sqlite;
};

} // namespace clawdesk
