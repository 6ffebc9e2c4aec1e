#include "authprofiles.h"

#include "modelref.h"
#include "openclawauthdb.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace clawdesk {

namespace {

AuthProfile profileFrom(const QString &id, const QJsonObject &entry)
{
    AuthProfile profile;
    profile.id = id;
    profile.provider = normalizeProviderId(entry.value(u"provider").toString(id.section(u':', 0, 0)));
    profile.type = entry.value(u"type").toString(entry.value(u"mode").toString());
    if (profile.type == u"api_key")
        profile.secret = entry.value(u"key").toString();
    else if (profile.type == u"token")
        profile.secret = entry.value(u"token").toString();
    else if (profile.type == u"oauth")
        profile.secret = entry.value(u"access").toString();
    profile.expiresMs = static_cast<qint64>(entry.value(u"expires").toDouble());
    return profile;
}

} // namespace

void AuthProfiles::addProfiles(const QJsonObject &profiles, bool replace, const QString &store,
                               const QHash<QString, QString> &storeOf)
{
    for (auto it = profiles.begin(); it != profiles.end(); ++it) {
        AuthProfile profile = profileFrom(it.key(), it.value().toObject());
        profile.store = storeOf.value(it.key(), store);
        bool found = false;
        for (AuthProfile &existing : m_profiles) {
            if (existing.id == profile.id) {
                found = true;
                if (replace)
                    existing = profile;
            }
        }
        if (!found)
            m_profiles.append(profile);
    }
}

void AuthProfiles::addOrder(const QJsonObject &order)
{
    for (auto it = order.begin(); it != order.end(); ++it) {
        const QString provider = normalizeProviderId(it.key());
        bool known = false;
        for (const auto &entry : std::as_const(m_order))
            known = known || entry.first == provider;
        if (known)
            continue;
        QStringList ids;
        for (const QJsonValue &id : it.value().toArray())
            ids.append(id.toString());
        m_order.append({provider, ids});
    }
}

AuthProfiles AuthProfiles::load(const QString &path, QString *error)
{
    AuthProfiles result;
    result.m_storePath = path;
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
    result.addProfiles(doc.object().value(u"profiles").toObject(), true, path);
    result.addOrder(doc.object().value(u"order").toObject());
    return result;
}

AuthProfiles AuthProfiles::loadFor(const ConfigPaths &paths, QString *error)
{
    QString dbPath;
    QString dbError;
    QHash<QString, QString> dbOf;
    const QJsonObject stored =
        OpenClawAuthDb::readProfiles(paths.stateDir, paths.agentDir, &dbPath, &dbError, &dbOf);
    AuthProfiles result = load(paths.authProfilesPath(), error);
    if (!dbError.isEmpty() && error && error->isEmpty())
        *error = dbError;
    if (stored.isEmpty())
        return result;
    result.addProfiles(stored, true, dbPath, dbOf);
    result.m_storePath = dbPath;
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
