#pragma once

#include "gatewayevents.h"
#include "trayicons.h"

#include <QMenu>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QSystemTrayIcon>
#include <QTimer>

#include <QWindow>

namespace clawdesk {

class AppSettings;
class AppState;
class ConfigController;
class GatewayBridge;

/// @brief The system tray (QML singleton `Tray`): an icon per state, a menu (status, gateway
/// start/stop/restart, primary model switch, quota, open, quit) and failover notifications. Every
/// word about the state comes from AppState, as in the window.
///
/// The tray host may come up after the app (login sessions): availability is retried for a while,
/// and `setQuitOnLastWindowClosed(!available)` follows it, so closing the window hides it to the
/// tray only when there is one.
class TrayController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Tray)
    QML_SINGLETON
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusChanged)

public:
    TrayController(AppState *state, GatewayBridge *gateway, ConfigController *config, AppSettings *settings,
                   QObject *parent = nullptr);

    void setWindow(QWindow *window) { m_window = window; }
    bool available() const { return m_available; }
    TrayIcons::Kind kind() const;
    QString statusText() const;
    /// The quota line ("Coding Plan: …"), empty when unknown.
    void setQuotaText(const QString &text);
    /// The hint shown the first time the window goes to the tray (its words depend on the gateway).
    QString hideHintText() const;
    QMenu *menu() { return &m_menu; }

    /// Hides the window to the tray; tells the user once, the first time.
    Q_INVOKABLE void hideToTray();
    Q_INVOKABLE void showWindow();
    /// Pops the menu up at the icon, or at the given screen position (screenshots, tests).
    Q_INVOKABLE void popupMenu(int x = -1, int y = -1);

    static void setInstance(TrayController *instance);
    static TrayController *create(QQmlEngine *, QJSEngine *);

signals:
    void availableChanged();
    void statusChanged();
    void quitRequested();

private:
    void probe();
    void rebuildMenu();
    void updateIcon();
    void onFailover(const FailoverEvent &event);

    AppState *m_state;
    GatewayBridge *m_gateway;
    ConfigController *m_config;
    AppSettings *m_settings;
    QSystemTrayIcon m_icon;
    QMenu m_menu;
    QTimer m_retry;
    int m_retriesLeft = 10;
    bool m_available = false;
    QString m_quotaText;
    QPointer<QWindow> m_window;
};

} // namespace clawdesk
