#include "wizardcontroller.h"

#include "configcontroller.h"

namespace clawdesk {

namespace {
WizardController *s_instance = nullptr;

JsonValue modelEntry(const QString &id, const QString &name, double in, double out, double cacheRead,
                     double cacheWrite, qint64 context)
{
    JsonValue model = JsonValue::object();
    model.insert(QStringLiteral("id"), JsonValue(id));
    model.insert(QStringLiteral("name"), JsonValue(name));
    model.insert(QStringLiteral("reasoning"), JsonValue(false));
    model.insert(QStringLiteral("input"), JsonValue::array({JsonValue("text")}));
    JsonValue cost = JsonValue::object();
    cost.insert(QStringLiteral("input"), JsonValue(in));
    cost.insert(QStringLiteral("output"), JsonValue(out));
    cost.insert(QStringLiteral("cacheRead"), JsonValue(cacheRead));
    cost.insert(QStringLiteral("cacheWrite"), JsonValue(cacheWrite));
    model.insert(QStringLiteral("cost"), cost);
    model.insert(QStringLiteral("contextWindow"), JsonValue(context));
    model.insert(QStringLiteral("maxTokens"), JsonValue(qint64(8192)));
    return model;
}

struct Plan
{
    QString providerId;
    JsonValue provider; // written only when absent (lmstudio) or merged field by field
    bool onlyIfAbsent = false;
    QString profileId;
    QString profileMode;
    QList<QPair<QString, QString>> aliases; // key → alias
    QString primary;
};

std::optional<Plan> planFor(const QString &choice)
{
    Plan plan;
    if (choice.startsWith(QLatin1String("minimax-portal"))) {
        const bool cn = choice.endsWith(QLatin1String("-cn"));
        plan.providerId = QStringLiteral("minimax-portal");
        plan.provider = JsonValue::object();
        plan.provider.insert(QStringLiteral("baseUrl"), JsonValue(cn ? "https://api.minimaxi.com/anthropic"
                                                                     : "https://api.minimax.io/anthropic"));
        plan.provider.insert(QStringLiteral("apiKey"), JsonValue("minimax-oauth"));
        plan.provider.insert(QStringLiteral("api"), JsonValue("anthropic-messages"));
        plan.provider.insert(QStringLiteral("models"),
                             JsonValue::array({modelEntry("MiniMax-M2.1", "MiniMax M2.1", 0, 0, 0, 0, 200000),
                                               modelEntry("MiniMax-M2.1-lightning", "MiniMax M2.1 Lightning",
                                                          0, 0, 0, 0, 200000)}));
        plan.profileId = QStringLiteral("minimax-portal:default");
        plan.profileMode = QStringLiteral("oauth");
        plan.aliases = {{QStringLiteral("minimax-portal/MiniMax-M2.1"), QStringLiteral("minimax-m2.1")},
                        {QStringLiteral("minimax-portal/MiniMax-M2.1-lightning"),
                         QStringLiteral("minimax-m2.1-lightning")}};
        plan.primary = QStringLiteral("minimax-portal/MiniMax-M2.1");
        return plan;
    }
    if (choice == QLatin1String("minimax-api") || choice == QLatin1String("minimax-api-lightning")) {
        const bool lightning = choice.endsWith(QLatin1String("lightning"));
        const QString id =
            lightning ? QStringLiteral("MiniMax-M2.1-lightning") : QStringLiteral("MiniMax-M2.1");
        plan.providerId = QStringLiteral("minimax");
        plan.provider = JsonValue::object();
        plan.provider.insert(QStringLiteral("baseUrl"), JsonValue("https://api.minimax.io/anthropic"));
        plan.provider.insert(QStringLiteral("api"), JsonValue("anthropic-messages"));
        plan.provider.insert(
            QStringLiteral("models"),
            JsonValue::array({modelEntry(id, lightning ? "MiniMax M2.1 Lightning" : "MiniMax M2.1", 15, 60, 2,
                                         10, 200000)}));
        plan.profileId = QStringLiteral("minimax:default");
        plan.profileMode = QStringLiteral("api_key");
        plan.aliases = {{QStringLiteral("minimax/") + id, QStringLiteral("Minimax")}};
        plan.primary = QStringLiteral("minimax/") + id;
        return plan;
    }
    if (choice == QLatin1String("lmstudio")) {
        plan.providerId = QStringLiteral("lmstudio");
        plan.onlyIfAbsent = true;
        plan.provider = JsonValue::object();
        plan.provider.insert(QStringLiteral("baseUrl"), JsonValue("http://127.0.0.1:1234/v1"));
        plan.provider.insert(QStringLiteral("apiKey"), JsonValue("lmstudio"));
        plan.provider.insert(QStringLiteral("api"), JsonValue("openai-responses"));
        plan.provider.insert(
            QStringLiteral("models"),
            JsonValue::array({modelEntry("minimax-m2.1-gs32", "MiniMax M2.1 GS32", 0, 0, 0, 0, 196608)}));
        plan.aliases = {{QStringLiteral("anthropic/claude-opus-4-5"), QStringLiteral("Opus")},
                        {QStringLiteral("lmstudio/minimax-m2.1-gs32"), QStringLiteral("Minimax")}};
        plan.primary = QStringLiteral("lmstudio/minimax-m2.1-gs32");
        return plan;
    }
    if (choice == QLatin1String("anthropic")) {
        plan.profileId = QStringLiteral("anthropic:default");
        plan.profileMode = QStringLiteral("api_key");
        plan.aliases = {{QStringLiteral("anthropic/claude-opus-4-5"), QStringLiteral("Opus")}};
        plan.primary = QStringLiteral("anthropic/claude-opus-4-5");
        return plan;
    }
    return std::nullopt;
}

const QStringList DefaultsPath{QStringLiteral("agents"), QStringLiteral("defaults")};
} // namespace

WizardController::WizardController(ConfigController *config, QObject *parent)
    : QObject(parent)
    , m_config(config)
{}

QStringList WizardController::modelsFor(const QString &authChoice) const
{
    const auto plan = planFor(authChoice);
    if (!plan)
        return {};
    QStringList keys{plan->primary};
    for (const auto &alias : plan->aliases) {
        if (!keys.contains(alias.first))
            keys.append(alias.first);
    }
    return keys;
}

bool WizardController::applyChoices(Json5Document &document, const QVariantMap &choices, QString *error)
{
    const auto plan = planFor(choices.value(QStringLiteral("authChoice")).toString());
    if (!plan) {
        if (error)
            *error = tr("Choose a provider and an auth method first.");
        return false;
    }
    if (!plan->providerId.isEmpty()) {
        const QStringList path{QStringLiteral("models"), QStringLiteral("providers"), plan->providerId};
        if (!(plan->onlyIfAbsent && document.contains(path))) {
            for (const QString &field : plan->provider.keys()) {
                if (field == QLatin1String("models") && document.contains(path + QStringList{field})) {
                    // Append the preset's models that are missing; keep the user's.
                    const JsonValue *have = document.value().find(path + QStringList{field});
                    const JsonValue &want = plan->provider[field];
                    for (qsizetype i = 0; i < want.size(); ++i) {
                        bool present = false;
                        for (qsizetype j = 0; have && j < have->size(); ++j)
                            present = present ||
                                      have->at(j)[QStringLiteral("id")] == want.at(i)[QStringLiteral("id")];
                        if (!present && !document.insert(path + QStringList{field}, have ? have->size() : 0,
                                                         want.at(i), error))
                            return false;
                        have = document.value().find(path + QStringList{field});
                    }
                    continue;
                }
                if (!document.set(path + QStringList{field}, plan->provider[field], error))
                    return false;
            }
            if (plan->providerId == QLatin1String("minimax")) {
                // The placeholder key "minimax" is dropped (spec §10 step 4).
                const QStringList keyPath = path + QStringList{QStringLiteral("apiKey")};
                const JsonValue *key = document.value().find(keyPath);
                if (key && key->toString() == QLatin1String("minimax") && !document.remove(keyPath, error))
                    return false;
                const QStringList modePath{QStringLiteral("models"), QStringLiteral("mode")};
                if (!document.contains(modePath) && !document.set(modePath, JsonValue("merge"), error))
                    return false;
            }
        }
    }
    if (!plan->profileId.isEmpty()) {
        const QStringList path{QStringLiteral("auth"), QStringLiteral("profiles"), plan->profileId};
        JsonValue profile = JsonValue::object();
        profile.insert(QStringLiteral("provider"),
                       JsonValue(plan->profileId.section(QLatin1Char(':'), 0, 0)));
        profile.insert(QStringLiteral("mode"), JsonValue(plan->profileMode));
        if (!document.set(path, profile, error))
            return false;
    }
    const QStringList modelsPath = DefaultsPath + QStringList{QStringLiteral("models")};
    QStringList picker = choices.value(QStringLiteral("pickerModels")).toStringList();
    QString primary = choices.value(QStringLiteral("primary")).toString();
    if (primary.isEmpty())
        primary = plan->primary;
    for (const auto &alias : plan->aliases) {
        if (!document.set(modelsPath + QStringList{alias.first, QStringLiteral("alias")},
                          JsonValue(alias.second), error))
            return false;
    }
    for (const QString &key : picker) {
        if (!document.contains(modelsPath + QStringList{key}) &&
            !document.set(modelsPath + QStringList{key}, JsonValue::object(), error))
            return false;
    }
    const QStringList modelPath = DefaultsPath + QStringList{QStringLiteral("model")};
    const JsonValue *model = document.value().find(modelPath);
    if (model && model->isString() && !document.set(modelPath, JsonValue::object(), error))
        return false;
    if (!document.set(modelPath + QStringList{QStringLiteral("primary")}, JsonValue(primary), error))
        return false;
    // More than one picked model including the primary: the others become fallbacks in order.
    picker.removeAll(primary);
    if (!picker.isEmpty()) {
        QList<JsonValue> fallbacks;
        for (const QString &key : picker)
            fallbacks.append(JsonValue(key));
        if (!document.set(modelPath + QStringList{QStringLiteral("fallbacks")}, JsonValue::array(fallbacks),
                          error))
            return false;
    }
    return true;
}

QString WizardController::lineDiff(const QString &before, const QString &after)
{
    const QStringList a = before.split(QLatin1Char('\n'));
    const QStringList b = after.split(QLatin1Char('\n'));
    // LCS table; config files are small (a few hundred lines).
    const qsizetype n = a.size(), m = b.size();
    QList<QList<int>> lcs(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : qMax(lcs[i + 1][j], lcs[i][j + 1]);
    }
    QStringList lines;
    QList<bool> changed;
    qsizetype i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[i] == b[j]) {
            lines.append(QStringLiteral("  ") + a[i]);
            changed.append(false);
            ++i, ++j;
        } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
            lines.append(QStringLiteral("- ") + a[i++]);
            changed.append(true);
        } else {
            lines.append(QStringLiteral("+ ") + b[j++]);
            changed.append(true);
        }
    }
    if (!changed.contains(true))
        return {};
    QStringList out;
    constexpr int Context = 2;
    const QString Gap = QStringLiteral("  …");
    for (qsizetype k = 0; k < lines.size(); ++k) {
        bool near = false;
        for (qsizetype d = qMax<qsizetype>(0, k - Context); d <= qMin(lines.size() - 1, k + Context); ++d)
            near = near || changed[d];
        if (near)
            out.append(lines[k]);
        else if (out.isEmpty() || out.last() != Gap)
            out.append(Gap);
    }
    return out.join(QLatin1Char('\n'));
}

QString WizardController::preview(const QVariantMap &choices)
{
    const OpenClawConfig current = m_config->store().load();
    if (current.exists() && !current.parsed()) {
        setLastError(ConfigStore::describeInvalid(current));
        return {};
    }
    Json5Document document =
        current.exists() ? current.document() : Json5Document::parse(QStringLiteral("{}\n"));
    const QString before = current.exists() ? document.text() : QString();
    QString error;
    if (!applyChoices(document, choices, &error)) {
        setLastError(error);
        return {};
    }
    setLastError({});
    return lineDiff(before, document.text());
}

bool WizardController::apply(const QVariantMap &choices)
{
    const bool ok = m_config->applyEdit([&](Json5Document &document, const OpenClawConfig &, QString *error) {
        return applyChoices(document, choices, error);
    });
    setLastError(ok ? QString() : m_config->lastError());
    return ok;
}

void WizardController::setLastError(const QString &error)
{
    if (m_lastError == error)
        return;
    m_lastError = error;
    emit lastErrorChanged();
}

void WizardController::setInstance(WizardController *instance)
{
    s_instance = instance;
}

WizardController *WizardController::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

} // namespace clawdesk
