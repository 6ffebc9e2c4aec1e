// `models list`, `models status`, `models aliases list`, `models fallbacks list`: the read side of
// `openclaw models …`, printing OpenClaw's columns, tags and texts, so a user or script that knows
// OpenClaw's output reads ours the same way.
#include "clicommand.h"
#include "clicontext.h"
#include "cliformat.h"
#include "configsnapshot.h"
#include "modellisting.h"

namespace clawdesk {

namespace {

const CommandLine::Option JsonOption{QStringLiteral("json"), {}, QStringLiteral("Output JSON")};
const CommandLine::Option PlainOption{QStringLiteral("plain"), {}, QStringLiteral("Plain line output")};

QString yesNo(std::optional<bool> value)
{
    return value ? (*value ? QStringLiteral("yes") : QStringLiteral("no")) : QStringLiteral("-");
}

QString tableLine(const QStringList &cells)
{
    static const int widths[] = {42, 10, 8, 5, 5};
    QStringList padded;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        QString cell = cells.at(i);
        if (i < 5) {
            if (cell.size() > widths[i])
                cell = cell.left(widths[i] - 3) + QStringLiteral("...");
            cell = cell.leftJustified(widths[i]);
        }
        padded.append(cell);
    }
    QString line = padded.join(QLatin1Char(' '));
    while (line.endsWith(QLatin1Char(' ')))
        line.chop(1);
    return line;
}

JsonValue rowJson(const ModelListRow &row)
{
    JsonValue json = JsonValue::object();
    json.insert(QStringLiteral("key"), row.key);
    json.insert(QStringLiteral("name"), row.name);
    json.insert(QStringLiteral("input"), row.input);
    json.insert(QStringLiteral("contextWindow"),
                row.contextWindow ? JsonValue(*row.contextWindow) : JsonValue(nullptr));
    json.insert(QStringLiteral("local"), row.local ? JsonValue(*row.local) : JsonValue(nullptr));
    json.insert(QStringLiteral("available"), row.available ? JsonValue(*row.available) : JsonValue(nullptr));
    JsonValue tags = JsonValue::array();
    for (const QString &tag : row.tags)
        tags.append(tag);
    json.insert(QStringLiteral("tags"), tags);
    json.insert(QStringLiteral("missing"), row.missing);
    return json;
}

int modelsList(CliContext &ctx, const CommandLine &cmd)
{
    if (!checkOutputMode(ctx, cmd))
        return 1;
    const ConfigSnapshotPtr snapshot = loadSnapshot(ctx);
    if (!snapshot)
        return 1;
    ModelListing::Filter filter;
    filter.all = cmd.isSet(QStringLiteral("all"));
    filter.localOnly = cmd.isSet(QStringLiteral("local"));
    filter.provider = normalizeProviderId(cmd.value(QStringLiteral("provider")));
    const QList<ModelListRow> rows = ModelListing::rows(snapshot->selection(), snapshot->registry(), filter);

    if (cmd.isSet(QStringLiteral("json"))) {
        JsonValue models = JsonValue::array();
        for (const ModelListRow &row : rows)
            models.append(rowJson(row));
        JsonValue json = JsonValue::object();
        json.insert(QStringLiteral("count"), static_cast<qint64>(rows.size()));
        json.insert(QStringLiteral("models"), models);
        ctx.out << json.toJson(2) << Qt::endl;
        return 0;
    }
    if (rows.isEmpty()) {
        ctx.out << "No models found." << Qt::endl;
        return 0;
    }
    if (cmd.isSet(QStringLiteral("plain"))) {
        for (const ModelListRow &row : rows)
            ctx.out << row.key << Qt::endl;
        return 0;
    }
    ctx.out << tableLine({QStringLiteral("Model"), QStringLiteral("Input"), QStringLiteral("Ctx"),
                          QStringLiteral("Local"), QStringLiteral("Auth"), QStringLiteral("Tags")})
            << Qt::endl;
    for (const ModelListRow &row : rows)
        ctx.out << tableLine({row.key, row.input, ModelListing::formatContext(row.contextWindow),
                              yesNo(row.local), yesNo(row.available), row.tags.join(QLatin1Char(','))})
                << Qt::endl;
    return 0;
}

int aliasesList(CliContext &ctx, const CommandLine &cmd)
{
    if (!checkOutputMode(ctx, cmd))
        return 1;
    const ConfigSnapshotPtr snapshot = loadSnapshot(ctx);
    if (!snapshot)
        return 1;
    const QList<ModelSelection::Alias> &aliases = snapshot->selection().aliases();
    if (cmd.isSet(QStringLiteral("json"))) {
        JsonValue map = JsonValue::object();
        for (const ModelSelection::Alias &alias : aliases)
            map.insert(alias.alias, alias.key);
        JsonValue json = JsonValue::object();
        json.insert(QStringLiteral("aliases"), map);
        ctx.out << json.toJson(2) << Qt::endl;
    } else if (cmd.isSet(QStringLiteral("plain"))) {
        for (const ModelSelection::Alias &alias : aliases)
            ctx.out << alias.alias << ' ' << alias.key << Qt::endl;
    } else {
        ctx.out << "Aliases (" << aliases.size() << "):" << Qt::endl;
        if (aliases.isEmpty())
            ctx.out << "- none" << Qt::endl;
        for (const ModelSelection::Alias &alias : aliases)
            ctx.out << "- " << alias.alias << " -> " << alias.key << Qt::endl;
    }
    return 0;
}

int fallbacksList(CliContext &ctx, const CommandLine &cmd)
{
    if (!checkOutputMode(ctx, cmd))
        return 1;
    const ConfigSnapshotPtr snapshot = loadSnapshot(ctx);
    if (!snapshot)
        return 1;
    QStringList keys;
    for (const ModelRef &ref : snapshot->selection().fallbacks())
        keys.append(ref.key());
    if (cmd.isSet(QStringLiteral("json"))) {
        JsonValue list = JsonValue::array();
        for (const QString &key : keys)
            list.append(key);
        JsonValue json = JsonValue::object();
        json.insert(QStringLiteral("fallbacks"), list);
        ctx.out << json.toJson(2) << Qt::endl;
    } else if (cmd.isSet(QStringLiteral("plain"))) {
        for (const QString &key : keys)
            ctx.out << key << Qt::endl;
    } else {
        ctx.out << "Fallbacks (" << keys.size() << "):" << Qt::endl;
        if (keys.isEmpty())
            ctx.out << "- none" << Qt::endl;
        for (const QString &key : keys)
            ctx.out << "- " << key << Qt::endl;
    }
    return 0;
}

} // namespace

int modelsStatus(CliContext &ctx, const CommandLine &cmd); // modelsstatuscommand.cpp

QList<CliCommand> modelsReadCommands()
{
    const QList<CommandLine::Option> listOptions{
        {QStringLiteral("all"), {}, QStringLiteral("Show the full model catalog")},
        {QStringLiteral("local"), {}, QStringLiteral("Only models served from this machine")},
        {QStringLiteral("provider"), QStringLiteral("name"), QStringLiteral("Only models of this provider")},
        JsonOption,
        PlainOption,
    };
    return {
        {{QStringLiteral("models"), QStringLiteral("list")},
         {},
         QStringLiteral("List models (configured by default)"),
         listOptions,
         0,
         0,
         modelsList},
        {{QStringLiteral("models"), QStringLiteral("status")},
         {},
         QStringLiteral("Show the configured model state"),
         {JsonOption,
          PlainOption,
          {QStringLiteral("check"),
           {},
           QStringLiteral("Exit 1 when auth is missing or expired, 2 when expiring")}},
         0,
         0,
         modelsStatus},
        {{QStringLiteral("models"), QStringLiteral("aliases"), QStringLiteral("list")},
         {},
         QStringLiteral("List model aliases"),
         {JsonOption, PlainOption},
         0,
         0,
         aliasesList},
        {{QStringLiteral("models"), QStringLiteral("fallbacks"), QStringLiteral("list")},
         {},
         QStringLiteral("List fallback models"),
         {JsonOption, PlainOption},
         0,
         0,
         fallbacksList},
    };
}

} // namespace clawdesk
