#include "configvalidator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>
#include <optional>

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
    Checker(ConfigIssues &issues, bool strict)
        : m_issues(issues)
        , m_strict(strict)
    {}

    /// 2026.1.30's strictness: unknown keys and enum values are errors, and its required fields and
    /// string-only values hold. Otherwise those are left to unknownKeys() and newer shapes pass.
    bool strictMode() const { return m_strict; }

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
        if (!m_strict && !v.isUndefined() && v.isString())
            return;
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
        if (!m_strict)
            return;
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

    /// A string, or (for 2026.9.6) a secret reference object.
    void secretInput(const JsonValue &v, const QString &path)
    {
        if (!m_strict && v.isObject())
            return;
        string(v, path);
    }

private:
    ConfigIssues &m_issues;
    bool m_strict;
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
    if (c.strictMode())
        c.stringRecord(m[QStringLiteral("headers")], join(path, QStringLiteral("headers")));
    const QString compatPath = join(path, QStringLiteral("compat"));
    if (const JsonValue &compat = m[QStringLiteral("compat")]; c.object(compat, compatPath)) {
        for (const char *flag : {"supportsStore", "supportsDeveloperRole"})
            c.boolean(compat[QLatin1String(flag)], join(compatPath, QLatin1String(flag)));
        if (c.strictMode())
            c.boolean(compat[QStringLiteral("supportsReasoningEffort")],
                      join(compatPath, QStringLiteral("supportsReasoningEffort")));
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
    c.string(p[QStringLiteral("baseUrl")], join(path, QStringLiteral("baseUrl")), c.strictMode(), true);
    c.secretInput(p[QStringLiteral("apiKey")], join(path, QStringLiteral("apiKey")));
    c.oneOf(p[QStringLiteral("auth")],
            {QStringLiteral("api-key"), QStringLiteral("aws-sdk"), QStringLiteral("oauth"),
             QStringLiteral("token")},
            join(path, QStringLiteral("auth")));
    c.oneOf(p[QStringLiteral("api")], ApiKinds, join(path, QStringLiteral("api")));
    if (c.strictMode())
        c.stringRecord(p[QStringLiteral("headers")], join(path, QStringLiteral("headers")));
    c.boolean(p[QStringLiteral("authHeader")], join(path, QStringLiteral("authHeader")));
    const QString modelsPath = join(path, QStringLiteral("models"));
    if (c.array(p[QStringLiteral("models")], modelsPath, c.strictMode())) {
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
    if (!c.strictMode() && v.isString())
        return; // the short form `model: "provider/model"`
    if (!c.object(v, path))
        return;
    c.string(v[QStringLiteral("primary")], join(path, QStringLiteral("primary")));
    c.stringArray(v[QStringLiteral("fallbacks")], join(path, QStringLiteral("fallbacks")));
    c.strict(v, {QStringLiteral("primary"), QStringLiteral("fallbacks")}, path);
}

void checkModelPolicies(Checker &c, const JsonValue &agents);

void checkAgents(Checker &c, const JsonValue &agents)
{
    if (!c.object(agents, QStringLiteral("agents")))
        return;
    checkModelPolicies(c, agents);
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

void checkModelPolicies(Checker &c, const JsonValue &agents)
{
    c.stringArray(agents[QStringLiteral("defaults")][QStringLiteral("modelPolicy")][QStringLiteral("allow")],
                  QStringLiteral("agents.defaults.modelPolicy.allow"));
    const JsonValue &entries = agents[QStringLiteral("entries")];
    if (!c.object(entries, QStringLiteral("agents.entries")))
        return;
    for (const QString &id : entries.keys()) {
        const QString path = QStringLiteral("agents.entries.") + id;
        if (!c.object(entries[id], path, true))
            continue;
        if (!c.strictMode())
            checkModelChoice(c, entries[id][QStringLiteral("model")], join(path, QStringLiteral("model")));
        c.stringArray(entries[id][QStringLiteral("modelPolicy")][QStringLiteral("allow")],
                      join(path, QStringLiteral("modelPolicy.allow")));
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
            c.string(profile[QStringLiteral("displayName")], join(path, QStringLiteral("displayName")));
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
            if (c.strictMode())
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
        } else if (c.strictMode() || value.isString()) {
            c.string(value, QStringLiteral("env.") + key); // 2026.1.30's catch-all: any key, string value
        }
    }
}

/// OpenClaw 2026.9.6's own schema of the checked sections (`openclaw config schema`, trimmed).
const QJsonObject &currentSchema()
{
    static const QJsonObject schema = [] {
        QFile file(QStringLiteral(":/clawdesk/openclaw-2026.9.6.schema.json"));
        file.open(QIODevice::ReadOnly);
        return QJsonDocument::fromJson(file.readAll()).object();
    }();
    return schema;
}

bool typeMatches(const QJsonObject &schema, const JsonValue &value)
{
    const QString type = schema.value(QStringLiteral("type")).toString();
    if (type.isEmpty())
        return true;
    switch (value.type()) {
    case JsonValue::Type::Object:
        return type == u"object";
    case JsonValue::Type::Array:
        return type == u"array";
    case JsonValue::Type::String:
        return type == u"string";
    case JsonValue::Type::Bool:
        return type == u"boolean";
    case JsonValue::Type::Number:
        return type == u"number" || type == u"integer";
    case JsonValue::Type::Null:
        return type == u"null";
    case JsonValue::Type::Undefined:
        break;
    }
    return false;
}

/// The alternatives a schema node offers (anyOf/oneOf/allOf flattened), or the node itself.
QList<QJsonObject> alternatives(const QJsonObject &schema)
{
    QList<QJsonObject> list;
    for (const char *key : {"anyOf", "oneOf", "allOf"}) {
        for (const QJsonValue &branch : schema.value(QLatin1String(key)).toArray())
            list.append(alternatives(branch.toObject()));
    }
    if (list.isEmpty())
        list.append(schema);
    return list;
}

void collectUnknown(const QJsonObject &schema, const JsonValue &value, const QString &path, ConfigIssues &out)
{
    QList<QJsonObject> matching;
    for (const QJsonObject &branch : alternatives(schema)) {
        if (typeMatches(branch, value))
            matching.append(branch);
    }
    if (matching.isEmpty())
        return; // a wrong type is validate()'s business, not an unknown key
    if (value.isString()) {
        bool known = false, constrained = false;
        for (const QJsonObject &branch : matching) {
            if (branch.contains(QStringLiteral("const")) || branch.contains(QStringLiteral("enum")))
                constrained = true;
            else
                known = true;
            known = known || branch.value(QStringLiteral("const")).toString() == value.toString() ||
                    branch.value(QStringLiteral("enum")).toArray().contains(value.toString());
        }
        if (constrained && !known)
            out.append({path, QStringLiteral("Value not known to OpenClaw 2026.9.6"), {}, 0, 0});
        return;
    }
    if (value.isArray()) {
        for (qsizetype i = 0; i < value.size(); ++i) {
            for (const QJsonObject &branch : matching) {
                if (branch.value(QStringLiteral("items")).isObject()) {
                    collectUnknown(branch.value(QStringLiteral("items")).toObject(), value.at(i),
                                   join(path, QString::number(i)), out);
                    break;
                }
            }
        }
        return;
    }
    if (!value.isObject())
        return;
    for (const QString &key : value.keys()) {
        const QString keyPath = join(path, key);
        bool open = false;
        std::optional<QJsonObject> child;
        for (const QJsonObject &branch : matching) {
            const QJsonObject properties = branch.value(QStringLiteral("properties")).toObject();
            if (properties.contains(key)) {
                child = properties.value(key).toObject();
                break;
            }
            const QJsonValue extra = branch.value(QStringLiteral("additionalProperties"));
            if (extra.isObject()) {
                child = extra.toObject();
                break;
            }
            open = open || !(extra.isBool() && !extra.toBool());
        }
        if (child)
            collectUnknown(*child, value[key], keyPath, out);
        else if (!open)
            out.append(
                {keyPath, QStringLiteral("Unknown key: OpenClaw 2026.9.6 does not know it"), {}, 0, 0});
    }
}

} // namespace

ConfigIssues ConfigValidator::unknownKeys(const JsonValue &config)
{
    ConfigIssues out;
    const QJsonObject sections = currentSchema().value(QStringLiteral("properties")).toObject();
    for (auto it = sections.constBegin(); it != sections.constEnd(); ++it) {
        const JsonValue &value = config[it.key()];
        if (!value.isUndefined())
            collectUnknown(it.value().toObject(), value, it.key(), out);
    }
    return out;
}

bool ConfigValidator::strictLegacy(const OpenClawRelease &release)
{
    return release.isLegacy() &&
           (release.source == OpenClawRelease::Source::InstalledCli ||
            (release.source == OpenClawRelease::Source::ConfigFile && !release.version.isEmpty()));
}

ConfigIssues ConfigValidator::validate(const JsonValue &config, const OpenClawRelease &release)
{
    ConfigIssues issues;
    Checker c(issues, strictLegacy(release));
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
