// `models set`, `models aliases add|remove`, `models fallbacks add|remove|clear`, with OpenClaw's
// semantics and messages (no model check on set/add, aliases resolved to canonical keys, targets added
// to the allowlist map).
// Every write is a format-preserving edit of the file as it is now, printed as OpenClaw does.
#include "clicommand.h"
#include "clicontext.h"
#include "configsnapshot.h"
#include "modelseditor.h"

namespace clawdesk {

namespace {

using EditAction = std::function<bool(ModelsEditor &editor, QString *message, QString *error)>;

/// Runs one models edit; prints "Updated <file>" (when the file changed) and then `message`.
int runEdit(CliContext &ctx, const EditAction &action)
{
    QString message;
    const int exitCode =
        ctx.editConfig([&](Json5Document &document, const OpenClawConfig &current, QString *error) {
            const ConfigSnapshotPtr snapshot = ConfigSnapshot::create(current, ctx.paths);
            ModelsEditor editor(document, snapshot->selection());
            return action(editor, &message, error);
        });
    if (exitCode == 0 && !message.isEmpty())
        ctx.out << message << Qt::endl;
    return exitCode;
}

QString fallbacksLine(const ModelsEditor &editor)
{
    const QStringList keys = editor.fallbacks();
    return QStringLiteral("Fallbacks: ") +
           (keys.isEmpty() ? QStringLiteral("-") : keys.join(QStringLiteral(", ")));
}

int modelsSet(CliContext &ctx, const CommandLine &cmd)
{
    return runEdit(ctx, [&](ModelsEditor &editor, QString *message, QString *error) {
        QString key;
        if (!editor.setPrimary(cmd.positional().at(0), &key, error))
            return false;
        *message = QStringLiteral("Default model: ") + key;
        return true;
    });
}

int aliasesAdd(CliContext &ctx, const CommandLine &cmd)
{
    return runEdit(ctx, [&](ModelsEditor &editor, QString *message, QString *error) {
        QString key;
        if (!editor.addAlias(cmd.positional().at(0), cmd.positional().at(1), &key, error))
            return false;
        *message = QStringLiteral("Alias %1 -> %2").arg(cmd.positional().at(0).trimmed(), key);
        return true;
    });
}

int aliasesRemove(CliContext &ctx, const CommandLine &cmd)
{
    return runEdit(ctx, [&](ModelsEditor &editor, QString *, QString *error) {
        return editor.removeAlias(cmd.positional().at(0), error);
    });
}

int fallbacksAdd(CliContext &ctx, const CommandLine &cmd)
{
    return runEdit(ctx, [&](ModelsEditor &editor, QString *message, QString *error) {
        if (!editor.addFallback(cmd.positional().at(0), error))
            return false;
        *message = fallbacksLine(editor);
        return true;
    });
}

int fallbacksRemove(CliContext &ctx, const CommandLine &cmd)
{
    return runEdit(ctx, [&](ModelsEditor &editor, QString *message, QString *error) {
        if (!editor.removeFallback(cmd.positional().at(0), error))
            return false;
        *message = fallbacksLine(editor);
        return true;
    });
}

int fallbacksClear(CliContext &ctx, const CommandLine &)
{
    return runEdit(ctx, [&](ModelsEditor &editor, QString *message, QString *error) {
        if (!editor.clearFallbacks(error))
            return false;
        *message = QStringLiteral("Fallback list cleared.");
        return true;
    });
}

} // namespace

QList<CliCommand> modelsWriteCommands()
{
    const QString models = QStringLiteral("models");
    const QString aliases = QStringLiteral("aliases");
    const QString fallbacks = QStringLiteral("fallbacks");
    return {
        {{models, QStringLiteral("set")},
         QStringLiteral("<model>"),
         QStringLiteral("Set the default model"),
         {},
         1,
         1,
         modelsSet},
        {{models, aliases, QStringLiteral("add")},
         QStringLiteral("<alias> <model>"),
         QStringLiteral("Add or update a model alias"),
         {},
         2,
         2,
         aliasesAdd},
        {{models, aliases, QStringLiteral("remove")},
         QStringLiteral("<alias>"),
         QStringLiteral("Remove a model alias"),
         {},
         1,
         1,
         aliasesRemove},
        {{models, fallbacks, QStringLiteral("add")},
         QStringLiteral("<model>"),
         QStringLiteral("Add a fallback model"),
         {},
         1,
         1,
         fallbacksAdd},
        {{models, fallbacks, QStringLiteral("remove")},
         QStringLiteral("<model>"),
         QStringLiteral("Remove a fallback model"),
         {},
         1,
         1,
         fallbacksRemove},
        {{models, fallbacks, QStringLiteral("clear")},
         {},
         QStringLiteral("Clear all fallback models"),
         {},
         0,
         0,
         fallbacksClear},
    };
}

} // namespace clawdesk
