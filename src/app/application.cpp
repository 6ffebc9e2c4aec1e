#include "application.h"

#include "appsettings.h"
#include "appstate.h"
#include "autostart.h"
#include "configcontroller.h"
#include "credentialmanager.h"
#include "gatewaybridge.h"
#include "gatewayhost.h"
#include "keychainstore.h"
#include "openclawcredentials.h"
#include "openclawrelease.h"
#include "providercontroller.h"
#include "quotamonitor.h"
#include "traycontroller.h"
#include "wizardcontroller.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QQuickWindow>
#include <QTimer>

namespace clawdesk {

Application::Application(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    m_settings = std::make_unique<AppSettings>();
    m_settings->migrate();
    // Create the gateway token now, not from inside a QML binding (that would be a binding loop).
    m_settings->gatewayToken();
    AppSettings::setInstance(m_settings.get());

    const Environment env = systemEnvironment();
    ConfigPaths paths = ConfigPaths::fromSystem();
    const QString configPath = !options.configPath.isEmpty() ? options.configPath : m_settings->configPath();
    if (!configPath.isEmpty())
        paths.configPath = configPath;

    m_nam = std::make_unique<QNetworkAccessManager>();
    m_keychain = std::make_unique<KeychainStore>();
    // The store the installed OpenClaw reads (SQLite for 2026.9 and later), so it sees the sign-in.
    m_profilesFile = std::make_unique<OpenClawCredentials>(paths, OpenClawCredentials::detectEra(paths, env));
    m_credentials = std::make_unique<CredentialManager>(m_keychain.get(), m_profilesFile.get());
    m_keychain->probe(
        [this](bool ok, const QString &error) { m_credentials->setKeychainAvailable(ok, error); });

    m_config = std::make_unique<ConfigController>(paths, env);
    ConfigController::setInstance(m_config.get());
    m_gateway = std::make_unique<GatewayBridge>(m_settings.get(), GatewayHost::usageDatabaseFor(env));
    m_gateway->setConfigPath(options.configPath);
    GatewayBridge::setInstance(m_gateway.get());
    m_providers = std::make_unique<ProviderController>(m_config.get(), m_nam.get(), m_credentials.get());
    ProviderController::setInstance(m_providers.get());
    m_quota = std::make_unique<QuotaMonitor>(m_config.get(), m_nam.get());
    QuotaMonitor::setInstance(m_quota.get());
    m_wizard = std::make_unique<WizardController>(m_config.get());
    WizardController::setInstance(m_wizard.get());
    m_state = std::make_unique<AppState>(m_gateway.get(), m_config.get());
    AppState::setInstance(m_state.get());
    // Which OpenClaw the user has (its installed CLI, cached by its binary's identity, else the signs
    // in openclaw.json and the state files), shown on the Overview.
    const auto updateRelease = [this, env] {
        if (const ConfigSnapshotPtr snapshot = m_config->snapshot())
            m_state->setReleaseText(
                OpenClawRelease::detect(snapshot->paths(), snapshot->config().merged(), env).describe());
    };
    connect(m_config.get(), &ConfigController::changed, this, updateRelease);
    updateRelease();
    m_tray =
        std::make_unique<TrayController>(m_state.get(), m_gateway.get(), m_config.get(), m_settings.get());
    TrayController::setInstance(m_tray.get());
    connect(m_tray.get(), &TrayController::quitRequested, qApp, &QCoreApplication::quit);
    connect(m_quota.get(), &QuotaMonitor::changed, m_tray.get(), [this] {
        m_tray->setQuotaText(m_quota->available() ? tr("Coding Plan: %1").arg(m_quota->text()) : QString());
    });
    connect(m_config.get(), &ConfigController::changed, m_quota.get(), &QuotaMonitor::refresh);
    connect(m_providers.get(), &ProviderController::signInChanged, m_quota.get(), &QuotaMonitor::refresh);
    if (!options.demo)
        m_quota->refresh();
    // "MiniMax login expired — sign in again" in the tray until the next sign-in succeeds.
    connect(m_gateway.get(), &GatewayBridge::loginExpired, m_state.get(),
            [this] { m_state->setLoginExpired(true); });
    connect(m_providers.get(), &ProviderController::signInChanged, m_state.get(), [this] {
        if (m_providers->signInStatus() == ProviderController::SignInStatus::SignedIn)
            m_state->setLoginExpired(false);
    });

    connect(m_settings.get(), &AppSettings::languageChanged, this,
            [this] { setLanguage(m_settings->language()); });
    connect(m_settings.get(), &AppSettings::startAtLoginChanged, this,
            [this] { Autostart().setEnabled(m_settings->startAtLogin()); });
    setLanguage(options.language.isEmpty() ? m_settings->language() : options.language);

    if (options.demo)
        addDemoActivity();
}

Application::~Application() = default;

void Application::setLanguage(const QString &language)
{
    QCoreApplication::removeTranslator(&m_translator);
    const QString name = language.isEmpty() ? QLocale::system().name() : language;
    // English has a catalogue too: it carries the singular/plural forms of the %n strings.
    if (m_translator.load(QStringLiteral(":/i18n/clawdesk_") + name) ||
        m_translator.load(QLocale(name), QStringLiteral("clawdesk"), QStringLiteral("_"),
                          QStringLiteral(":/i18n")) ||
        m_translator.load(QStringLiteral(":/i18n/clawdesk_en")))
        QCoreApplication::installTranslator(&m_translator);
    // Numbers, dates and money follow the chosen language (QML's Qt.locale() is the default locale).
    QLocale::setDefault(QLocale(name));
    // Arabic and Persian mirror the whole window (QML binds LayoutMirroring to this).
    QGuiApplication::setLayoutDirection(QLocale(name).textDirection());
    // Qt.uiLanguage is what QML number/money formatting binds to (Qt.locale() alone has no signal).
    m_engine.setUiLanguage(name);
    m_engine.retranslate();
}

bool Application::load()
{
    const bool allPages = m_options.page == u"all";
    m_engine.setInitialProperties(
        {{QStringLiteral("initialPage"), allPages ? QString() : m_options.page},
         {QStringLiteral("wizardStep"), m_options.wizardStep},
         {QStringLiteral("startHidden"), m_options.minimized && m_tray->available()}});
    m_engine.load(QUrl(QStringLiteral("qrc:/qt/qml/ClawDesk/Main.qml")));
    if (m_engine.rootObjects().isEmpty())
        return false;
    m_tray->setWindow(window());
    if (m_options.windowSize.isValid())
        window()->resize(m_options.windowSize);
    if (!m_options.screenshot.isEmpty() || !m_options.trayScreenshot.isEmpty())
        QTimer::singleShot(1200, this, &Application::takeScreenshots);
    return true;
}

QQuickWindow *Application::window() const
{
    const QList<QObject *> roots = m_engine.rootObjects();
    return roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(roots.first());
}

void Application::raise()
{
    m_tray->showWindow();
}

void Application::takeScreenshots()
{
    int status = 0;
    if (m_options.page == u"all" && !m_options.screenshot.isEmpty()) {
        takePageScreenshots({QStringLiteral("overview"), QStringLiteral("modelauth"),
                             QStringLiteral("models"), QStringLiteral("gateway"), QStringLiteral("usage"),
                             QStringLiteral("settings"), QStringLiteral("wizard")},
                            0);
        return;
    }
    if (!m_options.screenshot.isEmpty()) {
        QQuickWindow *w = window();
        if (!w || !w->grabWindow().save(m_options.screenshot))
            status = 1;
    }
    if (!m_options.trayScreenshot.isEmpty()) {
        QMenu *menu = m_tray->menu();
        m_tray->popupMenu(0, 0);
        menu->adjustSize();
        if (!menu->grab().save(m_options.trayScreenshot))
            status = 1;
        menu->hide();
    }
    QCoreApplication::exit(status);
}

void Application::takePageScreenshots(QStringList pages, int status)
{
    // One page at a time: show it, let bindings and layouts settle, grab, go on.
    QQuickWindow *w = window();
    if (pages.isEmpty() || !w) {
        QCoreApplication::exit(w ? status : 1);
        return;
    }
    const QString page = pages.takeFirst();
    w->setProperty("currentPage", page);
    QTimer::singleShot(500, this, [this, w, page, pages, status] {
        QString path = m_options.screenshot;
        path.replace(QStringLiteral("{page}"), page);
        const bool saved = w->grabWindow().save(path);
        takePageScreenshots(pages, saved ? status : 1);
    });
}

void Application::addDemoActivity()
{
    const QDateTime now = QDateTime::currentDateTime();
    const QString primary = m_config->primary();
    const QStringList fallbacks = m_config->fallbackKeys();
    const QString fallback = fallbacks.isEmpty() ? QStringLiteral("minimax/MiniMax-M2.1") : fallbacks.first();
    const QStringList clients{QStringLiteral("anthropic-messages"), QStringLiteral("openai-chat"),
                              QStringLiteral("openai-responses")};
    const QStringList tools{QStringLiteral("Claude Code"), QStringLiteral("opencode"),
                            QStringLiteral("Codex")};
    const QStringList reasons{QStringLiteral("rate_limit"), QStringLiteral("connection"),
                              QStringLiteral("overloaded")};
    for (int day = 13; day >= 0; --day) {
        const int requests = 3 + (day * 7) % 5;
        for (int i = 0; i < requests; ++i) {
            RequestRecord r;
            r.time = now.addDays(-day).addSecs(-600 * i);
            r.clientApi = clients.at((day + i) % clients.size());
            r.client = tools.at((day + i) % tools.size());
            r.requestedModel = i % 2 ? QStringLiteral("opus") : primary;
            const bool failed = (day + i) % 6 == 0;
            r.servedModel = failed ? fallback : primary;
            if (failed) {
                r.failoverReason = reasons.at((day + i) % reasons.size());
                r.attempts = {primary + QStringLiteral(": ") + r.failoverReason};
            }
            r.status = 200;
            r.latencyMs = 800 + (i * 377 + day * 91) % 4000;
            r.inputTokens = 1200 + (i * 913 + day * 311) % 9000;
            r.outputTokens = 300 + (i * 411 + day * 97) % 2500;
            r.costUsd = (r.inputTokens * 15.0 + r.outputTokens * 75.0) / 1e6;
            m_gateway->recordRequest(r);
        }
    }
    // One refused request: every candidate failed to connect.
    RequestRecord refused;
    refused.time = now.addSecs(-120);
    refused.clientApi = QStringLiteral("anthropic-messages");
    refused.client = QStringLiteral("Claude Code");
    refused.failoverReason = QStringLiteral("connection");
    refused.requestedModel = QStringLiteral("opus");
    refused.status = 502;
    refused.attempts = {primary + QStringLiteral(": connection"), fallback + QStringLiteral(": connection")};
    refused.error = tr("No model could answer: every candidate failed to connect.");
    refused.latencyMs = 10400;
    m_gateway->recordRequest(refused);
    FailoverEvent event;
    event.time = now.addSecs(-300);
    event.requestedModel = primary;
    event.fromModel = primary;
    event.toModel = fallback;
    event.reason = QStringLiteral("rate_limit");
    m_gateway->recordFailover(event);
    m_tray->setQuotaText(
        tr("Coding Plan: %1 of %2 prompts left").arg(QLocale().toString(212), QLocale().toString(300)));
}

} // namespace clawdesk
