#include "authprofilesfile.h"

#include "atomicfile.h"
#include "filelock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace clawdesk {

namespace {
const QLatin1String kVersion("version"), kProfiles("profiles");
}

AuthProfilesFile::AuthProfilesFile(QString path, QObject *parent)
    : LocalCredentialStore(parent)
    , m_path(std::move(path))
{}

QString AuthProfilesFile::defaultAgentDir()
{
    QString state = qEnvironmentVariable("OPENCLAW_STATE_DIR");
    if (state.isEmpty())
        state = QDir::homePath() + QStringLiteral("/.openclaw");
    return state + QStringLiteral("/agents/main/agent");
}

QString AuthProfilesFile::pathForAgentDir(const QString &agentDir)
{
    return QDir(agentDir).filePath(QStringLiteral("auth-profiles.json"));
}

bool AuthProfilesFile::load(QJsonObject *root, QString *error) const
{
    QFile file(m_path);
    if (!file.exists()) {
        *root = QJsonObject{{kVersion, 1}, {kProfiles, QJsonObject()}};
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("Cannot read %1: %2").arg(displayPath(m_path), file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        // Position only: quoting the file's content could quote a secret.
        if (error)
            *error =
                QStringLiteral("%1 is not valid JSON (%2 at offset %3); fix or remove it, then try again.")
                    .arg(displayPath(m_path), parseError.errorString())
                    .arg(parseError.offset);
        return false;
    }
    *root = doc.object();
    if (!root->value(kProfiles).isObject())
        root->insert(kProfiles, QJsonObject());
    return true;
}

bool AuthProfilesFile::save(const QJsonObject &root, QString *error)
{
    return writeFileAtomically(m_path, QJsonDocument(root).toJson(QJsonDocument::Indented), error);
}

std::optional<Credential> AuthProfilesFile::profile(const QString &profileId, QString *error) const
{
    QJsonObject root;
    if (!load(&root, error))
        return std::nullopt;
    const QJsonValue value = root.value(kProfiles).toObject().value(profileId);
    if (!value.isObject())
        return std::nullopt;
    auto credential = Credential::fromJson(value.toObject());
    if (!credential && error)
        *error = QStringLiteral("Profile %1 in %2 has an unknown shape.").arg(profileId, displayPath(m_path));
    return credential;
}

bool AuthProfilesFile::lockFailed(const FileLock &lock, QString *error)
{
    if (lock.isLocked() || lock.unavailable())
        return false;
    if (error)
        *error = lock.error();
    return true;
}

bool AuthProfilesFile::setProfile(const QString &profileId, const Credential &credential, QString *error)
{
    // Held from the read to the rename, so two ClawDesk processes never start from the same old file.
    const FileLock lock(m_path);
    if (lockFailed(lock, error))
        return false;
    QJsonObject root;
    if (!load(&root, error))
        return false;
    QJsonObject profiles = root.value(kProfiles).toObject();
    profiles.insert(profileId, credential.mergedInto(profiles.value(profileId).toObject()));
    root.insert(kProfiles, profiles);
    if (!root.contains(kVersion))
        root.insert(kVersion, 1);
    return save(root, error);
}

bool AuthProfilesFile::removeProfile(const QString &profileId, QString *error)
{
    const FileLock lock(m_path);
    if (lockFailed(lock, error))
        return false;
    QJsonObject root;
    if (!load(&root, error))
        return false;
    QJsonObject profiles = root.value(kProfiles).toObject();
    if (!profiles.contains(profileId))
        return true;
    profiles.remove(profileId);
    root.insert(kProfiles, profiles);
    return save(root, error);
}

QStringList AuthProfilesFile::profileIds(QString *error) const
{
    QJsonObject root;
    if (!load(&root, error))
        return {};
    return root.value(kProfiles).toObject().keys();
}

QString AuthProfilesFile::backendName() const
{
    return QStringLiteral("OpenClaw auth-profiles.json");
}

QString AuthProfilesFile::location() const
{
    return displayPath(m_path);
}

} // namespace clawdesk
