// ClawDesk: one binary that is both the desktop app and the CLI.
#include "cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("ClawDesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("ClawDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLAWDESK_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (clawdesk::Cli::handles(arguments) || arguments.size() > 1) {
        QCoreApplication app(argc, argv);
        return clawdesk::Cli::run(arguments);
    }
    QCoreApplication app(argc, argv);
    return clawdesk::Cli::run({arguments.first(), QStringLiteral("--help")});
}
