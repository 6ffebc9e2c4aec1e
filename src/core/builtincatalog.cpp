#include "builtincatalog.h"

namespace clawdesk {

namespace {

ModelInfo model(const char *id, const char *name, bool reasoning, QStringList input, qint64 context,
                qint64 maxTokens, ModelCost cost)
{
    ModelInfo m;
    m.id = QString::fromLatin1(id);
    m.name = QString::fromLatin1(name);
    m.reasoning = reasoning;
    m.input = std::move(input);
    m.contextWindow = context;
    m.maxTokens = maxTokens;
    m.cost = cost;
    return m;
}

const QStringList TextOnly{QStringLiteral("text")};
const QStringList TextImage{QStringLiteral("text"), QStringLiteral("image")};

ProviderInfo provider(const char *id, const char *baseUrl, const char *api, QList<ModelInfo> models)
{
    ProviderInfo p;
    p.id = QString::fromLatin1(id);
    p.baseUrl = QString::fromLatin1(baseUrl);
    p.api = QString::fromLatin1(api);
    p.models = std::move(models);
    p.origin = ProviderInfo::BuiltIn;
    return p;
}

QList<ProviderInfo> makeBuiltIns()
{
    const ModelCost opus{5, 25, 0.5, 6.25};
    const ModelCost sonnet{3, 15, 0.3, 3.75};
    const ModelCost haiku{1, 5, 0.1, 1.25};
    const ModelCost miniMax{0.3, 1.2, 0, 0};
    const auto miniMaxModels = [&] {
        return QList<ModelInfo>{
            model("MiniMax-M2", "MiniMax-M2", true, TextOnly, 196608, 128000, miniMax),
            model("MiniMax-M2.1", "MiniMax-M2.1", true, TextOnly, 204800, 131072, miniMax),
        };
    };
    return {
        provider(
            "anthropic", "https://api.anthropic.com", "anthropic-messages",
            {
                model("claude-haiku-4-5", "Claude Haiku 4.5 (latest)", true, TextImage, 200000, 64000, haiku),
                model("claude-opus-4-5", "Claude Opus 4.5 (latest)", true, TextImage, 200000, 64000, opus),
                model("claude-opus-4-6", "Claude Opus 4.6", true, TextImage, 200000, 128000, opus),
                model("claude-sonnet-4-5", "Claude Sonnet 4.5 (latest)", true, TextImage, 200000, 64000,
                      sonnet),
            }),
        provider("minimax", "https://api.minimax.io/anthropic", "anthropic-messages", miniMaxModels()),
        provider("minimax-cn", "https://api.minimaxi.com/anthropic", "anthropic-messages", miniMaxModels()),
        provider("openai", "https://api.openai.com/v1", "openai-responses",
                 {
                     model("gpt-5-mini", "GPT-5 Mini", true, TextImage, 400000, 128000, {0.25, 2, 0.025, 0}),
                     model("gpt-5.2", "GPT-5.2", true, TextImage, 400000, 128000, {1.75, 14, 0.175, 0}),
                 }),
    };
}

} // namespace

const QList<ProviderInfo> &builtInProviders()
{
    static const QList<ProviderInfo> providers = makeBuiltIns();
    return providers;
}

ModelCost miniMaxApiCost()
{
    return {15, 60, 2, 10};
}

ModelInfo miniMaxModel(const QString &id, const QString &name, const ModelCost &cost,
                       const QStringList &input)
{
    ModelInfo m;
    m.id = id;
    m.name = name;
    m.input = input;
    m.cost = cost;
    m.contextWindow = 200000;
    m.maxTokens = 8192;
    return m;
}

ProviderInfo implicitMiniMaxProvider()
{
    ProviderInfo p;
    p.id = QStringLiteral("minimax");
    p.baseUrl = QStringLiteral("https://api.minimax.chat/v1");
    p.api = QStringLiteral("openai-completions");
    p.apiKey = QStringLiteral("MINIMAX_API_KEY");
    p.origin = ProviderInfo::Implicit;
    p.models = {
        miniMaxModel(QStringLiteral("MiniMax-M2.1"), QStringLiteral("MiniMax M2.1"), miniMaxApiCost()),
        miniMaxModel(QStringLiteral("MiniMax-VL-01"), QStringLiteral("MiniMax VL 01"), miniMaxApiCost(),
                     TextImage)};
    return p;
}

ProviderInfo implicitMiniMaxPortalProvider()
{
    ProviderInfo p;
    p.id = QStringLiteral("minimax-portal");
    p.baseUrl = QStringLiteral("https://api.minimax.io/anthropic");
    p.api = QStringLiteral("anthropic-messages");
    p.apiKey = QStringLiteral("minimax-oauth");
    p.auth = QStringLiteral("oauth");
    p.origin = ProviderInfo::Implicit;
    p.models = {
        miniMaxModel(QStringLiteral("MiniMax-M2.1"), QStringLiteral("MiniMax M2.1"), miniMaxApiCost())};
    return p;
}

} // namespace clawdesk
