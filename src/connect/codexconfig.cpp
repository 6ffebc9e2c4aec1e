#include "codexconfig.h"

#include <QRegularExpression>
#include <QStringList>

namespace clawdesk {

namespace {

const QString ProviderId = QStringLiteral("clawdesk");

QString tomlString(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

/// The table a header line opens (`[a.b]` → "a.b", quotes and spaces removed), or empty.
QString headerName(const QString &line)
{
    static const QRegularExpression header(QStringLiteral(R"(^\s*\[\[?\s*([^\]#]+?)\s*\]\]?\s*(#.*)?$)"));
    const QRegularExpressionMatch match = header.match(line);
    if (!match.hasMatch())
        return {};
    QString name = match.captured(1);
    name.remove(QLatin1Char('"')).remove(QLatin1Char('\''));
    return name.split(QLatin1Char('.'))
        .replaceInStrings(QRegularExpression(QStringLiteral(R"(^\s+|\s+$)")), {})
        .join(QLatin1Char('.'));
}

/// The bare key a `key = value` line sets (dotted keys joined), or empty.
QString keyOf(const QString &line)
{
    static const QRegularExpression keyLine(QStringLiteral(R"(^\s*([A-Za-z0-9_\-."' ]+?)\s*=)"));
    const QRegularExpressionMatch match = keyLine.match(line);
    if (!match.hasMatch())
        return {};
    QString key = match.captured(1);
    key.remove(QLatin1Char('"')).remove(QLatin1Char('\'')).remove(QLatin1Char(' '));
    return key;
}

struct TomlLine
{
    QString text;
    QString table; ///< the table this line belongs to ("" for the top level)
    bool header = false;
    bool inString = false; ///< inside a multi-line string (never a key or a header)
};

QList<TomlLine> scan(const QStringList &lines)
{
    QList<TomlLine> out;
    QString table;
    QString openQuote; // the delimiter of an open multi-line string
    for (const QString &text : lines) {
        TomlLine line{text, table, false, !openQuote.isEmpty()};
        if (openQuote.isEmpty()) {
            const QString name = headerName(text);
            if (!name.isEmpty()) {
                table = name;
                line = {text, table, true, false};
            }
        }
        for (const QString &delimiter : {QStringLiteral("\"\"\""), QStringLiteral("'''")}) {
            if (!openQuote.isEmpty() && openQuote != delimiter)
                continue;
            if (text.count(delimiter) % 2 == 1)
                openQuote = openQuote.isEmpty() ? delimiter : QString();
        }
        out.append(line);
    }
    return out;
}

bool isProviderTable(const QString &table)
{
    const QString ours = QStringLiteral("model_providers.") + ProviderId;
    return table == ours || table.startsWith(ours + QLatin1Char('.'));
}

} // namespace

QString CodexConfig::configPath(const Environment &env, const QString &homeDir) const
{
    const QString codexHome = env.value(QStringLiteral("CODEX_HOME"));
    return (codexHome.isEmpty() ? homeDir + QStringLiteral("/.codex") : codexHome) +
           QStringLiteral("/config.toml");
}

bool CodexConfig::merge(const QByteArray &current, const GatewayEndpoint &endpoint, QByteArray *result,
                        QString *error) const
{
    const QString text = QString::fromUtf8(current);
    const QString eol = text.contains(QStringLiteral("\r\n")) ? QStringLiteral("\r\n") : QStringLiteral("\n");
    QStringList lines = text.split(eol);
    const bool endsWithEol = text.isEmpty() || text.endsWith(eol);
    if (endsWithEol)
        lines.removeLast();
    const QList<TomlLine> scanned = scan(lines);

    const QStringList block{QStringLiteral("[model_providers.%1]").arg(ProviderId),
                            QStringLiteral("name = \"ClawDesk gateway\""),
                            QStringLiteral("base_url = %1").arg(tomlString(endpoint.v1())),
                            QStringLiteral("wire_api = \"responses\""),
                            QStringLiteral("experimental_bearer_token = %1").arg(tomlString(endpoint.token))};
    const QString selector = QStringLiteral("model_provider = %1").arg(tomlString(ProviderId));

    QStringList out;
    int selectorLine = -1;
    int lastTopLevelContent = -1;
    bool blockWritten = false;
    for (qsizetype i = 0; i < scanned.size(); ++i) {
        const TomlLine &line = scanned[i];
        const QString key = line.inString || line.header ? QString() : keyOf(line.text);
        // ClawDesk's provider written any other way than as its own table cannot be merged safely.
        const bool inlineProvider =
            (line.table.isEmpty() && key.startsWith(QStringLiteral("model_providers"))) ||
            (line.table == QStringLiteral("model_providers") &&
             (key == ProviderId || key.startsWith(ProviderId + QLatin1Char('.'))));
        if (inlineProvider) {
            *error = QStringLiteral("%1:1: model_providers.%2 is written inline; make it a "
                                    "[model_providers.%2] table or remove it")
                         .arg(i + 1)
                         .arg(ProviderId);
            return false;
        }
        if (isProviderTable(line.table)) {
            // ClawDesk owns its table: replace it once, drop its old lines, keep the blank lines that
            // separate it from the next table.
            if (!blockWritten) {
                out += block;
                blockWritten = true;
            }
            const bool trailingBlank = line.text.trimmed().isEmpty() &&
                                       (i + 1 == scanned.size() || !isProviderTable(scanned[i + 1].table) ||
                                        scanned[i + 1].text.trimmed().isEmpty());
            if (trailingBlank && !line.header)
                out.append(line.text);
            continue;
        }
        if (line.table.isEmpty() && key == QStringLiteral("model_provider")) {
            selectorLine = int(out.size());
            out.append(selector);
            continue;
        }
        if (line.table.isEmpty() && !line.header && !line.text.trimmed().isEmpty() &&
            !line.text.trimmed().startsWith(QLatin1Char('#')))
            lastTopLevelContent = int(out.size());
        out.append(line.text);
    }
    if (selectorLine < 0)
        out.insert(lastTopLevelContent + 1, selector);
    if (!blockWritten) {
        if (!out.isEmpty() && !out.last().trimmed().isEmpty())
            out.append(QString());
        out += block;
    }
    *result = (out.join(eol) + eol).toUtf8();
    return true;
}

} // namespace clawdesk
