#include "json5document.h"

#include "json5editor.h"
#include "json5tree.h"

#include <algorithm>

namespace clawdesk {

namespace {

// Offset of the first byte that is not well-formed UTF-8 (overlongs and surrogates included), or -1.
qsizetype firstInvalidUtf8(const QByteArray &b)
{
    const auto *s = reinterpret_cast<const unsigned char *>(b.constData());
    const qsizetype n = b.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        unsigned char lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            lo = c == 0xE0 ? 0xA0 : 0x80;
            hi = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            lo = c == 0xF0 ? 0x90 : 0x80;
            hi = c == 0xF4 ? 0x8F : 0xBF;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        if (s[i + 1] < lo || s[i + 1] > hi)
            return i;
        for (int k = 2; k < len; ++k)
            if (s[i + k] < 0x80 || s[i + k] > 0xBF)
                return i;
        i += len;
    }
    return -1;
}

} // namespace

Json5PathHit resolveJson5Path(const Json5Tree &tree, const QStringList &path)
{
    Json5PathHit hit;
    if (tree.nodes.isEmpty())
        return hit;
    for (const QString &part : path) {
        const Json5Node &node = tree.nodes.at(hit.node);
        int found = -1;
        if (node.type == JsonValue::Type::Object) {
            for (qsizetype i = node.members.size() - 1; i >= 0; --i) {
                if (node.members.at(i).key == part) {
                    found = int(i);
                    break;
                }
            }
        } else if (node.type == JsonValue::Type::Array) {
            bool ok = false;
            const qlonglong i = part.toLongLong(&ok);
            if (ok && i >= 0 && i < node.members.size() && QString::number(i) == part)
                found = int(i);
        }
        if (found < 0)
            break;
        hit.parent = hit.node;
        hit.member = found;
        hit.node = node.members.at(found).node;
        ++hit.resolved;
    }
    return hit;
}

namespace {

Json5Document::Location locationOf(const Json5Tree &tree, const QString &text, qsizetype offset)
{
    const auto it = std::upper_bound(tree.lineStarts.cbegin(), tree.lineStarts.cend(), offset);
    const qsizetype lineIndex = qMax<qsizetype>(0, (it - tree.lineStarts.cbegin()) - 1);
    Json5Document::Location loc;
    loc.line = int(lineIndex + 1);
    loc.column = 1;
    for (qsizetype i = tree.lineStarts.value(lineIndex); i < offset; ++i)
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++loc.column;
    return loc;
}

} // namespace

Json5Document::Json5Document() = default;

Json5Document Json5Document::parse(const QString &text, Json5Error *error)
{
    Json5Document doc;
    auto tree = std::make_shared<Json5Tree>();
    if (parseJson5(text, &doc.m_value, tree.get(), error)) {
        doc.m_text = text;
        doc.m_tree = std::move(tree);
    }
    return doc;
}

Json5Document Json5Document::parse(const QByteArray &utf8, Json5Error *error)
{
    QByteArray bytes = utf8;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    const qsizetype bad = firstInvalidUtf8(bytes);
    if (bad >= 0) {
        if (error) {
            const QString before = QString::fromUtf8(bytes.left(bad));
            error->message =
                QStringLiteral("invalid UTF-8 (byte 0x%1)")
                    .arg(uint(static_cast<unsigned char>(bytes.at(bad))), 2, 16, QLatin1Char('0'));
            error->offset = bad + (utf8.size() - bytes.size());
            // Column of the bad byte: one past the valid text before it on its line.
            json5LineColumn(before + QLatin1Char('x'), before.size(), &error->line, &error->column);
        }
        return {};
    }
    return parse(QString::fromUtf8(bytes), error);
}

bool Json5Document::isValid() const
{
    return m_tree != nullptr;
}

const QString &Json5Document::text() const
{
    return m_text;
}

const JsonValue &Json5Document::value() const
{
    return m_value;
}

Json5Document::Location Json5Document::locate(const QStringList &path) const
{
    if (!m_tree)
        return {};
    const Json5PathHit hit = resolveJson5Path(*m_tree, path);
    return locationOf(*m_tree, m_text, m_tree->nodes.at(hit.node).start);
}

Json5Document::Location Json5Document::keyLocation(const QStringList &path) const
{
    if (!m_tree)
        return {};
    const Json5PathHit hit = resolveJson5Path(*m_tree, path);
    qsizetype offset = m_tree->nodes.at(hit.node).start;
    if (hit.parent >= 0) {
        const Json5Member &m = m_tree->nodes.at(hit.parent).members.at(hit.member);
        if (m.keyStart >= 0)
            offset = m.keyStart;
    }
    return locationOf(*m_tree, m_text, offset);
}

bool Json5Document::contains(const QStringList &path) const
{
    return m_tree && resolveJson5Path(*m_tree, path).resolved == path.size();
}

bool Json5Document::reparse(const QString &text, QString *error)
{
    auto tree = std::make_shared<Json5Tree>();
    JsonValue value;
    Json5Error err;
    if (!parseJson5(text, &value, tree.get(), &err)) {
        if (error)
            *error = QStringLiteral("edit produced unparsable text (%1)").arg(err.toString());
        return false;
    }
    m_text = text;
    m_value = std::move(value);
    m_tree = std::move(tree);
    return true;
}

bool Json5Document::set(const QStringList &path, const JsonValue &value, QString *error)
{
    return Json5Editor(*this).set(path, value, error);
}

bool Json5Document::remove(const QStringList &path, QString *error)
{
    return Json5Editor(*this).remove(path, error);
}

bool Json5Document::insert(const QStringList &arrayPath, qsizetype index, const JsonValue &value,
                           QString *error)
{
    return Json5Editor(*this).insert(arrayPath, index, value, error);
}

bool Json5Document::move(const QStringList &arrayPath, qsizetype from, qsizetype to, QString *error)
{
    return Json5Editor(*this).move(arrayPath, from, to, error);
}

} // namespace clawdesk
