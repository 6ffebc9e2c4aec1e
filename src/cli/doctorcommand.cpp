// `doctor` and `doctor --fix` (OpenClaw's grammar): the config's problems for the user's OpenClaw
// release, and the fixes ClawDesk can make as format-preserving edits. Findings name key paths only,
// never values (a secret under an unknown key is not echoed).
#include "clicommand.h"
#include "clicontext.h"
#include "configfindings.h"
#include "configsnapshot.h"

#include <algorithm>

namespace clawdesk {

namespace {

void printFinding(CliContext &ctx, const ConfigFinding &finding)
{
    ctx.out << "- [" << ConfigFinding::severityName(finding.severity) << "] " << finding.path << ": "
            << finding.message;
    if (!finding.fixLabel.isEmpty())
        ctx.out << " Fix: " << finding.fixLabel << '.';
    ctx.out << Qt::endl;
}

int doctor(CliContext &ctx, const CommandLine &cmd)
{
    const OpenClawConfig config = ctx.store().load();
    if (!config.parsed()) {
        ctx.err << ConfigStore::describeInvalid(config) << Qt::endl;
        return 1;
    }
    const OpenClawRelease release = ConfigSnapshot::releaseFor(config, ctx.paths);
    const QList<ConfigFinding> findings = ConfigFindings::find(config.document().value(), release);
    ctx.out << "Config: " << ctx.displayPath(config.path()) << " (" << release.describe() << ')' << Qt::endl;
    for (const ConfigIssue &issue : config.issues())
        ctx.out << issue.toString() << Qt::endl;
    if (!cmd.isSet(QStringLiteral("fix"))) {
        for (const ConfigFinding &finding : findings)
            printFinding(ctx, finding);
        const bool fixable = std::any_of(findings.cbegin(), findings.cend(),
                                         [](const ConfigFinding &f) { return !f.fixLabel.isEmpty(); });
        if (findings.isEmpty() && config.issues().isEmpty())
            ctx.out << "No problems found." << Qt::endl;
        else if (fixable)
            ctx.out << "Run `clawdesk doctor --fix` to apply the fixes." << Qt::endl;
        return findings.isEmpty() && config.issues().isEmpty() ? 0 : 1;
    }
    QStringList applied;
    const int exitCode =
        ctx.editConfig([&](Json5Document &document, const OpenClawConfig &current, QString *error) {
            applied.clear();
            const OpenClawRelease now = ConfigSnapshot::releaseFor(current, ctx.paths);
            for (const ConfigFinding &finding : ConfigFindings::find(document.value(), now)) {
                if (finding.fixLabel.isEmpty())
                    continue;
                if (!ConfigFindings::applyFix(document, finding.id, now, error))
                    return false;
                applied.append(finding.fixLabel + QStringLiteral(" (") + finding.path + QLatin1Char(')'));
            }
            return true;
        });
    if (exitCode != 0)
        return exitCode;
    for (const QString &line : applied)
        ctx.out << "Fixed: " << line << Qt::endl;
    if (applied.isEmpty())
        ctx.out << "Nothing to fix." << Qt::endl;
    const OpenClawConfig after = ctx.store().load();
    for (const ConfigFinding &finding :
         ConfigFindings::find(after.document().value(), ConfigSnapshot::releaseFor(after, ctx.paths)))
        printFinding(ctx, finding);
    return 0;
}

} // namespace

QList<CliCommand> doctorCommands()
{
    return {
        {{QStringLiteral("doctor")},
         {},
         QStringLiteral("List the config's problems for the installed OpenClaw release, and fix them"),
         {{QStringLiteral("fix"),
           {},
           QStringLiteral("Apply the fixes (moves env keys, removes retired entries)")}},
         0,
         0,
         doctor},
    };
}

} // namespace clawdesk
