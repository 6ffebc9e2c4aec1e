#pragma once

#include <QHash>
#include <QStringList>

namespace clawdesk {

/// @brief The words and flags of one CLI invocation after the command path was consumed.
///
/// Flags are `--name`, `--name value` or `--name=value`; which flags take a value is declared per
/// command, so `--json` never swallows the next word.
class CommandLine
{
public:
    struct Option
    {
        QString name;      ///< without dashes
        QString valueName; ///< empty for a switch
        QString description;
    };

    CommandLine(const QStringList &words, const QList<Option> &options);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    bool isSet(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name) const { return m_values.value(name); }
    const QStringList &positional() const { return m_positional; }
    bool wantsHelp() const { return m_help; }

    /// "Options:" block for --help texts.
    static QString describe(const QList<Option> &options);

private:
    QHash<QString, QString> m_values;
    QStringList m_positional;
    QString m_error;
    bool m_help = false;
};

} // namespace clawdesk
