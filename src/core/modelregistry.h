#pragma once

#include "authprofiles.h"
#include "environment.h"
#include "jsonvalue.h"
#include "modelinfo.h"
#include "modelref.h"
#include "openclawrelease.h"

#include <QMap>

#include <optional>

namespace clawdesk {

/// @brief Where the key for a provider comes from. OpenClaw tries an auth profile, then the provider's
/// env var, then the config's apiKey, so an exported key beats one written in the config.
struct CredentialResolution
{
    enum class Source { None, Profile, Environment, Config };
    Source source = Source::None;
    QString secret;
    QString origin; ///< profile id, env var name, or "models.providers.<id>.apiKey"
    bool expired = false;
    bool isValid() const { return source != Source::None && !secret.isEmpty(); }
};

/// @brief The providers and models OpenClaw would see: its built-in catalog, the providers it injects
/// when it finds their credentials (implicit), and the configured ones merged over those field by field.
class ModelRegistry
{
public:
    /// `config` is the loaded config after `${VAR}` substitution; the release picks the implicit
    /// MiniMax catalogs (2026.1.30: M2.1 and VL-01; 2026.9.6: M3, M2.7, M2.7-highspeed).
    static ModelRegistry build(const JsonValue &config, const Environment &env, const AuthProfiles &profiles,
                               const OpenClawRelease &release);

    QList<const ProviderInfo *> providers() const; ///< sorted by id
    const ProviderInfo *provider(const QString &id) const;
    /// A model the registry lists (no ad-hoc definitions).
    const ModelInfo *findModel(const ModelRef &ref) const;
    /// True when `models.providers.<id>` exists in the config.
    bool isConfiguredProvider(const QString &id) const;

    struct Resolved
    {
        ProviderInfo provider; ///< without its model list
        ModelInfo model;
        QString api; ///< effective wire api: model.api, else provider.api
        bool adHoc = false;
    };
    /// Resolves as OpenClaw does at run time: the registry, else an ad-hoc model of a configured
    /// provider (OpenClaw runs ids a configured provider does not list), else nullopt ("Unknown model").
    std::optional<Resolved> resolve(const ModelRef &ref) const;

    CredentialResolution credential(const QString &providerId) const;
    /// The "Auth" column: a profile, an env key, or a config apiKey exists (not a live check).
    bool hasAuth(const QString &providerId) const;

    /// Environment variables that carry a key for a provider, in precedence order.
    static QStringList envVarsFor(const QString &providerId);
    /// Placeholder api keys that stand for "use the profile" and are never sent.
    static bool isPlaceholderKey(const QString &providerId, const QString &key);

private:
    QMap<QString, ProviderInfo> m_providers;
    QStringList m_configured;
    QStringList m_configProfileIds; ///< auth.profiles ids, file order
    QMap<QString, QStringList> m_configOrder;
    Environment m_env;
    AuthProfiles m_profiles;
};

} // namespace clawdesk
