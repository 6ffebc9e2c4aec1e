#include "localcredentialstore.h"

#include <QTimer>

namespace clawdesk {

void LocalCredentialStore::read(const QString &profileId, ReadCallback done)
{
    QString error;
    auto found = profile(profileId, &error);
    QTimer::singleShot(0, this, [done = std::move(done), found, error] { done(found, error); });
}

void LocalCredentialStore::write(const QString &profileId, const Credential &credential, DoneCallback done)
{
    QString error;
    const bool ok = setProfile(profileId, credential, &error);
    QTimer::singleShot(0, this, [done = std::move(done), ok, error] { done(ok, error); });
}

void LocalCredentialStore::remove(const QString &profileId, DoneCallback done)
{
    QString error;
    const bool ok = removeProfile(profileId, &error);
    QTimer::singleShot(0, this, [done = std::move(done), ok, error] { done(ok, error); });
}

} // namespace clawdesk
