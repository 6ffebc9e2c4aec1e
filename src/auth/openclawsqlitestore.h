#pragma once

#include "localcredentialstore.h"

#include <QStringList>

namespace clawdesk {

/**
 * @brief OpenClaw 2026.9+'s SQLite credential store as a credential store (see OpenClawAuthDb).
 *
 * Reads see the profiles OpenClaw sees for the agent (shared store, then the agent's own); writes
 * change only the one profile inside the shared store's document, in one SQLite transaction, so
 * every other profile and field OpenClaw keeps there survives.
 */
class OpenClawSqliteStore : public LocalCredentialStore
{
    Q_OBJECT
public:
    OpenClawSqliteStore(QString stateDir, QString agentDir, QObject *parent = nullptr);

    std::optional<Credential> profile(const QString &profileId, QString *error = nullptr) const override;
    bool setProfile(const QString &profileId, const Credential &credential,
                    QString *error = nullptr) override;
    bool removeProfile(const QString &profileId, QString *error = nullptr) override;
    QStringList profileIds(QString *error = nullptr) const;
    /// The database file that holds (or will hold) the credentials.
    QString path() const;

    QString backendName() const override;
    QString location() const override;

private:
    QString m_stateDir;
    QString m_agentDir;
};

} // namespace clawdesk
