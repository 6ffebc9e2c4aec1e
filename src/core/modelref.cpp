#include "modelref.h"

namespace clawdesk {

QString normalizeProviderId(const QString &provider)
{
    const QString id = provider.trimmed().toLower();
    if (id == u"z.ai" || id == u"z-ai")
        return QStringLiteral("zai");
    if (id == u"opencode-zen")
        return QStringLiteral("opencode");
    if (id == u"qwen")
        return QStringLiteral("qwen-portal");
    if (id == u"kimi-code")
        return QStringLiteral("kimi-coding");
    return id;
}

// Anthropic and Google accept a few shorthand model ids (case-insensitive).
static QString normalizeModelId(const QString &provider, const QString &model)
{
    const QString lower = model.toLower();
    if (provider == u"anthropic") {
        if (lower == u"opus-4.5")
            return QStringLiteral("claude-opus-4-5");
        if (lower == u"sonnet-4.5")
            return QStringLiteral("claude-sonnet-4-5");
    } else if (provider == u"google") {
        if (lower == u"gemini-3-pro")
            return QStringLiteral("gemini-3-pro-preview");
        if (lower == u"gemini-3-flash")
            return QStringLiteral("gemini-3-flash-preview");
    }
    return model;
}

std::optional<ModelRef> ModelRef::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype slash = trimmed.indexOf(QLatin1Char('/'));
    if (slash <= 0 || slash == trimmed.size() - 1)
        return std::nullopt;
    const QString provider = normalizeProviderId(trimmed.left(slash));
    const QString model = trimmed.mid(slash + 1).trimmed();
    if (provider.isEmpty() || model.isEmpty())
        return std::nullopt;
    return ModelRef{provider, normalizeModelId(provider, model)};
}

std::optional<ModelRef> ModelRef::parseOrDefault(const QString &text, const QString &defaultProvider)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    if (!trimmed.contains(QLatin1Char('/'))) {
        const QString provider = normalizeProviderId(defaultProvider);
        return ModelRef{provider, normalizeModelId(provider, trimmed)};
    }
    return parse(trimmed);
}

} // namespace clawdesk
