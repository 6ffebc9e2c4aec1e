#include "credentialmanager.h"

#include "keychainstore.h"
#include "secretmask.h"

namespace clawdesk {

CredentialManager::CredentialManager(CredentialStore *keychain, CredentialStore *openClawFile,
                                     QObject *parent)
    : QObject(parent)
    , m_keychain(keychain)
    , m_file(openClawFile)
    , m_keychainAvailable(keychain != nullptr)
{
    Q_ASSERT(openClawFile);
}

void CredentialManager::setKeychainAvailable(bool available, const QString &reason)
{
    m_keychainAvailable = available;
    m_keychainReason = available ? QString() : reason;
}

void CredentialManager::probeKeychain(std::function<void(bool)> done)
{
    auto *keychain = qobject_cast<KeychainStore *>(m_keychain.data());
    if (!keychain) {
        // Any other store (tests, future backends) is taken as available when present.
        setKeychainAvailable(m_keychain != nullptr, QStringLiteral("No system keychain backend"));
        if (done)
            done(keychainAvailable());
        return;
    }
    keychain->probe([this, done = std::move(done)](bool ok, const QString &error) {
        setKeychainAvailable(ok, error);
        if (done)
            done(ok);
    });
}

void CredentialManager::setShareWithOpenClaw(bool share)
{
    if (m_share == share)
        return;
    m_share = share;
    emit shareWithOpenClawChanged(share);
}

QString CredentialManager::maskSecret(const QString &secret)
{
    return clawdesk::maskSecret(secret);
}

void CredentialManager::save(const QString &profileId, const Credential &credential, DoneCallback done)
{
    if (!keychainAvailable())
        return writeFile(profileId, credential, {}, std::move(done));
    m_keychain->write(
        profileId, credential,
        [this, profileId, credential, done = std::move(done)](bool ok, const QString &error) mutable {
            if (!ok) {
                emit warning(error +
                             QStringLiteral(" The sign-in was saved to %1 instead.").arg(m_file->location()));
                return writeFile(profileId, credential, {}, std::move(done));
            }
            const QStringList stored{m_keychain->location()};
            if (!m_share) {
                setLocations(profileId, stored);
                return done(true, QString());
            }
            writeFile(profileId, credential, stored, std::move(done));
        });
}

void CredentialManager::writeFile(const QString &profileId, const Credential &credential, QStringList stored,
                                  DoneCallback done)
{
    m_file->write(profileId, credential,
                  [this, profileId, stored, done = std::move(done)](bool ok, const QString &error) mutable {
                      if (ok)
                          stored.append(m_file->location());
                      setLocations(profileId, stored);
                      // Saved in the keychain but not shared is still a saved sign-in; say why sharing
                      // failed.
                      if (!ok && !stored.isEmpty())
                          emit warning(error);
                      done(!stored.isEmpty(), stored.isEmpty() ? error : QString());
                  });
}

void CredentialManager::load(const QString &profileId, ReadCallback done)
{
    auto fromFile = [this, profileId](ReadCallback next) {
        m_file->read(profileId, [this, profileId, next = std::move(next)](std::optional<Credential> found,
                                                                          const QString &error) {
            setLocations(profileId, found ? QStringList{m_file->location()} : QStringList{});
            next(found, error);
        });
    };
    if (!keychainAvailable())
        return fromFile(std::move(done));
    m_keychain->read(profileId, [this, profileId, fromFile, done = std::move(done)](
                                    std::optional<Credential> found, const QString &error) mutable {
        if (!found) {
            if (!error.isEmpty())
                emit warning(error);
            return fromFile(std::move(done));
        }
        QStringList where{m_keychain->location()};
        // Report the mirror too, so the UI can say the OpenClaw CLI sees it.
        m_file->read(profileId, [this, profileId, where, found, done = std::move(done)](
                                    std::optional<Credential> mirrored, const QString &) mutable {
            if (mirrored)
                where.append(m_file->location());
            setLocations(profileId, where);
            done(found, QString());
        });
    });
}

void CredentialManager::remove(const QString &profileId, DoneCallback done)
{
    auto removeFile = [this, profileId](DoneCallback next, QString earlierError) {
        m_file->remove(profileId, [this, profileId, next = std::move(next),
                                   earlierError](bool ok, const QString &error) {
            setLocations(profileId, {});
            const QString combined = earlierError.isEmpty() ? error : earlierError;
            next(ok && earlierError.isEmpty(), ok && earlierError.isEmpty() ? QString() : combined);
        });
    };
    if (!keychainAvailable())
        return removeFile(std::move(done), QString());
    m_keychain->remove(profileId,
                       [removeFile, done = std::move(done)](bool ok, const QString &error) mutable {
                           removeFile(std::move(done), ok ? QString() : error);
                       });
}

void CredentialManager::setLocations(const QString &profileId, const QStringList &where)
{
    if (m_locations.value(profileId) == where)
        return;
    if (where.isEmpty())
        m_locations.remove(profileId);
    else
        m_locations.insert(profileId, where);
    emit locationsChanged(profileId);
}

QString CredentialManager::locationText(const QString &profileId) const
{
    const QStringList where = locations(profileId);
    if (where.isEmpty())
        return QStringLiteral("Not stored");
    return QStringLiteral("Stored in ") + where.join(QStringLiteral(" and "));
}

} // namespace clawdesk
