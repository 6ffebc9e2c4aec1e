#pragma once

#include "localcredentialstore.h"

#include <QJsonObject>
#include <QStringList>

namespace clawdesk {

class FileLock;

/**
 * @brief OpenClaw's `<agentDir>/auth-profiles.json` (version 1) as a credential store: the store OpenClaw
 * 2026.1 reads.
 *
 * Every write re-reads the file and changes only the one profile, so `order`, `lastGood`, `usageStats`,
 * other profiles and unknown fields survive, also when the OpenClaw CLI wrote in between. The file is
 * replaced atomically with mode 0600; a file that does not parse is never overwritten.
 */
class AuthProfilesFile : public LocalCredentialStore
{
    Q_OBJECT
public:
    explicit AuthProfilesFile(QString path, QObject *parent = nullptr);

    /// `$OPENCLAW_STATE_DIR/agents/main/agent`, else `~/.openclaw/agents/main/agent`.
    static QString defaultAgentDir();
    static QString pathForAgentDir(const QString &agentDir);

    QString path() const { return m_path; }

    // Synchronous API (the file is local and small).
    std::optional<Credential> profile(const QString &profileId, QString *error = nullptr) const override;
    bool setProfile(const QString &profileId, const Credential &credential,
                    QString *error = nullptr) override;
    bool removeProfile(const QString &profileId, QString *error = nullptr) override;
    QStringList profileIds(QString *error = nullptr) const;

    QString backendName() const override;
    QString location() const override;

private:
    static bool lockFailed(const FileLock &lock, QString *error);
    bool load(QJsonObject *root, QString *error) const;
    bool save(const QJsonObject &root, QString *error);

    QString m_path;
};

} // namespace clawdesk
