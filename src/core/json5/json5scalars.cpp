// The JSON5 parser's scalars: literals, numbers, strings and identifier keys.
#include "json5parser.h"

#include "json5syntax.h"

#include <charconv>
#include <limits>

namespace clawdesk {

using namespace json5syntax;

bool Json5Parser::expectWord(const char16_t *word)
{
    for (; *word; ++word, ++m_pos) {
        if (m_pos >= m_n || m_p[m_pos] != *word)
            return failChar(m_pos);
    }
    return true;
}

bool Json5Parser::parseNumber(double *out)
{
    bool negative = false;
    if (m_p[m_pos] == '+' || m_p[m_pos] == '-') {
        m_tree->facts.json5Only |= m_p[m_pos] == '+';
        negative = m_p[m_pos] == '-';
        ++m_pos;
    }
    if (m_pos >= m_n)
        return failChar(m_pos);
    const char16_t c = m_p[m_pos];
    if (c == 'I' || c == 'N') {
        m_tree->facts.json5Only = true;
        if (!expectWord(c == 'I' ? u"Infinity" : u"NaN"))
            return false;
        const double v =
            c == 'I' ? std::numeric_limits<double>::infinity() : std::numeric_limits<double>::quiet_NaN();
        *out = negative ? -v : v;
        return true;
    }
    if (c == '0' && m_pos + 1 < m_n && (m_p[m_pos + 1] == 'x' || m_p[m_pos + 1] == 'X')) {
        m_tree->facts.json5Only = true;
        m_pos += 2;
        if (m_pos >= m_n || hexDigit(m_p[m_pos]) < 0)
            return failChar(m_pos);
        double v = 0;
        while (m_pos < m_n && hexDigit(m_p[m_pos]) >= 0)
            v = v * 16 + hexDigit(m_p[m_pos++]);
        *out = negative ? -v : v;
        return true;
    }
    const qsizetype begin = m_pos;
    bool intDigits = false;
    if (c == '0') {
        ++m_pos;
        intDigits = true;
        if (isDigit(m_pos)) // no leading zeros (octal-looking numbers)
            return failChar(m_pos);
    } else {
        while (isDigit(m_pos)) {
            ++m_pos;
            intDigits = true;
        }
    }
    if (m_pos < m_n && m_p[m_pos] == '.') {
        ++m_pos;
        bool fraction = false;
        while (isDigit(m_pos)) {
            ++m_pos;
            fraction = true;
        }
        if (!intDigits && !fraction)
            return failChar(m_pos);
        m_tree->facts.json5Only |= !intDigits || !fraction;
    } else if (!intDigits) {
        return failChar(m_pos);
    }
    if (m_pos < m_n && (m_p[m_pos] == 'e' || m_p[m_pos] == 'E')) {
        ++m_pos;
        if (m_pos < m_n && (m_p[m_pos] == '+' || m_p[m_pos] == '-'))
            ++m_pos;
        if (!isDigit(m_pos))
            return failChar(m_pos);
        while (isDigit(m_pos))
            ++m_pos;
    }
    // The literal is ASCII; std::from_chars is exact and locale-independent.
    // Short literals convert from a stack buffer; only very long ones allocate.
    char stackBuf[64];
    QByteArray heapBuf;
    const qsizetype len = m_pos - begin + 1;
    char *buf = stackBuf;
    if (len > qsizetype(sizeof(stackBuf))) {
        heapBuf.resize(len);
        buf = heapBuf.data();
    }
    qsizetype k = 0;
    if (m_p[begin] == '.')
        buf[k++] = '0';
    for (qsizetype i = begin; i < m_pos; ++i)
        buf[k++] = char(m_p[i]);
    double v = 0;
    const auto res = std::from_chars(buf, buf + k, v);
    if (res.ec == std::errc::result_out_of_range) {
        // Too large → Infinity, too small → 0, as JavaScript reads them.
        const QByteArrayView literal(buf, k);
        qsizetype e = literal.indexOf('e');
        if (e < 0)
            e = literal.indexOf('E');
        v = (e >= 0 && e + 1 < k && buf[e + 1] == '-') ? 0.0 : std::numeric_limits<double>::infinity();
    }
    *out = negative ? -v : v;
    return true;
}

bool Json5Parser::parseHex(int count, char32_t *out)
{
    char32_t v = 0;
    for (int i = 0; i < count; ++i) {
        const int h = m_pos < m_n ? hexDigit(m_p[m_pos]) : -1;
        if (h < 0)
            return failChar(m_pos);
        v = v * 16 + char32_t(h);
        ++m_pos;
    }
    *out = v;
    return true;
}

bool Json5Parser::parseString(QString *out)
{
    const char16_t quote = m_p[m_pos++];
    const qsizetype open = m_pos - 1;
    QString s;
    qsizetype runStart = m_pos; // unescaped characters are copied in runs
    while (true) {
        if (m_pos >= m_n)
            return fail(QStringLiteral("unterminated string (opened at offset %1)").arg(open), m_pos);
        const char16_t c = m_p[m_pos];
        if (c == quote) {
            s.append(QStringView(m_p + runStart, m_pos - runStart));
            ++m_pos;
            break;
        }
        if (c == '\n' || c == '\r')
            return fail(QStringLiteral("unterminated string (line break inside a string)"), m_pos);
        if (c != '\\') {
            ++m_pos;
            continue;
        }
        s.append(QStringView(m_p + runStart, m_pos - runStart));
        ++m_pos;
        if (m_pos >= m_n)
            return fail(QStringLiteral("unterminated string"), m_pos);
        const char16_t e = m_p[m_pos++];
        switch (e) {
        case 'b':
            s += QChar(u'\b');
            break;
        case 'f':
            s += QChar(u'\f');
            break;
        case 'n':
            s += QChar(u'\n');
            break;
        case 'r':
            s += QChar(u'\r');
            break;
        case 't':
            s += QChar(u'\t');
            break;
        case 'v':
            s += QChar(u'\v');
            break;
        case '0':
            if (isDigit(m_pos))
                return failChar(m_pos);
            s += QChar(u'\0');
            break;
        case 'x':
        case 'u': {
            char32_t v = 0;
            if (!parseHex(e == 'x' ? 2 : 4, &v))
                return false;
            s += QChar(char16_t(v));
            break;
        }
        case '\r':
            ++m_breaks;
            m_tree->facts.json5Only = true;
            if (m_pos < m_n && m_p[m_pos] == '\n')
                ++m_pos;
            break;
        case '\n':
            ++m_breaks;
            m_tree->facts.json5Only = true;
            break;
        case 0x2028:
        case 0x2029:
            m_tree->facts.json5Only = true;
            break; // line continuation: contributes nothing
        default:
            if (e >= '1' && e <= '9')
                return failChar(m_pos - 1);
            s += QChar(e); // NonEscapeCharacter stands for itself (\' \" \\ \/ …)
            break;
        }
        runStart = m_pos;
    }
    *out = std::move(s);
    return true;
}

// An IdentifierName key (reserved words allowed; \uXXXX escapes allowed).
bool Json5Parser::parseIdentifier(QString *out)
{
    // Fast path: a plain ASCII identifier is copied in one piece.
    const qsizetype start = m_pos;
    qsizetype end = m_pos;
    while (end < m_n && m_p[end] < 0x80 &&
           (end == start ? isIdentifierStart(m_p[end]) : isIdentifierPart(m_p[end])))
        ++end;
    if (end > start && (end >= m_n || (m_p[end] != '\\' && m_p[end] < 0x80))) {
        *out = QString(reinterpret_cast<const QChar *>(m_p + start), end - start);
        m_pos = end;
        return true;
    }
    QString s;
    bool first = true;
    while (m_pos < m_n) {
        const qsizetype at = m_pos;
        char32_t c = codePointAt(m_pos);
        qsizetype width = c > 0xFFFF ? 2 : 1;
        if (c == '\\') {
            if (m_pos + 1 >= m_n || m_p[m_pos + 1] != 'u')
                return failChar(m_pos + 1);
            m_pos += 2;
            if (!parseHex(4, &c))
                return false;
            width = 0;
            if (!(first ? isIdentifierStart(c) : isIdentifierPart(c)))
                return fail(QStringLiteral("invalid identifier character"), at);
        } else if (!(first ? isIdentifierStart(c) : isIdentifierPart(c))) {
            if (first)
                return failChar(at);
            break;
        }
        m_pos += width;
        s += QString::fromUcs4(&c, 1);
        first = false;
    }
    if (first)
        return failChar(m_pos);
    *out = std::move(s);
    return true;
}

} // namespace clawdesk
