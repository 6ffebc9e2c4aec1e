#include "authprofiles.h"

#include "modelref.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace clawdesk {

AuthProfiles AuthProfiles::load(const QString &path, QString *error)
{
    AuthProfiles result;
    QFile file(path);
    if (!file.exists())
        return result;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = QStringLiteral("%1 is not valid JSON: %2").arg(path, parseError.errorString());
        return result;
    }
    const QJsonObject profiles = doc.object().value(u"profiles").toObject();
    for (auto it = profiles.begin(); it != profiles.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        AuthProfile profile;
        profile.id = it.key();
        profile.provider =
            normalizeProviderId(entry.value(u"provider").toString(it.key().section(u':', 0, 0)));
        profile.type = entry.value(u"type").toString();
        if (profile.type == u"api_key")
            profile.secret = entry.value(u"key").toString();
        else if (profile.type == u"token")
            profile.secret = entry.value(u"token").toString();
        else if (profile.type == u"oauth")
            profile.secret = entry.value(u"access").toString();
        profile.expiresMs = static_cast<qint64>(entry.value(u"expires").toDouble());
        result.m_profiles.append(profile);
    }
    const QJsonObject order = doc.object().value(u"order").toObject();
    for (auto it = order.begin(); it != order.end(); ++it) {
        QStringList ids;
        for (const QJsonValue &id : it.value().toArray())
            ids.append(id.toString());
        result.m_order.append({normalizeProviderId(it.key()), ids});
    }
    return result;
}

QList<AuthProfile> AuthProfiles::forProvider(const QString &provider) const
{
    QList<AuthProfile> matches;
    for (const AuthProfile &profile : m_profiles) {
        if (profile.provider == provider)
            matches.append(profile);
    }
    return matches;
}

bool AuthProfiles::hasProvider(const QString &provider) const
{
    for (const AuthProfile &profile : m_profiles) {
        if (profile.provider == provider)
            return true;
    }
    return false;
}

QStringList AuthProfiles::storeOrder(const QString &provider) const
{
    for (const auto &[id, ids] : m_order) {
        if (id == provider)
            return ids;
    }
    return {};
}

const AuthProfile *AuthProfiles::find(const QString &id) const
{
    for (const AuthProfile &profile : m_profiles) {
        if (profile.id == id)
            return &profile;
    }
    return nullptr;
}

} // namespace clawdesk
