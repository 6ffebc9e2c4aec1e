// The primitive text edits: each computes splices at the parser's spans, applies them and re-parses.
#include "json5editor.h"

#include "json5tree.h"

#include <algorithm>

namespace clawdesk {

namespace {

bool isBreak(QChar c)
{
    return c == u'\n' || c == u'\r';
}

bool isHSpace(QChar c)
{
    return c == u' ' || c == u'\t';
}

qsizetype lineStartOf(const QString &t, qsizetype pos)
{
    while (pos > 0 && !isBreak(t.at(pos - 1)))
        --pos;
    return pos;
}

// Leading spaces/tabs of the line holding pos.
QString lineIndentAt(const QString &t, qsizetype pos)
{
    const qsizetype start = lineStartOf(t, pos);
    qsizetype end = start;
    while (end < t.size() && isHSpace(t.at(end)))
        ++end;
    return t.mid(start, end - start);
}

// True when only spaces, tabs and one-line block comments precede pos on its line.
bool startsLine(const QString &t, qsizetype pos)
{
    qsizetype i = lineStartOf(t, pos);
    while (i < pos) {
        if (isHSpace(t.at(i))) {
            ++i;
        } else if (t.mid(i, 2) == QLatin1String("/*")) {
            const qsizetype close = t.indexOf(QLatin1String("*/"), i + 2);
            if (close < 0 || close + 2 > pos)
                return false;
            const QStringView body = QStringView(t).mid(i, close - i);
            if (body.contains(u'\n') || body.contains(u'\r'))
                return false;
            i = close + 2;
        } else {
            return false;
        }
    }
    return true;
}

// From pos, skips spaces and comments that end on this line; returns where the line's remaining
// content starts: a line break, the end of text, or something else (a value, a bracket, a long comment).
qsizetype restOfLine(const QString &t, qsizetype pos)
{
    while (pos < t.size()) {
        if (isHSpace(t.at(pos))) {
            ++pos;
        } else if (t.mid(pos, 2) == QLatin1String("//")) {
            while (pos < t.size() && !isBreak(t.at(pos)))
                ++pos;
            return pos;
        } else if (t.mid(pos, 2) == QLatin1String("/*")) {
            const qsizetype close = t.indexOf(QLatin1String("*/"), pos + 2);
            if (close < 0)
                return pos;
            const QStringView body = QStringView(t).mid(pos, close - pos);
            if (body.contains(u'\n') || body.contains(u'\r'))
                return pos;
            pos = close + 2;
        } else {
            break;
        }
    }
    return pos;
}

qsizetype breakLength(const QString &t, qsizetype pos)
{
    if (pos >= t.size())
        return 0;
    if (t.at(pos) == u'\r')
        return (pos + 1 < t.size() && t.at(pos + 1) == u'\n') ? 2 : 1;
    return t.at(pos) == u'\n' ? 1 : 0;
}

bool onlyWhitespace(QStringView s)
{
    for (QChar c : s)
        if (!c.isSpace())
            return false;
    return true;
}

} // namespace

qsizetype Json5Editor::memberBegin(int container, int member) const
{
    const Json5Member &m = node(container).members.at(member);
    return m.keyStart >= 0 ? m.keyStart : node(m.node).start;
}

bool Json5Editor::isSingleLine(qsizetype from, qsizetype to) const
{
    const QStringView span = QStringView(m_doc.m_text).mid(from, to - from);
    return !span.contains(u'\n') && !span.contains(u'\r');
}

QString Json5Editor::elementText(int container, int member, QString *trailer) const
{
    const QString &t = m_doc.m_text;
    const Json5Member &m = node(container).members.at(member);
    const Json5Node &elem = node(m.node);
    qsizetype from = elem.start;
    trailer->clear();
    const qsizetype afterComma = m.comma >= 0 ? m.comma + 1 : elem.end;
    const qsizetype restEnd = restOfLine(t, afterComma);
    if (startsLine(t, elem.start) && (restEnd >= t.size() || isBreak(t.at(restEnd)))) {
        from = lineStartOf(t, elem.start) + lineIndentAt(t, elem.start).size();
        *trailer = t.mid(afterComma, restEnd - afterComma).trimmed();
    }
    return t.mid(from, elem.end - from);
}

Json5Layout Json5Editor::siblingLayout(int container, int member) const
{
    // Beside a one-line object or array, a new container is written on one line too when it fits.
    const Json5Node &sibling = node(node(container).members.at(member).node);
    const bool isContainer =
        sibling.type == JsonValue::Type::Object || sibling.type == JsonValue::Type::Array;
    return isContainer && sibling.end - sibling.start > 2 && isSingleLine(sibling.start, sibling.end)
               ? Json5Layout::PreferInline
               : Json5Layout::Auto;
}

bool Json5Editor::apply(QList<Splice> splices, QString *error)
{
    // Back to front, so earlier offsets stay valid; at one offset, the splice listed first ends up first.
    for (qsizetype i = 0; i < splices.size(); ++i)
        splices[i].order = i;
    std::sort(splices.begin(), splices.end(), [](const Splice &a, const Splice &b) {
        return a.pos != b.pos ? a.pos > b.pos : a.order > b.order;
    });
    QString text = m_doc.m_text;
    for (const Splice &s : splices)
        text.replace(s.pos, s.length, s.text);
    return m_doc.reparse(text, error);
}

bool Json5Editor::replaceNode(int nodeIndex, int parent, const JsonValue &value, QString *error)
{
    const Json5Node &n = node(nodeIndex);
    const QString &t = m_doc.m_text;
    // Inside a one-line container the new value stays on that line.
    // Inside a one-line container the new value stays on that line; a one-line value stays one line if it
    // can.
    Json5Layout layout = Json5Layout::Auto;
    if (parent >= 0 && isSingleLine(node(parent).start, node(parent).end))
        layout = Json5Layout::Inline;
    else if (n.type == value.type() && n.end - n.start > 2 && isSingleLine(n.start, n.end))
        layout = Json5Layout::PreferInline;
    const QString text = m_style.value(value, lineIndentAt(t, n.start), layout);
    return apply({{n.start, n.end - n.start, text}}, error);
}

bool Json5Editor::appendMember(int container, int parent, const TextBuilder &build, QString *error,
                               const QString &trailer)
{
    const QString &t = m_doc.m_text;
    const Json5Node &c = node(container);
    const qsizetype open = c.start;
    const qsizetype close = c.end - 1;
    const QString parentIndent = lineIndentAt(t, open);
    const QString childUnitIndent = parentIndent + m_style.indentUnit;
    const QString &eol = m_style.eol;

    if (c.members.isEmpty()) {
        const QStringView interior = QStringView(t).mid(open + 1, close - open - 1);
        if (interior.contains(u'\n') || interior.contains(u'\r')) {
            // A multi-line empty container (maybe holding comments): a new line above the closing bracket.
            const QString trail = m_style.trailingCommas ? QStringLiteral(",") : QString();
            if (startsLine(t, close)) {
                const QString indent = lineIndentAt(t, close) + m_style.indentUnit;
                return apply(
                    {{lineStartOf(t, close), 0, indent + build(indent, Json5Layout::Auto) + trail + eol}},
                    error);
            }
            return apply({{close, 0,
                           eol + childUnitIndent + build(childUnitIndent, Json5Layout::Auto) + trail + eol +
                               parentIndent}},
                         error);
        }
        const bool parentInline = parent >= 0 && isSingleLine(node(parent).start, node(parent).end);
        if (!m_style.strict && parentInline) {
            const QString inner = QLatin1Char(' ') + build(QString(), Json5Layout::Inline) + QLatin1Char(' ');
            if (onlyWhitespace(interior))
                return apply({{open + 1, close - open - 1, inner}}, error);
            return apply({{close, 0, inner}}, error);
        }
        const QString trail = m_style.trailingCommas ? QStringLiteral(",") : QString();
        const QString block =
            eol + childUnitIndent + build(childUnitIndent, Json5Layout::Auto) + trail + eol + parentIndent;
        if (onlyWhitespace(interior))
            return apply({{open + 1, close - open - 1, block}}, error);
        return apply({{close, 0, block}}, error);
    }

    const int lastIndex = int(c.members.size() - 1);
    const Json5Member &last = c.members.at(lastIndex);
    const qsizetype begin = memberBegin(container, lastIndex);
    const qsizetype valueEnd = node(last.node).end;
    const qsizetype afterComma = last.comma >= 0 ? last.comma + 1 : valueEnd;
    if (!startsLine(t, begin)) {
        // Inline layout: continue on the same line.
        const QString text = build(QString(), Json5Layout::Inline);
        if (last.comma >= 0)
            return apply({{afterComma, 0, QLatin1Char(' ') + text + QLatin1Char(',')}}, error);
        return apply({{valueEnd, 0, QLatin1String(", ") + text}}, error);
    }
    // Multi-line layout: a new line after the last member (and after its same-line comment).
    const QString indent = lineIndentAt(t, begin);
    const bool trailing = last.comma >= 0;
    const QString text = eol + indent + build(indent, siblingLayout(container, lastIndex)) +
                         (trailing ? QStringLiteral(",") : QString()) +
                         (trailer.isEmpty() ? QString() : QLatin1Char(' ') + trailer);
    QList<Splice> splices;
    if (!trailing)
        splices.append({valueEnd, 0, QStringLiteral(",")});
    const qsizetype p = restOfLine(t, afterComma);
    if (p >= t.size() || isBreak(t.at(p)))
        splices.append({p, 0, text});
    else
        splices.append({afterComma, 0, text});
    return apply(splices, error);
}

bool Json5Editor::insertMemberBefore(int container, int member, const TextBuilder &build, QString *error,
                                     const QString &trailer)
{
    const QString &t = m_doc.m_text;
    const Json5Node &c = node(container);
    const qsizetype begin = memberBegin(container, member);
    const qsizetype boundary = member > 0 ? node(c.members.at(member - 1).node).end : c.start + 1;
    if (!startsLine(t, begin)) {
        // Same line as the previous member or the opening bracket: insert inline.
        return apply({{begin, 0, build(QString(), Json5Layout::Inline) + QLatin1String(", ")}}, error);
    }
    // Own line: above the element, and above the whole-line comments that introduce it.
    const QString indent = lineIndentAt(t, begin);
    qsizetype at = lineStartOf(t, begin);
    while (at > boundary) {
        qsizetype prevEnd = at - 1; // the line break ending the previous line
        if (prevEnd > 0 && t.at(prevEnd) == u'\n' && t.at(prevEnd - 1) == u'\r')
            --prevEnd;
        const qsizetype prevStart = lineStartOf(t, prevEnd);
        if (prevStart <= boundary)
            break;
        const QString line = t.mid(prevStart, prevEnd - prevStart).trimmed();
        const bool comment = line.startsWith(QLatin1String("//")) ||
                             (line.startsWith(QLatin1String("/*")) && line.endsWith(QLatin1String("*/")));
        if (!comment)
            break;
        at = prevStart;
    }
    return apply({{at, 0,
                   indent + build(indent, siblingLayout(container, member)) + QLatin1Char(',') +
                       (trailer.isEmpty() ? QString() : QLatin1Char(' ') + trailer) + m_style.eol}},
                 error);
}

bool Json5Editor::removeMember(int container, int member, QString *error)
{
    const QString &t = m_doc.m_text;
    const Json5Node &c = node(container);
    const Json5Member &m = c.members.at(member);
    const qsizetype begin = memberBegin(container, member);
    const qsizetype valueEnd = node(m.node).end;
    const qsizetype afterComma = m.comma >= 0 ? m.comma + 1 : valueEnd;
    const bool isLast = member == c.members.size() - 1;
    const qsizetype restEnd = restOfLine(t, afterComma);
    const bool ownLine = startsLine(t, begin) && (restEnd >= t.size() || isBreak(t.at(restEnd)));

    QList<Splice> splices;
    qsizetype from = 0;
    qsizetype to = 0;
    if (ownLine) {
        // The whole line(s), with a comment after the member on its last line, and the line break.
        from = lineStartOf(t, begin);
        to = restEnd + breakLength(t, restEnd);
        if (isLast && member > 0 && m.comma < 0) {
            // No trailing comma convention here: the previous member's comma goes too.
            const Json5Member &prev = c.members.at(member - 1);
            if (prev.comma >= 0)
                splices.append({prev.comma, 1, QString()});
        }
    } else if (!isLast) {
        from = begin;
        to = afterComma;
        while (to < t.size() && isHSpace(t.at(to)))
            ++to;
    } else if (m.comma >= 0 || member == 0) {
        from = begin;
        to = afterComma;
        while (from > c.start + 1 && isHSpace(t.at(from - 1)))
            --from;
    } else {
        // Last member without a trailing comma: take the separator before it.
        from = node(c.members.at(member - 1).node).end;
        to = valueEnd;
    }
    // When nothing but whitespace would be left between the brackets, leave them empty: {} / [].
    if (c.members.size() == 1) {
        const qsizetype innerFrom = c.start + 1;
        const qsizetype innerTo = c.end - 1;
        if (onlyWhitespace(QStringView(t).mid(innerFrom, from - innerFrom)) &&
            onlyWhitespace(QStringView(t).mid(to, innerTo - to)))
            return apply({{innerFrom, innerTo - innerFrom, QString()}}, error);
    }
    splices.append({from, to - from, QString()});
    return apply(splices, error);
}

} // namespace clawdesk
