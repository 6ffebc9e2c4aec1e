#pragma once

#include "credentialstore.h"

namespace clawdesk {

/**
 * @brief A credential store on this machine's disk: answers at once, so its asynchronous API is its
 * synchronous one with the callback queued (callers see the same ordering as with the keychain).
 */
class LocalCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    using CredentialStore::CredentialStore;

    /// nullopt with an empty *error means "no such profile".
    virtual std::optional<Credential> profile(const QString &profileId, QString *error = nullptr) const = 0;
    virtual bool setProfile(const QString &profileId, const Credential &credential,
                            QString *error = nullptr) = 0;
    /// Removing a profile that is not there succeeds.
    virtual bool removeProfile(const QString &profileId, QString *error = nullptr) = 0;

    void read(const QString &profileId, ReadCallback done) override;
    void write(const QString &profileId, const Credential &credential, DoneCallback done) override;
    void remove(const QString &profileId, DoneCallback done) override;
};

} // namespace clawdesk
