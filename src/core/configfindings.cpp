#include "configfindings.h"

#include "configvalidator.h"

namespace clawdesk {

namespace {

const QString EnvPrefix = QStringLiteral("env-vars:");
const QString StalePlugin = QStringLiteral("minimax-portal-auth");
const QString StalePluginId = QStringLiteral("stale-plugin:minimax-portal-auth");
const QString RetiredDefaultPrefix = QStringLiteral("retired-agent-default:");

QStringList topLevelEnvKeys(const JsonValue &root)
{
    QStringList keys;
    const JsonValue &env = root[QStringLiteral("env")];
    for (const QString &key : env.keys()) {
        if (key != u"vars" && key != u"shellEnv")
            keys.append(key);
    }
    return keys;
}

QStringList retiredDefaults(const JsonValue &root)
{
    QStringList ids;
    const JsonValue &entries = root[QStringLiteral("agents")][QStringLiteral("entries")];
    for (const QString &id : entries.keys()) {
        if (entries[id].contains(QStringLiteral("default")))
            ids.append(id);
    }
    return ids;
}

bool moveEnvKey(Json5Document &document, const QString &key, QString *error)
{
    const QStringList from{QStringLiteral("env"), key};
    const QStringList to{QStringLiteral("env"), QStringLiteral("vars"), key};
    const JsonValue *value = document.value().find(from);
    if (!value) {
        *error = QStringLiteral("env.%1 is no longer there.").arg(key);
        return false;
    }
    const JsonValue moved = *value; // as written: a ${VAR} reference stays a reference
    if (const JsonValue *existing = document.value().find(to); !existing || !(*existing == moved)) {
        if (!document.set(to, moved, error))
            return false;
    }
    return document.remove(from, error);
}

} // namespace

QString ConfigFinding::severityName(Severity severity)
{
    return severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

QList<ConfigFinding> ConfigFindings::find(const JsonValue &root, const OpenClawRelease &release)
{
    QList<ConfigFinding> findings;
    if (release.isLegacy())
        return findings; // 2026.1.30 reads all of these
    QStringList covered;
    for (const QString &key : topLevelEnvKeys(root)) {
        const QString path = QStringLiteral("env.") + key;
        covered.append(path);
        findings.append({EnvPrefix + key, ConfigFinding::Severity::Error, path,
                         QStringLiteral("OpenClaw 2026.9.6 rejects variables directly under env; it reads "
                                        "env.vars.%1.")
                             .arg(key),
                         QStringLiteral("Move to env.vars.%1").arg(key)});
    }
    const QString pluginPath = QStringLiteral("plugins.entries.") + StalePlugin;
    if (root[QStringLiteral("plugins")][QStringLiteral("entries")].contains(StalePlugin)) {
        covered.append(pluginPath);
        findings.append(
            {StalePluginId, ConfigFinding::Severity::Warning, pluginPath,
             QStringLiteral("OpenClaw 2026.9.6 has MiniMax sign-in built in (plugin \"minimax\") and "
                            "reports this stale entry on every command."),
             QStringLiteral("Remove the stale plugin entry")});
    }
    for (const QString &id : retiredDefaults(root)) {
        const QString path = QStringLiteral("agents.entries.%1.default").arg(id);
        covered.append(path);
        findings.append({RetiredDefaultPrefix + id, ConfigFinding::Severity::Warning, path,
                         QStringLiteral("OpenClaw 2026.9.6 no longer reads a default flag on agents."),
                         QStringLiteral("Remove the retired flag")});
    }
    for (const ConfigIssue &unknown : ConfigValidator::unknownKeys(root)) {
        if (covered.contains(unknown.path))
            continue;
        findings.append({QStringLiteral("unknown-key:") + unknown.path,
                         ConfigFinding::Severity::Warning,
                         unknown.path,
                         unknown.message,
                         {}});
    }
    return findings;
}

bool ConfigFindings::applyFix(Json5Document &document, const QString &id, const OpenClawRelease &release,
                              QString *error)
{
    bool known = false;
    for (const ConfigFinding &finding : find(document.value(), release))
        known = known || (finding.id == id && !finding.fixLabel.isEmpty());
    if (!known) {
        *error = QStringLiteral("Nothing to fix for \"%1\".").arg(id);
        return false;
    }
    if (id.startsWith(EnvPrefix))
        return moveEnvKey(document, id.mid(EnvPrefix.size()), error);
    if (id == StalePluginId)
        return document.remove({QStringLiteral("plugins"), QStringLiteral("entries"), StalePlugin}, error);
    return document.remove({QStringLiteral("agents"), QStringLiteral("entries"),
                            id.mid(RetiredDefaultPrefix.size()), QStringLiteral("default")},
                           error);
}

} // namespace clawdesk
