#pragma once

#include "credentialstore.h"

#include <QHash>
#include <QPointer>
#include <QStringList>

namespace clawdesk {

/**
 * @brief Saves and loads sign-ins: system keychain first, mirrored to OpenClaw's auth-profiles.json.
 *
 * - keychain available: written there; also to the file when "Share sign-ins with the OpenClaw CLI" is on
 *   (default), so `openclaw` sees the same sign-in;
 * - keychain unavailable (or a keychain write fails): the file is the stated fallback, whatever the share
 *   setting, and locations() says so.
 * Reads try the keychain, then the file. locations() tells the UI where each secret lives.
 */
class CredentialManager : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool shareWithOpenClaw READ shareWithOpenClaw WRITE setShareWithOpenClaw NOTIFY
                   shareWithOpenClawChanged)
public:
    using ReadCallback = CredentialStore::ReadCallback;
    using DoneCallback = CredentialStore::DoneCallback;

    /// @p keychain may be null (no keychain backend); @p openClawFile must not be.
    CredentialManager(CredentialStore *keychain, CredentialStore *openClawFile, QObject *parent = nullptr);

    /// Asks the keychain store (a KeychainStore) whether a Secret Service answers and records the result;
    /// call once at start-up. @p done (optional) gets the outcome.
    void probeKeychain(std::function<void(bool available)> done = {});
    /// Set after probing (KeychainStore::probe); @p reason is shown when unavailable.
    void setKeychainAvailable(bool available, const QString &reason = QString());
    bool keychainAvailable() const { return m_keychain && m_keychainAvailable; }
    QString keychainUnavailableReason() const { return m_keychainReason; }

    bool shareWithOpenClaw() const { return m_share; }
    void setShareWithOpenClaw(bool share);

    void save(const QString &profileId, const Credential &credential, DoneCallback done);
    void load(const QString &profileId, ReadCallback done);
    void remove(const QString &profileId, DoneCallback done);

    /// Where the secret of @p profileId lives, as the stores' location() texts (after save/load).
    QStringList locations(const QString &profileId) const { return m_locations.value(profileId); }
    /// One sentence for the UI, e.g. "Stored in System keychain (…) and ~/.openclaw/…/auth-profiles.json".
    QString locationText(const QString &profileId) const;

    /// Masked preview, as OpenClaw prints keys: first 8 + "..." + last 8.
    static QString maskSecret(const QString &secret);

Q_SIGNALS:
    void shareWithOpenClawChanged(bool share);
    /// Something worth telling the user that did not make the operation fail (e.g. keychain fallback).
    void warning(const QString &message);
    void locationsChanged(const QString &profileId);

private:
    void writeFile(const QString &profileId, const Credential &credential, QStringList stored,
                   DoneCallback done);
    void setLocations(const QString &profileId, const QStringList &where);

    QPointer<CredentialStore> m_keychain;
    QPointer<CredentialStore> m_file;
    bool m_keychainAvailable = false;
    QString m_keychainReason;
    bool m_share = true;
    QHash<QString, QStringList> m_locations;
};

} // namespace clawdesk
