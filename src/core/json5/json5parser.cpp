// A recursive-descent JSON5 parser that records the span of every value for the editor.
#include "json5error.h"
#include "json5syntax.h"
#include "json5tree.h"

#include <charconv>
#include <cmath>
#include <limits>

namespace clawdesk {

namespace {

using namespace json5syntax;

constexpr int MaxDepth = 512;

class Parser
{
public:
    Parser(const QString &text, Json5Tree *tree)
        : m_text(text)
        , m_p(reinterpret_cast<const char16_t *>(text.constData()))
        , m_n(text.size())
        , m_tree(tree)
    {}

    bool run(JsonValue *value)
    {
        if (!skipTrivia())
            return false;
        if (m_pos >= m_n)
            return fail(QStringLiteral("unexpected end of input"), m_pos);
        if (parseValue(value, 0) < 0)
            return false;
        if (!skipTrivia())
            return false;
        if (m_pos < m_n)
            return failChar(m_pos);
        return true;
    }

    QString m_message;
    qsizetype m_errorPos = -1;

private:
    bool fail(const QString &message, qsizetype pos)
    {
        if (m_errorPos < 0) {
            m_message = message;
            m_errorPos = pos;
        }
        return false;
    }

    char32_t codePointAt(qsizetype pos) const
    {
        const char16_t c = m_p[pos];
        if (QChar::isHighSurrogate(c) && pos + 1 < m_n && QChar::isLowSurrogate(m_p[pos + 1]))
            return QChar::surrogateToUcs4(c, m_p[pos + 1]);
        return c;
    }

    static QString describe(char32_t c)
    {
        switch (c) {
        case '\n':
            return QStringLiteral("'\\n'");
        case '\r':
            return QStringLiteral("'\\r'");
        case '\t':
            return QStringLiteral("'\\t'");
        default:
            break;
        }
        if (c < 0x20 || (c >= 0x7F && c <= 0xA0) || c == 0x2028 || c == 0x2029 || c == 0xFEFF ||
            (c >= 0xD800 && c <= 0xDFFF))
            return QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
        return QLatin1Char('\'') + QString::fromUcs4(&c, 1) + QLatin1Char('\'');
    }

    bool failChar(qsizetype pos)
    {
        if (pos >= m_n)
            return fail(QStringLiteral("unexpected end of input"), pos);
        return fail(QStringLiteral("invalid character %1").arg(describe(codePointAt(pos))), pos);
    }

    bool skipTrivia()
    {
        while (m_pos < m_n) {
            const char16_t c = m_p[m_pos];
            if (c == '/') {
                if (m_pos + 1 >= m_n)
                    return fail(QStringLiteral("unexpected end of input"), m_n);
                const char16_t d = m_p[m_pos + 1];
                if (d == '/') {
                    ++m_tree->facts.comments;
                    m_pos += 2;
                    while (m_pos < m_n && !isLineTerminator(m_p[m_pos]))
                        ++m_pos;
                } else if (d == '*') {
                    ++m_tree->facts.comments;
                    const qsizetype close = m_text.indexOf(QLatin1String("*/"), m_pos + 2);
                    if (close < 0)
                        return fail(QStringLiteral("unexpected end of input (unterminated comment)"), m_n);
                    for (qsizetype i = m_pos; i < close; ++i)
                        m_breaks += (m_p[i] == '\n' || m_p[i] == '\r') ? 1 : 0;
                    m_pos = close + 2;
                } else {
                    return failChar(m_pos + 1);
                }
            } else if (c < 0x80 ? (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0x0B || c == 0x0C)
                                : isWhitespace(c)) {
                m_breaks += (c == '\n' || c == '\r') ? 1 : 0;
                ++m_pos; // all non-ASCII whitespace is in the BMP
            } else {
                return true;
            }
        }
        return true;
    }

    int newNode(JsonValue::Type type, qsizetype start)
    {
        Json5Node node;
        node.type = type;
        node.start = start;
        m_tree->nodes.append(node);
        return int(m_tree->nodes.size() - 1);
    }

    // Parses the value at m_pos (trivia already skipped); returns its node index or -1.
    int parseValue(JsonValue *out, int depth)
    {
        if (m_pos >= m_n)
            return fail(QStringLiteral("unexpected end of input"), m_pos), -1;
        const qsizetype start = m_pos;
        const char16_t c = m_p[m_pos];
        int node = -1;
        switch (c) {
        case '{':
        case '[':
            if (depth >= MaxDepth)
                return fail(QStringLiteral("nesting too deep (more than %1 levels)").arg(MaxDepth), m_pos),
                       -1;
            return c == '{' ? parseObject(out, depth) : parseArray(out, depth);
        case '"':
        case '\'': {
            QString s;
            if (!parseString(&s))
                return -1;
            ++(c == '"' ? m_tree->facts.doubleQuotedStrings : m_tree->facts.singleQuotedStrings);
            *out = JsonValue(s);
            node = newNode(JsonValue::Type::String, start);
            break;
        }
        case 't':
            if (!expectWord(u"true"))
                return -1;
            *out = JsonValue(true);
            node = newNode(JsonValue::Type::Bool, start);
            break;
        case 'f':
            if (!expectWord(u"false"))
                return -1;
            *out = JsonValue(false);
            node = newNode(JsonValue::Type::Bool, start);
            break;
        case 'n':
            if (!expectWord(u"null"))
                return -1;
            *out = JsonValue(nullptr);
            node = newNode(JsonValue::Type::Null, start);
            break;
        default:
            if (c == '-' || c == '+' || c == '.' || (c >= '0' && c <= '9') || c == 'I' || c == 'N') {
                double d = 0;
                if (!parseNumber(&d))
                    return -1;
                *out = JsonValue(d);
                node = newNode(JsonValue::Type::Number, start);
                break;
            }
            return failChar(m_pos), -1;
        }
        m_tree->nodes[node].end = m_pos;
        return node;
    }

    bool expectWord(const char16_t *word)
    {
        for (; *word; ++word, ++m_pos) {
            if (m_pos >= m_n || m_p[m_pos] != *word)
                return failChar(m_pos);
        }
        return true;
    }

    bool isDigit(qsizetype pos) const { return pos < m_n && m_p[pos] >= '0' && m_p[pos] <= '9'; }

    bool parseNumber(double *out)
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

    bool parseHex(int count, char32_t *out)
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

    bool parseString(QString *out)
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
    bool parseIdentifier(QString *out)
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

    int parseObject(JsonValue *out, int depth)
    {
        const int node = newNode(JsonValue::Type::Object, m_pos);
        const qsizetype breaksAtStart = m_breaks;
        ++m_pos;
        JsonValue obj = JsonValue::object();
        QList<Json5Member> members;
        while (true) {
            if (!skipTrivia())
                return -1;
            if (m_pos >= m_n)
                return failChar(m_pos), -1;
            if (m_p[m_pos] == '}')
                break;
            Json5Member m;
            m.keyStart = m_pos;
            const char16_t q = m_p[m_pos];
            if (q == '"' || q == '\'') {
                if (!parseString(&m.key))
                    return -1;
                ++(q == '"' ? m_tree->facts.doubleQuotedKeys : m_tree->facts.singleQuotedKeys);
            } else {
                if (!parseIdentifier(&m.key))
                    return -1;
                ++m_tree->facts.unquotedKeys;
            }
            m.keyEnd = m_pos;
            if (!skipTrivia())
                return -1;
            if (m_pos >= m_n || m_p[m_pos] != ':')
                return failChar(m_pos), -1;
            ++m_pos;
            if (!skipTrivia())
                return -1;
            JsonValue v;
            m.node = parseValue(&v, depth + 1);
            if (m.node < 0)
                return -1;
            obj.insert(m.key, v);
            if (!skipTrivia())
                return -1;
            if (m_pos < m_n && m_p[m_pos] == ',') {
                m.comma = m_pos++;
                members.append(m);
                continue;
            }
            members.append(m);
            if (m_pos < m_n && m_p[m_pos] == '}')
                break;
            return failChar(m_pos), -1;
        }
        ++m_pos;
        finishContainer(node, std::move(members), breaksAtStart);
        *out = std::move(obj);
        return node;
    }

    int parseArray(JsonValue *out, int depth)
    {
        const int node = newNode(JsonValue::Type::Array, m_pos);
        const qsizetype breaksAtStart = m_breaks;
        ++m_pos;
        QList<JsonValue> items;
        QList<Json5Member> members;
        while (true) {
            if (!skipTrivia())
                return -1;
            if (m_pos >= m_n)
                return failChar(m_pos), -1;
            if (m_p[m_pos] == ']')
                break;
            Json5Member m;
            JsonValue v;
            m.node = parseValue(&v, depth + 1);
            if (m.node < 0)
                return -1;
            items.append(std::move(v));
            if (!skipTrivia())
                return -1;
            if (m_pos < m_n && m_p[m_pos] == ',') {
                m.comma = m_pos++;
                members.append(m);
                continue;
            }
            members.append(m);
            if (m_pos < m_n && m_p[m_pos] == ']')
                break;
            return failChar(m_pos), -1;
        }
        ++m_pos;
        finishContainer(node, std::move(members), breaksAtStart);
        *out = JsonValue::array(std::move(items));
        return node;
    }

    void finishContainer(int node, QList<Json5Member> &&members, qsizetype breaksAtStart)
    {
        Json5Node &n = m_tree->nodes[node];
        n.end = m_pos;
        const bool multiLine = m_breaks > breaksAtStart;
        if (!members.isEmpty() && members.last().comma >= 0) {
            ++(multiLine ? m_tree->facts.multiLineWithTrailingComma : m_tree->facts.inlineWithTrailingComma);
            m_tree->facts.json5Only = true;
        } else if (!members.isEmpty() && multiLine) {
            ++m_tree->facts.multiLineWithoutTrailingComma;
        }
        n.members = std::move(members);
    }

    const QString &m_text;
    const char16_t *m_p;
    qsizetype m_n;
    qsizetype m_pos = 0;
    qsizetype m_breaks = 0; // line breaks seen so far, to tell multi-line containers cheaply
    Json5Tree *m_tree;
};

} // namespace

void json5LineColumn(const QString &text, qsizetype offset, int *line, int *column)
{
    offset = qBound<qsizetype>(0, offset, text.size());
    int l = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        const QChar c = text.at(i);
        if (c == u'\n' || (c == u'\r' && !(i + 1 < text.size() && text.at(i + 1) == u'\n'))) {
            ++l;
            lineStart = i + 1;
        }
    }
    // An offending line break belongs to the line it starts, at column 0 (as the reference parser says).
    if (offset < text.size() && (text.at(offset) == u'\n' || text.at(offset) == u'\r')) {
        *line = l + 1;
        *column = 0;
        return;
    }
    int col = 1;
    for (qsizetype i = lineStart; i < offset; ++i) {
        if (!(text.at(i).isLowSurrogate() && i > lineStart && text.at(i - 1).isHighSurrogate()))
            ++col;
    }
    *line = l;
    *column = col;
}

bool parseJson5(const QString &text, JsonValue *value, Json5Tree *tree, Json5Error *error)
{
    tree->nodes.clear();
    tree->facts = {};
    tree->nodes.reserve(qMin<qsizetype>(text.size() / 16 + 1, 1 << 20));
    Parser parser(text, tree);
    JsonValue v;
    if (!parser.run(&v)) {
        tree->nodes.clear();
        if (error) {
            error->message = parser.m_message;
            error->offset = parser.m_errorPos;
            json5LineColumn(text, parser.m_errorPos, &error->line, &error->column);
        }
        return false;
    }
    *value = std::move(v);
    tree->lineStarts.clear();
    tree->lineStarts.append(0);
    const qsizetype n = text.size();
    const QChar *p = text.constData();
    for (qsizetype i = 0; i < n; ++i) {
        if (p[i] == u'\n' || (p[i] == u'\r' && !(i + 1 < n && p[i + 1] == u'\n')))
            tree->lineStarts.append(i + 1);
    }
    if (error)
        *error = {};
    return true;
}

} // namespace clawdesk
