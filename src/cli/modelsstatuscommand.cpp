// `models status`, in OpenClaw's layout: which OpenClaw is installed, the configured default, fallbacks,
// aliases, allowlist and auth.
#include "clicommand.h"
#include "clicontext.h"
#include "cliformat.h"
#include "secretmask.h"

#include "codingplankey.h"
#include "codingplanquota.h"
#include "openclawrelease.h"

#include <QDateTime>
#include <QEventLoop>
#include <QNetworkAccessManager>

namespace clawdesk {

namespace {

QString sourceLabel(const CredentialResolution &credential)
{
    switch (credential.source) {
    case CredentialResolution::Source::Profile:
        return QStringLiteral("profile: ") + credential.origin;
    case CredentialResolution::Source::Environment:
        return QStringLiteral("env: ") + credential.origin;
    case CredentialResolution::Source::Config:
        return QStringLiteral("config: ") + credential.origin;
    case CredentialResolution::Source::None:
        break;
    }
    return QStringLiteral("none");
}

QString effectiveKind(const CredentialResolution &credential)
{
    switch (credential.source) {
    case CredentialResolution::Source::Profile:
        return QStringLiteral("profile");
    case CredentialResolution::Source::Environment:
        return QStringLiteral("env");
    case CredentialResolution::Source::Config:
        return QStringLiteral("config");
    case CredentialResolution::Source::None:
        break;
    }
    return QStringLiteral("none");
}

/// Providers the configured models use, in order of first use.
QStringList providersInUse(const ConfigSnapshot &snapshot)
{
    QStringList providers;
    const auto add = [&providers](const QString &provider) {
        if (!providers.contains(provider))
            providers.append(provider);
    };
    const ModelSelection &selection = snapshot.selection();
    add(selection.primary().provider);
    for (const ModelRef &ref : selection.fallbacks())
        add(ref.provider);
    for (const QString &key : selection.configuredKeys())
        add(key.section(QLatin1Char('/'), 0, 0));
    return providers;
}

QString joinOrDash(const QStringList &items)
{
    return items.isEmpty() ? QStringLiteral("-") : items.join(QStringLiteral(", "));
}

QString expiryText(qint64 expiresMs)
{
    const qint64 left = expiresMs - QDateTime::currentMSecsSinceEpoch();
    if (left <= 0)
        return QStringLiteral("expired");
    const qint64 minutes = left / 60000;
    return minutes >= 120 ? QStringLiteral("expires in %1h").arg(minutes / 60)
                          : QStringLiteral("expires in %1m").arg(minutes);
}

/// The MiniMax plan quota line, or empty when no MiniMax key is configured.
QString codingPlanLine(const CliContext &ctx, const ConfigSnapshot &s)
{
    const CodingPlanKey key = CodingPlanKey::find(s);
    if (key.bearer.isEmpty())
        return {};
    MiniMaxEndpoints endpoints =
        MiniMaxEndpoints::forRegion(key.china ? MiniMaxRegion::Cn : MiniMaxRegion::Global);
    if (const QString api = ctx.env.value(QStringLiteral("CLAWDESK_MINIMAX_API_BASE")); !api.isEmpty())
        endpoints.apiBase = QUrl(api);

    QNetworkAccessManager network;
    CodingPlanQuota quota(&network);
    quota.setEndpoints(endpoints);
    QEventLoop loop;
    CodingPlanUsage usage;
    QObject::connect(&quota, &CodingPlanQuota::finished, &loop, [&](const CodingPlanUsage &result) {
        usage = result;
        loop.quit();
    });
    quota.fetch(key.bearer);
    loop.exec();
    return usage.ok() ? usage.format(QDateTime::currentDateTime())
                      : QStringLiteral("unavailable (%1)").arg(usage.errorText);
}

JsonValue releaseJson(const OpenClawRelease &release)
{
    JsonValue json = JsonValue::object();
    json.insert(QStringLiteral("version"),
                release.version.isEmpty() ? JsonValue(nullptr) : JsonValue(release.version));
    json.insert(QStringLiteral("era"), release.eraId());
    json.insert(QStringLiteral("source"), release.sourceId());
    return json;
}

JsonValue statusJson(const ConfigSnapshot &s)
{
    const ModelSelection &selection = s.selection();
    JsonValue json = JsonValue::object();
    json.insert(QStringLiteral("configPath"), s.config().path());
    json.insert(QStringLiteral("openclaw"), releaseJson(s.release()));
    json.insert(QStringLiteral("agentDir"), s.paths().agentDir);
    // 2026.9.6 names the model it falls back to when none is set; 2026.1.30 prints null.
    json.insert(QStringLiteral("defaultModel"),
                !selection.rawPrimary().isEmpty() ? JsonValue(selection.rawPrimary())
                : selection.release().isLegacy()  ? JsonValue(nullptr)
                                                  : JsonValue(selection.primary().key()));
    json.insert(QStringLiteral("resolvedDefault"), selection.primary().key());
    JsonValue fallbacks = JsonValue::array();
    for (const ModelRef &ref : selection.fallbacks())
        fallbacks.append(ref.key());
    json.insert(QStringLiteral("fallbacks"), fallbacks);
    const auto image = selection.imagePrimary();
    json.insert(QStringLiteral("imageModel"), image ? JsonValue(image->key()) : JsonValue(nullptr));
    JsonValue imageFallbacks = JsonValue::array();
    for (const ModelRef &ref : selection.imageFallbacks())
        imageFallbacks.append(ref.key());
    json.insert(QStringLiteral("imageFallbacks"), imageFallbacks);
    JsonValue aliases = JsonValue::object();
    for (const ModelSelection::Alias &alias : selection.aliases())
        aliases.insert(alias.alias, alias.key);
    json.insert(QStringLiteral("aliases"), aliases);
    JsonValue allowed = JsonValue::array();
    for (const QString &key :
         selection.release().isLegacy() ? selection.configuredKeys() : selection.allowlist())
        allowed.append(key);
    json.insert(QStringLiteral("allowed"), allowed);

    JsonValue auth = JsonValue::object();
    auth.insert(QStringLiteral("storePath"), s.profiles().storePath());
    JsonValue providers = JsonValue::array();
    JsonValue missing = JsonValue::array();
    for (const QString &provider : providersInUse(s)) {
        const CredentialResolution credential = s.registry().credential(provider);
        JsonValue entry = JsonValue::object();
        entry.insert(QStringLiteral("provider"), provider);
        JsonValue effective = JsonValue::object();
        effective.insert(QStringLiteral("kind"), effectiveKind(credential));
        effective.insert(QStringLiteral("detail"),
                         credential.isValid() ? maskSecret(credential.secret) : QString());
        entry.insert(QStringLiteral("effective"), effective);
        JsonValue profiles = JsonValue::object();
        const QList<AuthProfile> stored = s.profiles().forProvider(provider);
        profiles.insert(QStringLiteral("count"), static_cast<qint64>(stored.size()));
        JsonValue labels = JsonValue::array();
        for (const AuthProfile &profile : stored)
            labels.append(profile.id);
        profiles.insert(QStringLiteral("labels"), labels);
        entry.insert(QStringLiteral("profiles"), profiles);
        providers.append(entry);
        if (!credential.isValid() &&
            !(s.registry().provider(provider) && s.registry().provider(provider)->isLocal()))
            missing.append(provider);
    }
    auth.insert(QStringLiteral("providers"), providers);
    auth.insert(QStringLiteral("missingProvidersInUse"), missing);
    json.insert(QStringLiteral("auth"), auth);
    return json;
}

} // namespace

int modelsStatus(CliContext &ctx, const CommandLine &cmd)
{
    if (!checkOutputMode(ctx, cmd))
        return 1;
    const ConfigSnapshotPtr snapshot = loadSnapshot(ctx);
    if (!snapshot)
        return 1;
    const ConfigSnapshot &s = *snapshot;
    const ModelSelection &selection = s.selection();
    if (cmd.isSet(QStringLiteral("plain"))) {
        ctx.out << selection.primary().key() << Qt::endl;
        return 0;
    }
    if (cmd.isSet(QStringLiteral("json"))) {
        ctx.out << statusJson(s).toJson(2) << Qt::endl;
        return 0;
    }

    QStringList fallbacks;
    for (const ModelRef &ref : selection.fallbacks())
        fallbacks.append(ref.key());
    QStringList imageFallbacks;
    for (const ModelRef &ref : selection.imageFallbacks())
        imageFallbacks.append(ref.key());
    QStringList aliases;
    for (const ModelSelection::Alias &alias : selection.aliases())
        aliases.append(alias.alias + QStringLiteral(" -> ") + alias.key);
    const QStringList configured = selection.configuredKeys();

    QTextStream &out = ctx.out;
    out << "Config        : " << ctx.displayPath(s.config().path()) << Qt::endl;
    out << "OpenClaw      : " << s.release().describe() << Qt::endl;
    out << "Agent dir     : " << ctx.displayPath(s.paths().agentDir) << Qt::endl;
    out << "Default       : " << selection.primary().key() << Qt::endl;
    if (const QString note = selection.defaultModelNote(); !note.isEmpty())
        out << "Default note  : " << note << Qt::endl;
    out << QStringLiteral("Fallbacks (%1) : ").arg(fallbacks.size()) << joinOrDash(fallbacks) << Qt::endl;
    const auto image = selection.imagePrimary();
    out << "Image model   : " << (image ? image->key() : QStringLiteral("-")) << Qt::endl;
    out << QStringLiteral("Image fallbacks (%1): ").arg(imageFallbacks.size()) << joinOrDash(imageFallbacks)
        << Qt::endl;
    out << QStringLiteral("Aliases (%1)   : ").arg(aliases.size()) << joinOrDash(aliases) << Qt::endl;
    out << QStringLiteral("Configured models (%1): ").arg(configured.size())
        << (configured.isEmpty() ? QStringLiteral("all") : configured.join(QStringLiteral(", "))) << Qt::endl;
    if (!selection.release().isLegacy())
        out << QStringLiteral("Allowed models (%1): ").arg(selection.allowlist().size())
            << (selection.allowlistSource().isEmpty()
                    ? QStringLiteral("all")
                    : selection.allowlist().join(QStringLiteral(", ")) + QStringLiteral(" (") +
                          selection.allowlistSource() + QLatin1Char(')'))
            << Qt::endl;
    for (const ModelSelection::AgentModels &agent : selection.agentModels())
        out << "Agent " << agent.id << " : primary "
            << (agent.primary.isEmpty() ? QStringLiteral("-") : agent.primary) << ", fallbacks "
            << joinOrDash(agent.fallbacks) << ", allow "
            << (agent.allow ? joinOrDash(*agent.allow) : QStringLiteral("-")) << Qt::endl;
    if (const QString quota = codingPlanLine(ctx, s); !quota.isEmpty())
        out << "Coding Plan   : " << quota << Qt::endl;
    for (const QString &dropped : selection.droppedFallbacks())
        out << "Warning       : fallback " << dropped
            << " is not in agents.defaults.models, so OpenClaw skips it silently" << Qt::endl;

    out << Qt::endl << "Auth overview" << Qt::endl;
    out << "Auth store    : " << ctx.displayPath(s.profiles().storePath()) << Qt::endl;
    out << "Shell env     : off" << Qt::endl;
    QStringList oauthProviders;
    for (const AuthProfile &profile : s.profiles().all()) {
        if ((profile.type == u"oauth" || profile.type == u"token") &&
            !oauthProviders.contains(profile.provider))
            oauthProviders.append(profile.provider);
    }
    out << QStringLiteral("Providers w/ OAuth/tokens (%1): ").arg(oauthProviders.size())
        << joinOrDash(oauthProviders) << Qt::endl;
    int exitCode = 0;
    for (const QString &provider : providersInUse(s)) {
        const CredentialResolution credential = s.registry().credential(provider);
        out << "- " << provider << " effective=";
        if (credential.isValid())
            out << effectiveKind(credential) << ':' << maskSecret(credential.secret)
                << " | source=" << sourceLabel(credential);
        else
            out << "missing";
        out << Qt::endl;
        const ProviderInfo *info = s.registry().provider(provider);
        if (!credential.isValid() && !(info && info->isLocal()))
            exitCode = 1;
    }

    out << Qt::endl << "OAuth/token status" << Qt::endl;
    bool anyToken = false;
    for (const AuthProfile &profile : s.profiles().all()) {
        if (profile.type != u"oauth" && profile.type != u"token")
            continue;
        anyToken = true;
        out << "- " << profile.id << ' '
            << (profile.expiresMs > 0 ? expiryText(profile.expiresMs) : QStringLiteral("no expiry"))
            << Qt::endl;
        if (profile.isExpired(QDateTime::currentMSecsSinceEpoch()))
            exitCode = 1;
    }
    if (!anyToken)
        out << "- none" << Qt::endl;
    return cmd.isSet(QStringLiteral("check")) ? exitCode : 0;
}

} // namespace clawdesk
