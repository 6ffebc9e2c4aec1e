// `onboard --auth-choice …` and `models auth login --provider minimax-portal`: MiniMax OAuth (Coding
// Plan) in the browser, an API key, or the LM Studio preset, written as the user's OpenClaw release
// writes it (the choices and their edits live in core's onboarding table, shared with the wizard).
// Secrets go to the credential store of the installed OpenClaw, never into openclaw.json.
#include "clicommand.h"
#include "clicontext.h"
#include "configsnapshot.h"
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

bool saveProfile(CliContext &ctx, const OpenClawRelease &release, const QString &profileId,
                 const Credential &credential)
{
    // The store the user's OpenClaw reads: SQLite for 2026.9 and later, auth-profiles.json before.
    // The same release that shapes the config edit, so the key and the config never disagree.
    OpenClawCredentials file(ctx.paths, release.era);
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

/// The release whose onboarding rules apply, decided once per command so the key's store and the
/// config's shape can never follow two different answers.
OpenClawRelease currentRelease(CliContext &ctx)
{
    return ConfigSnapshot::releaseFor(ctx.store().load(), ctx.paths);
}

/// Applies the choice to a copy of the config first, so a config that cannot take it (does not parse,
/// or the edit would make it invalid) is reported before any key is stored.
bool configAccepts(CliContext &ctx, const Onboarding::Choice &choice, const OpenClawRelease &release)
{
    const OpenClawConfig current = ctx.store().load();
    if (!current.parsed()) {
        ctx.err << ConfigStore::describeInvalid(current) << Qt::endl;
        return false;
    }
    Json5Document document = current.document();
    QString error;
    if (!Onboarding::apply(document, choice, release, {}, &error)) {
        ctx.fail(error);
        return false;
    }
    const OpenClawConfig proposed = OpenClawConfig::fromText(document.text(), ctx.paths.configPath, ctx.env);
    if (const ConfigIssues added = ConfigStore::addedIssues(current, proposed); !added.isEmpty()) {
        ctx.fail(QStringLiteral("Config validation failed: %1: %2")
                     .arg(added.first().path, added.first().message));
        return false;
    }
    return true;
}

int writeChoice(CliContext &ctx, const Onboarding::Choice &choice, const OpenClawRelease &release,
                const Onboarding::Options &options)
{
    return writeConfig(
        ctx,
        [&](Json5Document &document, const OpenClawConfig &, QString *error) {
            return Onboarding::apply(document, choice, release, options, error);
        },
        options.setDefault ? Onboarding::defaultModel(choice, release) : QString());
}

int miniMaxPortalLogin(CliContext &ctx, const Onboarding::Choice &choice, const OpenClawRelease &release,
                       bool setDefault)
{
    if (!configAccepts(ctx, choice, release))
        return 1;
    const MiniMaxRegion region =
        choice.region == Onboarding::Region::China ? MiniMaxRegion::Cn : MiniMaxRegion::Global;
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

    if (!saveProfile(ctx, release, Onboarding::profileId(choice, release),
                     Credential::oauth(choice.provider, flow.token(), flow.refreshToken(), flow.expiresAt())))
        return 1;
    const QString resourceUrl = flow.resourceUrl().toString();
    const int written = writeChoice(ctx, choice, release, {resourceUrl, setDefault});
    if (written != 0)
        return written;
    ctx.out << "MiniMax OAuth tokens auto-refresh. Re-run login if refresh fails or access is revoked."
            << Qt::endl
            << "Base URL defaults to "
            << (resourceUrl.isEmpty() ? Onboarding::miniMaxAnthropicBaseUrl(choice.region) : resourceUrl)
            << ". Override models.providers.minimax-portal.baseUrl if needed." << Qt::endl;
    return 0;
}

int apiKeyChoice(CliContext &ctx, const CommandLine &cmd, const Onboarding::Choice &choice,
                 const OpenClawRelease &release)
{
    if (!configAccepts(ctx, choice, release))
        return 1;
    const bool anthropic = choice.provider == u"anthropic";
    const QString option =
        anthropic ? QStringLiteral("anthropic-api-key") : QStringLiteral("minimax-api-key");
    const QString envVar =
        anthropic ? QStringLiteral("ANTHROPIC_API_KEY") : QStringLiteral("MINIMAX_API_KEY");
    const QString label = anthropic ? QStringLiteral("Anthropic") : QStringLiteral("MiniMax");
    QString key = cmd.value(option).trimmed();
    const QString existing = ctx.env.value(envVar).trimmed();
    if (key.isEmpty() && !existing.isEmpty()) {
        const QString answer =
            cmd.isSet(QStringLiteral("yes"))
                ? QStringLiteral("y")
                : prompt(
                      ctx,
                      QStringLiteral("Use existing %1 (env, %2)? [Y/n] ").arg(envVar, maskSecret(existing)));
        if (answer.isEmpty() || answer.startsWith(QLatin1Char('y'), Qt::CaseInsensitive))
            key = existing;
    }
    if (key.isEmpty() && !cmd.isSet(QStringLiteral("non-interactive")))
        key = prompt(ctx, QStringLiteral("Enter %1 API key: ").arg(label));
    if (key.isEmpty())
        return ctx.fail(
            QStringLiteral("No %1 API key: pass --%2 <key> or set %3.").arg(label, option, envVar));
    if (!saveProfile(ctx, release, Onboarding::profileId(choice, release),
                     Credential::apiKey(choice.provider, key)))
        return 1;
    Onboarding::Options options;
    if (cmd.value(QStringLiteral("region")) == u"cn")
        options.region = Onboarding::Region::China;
    return writeChoice(ctx, choice, release, options);
}

std::optional<Onboarding::Region> regionFrom(CliContext &ctx, const QString &value)
{
    if (value.isEmpty() || value == u"global" || value == u"oauth")
        return Onboarding::Region::Global;
    if (value == u"cn" || value == u"oauth-cn")
        return Onboarding::Region::China;
    ctx.fail(QStringLiteral("Unknown MiniMax endpoint \"%1\": use global or cn.").arg(value));
    return std::nullopt;
}

int onboard(CliContext &ctx, const CommandLine &cmd)
{
    const QString id = cmd.value(QStringLiteral("auth-choice"));
    const OpenClawRelease release = currentRelease(ctx);
    const QString accepted = Onboarding::acceptedIds(release).join(QStringLiteral(", "));
    if (id.isEmpty())
        return ctx.fail(
            QStringLiteral("Choose an auth method with --auth-choice (%1), or run `clawdesk configure` "
                           "for the guided wizard.")
                .arg(accepted));
    const auto region = regionFrom(ctx, cmd.value(QStringLiteral("region")));
    if (!region)
        return 1;
    const Onboarding::Choice *choice = Onboarding::find(id, release, *region);
    if (!choice)
        return ctx.fail(QStringLiteral("Unknown --auth-choice \"%1\": use %2.").arg(id, accepted));
    switch (choice->method) {
    case Onboarding::Method::OAuth:
        return miniMaxPortalLogin(ctx, *choice, release, true);
    case Onboarding::Method::ApiKey:
        return apiKeyChoice(ctx, cmd, *choice, release);
    case Onboarding::Method::Local:
        break;
    }
    if (!configAccepts(ctx, *choice, release))
        return 1;
    return writeChoice(ctx, *choice, release, {});
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
    if (!region)
        return 1;
    const OpenClawRelease release = currentRelease(ctx);
    const Onboarding::Choice *choice = Onboarding::find(QStringLiteral("minimax-portal"), release, *region);
    return miniMaxPortalLogin(ctx, *choice, release, cmd.isSet(QStringLiteral("set-default")));
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
               "minimax-global-oauth | minimax-cn-oauth | minimax-global-api | minimax-cn-api | anthropic | "
               "lmstudio (older ids such as minimax-portal and minimax-api are accepted)")},
          {QStringLiteral("region"), QStringLiteral("global|cn"),
           QStringLiteral("MiniMax endpoint (default global)")},
          {QStringLiteral("minimax-api-key"), QStringLiteral("key"),
           QStringLiteral("MiniMax API key for the MiniMax API key choices")},
          {QStringLiteral("anthropic-api-key"), QStringLiteral("key"),
           QStringLiteral("Anthropic API key for the anthropic choice")},
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
                                "--auth-choice <choice>` (see `clawdesk onboard --help`)."));
         }},
        {{QStringLiteral("models"), QStringLiteral("auth"), QStringLiteral("login")},
         {},
         QStringLiteral("Sign in to a provider in the browser"),
         {{QStringLiteral("provider"), QStringLiteral("id"), QStringLiteral("minimax-portal")},
          {QStringLiteral("method"), QStringLiteral("oauth|oauth-cn"),
           QStringLiteral("Global or CN endpoint")},
          {QStringLiteral("set-default"),
           {},
           QStringLiteral("Make the provider's MiniMax model the default")}},
         0,
         0,
         authLogin},
    };
}

} // namespace clawdesk
