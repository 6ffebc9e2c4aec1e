#include "providercontroller.h"

#include "configcontroller.h"
#include "credentialmanager.h"
#include "minimaxoauthflow.h"
#include "modelregistry.h"
#include "provideredit.h"
#include "secretmask.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>

namespace clawdesk {

namespace {
ProviderController *s_instance = nullptr;
} // namespace

ProviderController::ProviderController(ConfigController *config, QNetworkAccessManager *nam,
                                       CredentialManager *credentials, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_nam(nam)
    , m_credentials(credentials)
{}

ProviderController::~ProviderController() = default;

QString ProviderController::secretLocation(const QString &providerId) const
{
    const ConfigSnapshotPtr snapshot = m_config->snapshot();
    const ConfigPaths &paths = snapshot->paths();
    const CredentialResolution credential = snapshot->registry().credential(providerId);
    switch (credential.source) {
    case CredentialResolution::Source::Profile: {
        // Name the file this profile was really read from: 2026.9 and later keep credentials in SQLite
        // (the shared state database or an agent's own), 2026.1 in auth-profiles.json.
        const AuthProfile *profile = snapshot->profiles().find(credential.origin);
        const QString store =
            profile && !profile->store.isEmpty() ? profile->store : paths.authProfilesPath();
        if (QDir::cleanPath(store) != QDir::cleanPath(paths.authProfilesPath()))
            return tr("Signed in: profile %1 in OpenClaw's credential store (%2).")
                .arg(credential.origin, paths.displayPath(store));
        if (snapshot->release().isLegacy())
            return tr("Signed in: profile %1 in OpenClaw's auth-profiles.json (%2).")
                .arg(credential.origin, paths.displayPath(store));
        // 2026.9 and later refuse to run beside this file until `openclaw doctor --fix` imports it.
        return tr("Signed in: profile %1 in a leftover auth-profiles.json (%2); run openclaw doctor --fix to "
                  "move it into OpenClaw's credential store.")
            .arg(credential.origin, paths.displayPath(store));
    }
    case CredentialResolution::Source::Environment:
        return tr("Key from the environment variable %1 (not stored by ClawDesk).").arg(credential.origin);
    case CredentialResolution::Source::Config:
        return tr("Key written in openclaw.json (%1). Moving it to the keychain is safer.")
            .arg(credential.origin);
    case CredentialResolution::Source::None:
        break;
    }
    return tr("No key yet.");
}

QVariantMap ProviderController::provider(const QString &id) const
{
    const ConfigSnapshotPtr snapshot = m_config->snapshot();
    const ModelRegistry &registry = snapshot->registry();
    QVariantMap out;
    out[QStringLiteral("configured")] = registry.isConfiguredProvider(id);
    out[QStringLiteral("hasAuth")] = registry.hasAuth(id);
    out[QStringLiteral("secretLocation")] = secretLocation(id);
    QStringList models;
    if (const ProviderInfo *info = registry.provider(id)) {
        out[QStringLiteral("baseUrl")] = info->baseUrl;
        out[QStringLiteral("api")] = info->api;
        for (const ModelInfo &model : info->models)
            models.append(model.id);
    }
    const CredentialResolution credential = registry.credential(id);
    out[QStringLiteral("apiKeyMasked")] = credential.isValid() ? maskSecret(credential.secret) : QString();
    out[QStringLiteral("models")] = models;
    return out;
}

QString ProviderController::baseUrlError(const QString &text) const
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter the base URL, e.g. http://127.0.0.1:1234/v1");
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return tr("The base URL must start with http:// or https://");
    if (url.host().isEmpty())
        return tr("The base URL needs a host name.");
    return {};
}

QString ProviderController::providerIdError(const QString &id) const
{
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9][a-z0-9._-]*$"));
    if (id.trimmed().isEmpty())
        return tr("Enter a provider id, e.g. my-proxy");
    if (!valid.match(id.trimmed()).hasMatch())
        return tr("Use lower-case letters, digits, dots, underscores or dashes.");
    return {};
}

bool ProviderController::saveProvider(const QString &id, const QString &baseUrl, const QString &api)
{
    QString problem = providerIdError(id);
    if (problem.isEmpty())
        problem = baseUrlError(baseUrl);
    if (!problem.isEmpty()) {
        setLastError(problem);
        return false;
    }
    const bool ok = m_config->applyEdit([&](Json5Document &document, const OpenClawConfig &, QString *error) {
        return ProvidersEditor(document).setConnection(id.trimmed(), baseUrl.trimmed(), api, error);
    });
    setLastError(ok ? QString() : m_config->lastError());
    return ok;
}

bool ProviderController::addProviderModels(const QString &id, const QStringList &modelIds)
{
    const bool ok = m_config->applyEdit([&](Json5Document &document, const OpenClawConfig &, QString *error) {
        return ProvidersEditor(document).addModelIds(id, modelIds, error);
    });
    setLastError(ok ? QString() : m_config->lastError());
    return ok;
}

void ProviderController::saveApiKey(const QString &provider, const QString &key)
{
    if (key.trimmed().isEmpty()) {
        setLastError(tr("Enter the API key."));
        return;
    }
    if (!m_credentials) {
        setLastError(tr("No credential store is available."));
        return;
    }
    const QString profileId = provider + QStringLiteral(":default");
    QPointer<ProviderController> self(this);
    m_credentials->save(profileId, Credential::apiKey(provider, key.trimmed()),
                        [self, provider, profileId](bool ok, const QString &error) {
                            if (!self)
                                return;
                            self->setLastError(ok ? QString() : error);
                            emit self->apiKeySaved(provider, ok,
                                                   ok ? self->m_credentials->locationText(profileId) : error);
                            self->m_config->reload();
                        });
}

QStringList ProviderController::parseModelList(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject() || !document.object().value(QStringLiteral("data")).isArray()) {
        if (error)
            *error = tr("The server did not answer with a model list.");
        return {};
    }
    QStringList ids;
    for (const QJsonValue &entry : document.object().value(QStringLiteral("data")).toArray()) {
        const QString id = entry.toObject().value(QStringLiteral("id")).toString();
        if (!id.isEmpty())
            ids.append(id);
    }
    return ids;
}

void ProviderController::discoverModels(const QString &baseUrl)
{
    const QString problem = baseUrlError(baseUrl);
    if (!problem.isEmpty()) {
        m_discoveryStatus = DiscoveryStatus::Failed;
        m_discoveryError = problem;
        emit discoveryChanged();
        return;
    }
    QString url = baseUrl.trimmed();
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    QNetworkRequest request(QUrl(url + QStringLiteral("/models")));
    request.setTransferTimeout(5000);
    QNetworkReply *reply = m_nam->get(request);
    m_discoveryStatus = DiscoveryStatus::Running;
    m_discoveryError.clear();
    emit discoveryChanged();
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError) {
            m_discoveryStatus = DiscoveryStatus::Failed;
            m_discoveryError =
                tr("Could not reach LM Studio: %1. Is its server running?").arg(reply->errorString());
            m_discovered.clear();
        } else {
            QString error;
            m_discovered = parseModelList(reply->readAll(), &error);
            m_discoveryError = error;
            m_discoveryStatus = error.isEmpty() ? DiscoveryStatus::Done : DiscoveryStatus::Failed;
        }
        emit discoveryChanged();
    });
}

void ProviderController::signInMiniMax(const QString &region)
{
    cancelSignIn();
    m_flow = new MiniMaxOAuthFlow(m_nam, this);
    m_flow->setRegion(region == QLatin1String("cn") ? MiniMaxRegion::Cn : MiniMaxRegion::Global);
    connect(m_flow, &MiniMaxOAuthFlow::userCodeReady, this, [this] {
        m_signInStatus = SignInStatus::WaitingForApproval;
        emit signInChanged();
    });
    connect(m_flow, &MiniMaxOAuthFlow::authorizeWithBrowser, this, [](const QUrl &) {
        // The page shows the URL and the code; the user opens it (or copies it) themselves.
    });
    connect(m_flow, &MiniMaxOAuthFlow::failed, this, [this](MiniMaxOAuthError, const QString &message) {
        m_signInStatus = SignInStatus::Failed;
        m_signInError = message;
        emit signInChanged();
    });
    connect(m_flow, &QAbstractOAuth::granted, this, [this] {
        m_signInStatus = SignInStatus::SignedIn;
        emit signInChanged();
        if (m_credentials) {
            m_credentials->save(QStringLiteral("minimax-portal:default"),
                                Credential::oauth(QStringLiteral("minimax-portal"), m_flow->token(),
                                                  m_flow->refreshToken(), m_flow->expiresAt()),
                                [this](bool, const QString &) { m_config->reload(); });
        }
    });
    m_signInStatus = SignInStatus::WaitingForCode;
    m_signInError.clear();
    emit signInChanged();
    m_flow->grant();
}

void ProviderController::cancelSignIn()
{
    if (!m_flow)
        return;
    m_flow->cancel();
    m_flow->deleteLater();
    m_flow = nullptr;
    m_signInStatus = SignInStatus::Idle;
    emit signInChanged();
}

QString ProviderController::userCode() const
{
    return m_flow ? m_flow->userCode() : QString();
}

QUrl ProviderController::verificationUrl() const
{
    return m_flow ? m_flow->verificationUri() : QUrl();
}

QString ProviderController::resourceUrl() const
{
    return m_flow ? m_flow->resourceUrl().toString() : QString();
}

QDateTime ProviderController::codeDeadline() const
{
    return m_flow ? m_flow->userCodeDeadline() : QDateTime();
}

void ProviderController::setLastError(const QString &error)
{
    if (m_lastError == error)
        return;
    m_lastError = error;
    emit lastErrorChanged();
}

void ProviderController::setInstance(ProviderController *instance)
{
    s_instance = instance;
}

ProviderController *ProviderController::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

} // namespace clawdesk
