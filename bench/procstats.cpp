#include "procstats.h"

#include <QDir>
#include <QFile>

#include <unistd.h>

namespace clawdesk {

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Fields of /proc/<pid>/stat after the command name (which may contain spaces): index 0 is field 3.
QList<QByteArray> statFields(qint64 pid)
{
    const QByteArray stat = readFile(QStringLiteral("/proc/%1/stat").arg(pid));
    const qsizetype close = stat.lastIndexOf(')');
    return close < 0 ? QList<QByteArray>() : stat.mid(close + 2).split(' ');
}

qint64 statusKb(const QByteArray &status, const QByteArray &key)
{
    for (const QByteArray &line : status.split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

void add(ProcStats &total, qint64 pid)
{
    const QList<QByteArray> fields = statFields(pid);
    if (fields.size() > 12)
        total.cpuTicks += fields.at(11).toLongLong() + fields.at(12).toLongLong(); // utime, stime
    const QByteArray status = readFile(QStringLiteral("/proc/%1/status").arg(pid));
    total.rssKb += statusKb(status, "VmRSS:");
    total.hwmKb += statusKb(status, "VmHWM:");
}

} // namespace

ProcStats ProcStats::read(qint64 pid)
{
    ProcStats total;
    if (pid <= 0)
        return total;
    add(total, pid);
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool numeric = false;
        const qint64 child = entry.toLongLong(&numeric);
        if (!numeric || child == pid)
            continue;
        const QList<QByteArray> fields = statFields(child);
        if (fields.size() > 1 && fields.at(1).toLongLong() == pid) // field 4: ppid
            add(total, child);
    }
    return total;
}

double ProcStats::ticksPerSecond()
{
    return double(sysconf(_SC_CLK_TCK));
}

} // namespace clawdesk
