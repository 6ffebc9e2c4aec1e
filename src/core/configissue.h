#pragma once

#include <QList>
#include <QString>

namespace clawdesk {

/// @brief One problem found in a config: OpenClaw's dot path and message, plus where it is.
struct ConfigIssue
{
    QString path;    ///< dot path, arrays as .0; "<root>" for the whole file
    QString message; ///< OpenClaw's (Zod) wording
    QString file;    ///< absolute path of the file the value is in
    int line = 0;
    int column = 0;

    /// "- models.providers.minimax.api: Invalid input (/home/u/.openclaw/openclaw.json:9:14)"
    QString toString() const;
};

using ConfigIssues = QList<ConfigIssue>;

} // namespace clawdesk
