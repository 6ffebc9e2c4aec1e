#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

/// @brief Runs the real `clawdesk` binary in a scratch home directory, as a user would.
class CliRunner
{
public:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    CliRunner() { QDir(m_home.path()).mkpath(QStringLiteral(".openclaw/agents/main/agent")); }

    QString home() const { return m_home.path(); }
    QString stateDir() const { return m_home.path() + QStringLiteral("/.openclaw"); }
    QString configPath() const { return stateDir() + QStringLiteral("/openclaw.json"); }
    QString agentDir() const { return stateDir() + QStringLiteral("/agents/main/agent"); }

    void writeFile(const QString &path, const QByteArray &content) const
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(content);
    }
    void writeConfig(const QByteArray &content) const { writeFile(configPath(), content); }
    QByteArray readConfig() const
    {
        QFile file(configPath());
        file.open(QIODevice::ReadOnly);
        return file.readAll();
    }
    void setEnv(const QString &name, const QString &value) { m_extraEnv.insert(name, value); }

    /// Starts the binary without waiting (for commands that wait on something the test does).
    void start(QProcess &process, const QStringList &arguments) const
    {
        process.setProcessEnvironment(environment());
        process.setWorkingDirectory(m_home.path());
        process.start(QStringLiteral(CLAWDESK_BIN), arguments);
        process.waitForStarted();
    }

    Result run(const QStringList &arguments) const
    {
        QProcess process;
        start(process, arguments);
        process.closeWriteChannel();
        process.waitForFinished(60000);
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private:
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env; // a clean environment: no keys of the developer's machine leak in
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // No OpenClaw installed unless a test says which: an `openclaw` on the developer's PATH would
        // otherwise decide which release's rules the commands follow.
        env.insert(QStringLiteral("CLAWDESK_OPENCLAW_BIN"), QString());
        for (auto it = m_extraEnv.cbegin(); it != m_extraEnv.cend(); ++it)
            env.insert(it.key(), it.value());
        return env;
    }

    QTemporaryDir m_home;
    QHash<QString, QString> m_extraEnv;
};
