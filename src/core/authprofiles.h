#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace clawdesk {

/// @brief One credential of OpenClaw's `<agentDir>/auth-profiles.json` (spec §5.3), read-only view.
struct AuthProfile
{
    QString id;       ///< "<provider>:<name>", e.g. "minimax-portal:default"
    QString provider; ///< normalised provider id
    QString type;     ///< api_key | token | oauth
    QString secret;   ///< key, token or OAuth access token
    qint64 expiresMs = 0;
    bool isExpired(qint64 nowMs) const { return expiresMs > 0 && nowMs >= expiresMs; }
};

/// @brief The profiles of an auth-profiles.json file, in file order, with the store's `order` map.
class AuthProfiles
{
public:
    /// A missing file gives an empty set; an unreadable or malformed one sets *error.
    static AuthProfiles load(const QString &path, QString *error = nullptr);

    const QList<AuthProfile> &all() const { return m_profiles; }
    QList<AuthProfile> forProvider(const QString &provider) const;
    bool hasProvider(const QString &provider) const;
    /// The store's explicit `order[provider]`, empty when absent.
    QStringList storeOrder(const QString &provider) const;
    const AuthProfile *find(const QString &id) const;

    void add(const AuthProfile &profile) { m_profiles.append(profile); }

private:
    QList<AuthProfile> m_profiles;
    QList<QPair<QString, QStringList>> m_order;
};

} // namespace clawdesk
