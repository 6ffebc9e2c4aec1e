#pragma once

// Shared helpers for the app tests: a temporary OpenClaw state dir with a commented openclaw.json.
#include "configpaths.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace apptest {

/// Opus primary + MiniMax fallback, with comments that every edit must keep. The key sits in
/// `env.vars`, the form both OpenClaw 2026.1.30 and 2026.9.6 accept, so the file is valid for either.
inline const char *const CommentedConfig = R"({
  // ClawDesk test config
  env: { vars: { MINIMAX_API_KEY: "sk-test-0000000000000000000000000000" } },
  agents: {
    defaults: {
      // aliases shown in the model picker
      models: {
        "anthropic/claude-opus-4-5": { alias: "opus" },
        "minimax/MiniMax-M2.1": { alias: "minimax" },
        "minimax/MiniMax-M2.1-lightning": {},
      },
      model: {
        primary: "anthropic/claude-opus-4-5", // the main model
        fallbacks: ["minimax/MiniMax-M2.1", "minimax/MiniMax-M2.1-lightning"], // when Opus is rate-limited
      },
    },
  },
}
)";

/// A state dir under a QTemporaryDir; write() puts openclaw.json there.
struct StateDir
{
    QTemporaryDir tmp;
    clawdesk::ConfigPaths paths;

    StateDir()
    {
        paths.homeDir = tmp.path();
        paths.stateDir = tmp.path() + QStringLiteral("/.openclaw");
        paths.configPath = paths.stateDir + QStringLiteral("/openclaw.json");
        paths.agentDir = paths.stateDir + QStringLiteral("/agents/main/agent");
        QDir().mkpath(paths.agentDir);
    }
    void write(const QByteArray &bytes) const
    {
        QFile file(paths.configPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(paths.configPath));
        file.write(bytes);
    }
    QByteArray read() const
    {
        QFile file(paths.configPath);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
};

} // namespace apptest
