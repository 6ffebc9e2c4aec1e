#include "appsettings.h"

#include "gatewaysettings.h"

#include <QDir>

namespace clawdesk {

namespace {
AppSettings *s_instance = nullptr;
}

QString AppSettings::keyName(Key key)
{
    switch (key) {
    case Key::Language:
        return QStringLiteral("ui/language");
    case Key::StartAtLogin:
        return QStringLiteral("ui/startAtLogin");
    case Key::StartMinimized:
        return QStringLiteral("ui/startMinimized");
    case Key::ConfigPath:
        return QStringLiteral("config/path");
    case Key::Theme:
        return QStringLiteral("ui/theme");
    case Key::NotifyFailover:
        return QStringLiteral("tray/notifyFailover");
    case Key::TrayHintShown:
        return QStringLiteral("tray/hintShown");
    case Key::GatewayPort:
        return QStringLiteral("gateway/port");
    case Key::GatewayBind:
        return QStringLiteral("gateway/bind");
    case Key::GatewayToken:
        return QStringLiteral("gateway/token");
    }
    return {};
}

QVariant AppSettings::defaultValue(Key key)
{
    switch (key) {
    case Key::Language:
        return QString(); // empty: follow the system locale
    case Key::StartAtLogin:
        return false;
    case Key::StartMinimized:
        return false;
    case Key::ConfigPath:
        return QString(); // empty: discovered as OpenClaw does
    case Key::Theme:
        return static_cast<int>(Theme::System);
    case Key::NotifyFailover:
        return true;
    case Key::TrayHintShown:
        return false;
    case Key::GatewayPort:
        return GatewayOptions().port;
    case Key::GatewayBind:
        return GatewayOptions().bind;
    case Key::GatewayToken:
        return QString();
    }
    return {};
}

AppSettings::AppSettings(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    if (!m_settings) {
        m_ownSettings = std::make_unique<QSettings>();
        m_settings = m_ownSettings.get();
    }
}

QVariant AppSettings::get(Key key) const
{
    return m_settings->value(keyName(key), defaultValue(key));
}

void AppSettings::set(Key key, const QVariant &value)
{
    store(key, value);
}

bool AppSettings::store(Key key, const QVariant &value)
{
    if (get(key) == value)
        return false;
    if (value == defaultValue(key))
        m_settings->remove(keyName(key));
    else
        m_settings->setValue(keyName(key), value);
    return true;
}

void AppSettings::migrate()
{
    // 0.0.x kept the port under "port"; keep the user's choice.
    if (m_settings->contains(QStringLiteral("port")) && !m_settings->contains(keyName(Key::GatewayPort))) {
        m_settings->setValue(keyName(Key::GatewayPort), m_settings->value(QStringLiteral("port")));
        m_settings->remove(QStringLiteral("port"));
    }
}

void AppSettings::setLanguage(const QString &language)
{
    if (store(Key::Language, language))
        emit languageChanged();
}

void AppSettings::setStartAtLogin(bool on)
{
    if (store(Key::StartAtLogin, on))
        emit startAtLoginChanged();
}

void AppSettings::setStartMinimized(bool on)
{
    if (store(Key::StartMinimized, on))
        emit startMinimizedChanged();
}

void AppSettings::setConfigPath(const QString &path)
{
    if (store(Key::ConfigPath, path))
        emit configPathChanged();
}

void AppSettings::setTheme(Theme theme)
{
    if (store(Key::Theme, static_cast<int>(theme)))
        emit themeChanged();
}

void AppSettings::setNotifyFailover(bool on)
{
    if (store(Key::NotifyFailover, on))
        emit notifyFailoverChanged();
}

void AppSettings::setTrayHintShown(bool shown)
{
    if (store(Key::TrayHintShown, shown))
        emit trayHintShownChanged();
}

void AppSettings::setGatewayPort(int port)
{
    if (port < 1 || port > 65535)
        return;
    if (store(Key::GatewayPort, port))
        emit gatewayChanged();
}

void AppSettings::setGatewayBind(const QString &bind)
{
    if (store(Key::GatewayBind, bind.trimmed().isEmpty() ? defaultValue(Key::GatewayBind) : bind.trimmed()))
        emit gatewayChanged();
}

QString AppSettings::gatewayToken()
{
    QString token = get(Key::GatewayToken).toString();
    if (token.isEmpty())
        token = regenerateGatewayToken();
    return token;
}

void AppSettings::setGatewayToken(const QString &token)
{
    if (store(Key::GatewayToken, token))
        emit gatewayChanged();
}

QString AppSettings::regenerateGatewayToken()
{
    const QString token = GatewaySettings::generateToken();
    setGatewayToken(token);
    return token;
}

QStringList AppSettings::availableLanguages() const
{
    // Every catalogue compiled into the binary (:/i18n/clawdesk_<locale>.qm), after "system".
    QStringList languages{QString()};
    const QStringList catalogues =
        QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("clawdesk_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : catalogues)
        languages.append(file.mid(9).chopped(3)); // clawdesk_<locale>.qm
    if (!languages.contains(QStringLiteral("en")))
        languages.insert(1, QStringLiteral("en"));
    return languages;
}

void AppSettings::setInstance(AppSettings *instance)
{
    s_instance = instance;
}

AppSettings *AppSettings::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

} // namespace clawdesk
