#pragma once

#include "configpaths.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace clawdesk {

/// @brief One credential OpenClaw holds (version 1 shapes: api_key, token, oauth), read-only view.
struct AuthProfile
{
    QString id;       ///< "<provider>:<name>", e.g. "minimax-portal:default"
    QString provider; ///< normalised provider id
    QString type;     ///< api_key | token | oauth
    QString secret;   ///< key, token or OAuth access token
    qint64 expiresMs = 0;
    QString store; ///< the file it was read from: a SQLite database or an auth-profiles.json
    bool isExpired(qint64 nowMs) const { return expiresMs > 0 && nowMs >= expiresMs; }
};

/// @brief The credentials OpenClaw would see, with the store's `order` map.
class AuthProfiles
{
public:
    /// One auth-profiles.json file. A missing file gives an empty set; an unreadable or malformed
    /// one sets *error.
    static AuthProfiles load(const QString &path, QString *error = nullptr);
    /// Everything OpenClaw of either era would read for @p paths: the SQLite stores (2026.9 and
    /// later) and `<agentDir>/auth-profiles.json` (2026.1). A profile in SQLite wins over one of the
    /// same id in the file, which is what `openclaw doctor --fix` would leave behind.
    static AuthProfiles loadFor(const ConfigPaths &paths, QString *error = nullptr);

    /// The store the profiles were read from: the SQLite database when one holds credentials,
    /// else the auth-profiles.json path (also when it does not exist yet).
    QString storePath() const { return m_storePath; }

    const QList<AuthProfile> &all() const { return m_profiles; }
    QList<AuthProfile> forProvider(const QString &provider) const;
    bool hasProvider(const QString &provider) const;
    /// The store's explicit `order[provider]`, empty when absent.
    QStringList storeOrder(const QString &provider) const;
    const AuthProfile *find(const QString &id) const;

    void add(const AuthProfile &profile) { m_profiles.append(profile); }

private:
    /// @p storeOf names each profile's file; profiles it lacks get @p store.
    void addProfiles(const QJsonObject &profiles, bool replace, const QString &store,
                     const QHash<QString, QString> &storeOf = {});
    void addOrder(const QJsonObject &order);

    QList<AuthProfile> m_profiles;
    QString m_storePath;
    QList<QPair<QString, QStringList>> m_order;
};

} // namespace clawdesk
