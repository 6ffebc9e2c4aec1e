#pragma once

#include "credential.h"

#include <QObject>

#include <functional>
#include <optional>

namespace clawdesk {

/**
 * @brief Where secrets are kept: read/write/remove a Credential by profile id ("minimax-portal:default").
 *
 * Calls may complete later (the keychain answers over D-Bus); the callback always runs on the caller's
 * thread, exactly once. Error texts never contain the secret.
 */
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    /// found = nullopt with an empty error means "no such profile".
    using ReadCallback = std::function<void(std::optional<Credential> found, const QString &error)>;
    using DoneCallback = std::function<void(bool ok, const QString &error)>;

    using QObject::QObject;

    virtual void read(const QString &profileId, ReadCallback done) = 0;
    virtual void write(const QString &profileId, const Credential &credential, DoneCallback done) = 0;
    virtual void remove(const QString &profileId, DoneCallback done) = 0;

    /// For the UI: "System keychain (Secret Service)" / "OpenClaw auth-profiles.json".
    virtual QString backendName() const = 0;
    /// For the UI: where exactly, e.g. "~/.openclaw/agents/main/agent/auth-profiles.json".
    virtual QString location() const = 0;
};

} // namespace clawdesk
