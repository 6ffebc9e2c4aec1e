#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QUrl>

class QNetworkAccessManager;

namespace clawdesk {

class ConfigController;
class CredentialManager;
class MiniMaxOAuthFlow;

/// @brief The Model/auth page (QML singleton `Providers`): reads and edits
/// `models.providers.<id>` fields with validation as you type, says where each provider's secret
/// lives, discovers LM Studio models and runs the MiniMax OAuth sign-in (user code + countdown).
class ProviderController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Providers)
    QML_SINGLETON
    Q_PROPERTY(DiscoveryStatus discoveryStatus READ discoveryStatus NOTIFY discoveryChanged)
    Q_PROPERTY(QStringList discoveredModels READ discoveredModels NOTIFY discoveryChanged)
    Q_PROPERTY(QString discoveryError READ discoveryError NOTIFY discoveryChanged)
    Q_PROPERTY(SignInStatus signInStatus READ signInStatus NOTIFY signInChanged)
    Q_PROPERTY(QString userCode READ userCode NOTIFY signInChanged)
    Q_PROPERTY(QUrl verificationUrl READ verificationUrl NOTIFY signInChanged)
    Q_PROPERTY(QDateTime codeDeadline READ codeDeadline NOTIFY signInChanged)
    Q_PROPERTY(QString signInError READ signInError NOTIFY signInChanged)
    /// The API base the MiniMax sign-in returned (resource_url), for the wizard's config write.
    Q_PROPERTY(QString resourceUrl READ resourceUrl NOTIFY signInChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    enum class DiscoveryStatus { Idle, Running, Done, Failed };
    Q_ENUM(DiscoveryStatus)
    enum class SignInStatus { Idle, WaitingForCode, WaitingForApproval, SignedIn, Failed };
    Q_ENUM(SignInStatus)

    ProviderController(ConfigController *config, QNetworkAccessManager *nam, CredentialManager *credentials,
                       QObject *parent = nullptr);
    ~ProviderController() override;

    /// {configured, baseUrl, api, apiKeyMasked, hasAuth, secretLocation, models (list of ids)}
    Q_INVOKABLE QVariantMap provider(const QString &id) const;
    /// Empty when `url` is an http(s) URL with a host; else why not.
    Q_INVOKABLE QString baseUrlError(const QString &url) const;
    Q_INVOKABLE QString providerIdError(const QString &id) const;
    /// Writes baseUrl and api (and `models: []` for a new provider) through ConfigStore::edit.
    Q_INVOKABLE bool saveProvider(const QString &id, const QString &baseUrl, const QString &api);
    /// Adds `models.providers.<id>.models[]` entries for ids that are not there yet.
    Q_INVOKABLE bool addProviderModels(const QString &id, const QStringList &modelIds);
    /// Stores an API key as the `<provider>:default` profile (keychain and/or OpenClaw's credential store).
    Q_INVOKABLE void saveApiKey(const QString &provider, const QString &key);

    Q_INVOKABLE void discoverModels(const QString &baseUrl);
    DiscoveryStatus discoveryStatus() const { return m_discoveryStatus; }
    QStringList discoveredModels() const { return m_discovered; }
    QString discoveryError() const { return m_discoveryError; }

    /// region: "global" or "cn".
    Q_INVOKABLE void signInMiniMax(const QString &region);
    Q_INVOKABLE void cancelSignIn();
    SignInStatus signInStatus() const { return m_signInStatus; }
    QString userCode() const;
    QUrl verificationUrl() const;
    QDateTime codeDeadline() const;
    QString signInError() const { return m_signInError; }
    QString resourceUrl() const;
    QString lastError() const { return m_lastError; }

    /// Parses an OpenAI-style `/v1/models` answer into model ids.
    static QStringList parseModelList(const QByteArray &json, QString *error);

    static void setInstance(ProviderController *instance);
    static ProviderController *create(QQmlEngine *, QJSEngine *);

signals:
    void discoveryChanged();
    void signInChanged();
    void lastErrorChanged();
    void apiKeySaved(const QString &provider, bool ok, const QString &where);

private:
    void setLastError(const QString &error);
    QString secretLocation(const QString &providerId) const;

    ConfigController *m_config;
    QNetworkAccessManager *m_nam;
    CredentialManager *m_credentials;
    DiscoveryStatus m_discoveryStatus = DiscoveryStatus::Idle;
    QStringList m_discovered;
    QString m_discoveryError;
    MiniMaxOAuthFlow *m_flow = nullptr;
    SignInStatus m_signInStatus = SignInStatus::Idle;
    QString m_signInError;
    QString m_lastError;
};

} // namespace clawdesk
