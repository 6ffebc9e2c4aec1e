#include "gatewaysnippets.h"

namespace clawdesk {

QString GatewaySnippets::baseUrl(int port)
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port);
}

QString GatewaySnippets::claudeCode(int port, const QString &token)
{
    return QStringLiteral("export ANTHROPIC_BASE_URL=%1\nexport ANTHROPIC_AUTH_TOKEN=%2\nclaude")
        .arg(baseUrl(port), token);
}

QString GatewaySnippets::openAiCompatible(int port, const QString &token)
{
    // Cline, Roo Code and Kilo Code: provider "OpenAI Compatible".
    return QStringLiteral("Base URL: %1/v1\nAPI key:  %2\nModel ID: default").arg(baseUrl(port), token);
}

QString GatewaySnippets::openClaw(int port, const QString &token)
{
    return QStringLiteral("\"models\": {\n"
                          "  \"providers\": {\n"
                          "    \"clawdesk\": {\n"
                          "      \"baseUrl\": \"%1\",\n"
                          "      \"apiKey\": \"%2\",\n"
                          "      \"api\": \"anthropic-messages\",\n"
                          "      \"models\": [{ \"id\": \"default\", \"name\": \"ClawDesk gateway\" }]\n"
                          "    }\n"
                          "  }\n"
                          "}")
        .arg(baseUrl(port), token);
}

QString GatewaySnippets::curl(int port, const QString &token, const QString &model)
{
    return QStringLiteral("curl %1/v1/messages \\\n"
                          "  -H 'Authorization: Bearer %2' \\\n"
                          "  -H 'content-type: application/json' \\\n"
                          "  -d '{\"model\":\"%3\",\"max_tokens\":256,"
                          "\"messages\":[{\"role\":\"user\",\"content\":\"Hello\"}]}'")
        .arg(baseUrl(port), token, model.isEmpty() ? QStringLiteral("default") : model);
}

} // namespace clawdesk
