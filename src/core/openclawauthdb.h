#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

namespace clawdesk {

/**
 * @brief OpenClaw 2026.9+'s credential store in SQLite: find it, read it, change it in place.
 *
 * OpenClaw keeps one JSON document `{"version":1,"profiles":{…}}` per store, in one of two places:
 * - the shared store: `<stateDir>/state/openclaw.sqlite`, table `config_machine_state`, row
 *   `authProfiles.store` — used once the row `auth.sharedStore` = `{"location":"state-db"}` exists;
 * - an agent store: `<agentDir>/openclaw-agent.sqlite`, table `auth_profile_store`, row
 *   `store_key = 'primary'` (the main agent's is the shared store until OpenClaw relocates it).
 *
 * Writes run in one `BEGIN IMMEDIATE` transaction (read, change, write back), so they wait for
 * OpenClaw's own writers (busy timeout) and never interleave with them. A missing store is created
 * the way OpenClaw creates a fresh one (the two rows of the shared store, mode 0600 in a 0700
 * directory); OpenClaw adds the rest of its schema the next time it opens the file.
 */
class OpenClawAuthDb
{
public:
    struct Location
    {
        enum class Kind { SharedState, Agent };
        Kind kind = Kind::SharedState;
        QString path;
    };

    static QString stateDbPath(const QString &stateDir);
    static QString agentDbPath(const QString &agentDir);
    static QString mainAgentDir(const QString &stateDir);

    /// Where the shared store is read from now, or nullopt when no SQLite store exists yet.
    static std::optional<Location> sharedStore(const QString &stateDir);
    /// True when any SQLite credential store exists (the sign of the SQLite era for credentials).
    static bool exists(const QString &stateDir, const QString &agentDir);

    /// The store document at @p location; nullopt when it has none (or cannot be read: *error).
    static std::optional<QJsonObject> read(const Location &location, QString *error = nullptr);
    /// The profiles OpenClaw sees for @p agentDir: the shared store's, overlaid by the agent's own
    /// store when @p agentDir is not the main agent's. Empty when no store exists. *profileStores
    /// gets, per profile id, the database file that profile was read from.
    static QJsonObject readProfiles(const QString &stateDir, const QString &agentDir,
                                    QString *storePath = nullptr, QString *error = nullptr,
                                    QHash<QString, QString> *profileStores = nullptr);

    using Change = std::function<void(QJsonObject &store)>;
    /// Applies @p change to the shared store's document in one transaction (creating the store when
    /// none exists). Sets *writtenTo to the database file.
    static bool update(const QString &stateDir, const Change &change, QString *writtenTo = nullptr,
                       QString *error = nullptr);
};

} // namespace clawdesk
