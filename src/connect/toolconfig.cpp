#include "toolconfig.h"

#include "claudecodeconfig.h"
#include "codexconfig.h"
#include "openclawconnectconfig.h"
#include "opencodeconfig.h"

namespace clawdesk {

QList<ToolOverride> ToolConfig::overrides(const Environment &, const QString &) const
{
    return {};
}

const QList<std::shared_ptr<const ToolConfig>> &ToolConfig::all()
{
    static const QList<std::shared_ptr<const ToolConfig>> tools{
        std::make_shared<ClaudeCodeConfig>(), std::make_shared<CodexConfig>(),
        std::make_shared<OpencodeConfig>(), std::make_shared<OpenClawConnectConfig>()};
    return tools;
}

std::shared_ptr<const ToolConfig> ToolConfig::find(const QString &id)
{
    for (const auto &tool : all()) {
        if (tool->id() == id)
            return tool;
    }
    return nullptr;
}

} // namespace clawdesk
