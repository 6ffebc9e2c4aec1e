#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QSettings>
#include <QVariant>

namespace clawdesk {

/// @brief The app's own settings: one typed key table over QSettings with defaults, exposed to QML
/// as the `AppSettings` singleton. Secrets never live here (the gateway token is a local bearer
/// for loopback clients, not a provider credential).
class AppSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(bool startAtLogin READ startAtLogin WRITE setStartAtLogin NOTIFY startAtLoginChanged)
    Q_PROPERTY(bool startMinimized READ startMinimized WRITE setStartMinimized NOTIFY startMinimizedChanged)
    Q_PROPERTY(QString configPath READ configPath WRITE setConfigPath NOTIFY configPathChanged)
    Q_PROPERTY(Theme theme READ theme WRITE setTheme NOTIFY themeChanged)
    Q_PROPERTY(bool notifyFailover READ notifyFailover WRITE setNotifyFailover NOTIFY notifyFailoverChanged)
    Q_PROPERTY(bool trayHintShown READ trayHintShown WRITE setTrayHintShown NOTIFY trayHintShownChanged)
    Q_PROPERTY(int gatewayPort READ gatewayPort WRITE setGatewayPort NOTIFY gatewayChanged)
    Q_PROPERTY(QString gatewayBind READ gatewayBind WRITE setGatewayBind NOTIFY gatewayChanged)
    Q_PROPERTY(QString gatewayToken READ gatewayToken WRITE setGatewayToken NOTIFY gatewayChanged)
    Q_PROPERTY(QStringList availableLanguages READ availableLanguages CONSTANT)

public:
    enum class Theme { System, Light, Dark };
    Q_ENUM(Theme)

    /// Every key with its default; the single source of truth for names and defaults.
    enum class Key {
        Language,
        StartAtLogin,
        StartMinimized,
        ConfigPath,
        Theme,
        NotifyFailover,
        TrayHintShown,
        GatewayPort,
        GatewayBind,
        GatewayToken,
    };
    static QString keyName(Key key);
    static QVariant defaultValue(Key key);

    /// `settings` may be null: the app's default QSettings is used.
    explicit AppSettings(QSettings *settings = nullptr, QObject *parent = nullptr);

    QVariant get(Key key) const;
    /// The QSettings behind the table (the gateway host reads its options from the same store).
    QSettings *storage() const { return m_settings; }
    void set(Key key, const QVariant &value);
    /// Renames keys written by older versions; run once at start-up.
    void migrate();

    QString language() const { return get(Key::Language).toString(); }
    void setLanguage(const QString &language);
    bool startAtLogin() const { return get(Key::StartAtLogin).toBool(); }
    void setStartAtLogin(bool on);
    bool startMinimized() const { return get(Key::StartMinimized).toBool(); }
    void setStartMinimized(bool on);
    QString configPath() const { return get(Key::ConfigPath).toString(); }
    void setConfigPath(const QString &path);
    Theme theme() const { return static_cast<Theme>(get(Key::Theme).toInt()); }
    void setTheme(Theme theme);
    bool notifyFailover() const { return get(Key::NotifyFailover).toBool(); }
    void setNotifyFailover(bool on);
    bool trayHintShown() const { return get(Key::TrayHintShown).toBool(); }
    void setTrayHintShown(bool shown);
    int gatewayPort() const { return get(Key::GatewayPort).toInt(); }
    void setGatewayPort(int port);
    QString gatewayBind() const { return get(Key::GatewayBind).toString(); }
    void setGatewayBind(const QString &bind);
    /// Generates and stores a token the first time it is read.
    QString gatewayToken();
    void setGatewayToken(const QString &token);
    Q_INVOKABLE QString regenerateGatewayToken();

    QStringList availableLanguages() const;

    /// The app-owned instance QML receives (C++ ownership).
    static void setInstance(AppSettings *instance);
    static AppSettings *create(QQmlEngine *, QJSEngine *);

signals:
    void languageChanged();
    void startAtLoginChanged();
    void startMinimizedChanged();
    void configPathChanged();
    void themeChanged();
    void notifyFailoverChanged();
    void trayHintShownChanged();
    void gatewayChanged();

private:
    bool store(Key key, const QVariant &value);

    QSettings *m_settings;
    std::unique_ptr<QSettings> m_ownSettings;
};

} // namespace clawdesk
