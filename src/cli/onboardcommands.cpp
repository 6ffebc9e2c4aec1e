// `onboard --auth-choice …` and `models auth login --provider minimax-portal` (spec §6, §10):
// MiniMax OAuth (Coding Plan) in the browser, or a MiniMax API key, written as OpenClaw's wizard
// writes it. Secrets go to the credential store of the installed OpenClaw, never into openclaw.json.
#include "clicommand.h"
#include "clicontext.h"
#include "minimaxoauthflow.h"
#include "onboarding.h"
#include "openclawcredentials.h"
#include "secretmask.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QProcess>

#include <cstdio>

namespace clawdesk {

namespace {

/// Reads one line from stdin; empty on end of input.
QString prompt(CliContext &ctx, const QString &question)
{
    ctx.out << question << Qt::flush;
    char buffer[4096];
    if (!std::fgets(buffer, sizeof buffer, stdin))
        return {};
    return QString::fromLocal8Bit(buffer).trimmed();
}

int writeConfig(CliContext &ctx, const ConfigStore::Mutation &mutation, const QString &defaultModel)
{
    const int exitCode = ctx.editConfig(mutation);
    if (exitCode == 0 && !defaultModel.isEmpty())
        ctx.out << "Default model: " << defaultModel << Qt::endl;
    return exitCode;
}

bool saveProfile(CliContext &ctx, const QString &profileId, const Credential &credential)
{
    // The store the user's OpenClaw reads: SQLite for 2026.9 and later, auth-profiles.json before.
    OpenClawCredentials file(ctx.paths, OpenClawCredentials::detectEra(ctx.paths, ctx.env));
    QString error;
    if (!file.setProfile(profileId, credential, &error)) {
        ctx.fail(error);
        return false;
    }
    ctx.out << "Saved " << profileId << " to " << ctx.displayPath(file.location()) << " (mode 0600)"
            << Qt::endl;
    return true;
}

MiniMaxEndpoints endpointsFor(CliContext &ctx, MiniMaxRegion region)
{
    MiniMaxEndpoints endpoints = MiniMaxEndpoints::forRegion(region);
    // Overridable so a local MiniMax stand-in (tests, staging) can be used.
    if (const QString account = ctx.env.value(QStringLiteral("CLAWDESK_MINIMAX_ACCOUNT_BASE"));
        !account.isEmpty())
        endpoints.accountBase = QUrl(account);
    if (const QString api = ctx.env.value(QStringLiteral("CLAWDESK_MINIMAX_API_BASE")); !api.isEmpty())
        endpoints.apiBase = QUrl(api);
    return endpoints;
}

void openBrowser(CliContext &ctx, const QUrl &url)
{
    if (ctx.env.value(QStringLiteral("DISPLAY")).isEmpty() &&
        ctx.env.value(QStringLiteral("WAYLAND_DISPLAY")).isEmpty())
        return;
    const QString opener = ctx.env.value(QStringLiteral("BROWSER"), QStringLiteral("xdg-open"));
    QProcess::startDetached(opener, {url.toString()});
}

int miniMaxPortalLogin(CliContext &ctx, MiniMaxRegion region, bool setDefault)
{
    // The flow's own log lines would repeat, less clearly, what this command prints.
    if (ctx.env.value(QStringLiteral("CLAWDESK_DEBUG")).isEmpty())
        QLoggingCategory::setFilterRules(QStringLiteral("clawdesk.auth*=false"));
    QNetworkAccessManager network;
    MiniMaxOAuthFlow flow(&network);
    flow.setRegion(region);
    const MiniMaxEndpoints endpoints = endpointsFor(ctx, region);
    flow.setEndpoints(endpoints);

    QEventLoop loop;
    QObject::connect(&flow, &MiniMaxOAuthFlow::userCodeReady, &loop,
                     [&](const QString &code, const QUrl &uri, const QDateTime &expiresAt) {
                         ctx.out << "MiniMax OAuth" << Qt::endl
                                 << "Open " << uri.toString() << " to approve access." << Qt::endl
                                 << "If prompted, enter the code " << code << '.' << Qt::endl
                                 << "Interval: " << flow.currentIntervalMs()
                                 << "ms, Expires at: " << expiresAt.toLocalTime().toString(Qt::ISODate)
                                 << Qt::endl
                                 << "Waiting for MiniMax OAuth approval…" << Qt::endl;
                     });
    QObject::connect(&flow, &QAbstractOAuth::authorizeWithBrowser, &loop,
                     [&](const QUrl &url) { openBrowser(ctx, url); });
    int exitCode = 1;
    QObject::connect(&flow, &QAbstractOAuth::granted, &loop, [&] {
        exitCode = 0;
        loop.quit();
    });
    QObject::connect(&flow, &MiniMaxOAuthFlow::failed, &loop, [&](MiniMaxOAuthError, const QString &message) {
        ctx.err << "Error: " << message << Qt::endl;
        if (!flow.lastFailure().nextStep.isEmpty())
            ctx.err << flow.lastFailure().nextStep << Qt::endl;
        ctx.err << "If OAuth fails, verify your MiniMax account has portal access and try again." << Qt::endl;
        loop.quit();
    });
    flow.grant();
    loop.exec();
    if (exitCode != 0)
        return exitCode;

    if (!saveProfile(ctx, QStringLiteral("minimax-portal:default"),
                     Credential::oauth(QStringLiteral("minimax-portal"), flow.token(), flow.refreshToken(),
                                       flow.expiresAt())))
        return 1;
    const Onboarding::Region configRegion =
        region == MiniMaxRegion::Cn ? Onboarding::Region::China : Onboarding::Region::Global;
    const QString resourceUrl = flow.resourceUrl().toString();
    const int written = writeConfig(
        ctx,
        [&](Json5Document &document, const OpenClawConfig &, QString *error) {
            return Onboarding::applyMiniMaxPortal(document, configRegion, resourceUrl, setDefault, error);
        },
        setDefault ? QStringLiteral("minimax-portal/MiniMax-M2.1") : QString());
    if (written != 0)
        return written;
    ctx.out << "MiniMax OAuth tokens auto-refresh. Re-run login if refresh fails or access is revoked."
            << Qt::endl
            << "Base URL defaults to "
            << (resourceUrl.isEmpty() ? Onboarding::miniMaxAnthropicBaseUrl(configRegion) : resourceUrl)
            << ". Override models.providers.minimax-portal.baseUrl if needed." << Qt::endl;
    return 0;
}

int miniMaxApiKey(CliContext &ctx, const CommandLine &cmd, bool lightning)
{
    QString key = cmd.value(QStringLiteral("minimax-api-key")).trimmed();
    const QString existing = ctx.env.value(QStringLiteral("MINIMAX_API_KEY")).trimmed();
    if (key.isEmpty() && !existing.isEmpty()) {
        const QString answer =
            cmd.isSet(QStringLiteral("yes"))
                ? QStringLiteral("y")
                : prompt(ctx, QStringLiteral("Use existing MINIMAX_API_KEY (env, %1)? [Y/n] ")
                                  .arg(maskSecret(existing)));
        if (answer.isEmpty() || answer.startsWith(QLatin1Char('y'), Qt::CaseInsensitive))
            key = existing;
    }
    if (key.isEmpty() && !cmd.isSet(QStringLiteral("non-interactive")))
        key = prompt(ctx, QStringLiteral("Enter MiniMax API key: "));
    if (key.isEmpty())
        return ctx.fail(
            QStringLiteral("No MiniMax API key: pass --minimax-api-key <key> or set MINIMAX_API_KEY."));
    if (!saveProfile(ctx, QStringLiteral("minimax:default"),
                     Credential::apiKey(QStringLiteral("minimax"), key)))
        return 1;
    const Onboarding::Region region =
        cmd.value(QStringLiteral("region")) == u"cn" ? Onboarding::Region::China : Onboarding::Region::Global;
    return writeConfig(
        ctx,
        [&](Json5Document &document, const OpenClawConfig &, QString *error) {
            return Onboarding::applyMiniMaxApiKey(document, lightning, region, error);
        },
        lightning ? QStringLiteral("minimax/MiniMax-M2.1-lightning")
                  : QStringLiteral("minimax/MiniMax-M2.1"));
}

std::optional<MiniMaxRegion> regionFrom(CliContext &ctx, const QString &value)
{
    if (value.isEmpty() || value == u"global" || value == u"oauth")
        return MiniMaxRegion::Global;
    if (value == u"cn" || value == u"oauth-cn")
        return MiniMaxRegion::Cn;
    ctx.fail(QStringLiteral("Unknown MiniMax endpoint \"%1\": use global or cn.").arg(value));
    return std::nullopt;
}

int onboard(CliContext &ctx, const CommandLine &cmd)
{
    const QString choice = cmd.value(QStringLiteral("auth-choice"));
    if (choice == u"minimax-portal") {
        const auto region = regionFrom(ctx, cmd.value(QStringLiteral("region")));
        return region ? miniMaxPortalLogin(ctx, *region, true) : 1;
    }
    if (choice == u"minimax-api" || choice == u"minimax-cloud")
        return miniMaxApiKey(ctx, cmd, false);
    if (choice == u"minimax-api-lightning")
        return miniMaxApiKey(ctx, cmd, true);
    if (choice == u"minimax" || choice == u"lmstudio")
        return writeConfig(
            ctx,
            [](Json5Document &document, const OpenClawConfig &, QString *error) {
                return Onboarding::applyLmStudio(document, error);
            },
            QStringLiteral("lmstudio/minimax-m2.1-gs32"));
    if (choice.isEmpty())
        return ctx.fail(QStringLiteral(
            "Choose an auth method with --auth-choice (minimax-portal, minimax-api, "
            "minimax-api-lightning, lmstudio), or run `clawdesk configure` for the guided wizard."));
    return ctx.fail(QStringLiteral("Unknown --auth-choice \"%1\": use minimax-portal, minimax-api, "
                                   "minimax-api-lightning or lmstudio.")
                        .arg(choice));
}

int authLogin(CliContext &ctx, const CommandLine &cmd)
{
    const QString provider = cmd.value(QStringLiteral("provider"));
    if (provider != u"minimax-portal")
        return ctx.fail(
            provider.isEmpty()
                ? QStringLiteral("Pass --provider minimax-portal.")
                : QStringLiteral("Provider \"%1\" has no browser sign-in here; only minimax-portal.")
                      .arg(provider));
    const auto region = regionFrom(ctx, cmd.value(QStringLiteral("method")));
    return region ? miniMaxPortalLogin(ctx, *region, cmd.isSet(QStringLiteral("set-default"))) : 1;
}

} // namespace

QList<CliCommand> onboardCommands()
{
    return {
        {{QStringLiteral("onboard")},
         {},
         QStringLiteral("Set up a model provider and its sign-in (OpenClaw's onboarding)"),
         {{QStringLiteral("auth-choice"), QStringLiteral("choice"),
           QStringLiteral(
               "minimax-portal (OAuth, Coding Plan) | minimax-api | minimax-api-lightning | lmstudio")},
          {QStringLiteral("region"), QStringLiteral("global|cn"),
           QStringLiteral("MiniMax endpoint (default global)")},
          {QStringLiteral("minimax-api-key"), QStringLiteral("key"),
           QStringLiteral("MiniMax API key for minimax-api")},
          {QStringLiteral("yes"), {}, QStringLiteral("Accept defaults (use an existing MINIMAX_API_KEY)")},
          {QStringLiteral("non-interactive"), {}, QStringLiteral("Never prompt")},
          {QStringLiteral("set-default"),
           {},
           QStringLiteral("Make the provider's model the default (always on for onboard)")}},
         0,
         0,
         onboard},
        {{QStringLiteral("configure")},
         {},
         QStringLiteral("Open the guided Model/auth wizard (needs a display)"),
         {},
         0,
         0,
         [](CliContext &ctx, const CommandLine &) {
             // With a display, main() opens the desktop wizard before the CLI sees this word.
             return ctx.fail(
                 QStringLiteral("The Configure wizard needs a display. Without one, use `clawdesk onboard "
                                "--auth-choice minimax-portal|minimax-api|minimax-api-lightning|lmstudio`."));
         }},
        {{QStringLiteral("models"), QStringLiteral("auth"), QStringLiteral("login")},
         {},
         QStringLiteral("Sign in to a provider in the browser"),
         {{QStringLiteral("provider"), QStringLiteral("id"), QStringLiteral("minimax-portal")},
          {QStringLiteral("method"), QStringLiteral("oauth|oauth-cn"),
           QStringLiteral("Global or CN endpoint")},
          {QStringLiteral("set-default"), {}, QStringLiteral("Make MiniMax M2.1 the default model")}},
         0,
         0,
         authLogin},
    };
}

} // namespace clawdesk
