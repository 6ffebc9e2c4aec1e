#include "configvalidator.h"

#include <QRegularExpression>

#include <cmath>

namespace clawdesk {

namespace {

const QStringList ApiKinds{QStringLiteral("openai-completions"), QStringLiteral("openai-responses"),
                           QStringLiteral("anthropic-messages"), QStringLiteral("google-generative-ai"),
                           QStringLiteral("github-copilot"),     QStringLiteral("bedrock-converse-stream")};

QString typeName(const JsonValue &value)
{
    switch (value.type()) {
    case JsonValue::Type::Undefined:
        return QStringLiteral("undefined");
    case JsonValue::Type::Null:
        return QStringLiteral("null");
    case JsonValue::Type::Bool:
        return QStringLiteral("boolean");
    case JsonValue::Type::Number:
        return std::isnan(value.toDouble()) ? QStringLiteral("NaN") : QStringLiteral("number");
    case JsonValue::Type::String:
        return QStringLiteral("string");
    case JsonValue::Type::Array:
        return QStringLiteral("array");
    case JsonValue::Type::Object:
        return QStringLiteral("object");
    }
    return QStringLiteral("unknown");
}

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

/// Small Zod-alike checker: each function reports in OpenClaw's words and says whether to descend.
class Checker
{
public:
    explicit Checker(ConfigIssues &issues)
        : m_issues(issues)
    {}

    void add(const QString &path, const QString &message) { m_issues.append({path, message, {}, 0, 0}); }

    bool isType(const JsonValue &value, JsonValue::Type type, const char *expected, const QString &path,
                bool required = false)
    {
        if (value.isUndefined() && !required)
            return false;
        if (value.type() == type && !(type == JsonValue::Type::Number && std::isnan(value.toDouble())))
            return true;
        add(path, QStringLiteral("Invalid input: expected %1, received %2")
                      .arg(QLatin1String(expected), typeName(value)));
        return false;
    }
    bool string(const JsonValue &v, const QString &path, bool required = false, bool nonEmpty = false)
    {
        if (!isType(v, JsonValue::Type::String, "string", path, required))
            return false;
        if (nonEmpty && v.toString().isEmpty()) {
            add(path, QStringLiteral("Too small: expected string to have >=1 characters"));
            return false;
        }
        return true;
    }
    void boolean(const JsonValue &v, const QString &path)
    {
        isType(v, JsonValue::Type::Bool, "boolean", path);
    }
    void number(const JsonValue &v, const QString &path, bool positive = false, bool nonNegativeInt = false)
    {
        if (!isType(v, JsonValue::Type::Number, "number", path))
            return;
        const double x = v.toDouble();
        if (nonNegativeInt && (std::floor(x) != x || std::isinf(x)))
            add(path, QStringLiteral("Invalid input: expected int, received number"));
        else if (nonNegativeInt && x < 0)
            add(path, QStringLiteral("Too small: expected number to be >=0"));
        else if (positive && !(x > 0))
            add(path, QStringLiteral("Too small: expected number to be >0"));
    }
    void oneOf(const JsonValue &v, const QStringList &allowed, const QString &path)
    {
        if (!v.isUndefined() && (!v.isString() || !allowed.contains(v.toString())))
            add(path, QStringLiteral("Invalid input"));
    }
    bool object(const JsonValue &v, const QString &path, bool required = false)
    {
        return isType(v, JsonValue::Type::Object, "object", path, required);
    }
    bool array(const JsonValue &v, const QString &path, bool required = false)
    {
        return isType(v, JsonValue::Type::Array, "array", path, required);
    }
    void stringArray(const JsonValue &v, const QString &path)
    {
        if (!array(v, path))
            return;
        for (qsizetype i = 0; i < v.size(); ++i)
            string(v.at(i), join(path, QString::number(i)));
    }
    void stringRecord(const JsonValue &v, const QString &path)
    {
        if (!object(v, path))
            return;
        for (const QString &key : v.keys())
            string(v[key], join(path, key));
    }
    /// Unknown keys of a strict object, reported on the object's own path as Zod does.
    void strict(const JsonValue &v, const QStringList &known, const QString &path)
    {
        QStringList unknown;
        for (const QString &key : v.keys()) {
            if (!known.contains(key))
                unknown.append(QLatin1Char('"') + key + QLatin1Char('"'));
        }
        if (unknown.size() == 1)
            add(path.isEmpty() ? QStringLiteral("<root>") : path,
                QStringLiteral("Unrecognized key: %1").arg(unknown.first()));
        else if (unknown.size() > 1)
            add(path.isEmpty() ? QStringLiteral("<root>") : path,
                QStringLiteral("Unrecognized keys: %1").arg(unknown.join(QStringLiteral(", "))));
    }

private:
    ConfigIssues &m_issues;
};

void checkModel(Checker &c, const JsonValue &m, const QString &path)
{
    if (!c.object(m, path, true))
        return;
    c.string(m[QStringLiteral("id")], join(path, QStringLiteral("id")), true, true);
    c.string(m[QStringLiteral("name")], join(path, QStringLiteral("name")), true, true);
    c.oneOf(m[QStringLiteral("api")], ApiKinds, join(path, QStringLiteral("api")));
    c.boolean(m[QStringLiteral("reasoning")], join(path, QStringLiteral("reasoning")));
    const QString inputPath = join(path, QStringLiteral("input"));
    if (c.array(m[QStringLiteral("input")], inputPath)) {
        const JsonValue &input = m[QStringLiteral("input")];
        for (qsizetype i = 0; i < input.size(); ++i)
            c.oneOf(input.at(i), {QStringLiteral("text"), QStringLiteral("image")},
                    join(inputPath, QString::number(i)));
    }
    const QString costPath = join(path, QStringLiteral("cost"));
    if (const JsonValue &cost = m[QStringLiteral("cost")]; c.object(cost, costPath)) {
        const QStringList fields{QStringLiteral("input"), QStringLiteral("output"),
                                 QStringLiteral("cacheRead"), QStringLiteral("cacheWrite")};
        for (const QString &field : fields)
            c.number(cost[field], join(costPath, field));
        c.strict(cost, fields, costPath);
    }
    c.number(m[QStringLiteral("contextWindow")], join(path, QStringLiteral("contextWindow")), true);
    c.number(m[QStringLiteral("maxTokens")], join(path, QStringLiteral("maxTokens")), true);
    c.stringRecord(m[QStringLiteral("headers")], join(path, QStringLiteral("headers")));
    const QString compatPath = join(path, QStringLiteral("compat"));
    if (const JsonValue &compat = m[QStringLiteral("compat")]; c.object(compat, compatPath)) {
        for (const char *flag : {"supportsStore", "supportsDeveloperRole", "supportsReasoningEffort"})
            c.boolean(compat[QLatin1String(flag)], join(compatPath, QLatin1String(flag)));
        c.oneOf(compat[QStringLiteral("maxTokensField")],
                {QStringLiteral("max_completion_tokens"), QStringLiteral("max_tokens")},
                join(compatPath, QStringLiteral("maxTokensField")));
        c.strict(compat,
                 {QStringLiteral("supportsStore"), QStringLiteral("supportsDeveloperRole"),
                  QStringLiteral("supportsReasoningEffort"), QStringLiteral("maxTokensField")},
                 compatPath);
    }
    c.strict(m,
             {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("api"),
              QStringLiteral("reasoning"), QStringLiteral("input"), QStringLiteral("cost"),
              QStringLiteral("contextWindow"), QStringLiteral("maxTokens"), QStringLiteral("headers"),
              QStringLiteral("compat")},
             path);
}

void checkProvider(Checker &c, const JsonValue &p, const QString &path)
{
    if (!c.object(p, path, true))
        return;
    c.string(p[QStringLiteral("baseUrl")], join(path, QStringLiteral("baseUrl")), true, true);
    c.string(p[QStringLiteral("apiKey")], join(path, QStringLiteral("apiKey")));
    c.oneOf(p[QStringLiteral("auth")],
            {QStringLiteral("api-key"), QStringLiteral("aws-sdk"), QStringLiteral("oauth"),
             QStringLiteral("token")},
            join(path, QStringLiteral("auth")));
    c.oneOf(p[QStringLiteral("api")], ApiKinds, join(path, QStringLiteral("api")));
    c.stringRecord(p[QStringLiteral("headers")], join(path, QStringLiteral("headers")));
    c.boolean(p[QStringLiteral("authHeader")], join(path, QStringLiteral("authHeader")));
    const QString modelsPath = join(path, QStringLiteral("models"));
    if (c.array(p[QStringLiteral("models")], modelsPath, true)) {
        const JsonValue &models = p[QStringLiteral("models")];
        for (qsizetype i = 0; i < models.size(); ++i)
            checkModel(c, models.at(i), join(modelsPath, QString::number(i)));
    }
    c.strict(p,
             {QStringLiteral("baseUrl"), QStringLiteral("apiKey"), QStringLiteral("auth"),
              QStringLiteral("api"), QStringLiteral("headers"), QStringLiteral("authHeader"),
              QStringLiteral("models")},
             path);
}

void checkModels(Checker &c, const JsonValue &models)
{
    const QString path = QStringLiteral("models");
    if (!c.object(models, path))
        return;
    c.oneOf(models[QStringLiteral("mode")], {QStringLiteral("merge"), QStringLiteral("replace")},
            QStringLiteral("models.mode"));
    const JsonValue &providers = models[QStringLiteral("providers")];
    if (c.object(providers, QStringLiteral("models.providers"))) {
        for (const QString &id : providers.keys())
            checkProvider(c, providers[id], QStringLiteral("models.providers.") + id);
    }
    c.object(models[QStringLiteral("bedrockDiscovery")], QStringLiteral("models.bedrockDiscovery"));
    c.strict(models,
             {QStringLiteral("mode"), QStringLiteral("providers"), QStringLiteral("bedrockDiscovery")}, path);
}

void checkModelChoice(Checker &c, const JsonValue &v, const QString &path)
{
    if (!c.object(v, path))
        return;
    c.string(v[QStringLiteral("primary")], join(path, QStringLiteral("primary")));
    c.stringArray(v[QStringLiteral("fallbacks")], join(path, QStringLiteral("fallbacks")));
    c.strict(v, {QStringLiteral("primary"), QStringLiteral("fallbacks")}, path);
}

void checkAgents(Checker &c, const JsonValue &agents)
{
    if (!c.object(agents, QStringLiteral("agents")))
        return;
    const JsonValue &defaults = agents[QStringLiteral("defaults")];
    if (!c.object(defaults, QStringLiteral("agents.defaults")))
        return;
    checkModelChoice(c, defaults[QStringLiteral("model")], QStringLiteral("agents.defaults.model"));
    checkModelChoice(c, defaults[QStringLiteral("imageModel")], QStringLiteral("agents.defaults.imageModel"));
    const JsonValue &models = defaults[QStringLiteral("models")];
    const QString modelsPath = QStringLiteral("agents.defaults.models");
    if (!c.object(models, modelsPath))
        return;
    for (const QString &key : models.keys()) {
        const QString entryPath = join(modelsPath, key);
        const JsonValue &entry = models[key];
        if (!c.object(entry, entryPath, true))
            continue;
        c.string(entry[QStringLiteral("alias")], join(entryPath, QStringLiteral("alias")));
        c.object(entry[QStringLiteral("params")], join(entryPath, QStringLiteral("params")));
        c.strict(entry, {QStringLiteral("alias"), QStringLiteral("params")}, entryPath);
    }
}

void checkAuth(Checker &c, const JsonValue &auth)
{
    if (!c.object(auth, QStringLiteral("auth")))
        return;
    const JsonValue &profiles = auth[QStringLiteral("profiles")];
    if (c.object(profiles, QStringLiteral("auth.profiles"))) {
        for (const QString &id : profiles.keys()) {
            const QString path = QStringLiteral("auth.profiles.") + id;
            const JsonValue &profile = profiles[id];
            if (!c.object(profile, path, true))
                continue;
            c.string(profile[QStringLiteral("provider")], join(path, QStringLiteral("provider")), true);
            if (profile[QStringLiteral("mode")].isUndefined())
                c.add(join(path, QStringLiteral("mode")), QStringLiteral("Invalid input"));
            c.oneOf(profile[QStringLiteral("mode")],
                    {QStringLiteral("api_key"), QStringLiteral("oauth"), QStringLiteral("token")},
                    join(path, QStringLiteral("mode")));
            c.string(profile[QStringLiteral("email")], join(path, QStringLiteral("email")));
            c.strict(profile, {QStringLiteral("provider"), QStringLiteral("mode"), QStringLiteral("email")},
                     path);
        }
    }
    const JsonValue &order = auth[QStringLiteral("order")];
    if (c.object(order, QStringLiteral("auth.order"))) {
        for (const QString &provider : order.keys())
            c.stringArray(order[provider], QStringLiteral("auth.order.") + provider);
    }
    const JsonValue &cooldowns = auth[QStringLiteral("cooldowns")];
    if (c.object(cooldowns, QStringLiteral("auth.cooldowns"))) {
        for (const char *field : {"billingBackoffHours", "billingMaxHours", "failureWindowHours"})
            c.number(cooldowns[QLatin1String(field)],
                     QStringLiteral("auth.cooldowns.") + QLatin1String(field), true);
        c.object(cooldowns[QStringLiteral("billingBackoffHoursByProvider")],
                 QStringLiteral("auth.cooldowns.billingBackoffHoursByProvider"));
        c.strict(cooldowns,
                 {QStringLiteral("billingBackoffHours"), QStringLiteral("billingBackoffHoursByProvider"),
                  QStringLiteral("billingMaxHours"), QStringLiteral("failureWindowHours")},
                 QStringLiteral("auth.cooldowns"));
    }
    c.strict(auth, {QStringLiteral("profiles"), QStringLiteral("order"), QStringLiteral("cooldowns")},
             QStringLiteral("auth"));
}

void checkPlugins(Checker &c, const JsonValue &plugins)
{
    if (!c.object(plugins, QStringLiteral("plugins")))
        return;
    c.boolean(plugins[QStringLiteral("enabled")], QStringLiteral("plugins.enabled"));
    c.stringArray(plugins[QStringLiteral("allow")], QStringLiteral("plugins.allow"));
    c.stringArray(plugins[QStringLiteral("deny")], QStringLiteral("plugins.deny"));
    const JsonValue &entries = plugins[QStringLiteral("entries")];
    if (c.object(entries, QStringLiteral("plugins.entries"))) {
        for (const QString &id : entries.keys()) {
            const QString path = QStringLiteral("plugins.entries.") + id;
            const JsonValue &entry = entries[id];
            if (!c.object(entry, path, true))
                continue;
            c.boolean(entry[QStringLiteral("enabled")], join(path, QStringLiteral("enabled")));
            c.object(entry[QStringLiteral("config")], join(path, QStringLiteral("config")));
            c.strict(entry, {QStringLiteral("enabled"), QStringLiteral("config")}, path);
        }
    }
}

void checkEnv(Checker &c, const JsonValue &env)
{
    if (!c.object(env, QStringLiteral("env")))
        return;
    for (const QString &key : env.keys()) {
        const JsonValue &value = env[key];
        if (key == u"shellEnv") {
            if (c.object(value, QStringLiteral("env.shellEnv"))) {
                c.boolean(value[QStringLiteral("enabled")], QStringLiteral("env.shellEnv.enabled"));
                c.number(value[QStringLiteral("timeoutMs")], QStringLiteral("env.shellEnv.timeoutMs"), false,
                         true);
                c.strict(value, {QStringLiteral("enabled"), QStringLiteral("timeoutMs")},
                         QStringLiteral("env.shellEnv"));
            }
        } else if (key == u"vars") {
            c.stringRecord(value, QStringLiteral("env.vars"));
        } else {
            c.string(value, QStringLiteral("env.") + key); // 2026.1.30's catch-all: any key, string value
        }
    }
}

} // namespace

ConfigIssues ConfigValidator::validate(const JsonValue &config)
{
    ConfigIssues issues;
    Checker c(issues);
    if (!config.isObject()) {
        c.add(QStringLiteral("<root>"),
              QStringLiteral("Invalid input: expected object, received %1").arg(typeName(config)));
        return issues;
    }
    checkModels(c, config[QStringLiteral("models")]);
    checkAgents(c, config[QStringLiteral("agents")]);
    checkAuth(c, config[QStringLiteral("auth")]);
    checkPlugins(c, config[QStringLiteral("plugins")]);
    checkEnv(c, config[QStringLiteral("env")]);
    return issues;
}

} // namespace clawdesk
