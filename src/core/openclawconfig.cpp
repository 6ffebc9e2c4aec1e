#include "openclawconfig.h"

#include "configincludes.h"
#include "configvalidator.h"
#include "envsubstitution.h"
#include "regularfile.h"

#include <QFileInfo>

namespace clawdesk {

OpenClawConfig OpenClawConfig::load(const QString &path, const Environment &processEnv)
{
    const RegularFile file = RegularFile::read(path, RegularFile::MaxConfigBytes);
    if (!file.exists())
        return build(path, false, QByteArrayLiteral("{\n}\n"), processEnv);
    if (!file.ok()) {
        OpenClawConfig config;
        config.m_path = QFileInfo(path).absoluteFilePath();
        config.m_exists = true;
        config.m_env = processEnv;
        config.m_issues.append({QStringLiteral("<root>"),
                                QStringLiteral("Cannot read config: %1").arg(file.error()), config.m_path, 0,
                                0});
        return config;
    }
    return build(path, true, file.bytes(), processEnv);
}

OpenClawConfig OpenClawConfig::fromText(const QString &text, const QString &path,
                                        const Environment &processEnv)
{
    return build(path, QFileInfo::exists(path), text.toUtf8(), processEnv);
}

OpenClawConfig OpenClawConfig::build(const QString &path, bool exists, const QByteArray &bytes,
                                     const Environment &processEnv)
{
    OpenClawConfig config;
    config.m_path = QFileInfo(path).absoluteFilePath();
    config.m_exists = exists;
    config.m_bytes = bytes;
    config.m_env = processEnv;
    Json5Error error;
    config.m_document = Json5Document::parse(bytes, &error);
    if (!config.m_document.isValid()) {
        config.m_issues.append({QStringLiteral("<root>"),
                                QStringLiteral("JSON5 parse failed: SyntaxError: JSON5: %1 at %2:%3")
                                    .arg(error.message)
                                    .arg(error.line)
                                    .arg(error.column),
                                config.m_path, error.line, error.column});
        return config;
    }
    config.m_parsed = true;
    config.resolveIncludes();
    config.applyEnvBlock();
    config.substituteAndValidate();
    return config;
}

void OpenClawConfig::resolveIncludes()
{
    IncludeResolver::Result result = IncludeResolver::resolve(m_document.value(), m_path);
    m_merged = result.value;
    m_includes = result.files;
    for (ConfigIssue &issue : result.issues) {
        if (issue.line == 0)
            locate(issue);
        if (issue.message.startsWith(QStringLiteral("JSON5 parse failed")))
            m_parsed = false;
        m_issues.append(issue);
    }
}

void OpenClawConfig::applyEnvBlock()
{
    // The env block fills only variables that are unset or blank, as in OpenClaw: the real environment
    // wins, so a key exported in the shell overrides one written in the file.
    const JsonValue &env = m_merged[QStringLiteral("env")];
    const auto offer = [this](const QString &key, const JsonValue &value) {
        if (value.isString() && !value.toString().isEmpty() && m_env.value(key).trimmed().isEmpty())
            m_env.insert(key, value.toString());
    };
    const JsonValue &vars = env[QStringLiteral("vars")];
    for (const QString &key : vars.keys())
        offer(key, vars[key]);
    for (const QString &key : env.keys()) {
        if (key != u"shellEnv" && key != u"vars")
            offer(key, env[key]);
    }
}

void OpenClawConfig::substituteAndValidate()
{
    EnvSubstitution substitution(m_env);
    m_resolved = substitution.apply(m_merged);
    for (const EnvSubstitution::MissingVar &missing : substitution.missing()) {
        ConfigIssue issue{QStringLiteral("<root>"), missing.message(), {}, 0, 0};
        QString dotted = missing.configPath;
        dotted.replace(QLatin1Char('['), QLatin1Char('.')).remove(QLatin1Char(']'));
        ConfigIssue located{dotted, {}, {}, 0, 0};
        locate(located);
        issue.file = located.file;
        issue.line = located.line;
        issue.column = located.column;
        m_issues.append(issue);
    }
    // The file's own signs say whether 2026.1.30's strict rules apply; unknown keys are never errors
    // otherwise (ConfigFindings names them).
    const QString stateDir = QFileInfo(m_path).absolutePath();
    const OpenClawRelease release =
        OpenClawRelease::fromSigns(m_merged, stateDir, stateDir + QStringLiteral("/agents/main/agent"));
    for (ConfigIssue issue : ConfigValidator::validate(m_resolved, release)) {
        locate(issue);
        m_issues.append(issue);
    }
    if (m_resolved[QStringLiteral("gateway")].contains(QStringLiteral("token")))
        m_warnings.append(QStringLiteral(
            "Config uses \"gateway.token\". This key is ignored; use \"gateway.auth.token\" instead."));
}

QStringList OpenClawConfig::splitDotPath(const JsonValue &root, const QString &dotPath)
{
    if (dotPath.isEmpty() || dotPath == u"<root>")
        return {};
    const QStringList parts = dotPath.split(QLatin1Char('.'));
    QStringList keys;
    const JsonValue *node = &root;
    for (qsizetype i = 0; i < parts.size();) {
        // Prefer the longest run of parts that names an existing key.
        qsizetype take = 1;
        if (node && node->isObject()) {
            for (qsizetype n = parts.size() - i; n > 1; --n) {
                if (node->contains(parts.mid(i, n).join(QLatin1Char('.')))) {
                    take = n;
                    break;
                }
            }
        }
        const QString key = parts.mid(i, take).join(QLatin1Char('.'));
        keys.append(key);
        if (node && node->isObject() && node->contains(key))
            node = &(*node)[key];
        else if (node && node->isArray())
            node = &node->at(key.toLongLong());
        else
            node = nullptr;
        i += take;
    }
    return keys;
}

void OpenClawConfig::locate(ConfigIssue &issue) const
{
    const QStringList keys = splitDotPath(m_merged, issue.path);
    // An unknown key is reported on its object; point at the key itself where we can.
    QStringList target = keys;
    const qsizetype quote = issue.message.indexOf(QStringLiteral("Unrecognized key: \""));
    if (quote >= 0)
        target.append(issue.message.mid(quote + 19).chopped(1));
    const auto tryDocument = [&](const Json5Document &doc, const QStringList &path, const QString &file) {
        if (!doc.isValid() || !doc.contains(path))
            return false;
        const Json5Document::Location where = quote >= 0 ? doc.keyLocation(path) : doc.locate(path);
        issue.file = file;
        issue.line = where.line;
        issue.column = where.column;
        return true;
    };
    for (const QStringList &path : {target, keys}) {
        if (tryDocument(m_document, path, m_path))
            return;
        for (const IncludedFile &included : m_includes) {
            if (path.mid(0, included.mountPath.size()) == included.mountPath &&
                tryDocument(included.document, path.mid(included.mountPath.size()), included.path))
                return;
        }
    }
    // Nothing more precise: the nearest existing ancestor in the main file.
    const Json5Document::Location where = m_document.locate(keys);
    issue.file = m_path;
    issue.line = where.line;
    issue.column = where.column;
}

} // namespace clawdesk
