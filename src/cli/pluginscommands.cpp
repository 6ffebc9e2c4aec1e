// `plugins list|enable|disable` for OpenClaw's bundled plugins that ClawDesk knows.
#include "clicommand.h"
#include "clicontext.h"
#include "cliformat.h"
#include "modelseditor.h"

namespace clawdesk {

namespace {

struct BundledPlugin
{
    const char *id;
    const char *name;
    const char *description;
};

const BundledPlugin Bundled[] = {
    {"minimax-portal-auth", "MiniMax OAuth", "Sign in to MiniMax Coding Plan (provider minimax-portal)"},
};

const BundledPlugin *findPlugin(const QString &id)
{
    for (const BundledPlugin &plugin : Bundled) {
        if (id == QString::fromLatin1(plugin.id))
            return &plugin;
    }
    return nullptr;
}

int pluginsList(CliContext &ctx, const CommandLine &cmd)
{
    const ConfigSnapshotPtr snapshot = loadSnapshot(ctx);
    if (!snapshot)
        return 1;
    const JsonValue &entries =
        snapshot->config().resolved()[QStringLiteral("plugins")][QStringLiteral("entries")];
    if (cmd.isSet(QStringLiteral("json"))) {
        JsonValue list = JsonValue::array();
        for (const BundledPlugin &plugin : Bundled) {
            JsonValue item = JsonValue::object();
            item.insert(QStringLiteral("id"), QString::fromLatin1(plugin.id));
            item.insert(QStringLiteral("name"), QString::fromLatin1(plugin.name));
            item.insert(QStringLiteral("enabled"),
                        entries[QString::fromLatin1(plugin.id)][QStringLiteral("enabled")].toBool(false));
            item.insert(QStringLiteral("origin"), QStringLiteral("bundled"));
            list.append(item);
        }
        JsonValue json = JsonValue::object();
        json.insert(QStringLiteral("plugins"), list);
        ctx.out << json.toJson(2) << Qt::endl;
        return 0;
    }
    ctx.out << QStringLiteral("%1 %2 %3 %4")
                   .arg(QStringLiteral("ID").leftJustified(22), QStringLiteral("Name").leftJustified(16),
                        QStringLiteral("Status").leftJustified(9), QStringLiteral("Description"))
            << Qt::endl;
    for (const BundledPlugin &plugin : Bundled) {
        const bool enabled = entries[QString::fromLatin1(plugin.id)][QStringLiteral("enabled")].toBool(false);
        ctx.out
            << QStringLiteral("%1 %2 %3 %4")
                   .arg(QString::fromLatin1(plugin.id).leftJustified(22),
                        QString::fromLatin1(plugin.name).leftJustified(16),
                        (enabled ? QStringLiteral("enabled") : QStringLiteral("disabled")).leftJustified(9),
                        QString::fromLatin1(plugin.description))
            << Qt::endl;
    }
    return 0;
}

int setPlugin(CliContext &ctx, const CommandLine &cmd, bool enabled)
{
    const QString id = cmd.positional().at(0);
    if (!findPlugin(id))
        return ctx.fail(QStringLiteral("Plugin not found: %1").arg(id));
    const auto enable = [&](Json5Document &document, const OpenClawConfig &, QString *error) {
        return ModelsEditor::setPluginEnabled(document, id, enabled, error);
    };
    if (ctx.editConfig(enable, false) != 0) // OpenClaw prints only the plugin line
        return 1;
    ctx.out << QStringLiteral("%1 plugin \"%2\". Restart the gateway to apply.")
                   .arg(enabled ? QStringLiteral("Enabled") : QStringLiteral("Disabled"), id)
            << Qt::endl;
    return 0;
}

} // namespace

QList<CliCommand> pluginsCommands()
{
    const QString plugins = QStringLiteral("plugins");
    return {
        {{plugins, QStringLiteral("list")},
         {},
         QStringLiteral("List bundled plugins"),
         {{QStringLiteral("json"), {}, QStringLiteral("Output JSON")}},
         0,
         0,
         pluginsList},
        {{plugins, QStringLiteral("enable")},
         QStringLiteral("<id>"),
         QStringLiteral("Enable a plugin"),
         {},
         1,
         1,
         [](CliContext &ctx, const CommandLine &cmd) { return setPlugin(ctx, cmd, true); }},
        {{plugins, QStringLiteral("disable")},
         QStringLiteral("<id>"),
         QStringLiteral("Disable a plugin"),
         {},
         1,
         1,
         [](CliContext &ctx, const CommandLine &cmd) { return setPlugin(ctx, cmd, false); }},
    };
}

} // namespace clawdesk
