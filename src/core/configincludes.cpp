#include "configincludes.h"

#include "regularfile.h"

#include <QDir>
#include <QFileInfo>

namespace clawdesk {

namespace {
const QString IncludeKey = QStringLiteral("$include");

bool isInside(const QString &dir, const QString &path)
{
    return path == dir || path.startsWith(dir.endsWith(QLatin1Char('/')) ? dir : dir + QLatin1Char('/'));
}

/// The parser names the offending character; an include may be any file the user can read, so
/// its content (even one character) never reaches an error message.
QString withoutContent(const QString &message)
{
    const QString invalid = QStringLiteral("invalid character");
    return message.startsWith(invalid) ? invalid : message;
}
} // namespace

void IncludeResolver::report(const QString &where, const QString &message, const QString &file)
{
    m_result.issues.append({where, message, file, 0, 0});
}

IncludeResolver::Result IncludeResolver::resolve(const JsonValue &root, const QString &rootFile)
{
    IncludeResolver resolver;
    const QString absolute = QDir::cleanPath(QFileInfo(rootFile).absoluteFilePath());
    resolver.m_rootDir = QFileInfo(absolute).absolutePath();
    const QString real = QFileInfo(resolver.m_rootDir).canonicalFilePath();
    resolver.m_rootRealDir = real.isEmpty() ? resolver.m_rootDir : real;
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
        report(where,
               QStringLiteral("Circular include detected: %1")
                   .arg((chain + QStringList{target}).join(QStringLiteral(" -> "))),
               file);
        return JsonValue::object();
    }
    if (chain.size() > MaxDepth) {
        report(where, QStringLiteral("Maximum include depth (%1) exceeded at %2").arg(MaxDepth).arg(target),
               file);
        return JsonValue::object();
    }
    if (!isInside(m_rootDir, target)) {
        report(where,
               QStringLiteral("Include path escapes config directory: %1 (root: %2)").arg(spec, m_rootDir),
               file);
        return JsonValue::object();
    }
    const QString realTarget = QFileInfo(target).canonicalFilePath();
    if (!realTarget.isEmpty() && !isInside(m_rootRealDir, realTarget)) {
        report(where,
               QStringLiteral("Include path resolves outside config directory (symlink): %1 (root: %2)")
                   .arg(spec, m_rootDir),
               file);
        return JsonValue::object();
    }
    if (m_filesRead >= MaxFiles || m_bytesRead >= MaxTotalBytes) {
        if (!m_budgetReported)
            report(where,
                   QStringLiteral("Too many includes: more than %1 files or %2 MB in all; stopped at %3")
                       .arg(MaxFiles)
                       .arg(MaxTotalBytes / (1024 * 1024))
                       .arg(target),
                   file);
        m_budgetReported = true;
        return JsonValue::object();
    }
    ++m_filesRead;
    const RegularFile included =
        RegularFile::read(target, qMin(RegularFile::MaxIncludeBytes, MaxTotalBytes - m_bytesRead));
    if (!included.ok()) {
        report(where, QStringLiteral("Failed to read include file: %1 (%2)").arg(target, included.error()),
               file);
        return JsonValue::object();
    }
    m_bytesRead += included.bytes().size();
    Json5Error error;
    Json5Document document = Json5Document::parse(included.bytes(), &error);
    if (!document.isValid()) {
        m_result.issues.append({where,
                                QStringLiteral("JSON5 parse failed in %1: SyntaxError: JSON5: %2 at %3:%4")
                                    .arg(target, withoutContent(error.message))
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
