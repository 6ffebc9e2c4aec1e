#include "cliformat.h"

#include "clicontext.h"
#include "commandline.h"

namespace clawdesk {

ConfigSnapshotPtr loadSnapshot(CliContext &ctx)
{
    OpenClawConfig config = ctx.store().load();
    if (!config.isValid()) {
        ctx.err << ConfigStore::describeInvalid(config) << Qt::endl;
        ctx.err << "Run: clawdesk configure (or fix the file by hand)" << Qt::endl;
        return nullptr;
    }
    ctx.printWarnings(config);
    ConfigSnapshotPtr snapshot = ConfigSnapshot::create(std::move(config), ctx.paths);
    if (const QString warning = snapshot->selection().primaryWarning(); !warning.isEmpty())
        ctx.err << "[openclaw] " << warning << Qt::endl;
    return snapshot;
}

bool checkOutputMode(CliContext &ctx, const CommandLine &cmd)
{
    if (cmd.isSet(QStringLiteral("json")) && cmd.isSet(QStringLiteral("plain"))) {
        ctx.fail(QStringLiteral("Choose either --json or --plain, not both."));
        return false;
    }
    return true;
}

} // namespace clawdesk
