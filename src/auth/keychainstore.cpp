#include "keychainstore.h"

#include <QJsonDocument>
#include <QTimer>

#ifdef CLAWDESK_HAVE_QTKEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace clawdesk {

namespace {
const QString kProbeKey = QStringLiteral("clawdesk-keychain-probe");
const QString kNoKeychain =
    QStringLiteral("No system keychain is reachable (%1). Start a Secret Service "
                   "provider such as GNOME Keyring or KWallet and unlock it, or keep "
                   "\"Share sign-ins with the OpenClaw CLI\" on so the sign-in is kept "
                   "in auth-profiles.json.");
} // namespace

QString keychainErrorText(int qkeychainError, const QString &detail)
{
#ifdef CLAWDESK_HAVE_QTKEYCHAIN
    switch (qkeychainError) {
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return QStringLiteral("The system keychain refused access (%1). Unlock it and try again.")
            .arg(detail);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return kNoKeychain.arg(detail);
    default:
        return QStringLiteral("System keychain error: %1").arg(detail);
    }
#else
    Q_UNUSED(qkeychainError)
    return kNoKeychain.arg(detail);
#endif
}

KeychainStore::KeychainStore(QObject *parent, QString service)
    : CredentialStore(parent)
    , m_service(std::move(service))
{}

bool KeychainStore::compiledIn()
{
#ifdef CLAWDESK_HAVE_QTKEYCHAIN
    return true;
#else
    return false;
#endif
}

QString KeychainStore::backendName() const
{
    return QStringLiteral("System keychain (Secret Service)");
}

QString KeychainStore::location() const
{
    return QStringLiteral("System keychain (Secret Service), service \"%1\"").arg(m_service);
}

#ifdef CLAWDESK_HAVE_QTKEYCHAIN

void KeychainStore::probe(DoneCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(kProbeKey);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        const bool ok = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
        done(ok, ok ? QString() : keychainErrorText(j->error(), j->errorString()));
    });
    job->start();
}

void KeychainStore::read(const QString &profileId, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(profileId);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done), profileId](QKeychain::Job *j) {
        if (j->error() == QKeychain::EntryNotFound)
            return done(std::nullopt, QString());
        if (j->error() != QKeychain::NoError)
            return done(std::nullopt, keychainErrorText(j->error(), j->errorString()));
        const QByteArray data = static_cast<QKeychain::ReadPasswordJob *>(j)->binaryData();
        const QJsonDocument doc = QJsonDocument::fromJson(data);
        auto credential = doc.isObject() ? Credential::fromJson(doc.object()) : std::nullopt;
        if (!credential)
            return done(
                std::nullopt,
                QStringLiteral("The keychain entry for %1 is damaged; sign in again.").arg(profileId));
        done(credential, QString());
    });
    job->start();
}

void KeychainStore::write(const QString &profileId, const Credential &credential, DoneCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(profileId);
    job->setBinaryData(QJsonDocument(credential.toJson()).toJson(QJsonDocument::Compact));
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        const bool ok = j->error() == QKeychain::NoError;
        done(ok, ok ? QString() : keychainErrorText(j->error(), j->errorString()));
    });
    job->start();
}

void KeychainStore::remove(const QString &profileId, DoneCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(profileId);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        // Removing what is not there is success.
        const bool ok = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
        done(ok, ok ? QString() : keychainErrorText(j->error(), j->errorString()));
    });
    job->start();
}

#else // no qtkeychain at build time: every call reports the keychain as unavailable

void KeychainStore::probe(DoneCallback done)
{
    QTimer::singleShot(0, this, [done = std::move(done)] {
        done(false, kNoKeychain.arg(QStringLiteral("built without qtkeychain")));
    });
}

void KeychainStore::read(const QString &, ReadCallback done)
{
    QTimer::singleShot(0, this, [done = std::move(done)] {
        done(std::nullopt, kNoKeychain.arg(QStringLiteral("built without qtkeychain")));
    });
}

void KeychainStore::write(const QString &, const Credential &, DoneCallback done)
{
    probe(std::move(done));
}

void KeychainStore::remove(const QString &, DoneCallback done)
{
    probe(std::move(done));
}

#endif

} // namespace clawdesk
