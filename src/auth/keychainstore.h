#pragma once

#include "credentialstore.h"

namespace clawdesk {

/**
 * @brief Credentials in the OS keychain through qtkeychain (Secret Service on Linux), service "ClawDesk".
 *
 * Each profile is one entry whose key is the profile id and whose secret is the credential's JSON.
 * qtkeychain's insecure plain-file fallback stays off: without a keychain, calls fail with a clear text.
 */
class KeychainStore : public CredentialStore
{
    Q_OBJECT
public:
    static constexpr auto ServiceName = "ClawDesk";

    explicit KeychainStore(QObject *parent = nullptr, QString service = QString::fromLatin1(ServiceName));

    /// Whether qtkeychain was available at build time.
    static bool compiledIn();

    /// Asks the keychain a harmless question; @p done gets (true, "") when it answers.
    void probe(DoneCallback done);

    void read(const QString &profileId, ReadCallback done) override;
    void write(const QString &profileId, const Credential &credential, DoneCallback done) override;
    void remove(const QString &profileId, DoneCallback done) override;
    QString backendName() const override;
    QString location() const override;

private:
    QString m_service;
};

/// The user-facing text for a keychain failure (@p detail is qtkeychain's errorString()).
QString keychainErrorText(int qkeychainError, const QString &detail);

} // namespace clawdesk
