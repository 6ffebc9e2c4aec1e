#pragma once

#include <QObject>
#include <QQmlApplicationEngine>
#include <QSize>
#include <QTranslator>

#include <memory>

class QNetworkAccessManager;
class QQuickWindow;

namespace clawdesk {

class AppSettings;
class AppState;
class OpenClawCredentials;
class ConfigController;
class CredentialManager;
class GatewayBridge;
class KeychainStore;
class ProviderController;
class QuotaMonitor;
class TrayController;
class WizardController;

/// @brief The composition root: builds the settings, config, gateway, auth and tray objects, hands
/// them to QML as singletons and loads the UI.
class Application : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool minimized = false;
        QString page; ///< initial page: overview, modelauth, models, gateway, usage, settings, wizard
        int wizardStep = 0;
        QString screenshot;     ///< render the window to this PNG and quit; with page "all", every page
                                ///< to this path with "{page}" replaced by the page's name
        QSize windowSize;       ///< initial window size (screenshots); empty: fit the screen
        QString trayScreenshot; ///< render the tray menu to this PNG and quit
        bool demo = false;      ///< sample gateway activity (for screenshots)
        QString configPath;     ///< overrides the discovered openclaw.json
        QString language;       ///< this run only (screenshots); empty: the saved setting
    };

    explicit Application(const Options &options, QObject *parent = nullptr);
    ~Application() override;

    /// Loads Main.qml; false when it fails.
    bool load();
    QQmlApplicationEngine &engine() { return m_engine; }
    QQuickWindow *window() const;
    void raise();
    void setLanguage(const QString &language);

    ConfigController *config() const { return m_config.get(); }
    GatewayBridge *gateway() const { return m_gateway.get(); }
    TrayController *tray() const { return m_tray.get(); }
    AppState *state() const { return m_state.get(); }

private:
    void addDemoActivity();
    void takeScreenshots();
    void takePageScreenshots(QStringList pages, int status);

    Options m_options;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<KeychainStore> m_keychain;
    std::unique_ptr<OpenClawCredentials> m_profilesFile;
    std::unique_ptr<CredentialManager> m_credentials;
    std::unique_ptr<ConfigController> m_config;
    std::unique_ptr<GatewayBridge> m_gateway;
    std::unique_ptr<AppState> m_state;
    std::unique_ptr<ProviderController> m_providers;
    std::unique_ptr<QuotaMonitor> m_quota;
    std::unique_ptr<WizardController> m_wizard;
    std::unique_ptr<TrayController> m_tray;
    QTranslator m_translator;
    QQmlApplicationEngine m_engine;
};

} // namespace clawdesk
