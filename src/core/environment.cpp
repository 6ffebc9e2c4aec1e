#include "environment.h"

#include <QFile>
#include <QProcessEnvironment>

namespace clawdesk {

Environment systemEnvironment()
{
    Environment env;
    const QProcessEnvironment process = QProcessEnvironment::systemEnvironment();
    for (const QString &key : process.keys())
        env.insert(key, process.value(key));
    return env;
}

static QString unquoteDotEnvValue(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'') &&
        value.back() == value.front()) {
        const bool doubleQuoted = value.front() == u'"';
        value = value.mid(1, value.size() - 2);
        if (doubleQuoted)
            value.replace(QStringLiteral("\\n"), QStringLiteral("\n"));
        return value;
    }
    const qsizetype comment = value.indexOf(QStringLiteral(" #"));
    return comment >= 0 ? value.left(comment).trimmed() : value;
}

void loadDotEnvFile(const QString &path, Environment &env)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (QString line : lines) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QStringLiteral("export ")))
            line = line.mid(7).trimmed();
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        const QString key = line.left(eq).trimmed();
        if (env.value(key).trimmed().isEmpty())
            env.insert(key, unquoteDotEnvValue(line.mid(eq + 1)));
    }
}

} // namespace clawdesk
