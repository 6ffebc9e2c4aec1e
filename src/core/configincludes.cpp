#include "configincludes.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace clawdesk {

namespace {
const QString IncludeKey = QStringLiteral("$include");
}

IncludeResolver::Result IncludeResolver::resolve(const JsonValue &root, const QString &rootFile)
{
    IncludeResolver resolver;
    const QString absolute = QFileInfo(rootFile).absoluteFilePath();
    resolver.m_result.value = resolver.expand(root, absolute, {absolute}, {});
    return std::move(resolver.m_result);
}

JsonValue IncludeResolver::deepMerge(const JsonValue &base, const JsonValue &over)
{
    if (!base.isObject() || !over.isObject())
        return over;
    JsonValue merged = base;
    for (const QString &key : over.keys())
        merged.insert(key, merged.contains(key) ? deepMerge(merged[key], over[key]) : over[key]);
    return merged;
}

JsonValue IncludeResolver::expand(const JsonValue &value, const QString &file, const QStringList &chain,
                                  const QStringList &mount)
{
    if (value.isArray()) {
        JsonValue out = JsonValue::array();
        for (qsizetype i = 0; i < value.size(); ++i)
            out.append(expand(value.at(i), file, chain, mount + QStringList{QString::number(i)}));
        return out;
    }
    if (!value.isObject())
        return value;

    JsonValue base = JsonValue::object();
    const JsonValue &include = value[IncludeKey];
    if (include.isString()) {
        base = deepMerge(base, loadInclude(include.toString(), file, chain, mount));
    } else if (include.isArray()) {
        for (const JsonValue &spec : include.items())
            base = deepMerge(base, loadInclude(spec.toString(), file, chain, mount));
    } else if (!include.isUndefined()) {
        m_result.issues.append({mount.isEmpty() ? QStringLiteral("<root>") : mount.join(QLatin1Char('.')),
                                QStringLiteral("$include must be a path or a list of paths"), file, 0, 0});
    }

    JsonValue siblings = JsonValue::object();
    for (const QString &key : value.keys()) {
        if (key != IncludeKey)
            siblings.insert(key, expand(value[key], file, chain, mount + QStringList{key}));
    }
    return include.isUndefined() ? siblings : deepMerge(base, siblings);
}

JsonValue IncludeResolver::loadInclude(const QString &spec, const QString &file, const QStringList &chain,
                                       const QStringList &mount)
{
    const QString where = mount.isEmpty() ? QStringLiteral("<root>") : mount.join(QLatin1Char('.'));
    const QString target = QDir::cleanPath(QFileInfo(file).absoluteDir().absoluteFilePath(spec));
    if (chain.contains(target)) {
        m_result.issues.append({where,
                                QStringLiteral("Circular include detected: %1")
                                    .arg((chain + QStringList{target}).join(QStringLiteral(" -> "))),
                                file, 0, 0});
        return JsonValue::object();
    }
    if (chain.size() > MaxDepth) {
        m_result.issues.append(
            {where, QStringLiteral("Maximum include depth (%1) exceeded at %2").arg(MaxDepth).arg(target),
             file, 0, 0});
        return JsonValue::object();
    }
    QFile included(target);
    if (!included.open(QIODevice::ReadOnly)) {
        m_result.issues.append(
            {where,
             QStringLiteral("Failed to read include file: %1 (%2)").arg(target, included.errorString()), file,
             0, 0});
        return JsonValue::object();
    }
    Json5Error error;
    Json5Document document = Json5Document::parse(included.readAll(), &error);
    if (!document.isValid()) {
        m_result.issues.append({where,
                                QStringLiteral("JSON5 parse failed in %1: SyntaxError: JSON5: %2 at %3:%4")
                                    .arg(target, error.message)
                                    .arg(error.line)
                                    .arg(error.column),
                                target, error.line, error.column});
        return JsonValue::object();
    }
    const JsonValue expanded = expand(document.value(), target, chain + QStringList{target}, mount);
    m_result.files.append({target, mount, document});
    return expanded;
}

} // namespace clawdesk
