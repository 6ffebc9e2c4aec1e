#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

namespace clawdesk {

/**
 * @brief One stored sign-in, in OpenClaw's version 1 shapes (the same in auth-profiles.json and in 2026.9's
 * SQLite store).
 *
 * `api_key{key}`, `token{token, expires?}`, `oauth{access, refresh, expires(ms), email?, …}`. Fields
 * we do not model are kept in `extra` so a round trip never drops what OpenClaw or a later version wrote.
 */
struct Credential
{
    enum class Type { ApiKey, Token, OAuth };

    Type type = Type::ApiKey;
    QString provider;
    QString secret;       ///< key, token or access token, depending on type
    QString refresh;      ///< oauth only
    qint64 expiresMs = 0; ///< ms since epoch; 0 = no expiry recorded
    QJsonObject extra;    ///< every other field of the profile object, untouched

    static Credential apiKey(const QString &provider, const QString &key);
    static Credential oauth(const QString &provider, const QString &access, const QString &refresh,
                            const QDateTime &expires);

    QDateTime expires() const;
    QJsonObject toJson() const;
    /// This credential written over @p stored (the profile object a store holds now): fields
    /// OpenClaw added (email, …) stay, an API key drops a stale expiry.
    QJsonObject mergedInto(const QJsonObject &stored) const;
    /// nullopt when the object is not one of the three shapes or lacks its secret.
    static std::optional<Credential> fromJson(const QJsonObject &json);
    static QString typeName(Type type);

    bool operator==(const Credential &) const = default;
};

} // namespace clawdesk

Q_DECLARE_METATYPE(clawdesk::Credential::Type)
