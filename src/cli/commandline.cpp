#include "commandline.h"

namespace clawdesk {

CommandLine::CommandLine(const QStringList &words, const QList<Option> &options)
{
    const auto find = [&options](const QString &name) -> const Option * {
        for (const Option &option : options) {
            if (option.name == name)
                return &option;
        }
        return nullptr;
    };
    bool onlyPositional = false;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &word = words.at(i);
        if (onlyPositional || !word.startsWith(QStringLiteral("-")) || word == u"-") {
            m_positional.append(word);
            continue;
        }
        if (word == u"--") {
            onlyPositional = true;
            continue;
        }
        if (word == u"--help" || word == u"-h") {
            m_help = true;
            continue;
        }
        QString name = word.mid(word.startsWith(QStringLiteral("--")) ? 2 : 1);
        QString inlineValue;
        bool hasInline = false;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            inlineValue = name.mid(eq + 1);
            name = name.left(eq);
            hasInline = true;
        }
        const Option *option = find(name);
        if (!option) {
            m_error = QStringLiteral("unknown option '%1'").arg(word);
            return;
        }
        if (option->valueName.isEmpty()) {
            if (hasInline) {
                m_error = QStringLiteral("option '--%1' does not take a value").arg(name);
                return;
            }
            m_values.insert(name, QStringLiteral("true"));
        } else if (hasInline) {
            m_values.insert(name, inlineValue);
        } else if (i + 1 < words.size()) {
            m_values.insert(name, words.at(++i));
        } else {
            m_error = QStringLiteral("option '--%1 <%2>' argument missing").arg(name, option->valueName);
            return;
        }
    }
}

QString CommandLine::describe(const QList<Option> &options)
{
    QStringList lines{QStringLiteral("Options:")};
    QList<QPair<QString, QString>> rows;
    for (const Option &option : options)
        rows.append(
            {QStringLiteral("--") + option.name +
                 (option.valueName.isEmpty() ? QString() : QStringLiteral(" <%1>").arg(option.valueName)),
             option.description});
    rows.append({QStringLiteral("-h, --help"), QStringLiteral("display help for command")});
    qsizetype width = 0;
    for (const auto &row : rows)
        width = std::max(width, row.first.size());
    for (const auto &row : rows)
        lines.append(QStringLiteral("  ") + row.first.leftJustified(width + 2) + row.second);
    return lines.join(QLatin1Char('\n'));
}

} // namespace clawdesk
