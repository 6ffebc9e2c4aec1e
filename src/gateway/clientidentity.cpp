#include "clientidentity.h"

#include <QList>

namespace clawdesk {

namespace {

struct KnownClient
{
    const char *token; ///< lower-case start of a User-Agent product token
    const char *name;
};

// Longest tokens first where one starts another.
constexpr KnownClient KnownClients[] = {
    {"claude-cli", "Claude Code"}, {"claude-code", "Claude Code"}, {"codex", "Codex"},
    {"opencode", "opencode"},      {"openclaw", "OpenClaw"},       {"cline", "Cline"},
    {"roo-code", "Roo Code"},      {"kilo-code", "Kilo Code"},     {"anthropic/", "Anthropic SDK"},
    {"openai/", "OpenAI SDK"},     {"ai-sdk", "AI SDK"},           {"curl/", "curl"},
};

} // namespace

QString clientNameFor(const QByteArray &userAgent, const QByteArray &originator)
{
    const QByteArray lowerOriginator = originator.trimmed().toLower();
    if (lowerOriginator.startsWith("codex"))
        return QStringLiteral("Codex");
    const QByteArray agent = userAgent.trimmed().toLower();
    for (const QByteArray &token : agent.split(' ')) {
        for (const KnownClient &known : KnownClients) {
            if (token.startsWith(known.token))
                return QString::fromLatin1(known.name);
        }
    }
    const QByteArray trimmed = userAgent.trimmed();
    const qsizetype end = trimmed.indexOf('/');
    return QString::fromUtf8(end < 0 ? trimmed.left(40) : trimmed.left(qMin<qsizetype>(end, 40)));
}

} // namespace clawdesk
