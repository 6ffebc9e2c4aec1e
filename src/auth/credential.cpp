#include "credential.h"

namespace clawdesk {

namespace {
const QLatin1String kType("type"), kProvider("provider"), kKey("key"), kToken("token"), kAccess("access"),
    kRefresh("refresh"), kExpires("expires");

QString secretField(Credential::Type type)
{
    switch (type) {
    case Credential::Type::ApiKey:
        return kKey;
    case Credential::Type::Token:
        return kToken;
    case Credential::Type::OAuth:
        return kAccess;
    }
    return kKey;
}
} // namespace

Credential Credential::apiKey(const QString &provider, const QString &key)
{
    Credential c;
    c.type = Type::ApiKey;
    c.provider = provider;
    c.secret = key;
    return c;
}

Credential Credential::oauth(const QString &provider, const QString &access, const QString &refresh,
                             const QDateTime &expires)
{
    Credential c;
    c.type = Type::OAuth;
    c.provider = provider;
    c.secret = access;
    c.refresh = refresh;
    c.expiresMs = expires.isValid() ? expires.toMSecsSinceEpoch() : 0;
    return c;
}

QDateTime Credential::expires() const
{
    return expiresMs > 0 ? QDateTime::fromMSecsSinceEpoch(expiresMs, Qt::UTC) : QDateTime();
}

QString Credential::typeName(Type type)
{
    switch (type) {
    case Type::ApiKey:
        return QStringLiteral("api_key");
    case Type::Token:
        return QStringLiteral("token");
    case Type::OAuth:
        return QStringLiteral("oauth");
    }
    return QString();
}

QJsonObject Credential::toJson() const
{
    QJsonObject json = extra;
    json.insert(kType, typeName(type));
    json.insert(kProvider, provider);
    json.insert(secretField(type), secret);
    if (type == Type::OAuth)
        json.insert(kRefresh, refresh);
    if (type != Type::ApiKey && expiresMs > 0)
        json.insert(kExpires, static_cast<double>(expiresMs));
    return json;
}

QJsonObject Credential::mergedInto(const QJsonObject &stored) const
{
    QJsonObject merged = stored;
    const QJsonObject fresh = toJson();
    for (auto it = fresh.begin(); it != fresh.end(); ++it)
        merged.insert(it.key(), it.value());
    if (type == Type::ApiKey)
        merged.remove(kExpires);
    return merged;
}

std::optional<Credential> Credential::fromJson(const QJsonObject &json)
{
    Credential c;
    const QString type = json.value(kType).toString();
    if (type == QLatin1String("api_key"))
        c.type = Type::ApiKey;
    else if (type == QLatin1String("token"))
        c.type = Type::Token;
    else if (type == QLatin1String("oauth"))
        c.type = Type::OAuth;
    else
        return std::nullopt;
    c.provider = json.value(kProvider).toString();
    c.secret = json.value(secretField(c.type)).toString();
    if (c.secret.isEmpty())
        return std::nullopt;
    c.refresh = json.value(kRefresh).toString();
    c.expiresMs = static_cast<qint64>(json.value(kExpires).toDouble());
    c.extra = json;
    for (const QString &known : {QString(kType), QString(kProvider), secretField(c.type)})
        c.extra.remove(known);
    if (c.type == Type::OAuth)
        c.extra.remove(kRefresh);
    if (c.type != Type::ApiKey)
        c.extra.remove(kExpires);
    return c;
}

} // namespace clawdesk
