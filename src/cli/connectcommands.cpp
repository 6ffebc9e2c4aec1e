// `connect <tool> [--undo] [--dry-run]`: writes a coding tool's own config so it uses the gateway,
// showing the change first, and puts the file back byte for byte on --undo.
#include "clicommand.h"
#include "clicontext.h"
#include "currentendpoint.h"
#include "toolconnector.h"

#include <QFileInfo>

namespace clawdesk {

namespace {

QString toolIds()
{
    QStringList ids;
    for (const auto &tool : ToolConfig::all())
        ids.append(tool->id());
    return ids.join(QLatin1Char('|'));
}

int connectTool(CliContext &ctx, const CommandLine &cmd)
{
    const QString id = cmd.positional().value(0);
    const auto tool = ToolConfig::find(id);
    if (!tool)
        return ctx.fail(QStringLiteral("unknown tool \"%1\" (one of %2)").arg(id, toolIds()));
    const ToolConnector connector(ctx.env, ctx.paths.homeDir, currentGatewayEndpoint(ctx.paths, ctx.env));

    if (cmd.isSet(QStringLiteral("undo"))) {
        QString path;
        QString error;
        if (cmd.isSet(QStringLiteral("dry-run"))) {
            if (!connector.canUndo(*tool))
                return ctx.fail(QStringLiteral("ClawDesk has not connected %1 (nothing to undo)")
                                    .arg(tool->displayName()));
            ctx.out << QStringLiteral("Would restore %1's config as it was before `clawdesk connect`")
                           .arg(tool->displayName())
                    << Qt::endl;
            return 0;
        }
        if (!connector.undo(*tool, &path, &error))
            return ctx.fail(error);
        ctx.out << (QFileInfo::exists(path) ? QStringLiteral("Restored %1")
                                            : QStringLiteral("Removed %1 (it did not exist before)"))
                       .arg(ctx.displayPath(path))
                << Qt::endl;
        return 0;
    }

    const ConnectPlan plan = connector.plan(*tool);
    if (!plan.ok())
        return ctx.fail(plan.error);
    for (const ToolOverride &override : plan.overrides)
        ctx.err << QStringLiteral("Warning: ") << override.message << Qt::endl;
    if (!plan.changes()) {
        ctx.out << QStringLiteral("%1 already uses the gateway at %2 (%3 unchanged)")
                       .arg(tool->displayName(), connector.endpoint().origin, ctx.displayPath(plan.path))
                << Qt::endl;
        return 0;
    }
    ctx.out << plan.diff;
    if (cmd.isSet(QStringLiteral("dry-run"))) {
        ctx.out << QStringLiteral("Dry run: %1 not changed").arg(ctx.displayPath(plan.path)) << Qt::endl;
        return 0;
    }
    QString error;
    if (!connector.apply(plan, &error))
        return ctx.fail(error);
    ctx.out << QStringLiteral("Updated %1").arg(ctx.displayPath(plan.path)) << Qt::endl;
    ctx.out << QStringLiteral("%1 now uses the gateway at %2; undo with `clawdesk connect %3 --undo` "
                              "(original kept in %4)")
                   .arg(tool->displayName(), connector.endpoint().origin, tool->id(),
                        ctx.displayPath(connector.recordFolder()))
            << Qt::endl;
    return 0;
}

} // namespace

QList<CliCommand> connectCommands()
{
    return {{{QStringLiteral("connect")},
             QStringLiteral("<%1>").arg(toolIds()),
             QStringLiteral("Point a coding tool at the gateway by writing its own config"),
             {{QStringLiteral("undo"), {}, QStringLiteral("Put the tool's file back as it was before")},
              {QStringLiteral("dry-run"), {}, QStringLiteral("Show the change without writing it")}},
             1,
             1,
             connectTool}};
}

} // namespace clawdesk
