#include "traycontroller.h"

#include "appsettings.h"
#include "appstate.h"
#include "configcontroller.h"
#include "gatewaybridge.h"

#include <QApplication>
#include <QCursor>
#include <QWindow>

namespace clawdesk {

namespace {
TrayController *s_instance = nullptr;
}

TrayController::TrayController(AppState *state, GatewayBridge *gateway, ConfigController *config,
                               AppSettings *settings, QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_gateway(gateway)
    , m_config(config)
    , m_settings(settings)
{
    m_icon.setContextMenu(&m_menu);
    m_icon.setToolTip(QStringLiteral("ClawDesk"));
    connect(&m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            showWindow();
    });
    connect(state, &AppState::changed, this, &TrayController::updateIcon);
    connect(gateway, &GatewayBridge::failoverHappened, this, &TrayController::onFailover);
    connect(config, &ConfigController::changed, this, &TrayController::rebuildMenu);
    // The menu is rebuilt when it opens, so it always shows the current state.
    connect(&m_menu, &QMenu::aboutToShow, this, &TrayController::rebuildMenu);

    m_retry.setInterval(3000);
    connect(&m_retry, &QTimer::timeout, this, &TrayController::probe);
    rebuildMenu();
    updateIcon();
    probe();
}

void TrayController::probe()
{
    const bool available = QSystemTrayIcon::isSystemTrayAvailable();
    if (available) {
        m_retry.stop();
        m_icon.show();
    } else if (--m_retriesLeft > 0 && !m_retry.isActive()) {
        m_retry.start();
    } else if (m_retriesLeft <= 0) {
        m_retry.stop();
    }
    QApplication::setQuitOnLastWindowClosed(!available);
    if (available != m_available) {
        m_available = available;
        emit availableChanged();
    }
}

TrayIcons::Kind TrayController::kind() const
{
    if (m_state->loginExpired())
        return TrayIcons::Kind::LoginExpired;
    if (m_state->summaryTone() == u"error")
        return TrayIcons::Kind::Error;
    if (m_state->gatewayState() == AppState::GatewayState::Running)
        return m_state->servedByFallback() ? TrayIcons::Kind::Fallback : TrayIcons::Kind::Running;
    return TrayIcons::Kind::Stopped;
}

QString TrayController::statusText() const
{
    return m_state->summaryText();
}

void TrayController::updateIcon()
{
    m_icon.setIcon(TrayIcons::icon(kind()));
    m_icon.setToolTip(QStringLiteral("ClawDesk — ") + statusText());
    emit statusChanged();
}

void TrayController::setQuotaText(const QString &text)
{
    m_quotaText = text;
    rebuildMenu();
}

void TrayController::rebuildMenu()
{
    m_menu.clear();
    QAction *status = m_menu.addAction(statusText());
    status->setEnabled(false);
    m_menu.addSeparator();

    const bool running = m_gateway->state() == GatewayBridge::State::Running ||
                         m_gateway->state() == GatewayBridge::State::Starting;
    QAction *start = m_menu.addAction(tr("Start gateway"), m_gateway, &GatewayBridge::start);
    start->setEnabled(!running);
    QAction *stop = m_menu.addAction(tr("Stop gateway"), m_gateway, &GatewayBridge::stop);
    stop->setEnabled(running);
    QAction *restart = m_menu.addAction(tr("Restart gateway"), m_gateway, &GatewayBridge::restart);
    restart->setEnabled(running);

    //: Tray submenu listing the models to use as the primary (default) model
    QMenu *models = m_menu.addMenu(tr("Model"));
    const QString primary = m_config->primary();
    QStringList choices{primary};
    for (const QVariant &alias : m_config->aliases())
        choices.append(alias.toMap().value(QStringLiteral("key")).toString());
    choices.append(m_config->fallbackKeys());
    choices.removeDuplicates();
    for (const QString &key : std::as_const(choices)) {
        QAction *action = models->addAction(key, this, [this, key] { m_config->setPrimary(key); });
        action->setCheckable(true);
        action->setChecked(key == primary);
    }
    models->setEnabled(m_config->status() != ConfigController::Status::Unparsable);

    if (!m_quotaText.isEmpty()) {
        QAction *quota = m_menu.addAction(m_quotaText);
        quota->setEnabled(false);
    }
    m_menu.addSeparator();
    m_menu.addAction(tr("Open ClawDesk"), this, &TrayController::showWindow);
    m_menu.addAction(tr("Quit"), this, &TrayController::quitRequested);
}

void TrayController::hideToTray()
{
    if (m_window)
        m_window->hide();
    if (!m_settings->trayHintShown() && m_available) {
        m_icon.showMessage(tr("ClawDesk is still running"), hideHintText(), QSystemTrayIcon::Information,
                           8000);
        m_settings->setTrayHintShown(true);
    }
}

QString TrayController::hideHintText() const
{
    if (m_state->gatewayState() == AppState::GatewayState::Running)
        return tr("The gateway keeps serving in the background. Use the tray icon to open ClawDesk or to "
                  "quit.");
    return tr("ClawDesk stays in the tray; the gateway is not running. Use the tray icon to open ClawDesk, "
              "start the gateway or quit.");
}

void TrayController::showWindow()
{
    if (!m_window)
        return;
    m_window->show();
    m_window->raise();
    m_window->requestActivate();
}

void TrayController::popupMenu(int x, int y)
{
    rebuildMenu();
    QPoint at = x >= 0 && y >= 0 ? QPoint(x, y) : m_icon.geometry().bottomLeft();
    if (at.isNull())
        at = QCursor::pos();
    m_menu.popup(at);
}

void TrayController::onFailover(const FailoverEvent &event)
{
    updateIcon();
    if (!m_settings->notifyFailover() || !m_available)
        return;
    if (event.recovery) {
        m_icon.showMessage(tr("Back on the primary model"), tr("%1 is tried first again.").arg(event.toModel),
                           QSystemTrayIcon::Information, 5000);
    } else {
        // The event names the next candidate, which has not answered yet.
        m_icon.showMessage(tr("Primary model failed"),
                           tr("%1 failed (%2); trying %3.")
                               .arg(event.fromModel, AppState::reasonText(event.reason), event.toModel),
                           QSystemTrayIcon::Warning, 5000);
    }
}

void TrayController::setInstance(TrayController *instance)
{
    s_instance = instance;
}

TrayController *TrayController::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

} // namespace clawdesk
