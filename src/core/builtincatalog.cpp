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

struct CurrentMiniMax
{
    const char *id;
    const char *name;
    QStringList input;
    qint64 context;
    ModelCost cost;
};

// OpenClaw 2026.9.6's MiniMax catalog (extensions/minimax): context, input and API cost per million.
const QList<CurrentMiniMax> &currentMiniMaxCatalog()
{
    static const QList<CurrentMiniMax> rows{
        {"MiniMax-M3", "MiniMax M3", TextImage, 1000000, {0.6, 2.4, 0.12, 0}},
        {"MiniMax-M2.7", "MiniMax M2.7", TextOnly, 204800, {0.3, 1.2, 0.06, 0.375}},
        {"MiniMax-M2.7-highspeed", "MiniMax M2.7 Highspeed", TextOnly, 204800, {0.6, 2.4, 0.06, 0.375}},
    };
    return rows;
}

// 2026.9.6 gives models outside its catalog its generic MiniMax API cost and context.
const ModelCost CurrentGenericMiniMaxCost{0.6, 2.4, 0.12, 0};
constexpr qint64 CurrentMiniMaxMaxTokens = 131072;
constexpr qint64 CurrentGenericMiniMaxContext = 204800;

QList<ProviderInfo> makeBuiltIns(bool current)
{
    const ModelCost opus{5, 25, 0.5, 6.25};
    const ModelCost sonnet{3, 15, 0.3, 3.75};
    const ModelCost haiku{1, 5, 0.1, 1.25};
    const ModelCost miniMax{0.3, 1.2, 0, 0};
    const auto miniMaxModels = [&] {
        QList<ModelInfo> models;
        if (current) {
            for (const QString &id : miniMaxCurrentModelIds())
                models.append(miniMaxCurrentModel(id));
        }
        models.append(model("MiniMax-M2", "MiniMax-M2", true, TextOnly, 196608, 128000, miniMax));
        models.append(model("MiniMax-M2.1", "MiniMax-M2.1", true, TextOnly, 204800, 131072, miniMax));
        return models;
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

ModelInfo legacyModel(const QString &id, const QString &name, const QStringList &input = TextOnly)
{
    ModelInfo m;
    m.id = id;
    m.name = name;
    m.input = input;
    m.cost = miniMaxLegacyCost();
    m.contextWindow = 200000;
    m.maxTokens = 8192;
    return m;
}

ProviderInfo currentMiniMaxProvider(const QString &id)
{
    ProviderInfo p;
    p.id = id;
    p.baseUrl = QStringLiteral("https://api.minimax.io/anthropic");
    p.api = QStringLiteral("anthropic-messages");
    p.authHeader = true;
    p.origin = ProviderInfo::Implicit;
    // M2.1 and its Lightning variant stay routable beside 2026.9.6's own catalog.
    for (const QString &modelId :
         miniMaxCurrentModelIds() +
             QStringList{QStringLiteral("MiniMax-M2.1"), QStringLiteral("MiniMax-M2.1-lightning")})
        p.models.append(miniMaxCurrentModel(modelId));
    return p;
}

} // namespace

const QList<ProviderInfo> &builtInProviders(const OpenClawRelease &release)
{
    static const QList<ProviderInfo> legacy = makeBuiltIns(false);
    static const QList<ProviderInfo> current = makeBuiltIns(true);
    return release.isLegacy() ? legacy : current;
}

ModelCost miniMaxLegacyCost()
{
    return {15, 60, 2, 10};
}

ModelInfo miniMaxLegacyModel(const QString &id)
{
    return legacyModel(id, id == u"MiniMax-M2.1-lightning"
                               ? QStringLiteral("MiniMax M2.1 Lightning")
                               : QString(id).replace(QLatin1Char('-'), QLatin1Char(' ')));
}

QStringList miniMaxCurrentModelIds()
{
    QStringList ids;
    for (const CurrentMiniMax &row : currentMiniMaxCatalog())
        ids.append(QString::fromLatin1(row.id));
    return ids;
}

ModelInfo miniMaxCurrentModel(const QString &id)
{
    for (const CurrentMiniMax &row : currentMiniMaxCatalog()) {
        if (id == QLatin1String(row.id))
            return model(row.id, row.name, true, row.input, row.context, CurrentMiniMaxMaxTokens, row.cost);
    }
    ModelInfo m = model("", "", false, TextOnly, CurrentGenericMiniMaxContext, CurrentMiniMaxMaxTokens,
                        CurrentGenericMiniMaxCost);
    m.id = id;
    m.name = miniMaxLegacyModel(id).name;
    return m;
}

QString miniMaxCodeMode(const QString &id)
{
    return id == u"MiniMax-M3" ? QStringLiteral("preferred") : QString();
}

ProviderInfo implicitMiniMaxProvider(const OpenClawRelease &release)
{
    if (!release.isLegacy())
        return currentMiniMaxProvider(QStringLiteral("minimax"));
    ProviderInfo p;
    p.id = QStringLiteral("minimax");
    p.baseUrl = QStringLiteral("https://api.minimax.chat/v1");
    p.api = QStringLiteral("openai-completions");
    p.apiKey = QStringLiteral("MINIMAX_API_KEY");
    p.origin = ProviderInfo::Implicit;
    p.models = {legacyModel(QStringLiteral("MiniMax-M2.1"), QStringLiteral("MiniMax M2.1")),
                legacyModel(QStringLiteral("MiniMax-VL-01"), QStringLiteral("MiniMax VL 01"), TextImage)};
    return p;
}

ProviderInfo implicitMiniMaxPortalProvider(const OpenClawRelease &release)
{
    if (!release.isLegacy())
        return currentMiniMaxProvider(QStringLiteral("minimax-portal"));
    ProviderInfo p;
    p.id = QStringLiteral("minimax-portal");
    p.baseUrl = QStringLiteral("https://api.minimax.io/anthropic");
    p.api = QStringLiteral("anthropic-messages");
    p.apiKey = QStringLiteral("minimax-oauth");
    p.auth = QStringLiteral("oauth");
    p.origin = ProviderInfo::Implicit;
    p.models = {legacyModel(QStringLiteral("MiniMax-M2.1"), QStringLiteral("MiniMax M2.1"))};
    return p;
}

} // namespace clawdesk
