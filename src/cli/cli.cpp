#include "cli.h"

#include "clicommand.h"
#include "clicontext.h"

#include <QCoreApplication>

namespace clawdesk {

namespace {

QList<CliCommand> allCommands()
{
    return modelsReadCommands() + modelsWriteCommands() + pluginsCommands() + onboardCommands() +
           usageCommands() + gatewayCommands() + connectCommands() + doctorCommands();
}

QString usageOf(const CliCommand &command)
{
    QString usage = QStringLiteral("Usage: clawdesk ") + command.path.join(QLatin1Char(' ')) +
                    QStringLiteral(" [options]");
    if (!command.arguments.isEmpty())
        usage += QLatin1Char(' ') + command.arguments;
    return usage;
}

/// The commands one level below `prefix` ("models" → list, status, set, aliases, fallbacks).
QString groupHelp(const QStringList &prefix, const QList<CliCommand> &commands)
{
    QStringList lines{QStringLiteral("Usage: clawdesk %1 [command]").arg(prefix.join(QLatin1Char(' '))),
                      QString(), QStringLiteral("Commands:")};
    QStringList seen;
    for (const CliCommand &command : commands) {
        if (command.path.mid(0, prefix.size()) != prefix || command.path.size() <= prefix.size())
            continue;
        const QString word = command.path.at(prefix.size());
        if (seen.contains(word))
            continue;
        seen.append(word);
        const bool isGroup = command.path.size() > prefix.size() + 1;
        const QString label =
            isGroup
                ? word
                : (word + (command.arguments.isEmpty() ? QString() : QLatin1Char(' ') + command.arguments));
        lines.append(QStringLiteral("  ") + label.leftJustified(28) +
                     (isGroup ? QStringLiteral("Manage %1").arg(word) : command.summary));
    }
    return lines.join(QLatin1Char('\n'));
}

QString mainHelp()
{
    return QStringLiteral(
        "Usage: clawdesk [command] [options]\n"
        "\n"
        "Without a command, ClawDesk opens its window (or runs the gateway headless when there is no "
        "display).\n"
        "\n"
        "Commands:\n"
        "  models                      Inspect and change models, aliases and fallbacks (openclaw.json)\n"
        "  plugins                     Enable or disable bundled plugins\n"
        "  onboard --auth-choice <c>   Set up MiniMax (OAuth or API key, Global or CN), Anthropic or LM "
        "Studio\n"
        "  gateway                     Run and control the local model gateway (run, status, token, stop, "
        "restart)\n"
        "  connect <tool>              Point Claude Code, Codex, opencode or OpenClaw at the gateway "
        "(--undo)\n"
        "  usage                       Requests, tokens and cost the gateway recorded\n"
        "  doctor [--fix]              List the config's problems for your OpenClaw release, and fix them\n"
        "  configure                   Open the guided Model/auth wizard (desktop)\n"
        "\n"
        "Options:\n"
        "  --version                   print the version and exit\n"
        "  -h, --help                  display help\n"
        "\n"
        "Config: $OPENCLAW_CONFIG_PATH, else $OPENCLAW_STATE_DIR/openclaw.json, else "
        "~/.openclaw/openclaw.json");
}

} // namespace

bool Cli::handles(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString first = arguments.at(1);
    if (first == u"configure") // with a display, the desktop wizard answers it
        return false;
    const QList<CliCommand> commands = allCommands();
    const bool isCommand = std::any_of(commands.begin(), commands.end(), [&first](const CliCommand &command) {
        return command.path.first() == first;
    });
    return isCommand || first == u"--help" || first == u"-h" || first == u"--version" || first == u"-V" ||
           first == u"help";
}

int Cli::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList words = arguments.mid(1);
    if (words.isEmpty() || words.first() == u"--help" || words.first() == u"-h" || words.first() == u"help") {
        out << mainHelp() << Qt::endl;
        return 0;
    }
    if (words.first() == u"--version" || words.first() == u"-V") {
        out << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }

    const QList<CliCommand> commands = allCommands();
    const CliCommand *match = nullptr;
    for (const CliCommand &command : commands) {
        if (words.mid(0, command.path.size()) == command.path &&
            (!match || command.path.size() > match->path.size()))
            match = &command;
    }

    if (!match) {
        // A group word alone (`models`, `models aliases`): OpenClaw runs `models` as `models status`.
        QStringList prefix;
        for (const QString &word : words) {
            if (word.startsWith(QLatin1Char('-')))
                break;
            prefix.append(word);
        }
        const bool help = words.contains(QStringLiteral("--help")) || words.contains(QStringLiteral("-h"));
        if (prefix == QStringList{QStringLiteral("models")} && !help) {
            for (const CliCommand &command : commands) {
                if (command.path == QStringList{QStringLiteral("models"), QStringLiteral("status")})
                    match = &command;
            }
        } else {
            while (!prefix.isEmpty()) {
                const bool known = std::any_of(commands.begin(), commands.end(), [&](const CliCommand &c) {
                    return c.path.mid(0, prefix.size()) == prefix;
                });
                if (known)
                    break;
                prefix.removeLast();
            }
            if (prefix.isEmpty()) {
                err << "Error: unknown command '" << words.first()
                    << "'. Run 'clawdesk --help' for the commands." << Qt::endl;
                return 1;
            }
            if (help || words.size() == prefix.size()) {
                out << groupHelp(prefix, commands) << Qt::endl;
                return 0;
            }
            err << "Error: unknown command '" << words.mid(0, prefix.size() + 1).join(QLatin1Char(' '))
                << "'. Run 'clawdesk " << prefix.join(QLatin1Char(' ')) << " --help' for the commands."
                << Qt::endl;
            return 1;
        }
    }

    const qsizetype consumed = words.mid(0, match->path.size()) == match->path ? match->path.size() : 1;
    const CommandLine cmd(words.mid(consumed), match->options);
    if (cmd.wantsHelp()) {
        out << usageOf(*match) << Qt::endl
            << Qt::endl
            << match->summary << Qt::endl
            << Qt::endl
            << CommandLine::describe(match->options) << Qt::endl;
        return 0;
    }
    if (!cmd.ok()) {
        err << "Error: " << cmd.error() << ". " << usageOf(*match) << Qt::endl;
        return 1;
    }
    if (cmd.positional().size() < match->minArgs) {
        err << "Error: missing required argument. " << usageOf(*match) << Qt::endl;
        return 1;
    }
    if (cmd.positional().size() > match->maxArgs) {
        err << "Error: too many arguments: '" << cmd.positional().mid(match->maxArgs).join(QLatin1Char(' '))
            << "'. " << usageOf(*match) << Qt::endl;
        return 1;
    }
    const ConfigPaths paths = ConfigPaths::fromSystem();
    CliContext context(out, err, CliContext::cliEnvironment(paths), paths);
    return match->run(context, cmd);
}

} // namespace clawdesk
