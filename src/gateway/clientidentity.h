#pragma once

#include <QByteArray>
#include <QString>

namespace clawdesk {

/// The calling tool's name as people know it, read from its User-Agent (and Codex's `originator`
/// header): "Claude Code", "Codex", "opencode", "OpenClaw", "Anthropic SDK", …; the first product
/// token for other agents, "" when the request names none.
QString clientNameFor(const QByteArray &userAgent, const QByteArray &originator = {});

} // namespace clawdesk
